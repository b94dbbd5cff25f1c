"""Groups on the wall: who sits where, an exercise with its groups, and groups on a scale."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from workshop.core.audience import AudienceView, GroupShown
from workshop.core.palette import ink_on
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

# Pixels on a 1080-line screen; they scale with the screen's height. Nothing the room reads
# is smaller than FLOOR_PX (40 px of 1080 lines: read from the back row).
FLOOR_PX = 40
TITLE_PX = 52
NAME_MAX_PX = 48
TEXT_MAX_PX = 60
CHIP_MAX_PX = 56
LINE = 1.16  # line height as a multiple of the font size


@dataclass(frozen=True)
class Placed:
    """A piece of text (or a group's colour chip) at its place on the wall."""

    rect: QRectF
    text: str
    font: QFont
    role: str  # "title", "header", "name", "text", "output", "stage", "chip", "tile", …
    colour: str = ""
    shape: int = 0  # a chip's shape: 0 a square, 1 a circle (groups 9-16), …


# Roles that are shapes, not words: the layout tests skip them when checking text sizes.
SHAPES = frozenset({"tile", "qr", "rule", "band", "bar", "track"})


def area_of(canvas: QRectF) -> QRectF:
    margin = canvas.height() * 0.05
    # The bottom margin is the timer's.
    return canvas.adjusted(margin * 1.2, margin, -margin * 1.2, -canvas.height() * 0.08)


def title_line(view: AudienceView, area: QRectF, scale: float) -> tuple[Placed, float]:
    font = wall_font(TITLE_PX * scale, bold=True)
    height = TITLE_PX * scale * 1.35
    rect = QRectF(area.left(), area.top(), area.width(), height)
    text = QFontMetricsF(font).elidedText(view.title, Qt.ElideRight, area.width())
    return Placed(rect, text, font, "title"), area.top() + height + area.height() * 0.02


def balanced_grid(count: int, area: QRectF, aspect: float, gap: float) -> list[QRectF]:
    """`count` cells in rows that differ by at most one (4 = 2 × 2, 13 = 5 + 4 + 4), the
    number of rows chosen so a cell of width:height `aspect` is as large as it can be;
    shorter rows are centred."""
    if count <= 0:
        return []
    best_rows, best = 1, -1.0
    for rows in range(1, count + 1):
        cols = math.ceil(count / rows)
        if (cols - 1) * rows >= count and rows > 1:
            continue  # a row would be empty
        w = (area.width() - gap * (cols - 1)) / cols
        h = (area.height() - gap * (rows - 1)) / rows
        size = min(w / aspect, h)
        if size > best:
            best_rows, best = rows, size
    rows = best_rows
    cols = math.ceil(count / rows)
    w = (area.width() - gap * (cols - 1)) / cols
    h = (area.height() - gap * (rows - 1)) / rows
    cells = []
    longer = count - (cols - 1) * rows  # rows holding `cols` cells; the rest hold one fewer
    index = 0
    for row in range(rows):
        in_row = cols if row < longer else cols - 1
        left = area.left() + (area.width() - (in_row * w + (in_row - 1) * gap)) / 2
        for col in range(in_row):
            if index < count:
                cells.append(QRectF(left + col * (w + gap), area.top() + row * (h + gap), w, h))
                index += 1
    return cells


def group_name(group: GroupShown) -> str:
    """A group's name, or 'Group N' when it has none."""
    return group.name or QCoreApplication.translate("AudienceWidget", "Group {0}").format(
        group.number
    )


def _chip(group: GroupShown, left: float, top: float, px: float) -> Placed:
    """The group's mark: its number on its colour, square for groups 1-8, round for 9-16."""
    font = wall_font(px, bold=True)
    size = px * LINE
    # Wide enough for two-digit numbers: the number is the sign that never depends on colour.
    width = max(size, QFontMetricsF(font).horizontalAdvance(str(group.number)) + px * 0.6)
    return Placed(QRectF(left, top, width, size), str(group.number), font, "chip", group.colour,
                  min(group.round, 1))  # fmt: skip


def _fits(text: str, px: float, width: float, bold: bool = False) -> bool:
    return QFontMetricsF(wall_font(px, bold=bold)).horizontalAdvance(text) <= width


def layout_groups(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """Tiles of groups in a balanced grid, every member listed, names as large as fit; a
    crowded room gives up the session's title before any name goes below the floor."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    if not view.groups_shown:
        return [title, *_people(view, QRectF(area.left(), top, area.width(),
                                             area.bottom() - top), scale)]  # fmt: skip
    groups = view.groups_shown
    most = max((len(g.members) for g in groups), default=0)
    names = [m for g in groups for m in g.members] + [g.name for g in groups if g.name]
    floor = FLOOR_PX * scale
    pad = 10 * scale
    gap = 14 * scale

    def tile_px(body: QRectF) -> tuple[list[QRectF], float, bool]:
        cells = balanced_grid(len(groups), body, 1.5, gap)
        w, h = cells[0].width(), cells[0].height()
        px = NAME_MAX_PX * scale
        while True:
            metrics = QFontMetricsF(wall_font(px))
            widest = max((metrics.horizontalAdvance(x) for x in names), default=0)
            fits = (most + 1) * px * LINE + px * 0.1 + pad * 2 <= h and widest <= w - pad * 2
            if fits or px <= floor:
                return cells, px, fits
            px = max(floor, px * 0.95)

    cells, px, fits = tile_px(QRectF(area.left(), top, area.width(), area.bottom() - top))
    placed = [title]
    if not fits:
        cells, px, fits = tile_px(area)
        placed = []
    for group, cell in zip(groups, cells, strict=True):
        placed.append(Placed(cell, "", wall_font(px), "tile", group.colour))
        inner = cell.adjusted(pad, pad + px * 0.1, -pad, -pad)
        chip = _chip(group, inner.left(), inner.top(), px)
        placed.append(chip)
        if group.name:
            left = chip.rect.right() + px * 0.3
            text = QFontMetricsF(wall_font(px, bold=True)).elidedText(
                group.name, Qt.ElideRight, inner.right() - left
            )
            placed.append(Placed(QRectF(left, inner.top(), inner.right() - left, px * LINE),
                                 text, wall_font(px, bold=True), "name"))  # fmt: skip
        y = inner.top() + px * LINE
        for member in group.members:
            if y + px * LINE > cell.bottom() + 0.5:
                break  # only when even the floor size cannot hold them all
            text = QFontMetricsF(wall_font(px)).elidedText(member, Qt.ElideRight, inner.width())
            placed.append(Placed(QRectF(inner.left(), y, inner.width(), px * LINE), text,
                                 wall_font(px), "name"))  # fmt: skip
            y += px * LINE
    return placed


def _people(view: AudienceView, body: QRectF, scale: float) -> list[Placed]:
    """Before groups are formed: that they are not, and who is here, in columns."""
    floor = FLOOR_PX * scale
    heading = QCoreApplication.translate("AudienceWidget", "Groups are not formed yet")
    if view.people:
        heading += " · " + QCoreApplication.translate("AudienceWidget", "here: {0}").format(
            len(view.people)
        )
    placed = [Placed(QRectF(body.left(), body.top(), body.width(), 56 * scale * LINE), heading,
                     wall_font(56 * scale, bold=True), "accent")]  # fmt: skip
    top = body.top() + 56 * scale * LINE + 20 * scale
    names = list(view.people)
    if not names:
        return placed
    px = NAME_MAX_PX * scale
    while True:
        rows = max(1, int((body.bottom() - top) // (px * LINE)))
        cols = math.ceil(len(names) / rows)
        width = (body.width() - (cols - 1) * px) / cols
        if all(_fits(n, px, width) for n in names) or px <= floor:
            break
        px = max(floor, px * 0.95)
    shown = names
    if cols * rows < len(names) or width < px * 4:
        cols = max(1, int((body.width() + px) // (px * 8)))
        width = (body.width() - (cols - 1) * px) / cols
        shown = names[: cols * rows]
    font = wall_font(px)
    metrics = QFontMetricsF(font)
    for i, name in enumerate(shown):
        col, row = divmod(i, rows)
        rect = QRectF(body.left() + col * (width + px), top + row * px * LINE, width, px * LINE)
        placed.append(Placed(rect, metrics.elidedText(name, Qt.ElideRight, width), font, "name"))
    return placed


def layout_exercise(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The instructions as large as fit, what to hand in, and the groups as chips."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    chip_px = FLOOR_PX * scale
    chips_h = chip_px * 1.3
    room = QRectF(area.left(), top, area.width(), area.bottom() - top - chips_h * 1.6)
    flags = int(Qt.TextWordWrap)
    px = TEXT_MAX_PX * scale
    hand_in = QCoreApplication.translate("AudienceWidget", "Hand in: {0}").format(view.output)
    floor = FLOOR_PX * scale
    while True:
        out_px = max(floor, px * 0.85)
        text_h = (
            QFontMetricsF(wall_font(px))
            .boundingRect(QRectF(0, 0, room.width(), 1e6), flags, view.text)
            .height()
        )
        out_h = (
            QFontMetricsF(wall_font(out_px))
            .boundingRect(QRectF(0, 0, room.width(), 1e6), flags, hand_in)
            .height()
            if view.output
            else 0
        )
        if text_h + out_h + px * 0.6 <= room.height() or px <= floor:
            break
        px = max(floor, px * 0.94)
    placed = [title, Placed(QRectF(room.left(), room.top(), room.width(), text_h), view.text,
                            wall_font(px), "text")]  # fmt: skip
    if view.output:
        placed.append(Placed(QRectF(room.left(), room.top() + text_h + px * 0.6, room.width(),
                                    out_h), hand_in, wall_font(out_px), "output"))  # fmt: skip
    # Above the bottom margin, which the timer uses: every group's mark, in one row.
    x, y = area.left(), area.bottom() - chips_h
    for group in view.groups_shown:
        chip = _chip(group, x, y, chip_px)
        if chip.rect.right() > area.right():
            break
        placed.append(chip)
        x = chip.rect.right() + chip_px * 0.4
    return placed


def layout_scale(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The stages side by side; under each, the groups placed there as cards that fill the
    column: their mark, their name and a line of what they handed in."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    stages = view.stages or ("",)
    gap = 14 * scale
    w = (area.width() - gap * (len(stages) - 1)) / len(stages)
    floor = FLOOR_PX * scale
    flags = int(Qt.TextWordWrap)
    header_px = 48 * scale
    while header_px > floor:
        bold = QFontMetricsF(wall_font(header_px, bold=True))
        longest = max((bold.horizontalAdvance(word) for s in stages for word in s.split()),
                      default=0)  # fmt: skip
        if longest <= w - 20 * scale:
            break
        header_px = max(floor, header_px * 0.95)
    bold = QFontMetricsF(wall_font(header_px, bold=True))
    header_h = max(bold.boundingRect(QRectF(0, 0, w - 20 * scale, 1e6), flags, s).height()
                   for s in stages)  # fmt: skip
    placed = [title]
    unplaced = [g for g in view.groups_shown if g.stage is None or g.stage >= len(stages)]
    bottom = area.bottom() - (floor * 1.3 + 16 * scale if unplaced else 0)
    column_top = top + header_h + 24 * scale
    per_column = [[g for g in view.groups_shown if g.stage == i] for i in range(len(stages))]
    crowd = max((len(c) for c in per_column), default=0)
    # Each card as tall as the fullest column allows (at most four lines), its text as large
    # as the card's lines and the column's width allow, never below the floor.
    card_gap = 12 * scale
    space = bottom - column_top
    card_h = (space - card_gap * (crowd - 1)) / crowd if crowd else 0.0
    px = CHIP_MAX_PX * scale
    labels = [group_name(g) for g in view.groups_shown]
    while px > floor:
        wide = max((QFontMetricsF(wall_font(px, bold=True)).horizontalAdvance(x)
                    for x in labels), default=0)  # fmt: skip
        if wide <= w - px * 1.6 - 40 * scale and px * LINE * 2 <= card_h:
            break
        px = max(floor, px * 0.95)
    card_h = min(card_h, px * LINE * 4 + 16 * scale)
    for i, stage in enumerate(stages):
        left = area.left() + i * (w + gap)
        placed.append(Placed(QRectF(left, top, w, bottom - top), "", wall_font(floor), "tile",
                             "#00000000"))  # fmt: skip
        placed.append(Placed(QRectF(left + 10 * scale, top + 8 * scale, w - 20 * scale,
                                    header_h), stage, wall_font(header_px, bold=True),
                             "stage"))  # fmt: skip
        y = column_top
        for group in per_column[i]:
            placed += _scale_card(group, QRectF(left + 8 * scale, y, w - 16 * scale, card_h), px)
            y += card_h + card_gap
    if unplaced:
        label = QCoreApplication.translate("AudienceWidget", "Not placed yet:")
        font = wall_font(floor)
        y = area.bottom() - floor * 1.3
        label_w = QFontMetricsF(font).horizontalAdvance(label) + floor * 0.4
        placed.append(Placed(QRectF(area.left(), y, label_w, floor * 1.3), label, font, "muted"))
        x = area.left() + label_w
        for group in unplaced:
            chip = _chip(group, x, y, floor)
            if chip.rect.right() > area.right():
                break
            placed.append(chip)
            x = chip.rect.right() + floor * 0.3
    return placed


def _scale_card(group: GroupShown, card: QRectF, px: float) -> list[Placed]:
    """A group on the scale: a band in its colour, its mark, then its name (if it has one)
    and what it handed in, wrapped to the lines the card has, the last one cut with "…"."""
    placed = [Placed(card, "", wall_font(px), "band", group.colour)]
    pad = px * 0.2
    chip = _chip(group, card.left() + pad + 6, card.top() + pad, px)
    placed.append(chip)
    left = chip.rect.right() + px * 0.3
    width = card.right() - left - pad
    y = card.top() + pad
    lines_left = int((card.bottom() - y) // (px * LINE))
    if group.name:
        font = wall_font(px, bold=True)
        text = QFontMetricsF(font).elidedText(group.name, Qt.ElideRight, width)
        placed.append(Placed(QRectF(left, y, width, px * LINE), text, font, "name"))
        y += px * LINE
        lines_left -= 1
    if group.output and lines_left > 0:
        font = wall_font(px)
        metrics = QFontMetricsF(font)
        rest = group.output
        if not group.name and lines_left > 1:
            # Beside the mark, the words that fit there (none when a two-digit mark leaves too
            # little: the mark is then above the text); below it, the card's full width, so a
            # wide mark never cuts a group's output to a word ("Two …").
            words = rest.split()
            first: list[str] = []
            while words and metrics.horizontalAdvance(" ".join([*first, words[0]])) <= width:
                first.append(words.pop(0))
            if first:
                placed.append(Placed(QRectF(left, y, width, px * LINE), " ".join(first), font,
                                     "muted"))  # fmt: skip
            if words:
                y += px * LINE
                lines_left -= 1
            rest = " ".join(words)
            left = chip.rect.left()
            width = card.right() - left - pad
        if rest:
            # The card's height left, not a count of lines: wrapped text needs a pixel or
            # so more than its lines' spacing, and a count would give up the last line.
            room = card.bottom() - y
            text = _fit_lines(metrics, rest, width, room)
            box = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextWordWrap), text)
            placed.append(Placed(QRectF(left, y, width, min(room, box.height())), text, font,
                                 "muted"))  # fmt: skip
    return placed


def _fit_lines(metrics: QFontMetricsF, text: str, width: float, height: float) -> str:
    """`text` cut with "…" so it wraps into a box of `width` and `height`."""
    flags = int(Qt.TextWordWrap)

    def fits(candidate: str) -> bool:
        box = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, candidate)
        return box.height() <= height and box.width() <= width + 1

    if fits(text):
        return text
    words = text.split()
    while words:
        words.pop()
        if fits(" ".join(words) + " …"):
            return " ".join(words) + " …"
    return metrics.elidedText(text, Qt.ElideRight, width)


def paint_chip(painter: QPainter, item: Placed) -> None:
    """A group's mark: its colour, in its shape, with its number in black or white,
    whichever reads better on that colour."""
    colour = QColor(item.colour)
    painter.setPen(Qt.NoPen)
    painter.setBrush(colour)
    if item.shape:
        radius = item.rect.height() / 2
        painter.drawRoundedRect(item.rect, radius, radius)
    else:
        painter.drawRect(item.rect)
    painter.setBrush(Qt.NoBrush)
    painter.setFont(item.font)
    painter.setPen(QColor(ink_on(colour.name())))
    painter.drawText(item.rect, int(Qt.AlignCenter), item.text)


def paint_room(painter: QPainter, placed: list[Placed], theme: ProjectorTheme) -> None:
    """Draw what a room layout placed."""
    flags = int(Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop)
    for item in placed:
        painter.setFont(item.font)
        if item.role in ("tile", "band"):
            painter.fillRect(item.rect, theme.track if item.role == "tile" else theme.chip)
            if item.colour and not item.colour.endswith("00000000"):
                stripe = max(4.0, item.font.pixelSize() * 0.15)
                if item.role == "tile":
                    band = QRectF(item.rect.left(), item.rect.top(), item.rect.width(), stripe)
                else:
                    band = QRectF(item.rect.left(), item.rect.top(), stripe, item.rect.height())
                painter.fillRect(band, QColor(item.colour))
            continue
        if item.role == "chip":
            paint_chip(painter, item)
            continue
        colour = {"title": theme.text, "stage": theme.accent, "output": theme.accent,
                  "header": theme.accent, "accent": theme.accent,
                  "muted": theme.muted}.get(item.role, theme.text)  # fmt: skip
        painter.setPen(colour)
        painter.drawText(item.rect, flags, item.text)
