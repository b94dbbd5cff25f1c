"""Results for the room: a bar per option, or the groups' choices side by side, each option in
its own colour-blind-safe colour with its letter (the same colours as the summary's chart)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from workshop.core.audience import AudienceView
from workshop.core.cards import OPTION_LETTERS
from workshop.core.palette import group_colour, group_round, option_colour
from workshop.core.session import ResultStyle
from workshop.core.timer import TimerPhase
from workshop.ui.widgets.room_paint import FLOOR_PX, LINE, Placed, balanced_grid, paint_chip
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

# Pixels on a 1080-line screen; they scale with the screen's height.
RESULT_TITLE_PX = 64
BAR_LABEL_PX = 56
OPTION_TEXT_PX = 40  # the floor size: still readable from the back row
TILE_MAX_PX = 56
TIMER_PX = 56


def letter_colour(letter: str) -> str:
    """An option's colour by its letter: A the first of the options' palette, and so on."""
    index = OPTION_LETTERS.find(letter)
    return option_colour(max(0, index))


def _area(canvas: QRectF) -> QRectF:
    margin = canvas.height() * 0.07
    return canvas.adjusted(margin * 1.4, margin, -margin * 1.4, -margin * 1.1)


def layout_results(
    view: AudienceView, canvas: QRectF, scale: float, page: int = 0
) -> tuple[list[Placed], int]:
    """The results view's pieces for one page, and how many pages the tiles need."""
    area = _area(canvas)
    font = wall_font(RESULT_TITLE_PX * scale, bold=True)
    title_rect = QRectF(area.left(), area.top(), area.width(), RESULT_TITLE_PX * scale * 1.3)
    title = QFontMetricsF(font).elidedText(view.title, Qt.ElideRight, area.width())
    placed = [Placed(title_rect, title, font, "title")]
    body = area.adjusted(0, title_rect.height() + canvas.height() * 0.03, 0, 0)
    if view.result_style is ResultStyle.SIDE_BY_SIDE and view.groups:
        tiles, pages = _tiles(view, body, scale, page)
        return placed + tiles, pages
    return placed + _bars(view, body, scale), 1


def _bars(view: AudienceView, area: QRectF, scale: float) -> list[Placed]:
    rows = max(1, len(view.counts))
    label_px = BAR_LABEL_PX * scale
    text_px = OPTION_TEXT_PX * scale
    row_h = min(area.height() / rows, label_px * 3.2)
    # Seven options on a 720-line screen: the letter line and the option's line shrink to
    # share the row, never below the floor.
    label_px = max(FLOOR_PX * scale, min(label_px, (row_h - text_px * LINE) / LINE / 1.05))
    most = max((n for _, _, n in view.counts), default=0) or 1
    letter_w = label_px * 1.6
    count_w = QFontMetricsF(wall_font(label_px, bold=True)).horizontalAdvance("000") + label_px
    track_w = area.width() - letter_w - count_w
    placed = []
    for i, (letter, text, n) in enumerate(view.counts):
        top = area.top() + i * row_h
        font = wall_font(label_px, bold=True)
        line_h = label_px * LINE
        colour = letter_colour(letter)
        chip_w = QFontMetricsF(font).horizontalAdvance("W") + label_px * 0.5
        placed.append(Placed(QRectF(area.left(), top, chip_w, line_h), letter, font, "letter",
                             colour))  # fmt: skip
        track = QRectF(area.left() + letter_w, top + line_h * 0.15, track_w, line_h * 0.7)
        placed.append(Placed(track, "", font, "track"))
        if n:
            bar = QRectF(track.left(), track.top(), track_w * n / most, track.height())
            placed.append(Placed(bar, "", font, "bar", colour))
        placed.append(Placed(QRectF(track.right(), top, count_w, line_h), str(n), font, "count"))
        small = wall_font(text_px)
        label = QFontMetricsF(small).elidedText(text, Qt.ElideRight, track_w + count_w)
        placed.append(Placed(QRectF(track.left(), top + line_h * 1.02, track_w + count_w,
                                    text_px * LINE), label, small, "option"))  # fmt: skip
    return placed


def _chunks(items: list, pages: int) -> list[list]:
    """`items` over `pages` pages whose sizes differ by at most one (13 over 2: 7 and 6)."""
    size, extra = divmod(len(items), pages)
    out, start = [], 0
    for index in range(pages):
        end = start + size + (1 if index < extra else 0)
        out.append(items[start:end])
        start = end
    return out


