"""Groups on the wall: who sits where, an exercise with its groups, and groups on a scale."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from workshop.core.audience import AudienceView, GroupShown
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

# Pixels on a 1080-line screen; they scale with the screen's height.
TITLE_PX = 56
NAME_MAX_PX = 44
NAME_FLOOR_PX = 26
TEXT_MAX_PX = 60
TEXT_FLOOR_PX = 36


@dataclass(frozen=True)
class Placed:
    """A piece of text (or a group's colour chip) at its place on the wall."""

    rect: QRectF
    text: str
    font: QFont
    role: str  # "title", "header", "name", "text", "output", "stage", "chip"
    colour: str = ""


def area_of(canvas: QRectF) -> QRectF:
    margin = canvas.height() * 0.05
    # The bottom margin is the timer's.
    return canvas.adjusted(margin * 1.2, margin, -margin * 1.2, -canvas.height() * 0.08)


def title_line(view: AudienceView, area: QRectF, scale: float) -> tuple[Placed, float]:
    font = wall_font(TITLE_PX * scale, bold=True)
    height = TITLE_PX * scale * 1.35
    rect = QRectF(area.left(), area.top(), area.width(), height)
    text = QFontMetricsF(font).elidedText(view.title, Qt.ElideRight, area.width())
    return Placed(rect, text, font, "title"), area.top() + height + area.height() * 0.03


def _chip(group: GroupShown, left: float, top: float, px: float) -> list[Placed]:
    """A colour square with the group's number in it, and its name beside it."""
    size = px * 1.25
    font = wall_font(px, bold=True)
    # Wide enough for two-digit numbers: the number is the sign that never depends on colour.
    chip_w = max(size, QFontMetricsF(font).horizontalAdvance(str(group.number)) + px * 0.5)
    chip = Placed(QRectF(left, top, chip_w, size), str(group.number), font, "chip", group.colour)
    if not group.name:
        return [chip]
    width = QFontMetricsF(wall_font(px)).horizontalAdvance(group.name) + px * 0.4
    name = Placed(QRectF(left + chip_w + px * 0.3, top, width, size), group.name, wall_font(px),
                  "name")  # fmt: skip
    return [chip, name]


def _chip_width(group: GroupShown, px: float) -> float:
    extra = (
        QFontMetricsF(wall_font(px)).horizontalAdvance(group.name) + px * 0.7 if group.name else 0
    )
    number = QFontMetricsF(wall_font(px, bold=True)).horizontalAdvance(str(group.number)) + px * 0.5
    return max(px * 1.25, number) + extra + px * 0.6


def layout_groups(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """Tiles of groups, members listed; names as large as fit, never cut."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    groups = view.groups_shown
    n = max(1, len(groups))
    body = QRectF(area.left(), top, area.width(), area.bottom() - top)
    cols = max(1, math.ceil(math.sqrt(n * body.width() / body.height() / 1.3)))
    rows = math.ceil(n / cols)
    gap = 16 * scale
    w = (body.width() - gap * (cols - 1)) / cols
    h = (body.height() - gap * (rows - 1)) / rows
    most = max((len(g.members) for g in groups), default=0)
    names = [m for g in groups for m in g.members] or [g.label() for g in groups]
    px = NAME_MAX_PX * scale
    while px > NAME_FLOOR_PX * scale:
        metrics = QFontMetricsF(wall_font(px))
        widest = max((metrics.horizontalAdvance(x) for x in names), default=0)
        if (most + 1.4) * px * 1.25 <= h and widest <= w - px * 0.8:
            break
        px *= 0.94
    px = max(px, NAME_FLOOR_PX * scale)
    placed = [title]
    for i, group in enumerate(groups):
        left = body.left() + (i % cols) * (w + gap)
        tile_top = body.top() + (i // cols) * (h + gap)
        placed.append(Placed(QRectF(left, tile_top, w, h), "", wall_font(px), "tile", group.colour))
        placed += _chip(group, left + px * 0.4, tile_top + px * 0.3, px)
        y = tile_top + px * 1.9
        for member in group.members:
            metrics = QFontMetricsF(wall_font(px))
            text = metrics.elidedText(member, Qt.ElideRight, w - px * 0.8)
            placed.append(Placed(QRectF(left + px * 0.4, y, w - px * 0.8, px * 1.25), text,
                                 wall_font(px), "name"))  # fmt: skip
            y += px * 1.25
    return placed


def layout_exercise(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The instructions as large as fit, what to hand in, and the groups as chips."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    chip_px = 34 * scale
    chips_h = chip_px * 1.6
    room = QRectF(area.left(), top, area.width(), area.bottom() - top - chips_h * 1.5)
    flags = int(Qt.TextWordWrap)
    px = TEXT_MAX_PX * scale
    hand_in = QCoreApplication.translate("AudienceWidget", "Hand in: {0}").format(view.output)
    while True:
        text_h = (
            QFontMetricsF(wall_font(px))
            .boundingRect(QRectF(0, 0, room.width(), 1e6), flags, view.text)
            .height()
        )
        out_h = (
            QFontMetricsF(wall_font(px * 0.8))
            .boundingRect(QRectF(0, 0, room.width(), 1e6), flags, hand_in)
            .height()
            if view.output
            else 0
        )
        if text_h + out_h + px <= room.height() or px <= TEXT_FLOOR_PX * scale:
            break
        px *= 0.94
    placed = [title, Placed(QRectF(room.left(), room.top(), room.width(), text_h), view.text,
                            wall_font(px), "text")]  # fmt: skip
    if view.output:
        placed.append(Placed(QRectF(room.left(), room.top() + text_h + px * 0.6, room.width(),
                                    out_h), hand_in, wall_font(px * 0.8), "output"))  # fmt: skip
    # Above the bottom margin, which the timer uses.
    x, y = area.left(), area.bottom() - chips_h * 1.2
    for group in view.groups_shown:
        width = _chip_width(group, chip_px)
        if x + width > area.right():
            break
        placed += _chip(group, x, y, chip_px)
        x += width
    return placed


def layout_scale(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The stages side by side; under each, the groups that placed themselves there."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    stages = view.stages or ("",)
    gap = 14 * scale
    w = (area.width() - gap * (len(stages) - 1)) / len(stages)
    px = 40 * scale
    placed = [title]
    flags = int(Qt.TextWordWrap)
    bold = QFontMetricsF(wall_font(px, bold=True))
    header_h = max(bold.boundingRect(QRectF(0, 0, w, 1e6), flags, s).height() for s in stages)
    header_h += px * 0.6
    chip_px = 34 * scale
    for i, stage in enumerate(stages):
        left = area.left() + i * (w + gap)
        placed.append(Placed(QRectF(left, top, w, area.bottom() - top), "", wall_font(px), "tile",
                             "#00000000"))  # fmt: skip
        placed.append(Placed(QRectF(left + px * 0.3, top + px * 0.3, w - px * 0.6, header_h),
                             stage, wall_font(px, bold=True), "stage"))  # fmt: skip
        y = top + header_h + px * 0.6
        for group in (g for g in view.groups_shown if g.stage == i):
            placed += _chip(group, left + px * 0.3, y, chip_px)
            y += chip_px * 1.6
    return placed


def paint_room(painter: QPainter, placed: list[Placed], theme: ProjectorTheme) -> None:
    """Draw what a room layout placed."""
    flags = int(Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop)
    for item in placed:
        painter.setFont(item.font)
        if item.role == "tile":
            painter.fillRect(item.rect, theme.track)
            if item.colour and not item.colour.endswith("00000000"):
                stripe = max(4.0, item.font.pixelSize() * 0.25)
                top_band = QRectF(item.rect.left(), item.rect.top(), item.rect.width(), stripe)
                painter.fillRect(top_band, QColor(item.colour))
            continue
        if item.role == "chip":
            colour = QColor(item.colour)
            painter.fillRect(item.rect, colour)
            dark = colour.lightnessF() < 0.45
            painter.setPen(QColor("white" if dark else "black"))
            painter.drawText(item.rect, int(Qt.AlignCenter), item.text)
            continue
        colour = {"title": theme.text, "stage": theme.accent, "output": theme.accent,
                  "header": theme.accent}.get(item.role, theme.text)  # fmt: skip
        painter.setPen(colour)
        painter.drawText(item.rect, flags, item.text)