def _tiles(view: AudienceView, body: QRectF, scale: float, page: int) -> tuple[list[Placed], int]:
    """Each group's tile: its mark, its option's letter in the option's colour, and its reason
    whole: wrapped, then smaller down to the floor size, then over more pages."""
    groups = list(view.groups)
    floor = FLOOR_PX * scale
    gap = 18 * scale
    pad = 14 * scale
    heights: dict[tuple[str, int, int], float] = {}

    def height(text: str, px: float, width: float) -> float:
        key = (text, round(px * 4), round(width))
        if key not in heights:
            metrics = QFontMetricsF(wall_font(px))
            box = metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextWordWrap), text)
            # A word wider than the tile would be cut: count it as not fitting.
            heights[key] = box.height() if box.width() <= width + 1 else 1e9
        return heights[key]

    def fits(chunk: list, px: float) -> bool:
        cells = balanced_grid(len(chunk), body, 1.5, gap)
        inner_w = cells[0].width() - pad * 2
        room = cells[0].height() - pad * 2 - px * LINE * 1.15
        return all(height(reason, px, inner_w) <= room for _g, _l, reason in chunk)

    chosen_pages, chosen_px = len(groups), floor
    for pages in range(1, len(groups) + 1):
        chunks = _chunks(groups, pages)
        px = TILE_MAX_PX * scale
        while px > floor and not all(fits(c, px) for c in chunks):
            px = max(floor, px * 0.94)
        if all(fits(c, px) for c in chunks):
            chosen_pages, chosen_px = pages, px
            break
    chunk = _chunks(groups, chosen_pages)[min(page, chosen_pages - 1)]
    px = chosen_px
    placed = []
    for (group, letter, reason), cell in zip(
        chunk, balanced_grid(len(chunk), body, 1.5, gap), strict=True
    ):
        placed.append(Placed(cell, "", wall_font(px), "tile", group_colour(group)))
        inner = cell.adjusted(pad, pad, -pad, -pad)
        bold = wall_font(px, bold=True)
        number = str(group)
        chip_w = QFontMetricsF(bold).horizontalAdvance(number) + px * 0.6
        chip_h = px * LINE
        placed.append(Placed(QRectF(inner.left(), inner.top(), max(chip_h, chip_w), chip_h),
                             number, bold, "chip", group_colour(group),
                             min(group_round(group), 1)))  # fmt: skip
        big = wall_font(px * 1.0, bold=True)
        letter_w = QFontMetricsF(big).horizontalAdvance("W") + px * 0.6
        placed.append(Placed(QRectF(inner.right() - letter_w, inner.top(), letter_w, chip_h),
                             letter, big, "letter", letter_colour(letter)))  # fmt: skip
        top = inner.top() + chip_h * 1.15
        text_h = height(reason, px, inner.width())
        if reason:
            placed.append(Placed(QRectF(inner.left(), top, inner.width(), min(text_h,
                                        inner.bottom() - top)), reason, wall_font(px),
                                 "reason"))  # fmt: skip
    if chosen_pages > 1:
        words = QCoreApplication.translate("AudienceWidget", "page {0} of {1}").format(
            min(page, chosen_pages - 1) + 1, chosen_pages
        )
        font = wall_font(floor)
        width = QFontMetricsF(font).horizontalAdvance(words) + floor
        # In the bottom margin, on the right where a card's counter sits.
        rect = QRectF(body.right() - width, body.bottom() + 6 * scale, width, floor * LINE)
        placed.append(Placed(rect, words, font, "page"))
    return placed, chosen_pages


def paint_results(painter: QPainter, placed: list[Placed], theme: ProjectorTheme) -> None:
    """Draw what layout_results placed."""
    for item in placed:
        if item.role in ("chip", "letter"):
            paint_chip(painter, item)
            continue
        if item.role == "track":
            painter.fillRect(item.rect, theme.track)
            continue
        if item.role == "bar":
            painter.fillRect(item.rect, QColor(item.colour))
            continue
        if item.role == "tile":
            painter.fillRect(item.rect, theme.track)
            continue
        painter.setFont(item.font)
        painter.setPen(theme.muted if item.role in ("option", "page") else theme.text)
        if item.role == "count":
            painter.drawText(item.rect, int(Qt.AlignRight | Qt.AlignVCenter), item.text)
        else:
            painter.drawText(item.rect, int(Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap),
                             item.text)  # fmt: skip


def timer_colour(phase: TimerPhase, theme: ProjectorTheme) -> QColor:
    """The timer's colour: calm, amber at 20% left, red at 5% and when time is up."""
    return {
        TimerPhase.NORMAL: theme.text,
        TimerPhase.LOW: theme.warning,
        TimerPhase.CRITICAL: theme.alarm,
        TimerPhase.UP: theme.alarm,
    }[phase]


def timer_rect(canvas: QRectF) -> QRectF:
    """Where the timer sits: the bottom left corner, in the margin no text uses."""
    margin = canvas.height() * 0.07
    height = margin * 1.1
    return QRectF(
        canvas.left() + margin * 1.4, canvas.bottom() - height, canvas.width() / 3, height
    )


def paint_timer(
    painter: QPainter,
    text: str,
    phase: TimerPhase,
    canvas: QRectF,
    scale: float,
    theme: ProjectorTheme,
) -> None:
    """The time left in the bottom left corner, in the margin no text uses (the counter is on
    the right); when time is up, a quiet frame round the screen."""
    painter.setFont(wall_font(TIMER_PX * scale, bold=True))
    rect = timer_rect(canvas)
    painter.fillRect(rect, theme.background)
    painter.setPen(timer_colour(phase, theme))
    painter.drawText(rect, int(Qt.AlignLeft | Qt.AlignVCenter), text)
    if phase is TimerPhase.UP:
        pen = QPen(theme.alarm)
        pen.setWidthF(10 * scale)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        half = pen.widthF() / 2
        painter.drawRect(canvas.adjusted(half, half, -half, -half))
