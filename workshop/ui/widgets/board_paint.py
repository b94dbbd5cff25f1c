"""The tips board on the wall: columns side by side, text as large as fits, then pages."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QStaticText, QTextOption

from workshop.core.audience import AudienceView, BoardItem
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

# Pixels on a 1080-line screen; they scale with the screen's height.
BOARD_MAX_PX = 52
# Below this a tip is not read from the back row; a fuller board gets pages instead.
BOARD_FLOOR_PX = 40
QUESTION_PX = 56
HEADER_RATIO = 1.1
SIZES = (52, 48, 44, 40)


@dataclass(frozen=True)
class PlacedText:
    """A line or paragraph of the board at its place on the wall."""

    rect: QRectF
    text: str
    font: QFont
    role: str  # "question", "header", "tip", "cluster", "page"
    item: BoardItem | None = None


@dataclass(frozen=True)
class BoardLayout:
    """What to draw for one page, the body size chosen and how many pages there are."""

    placed: tuple[PlacedText, ...]
    body_px: float
    pages: int
    page: int
    area: QRectF


def item_text(item: BoardItem) -> str:
    """A tip as the wall writes it (the core decides the marks)."""
    return item.wall_text()


# Measured heights of tips, by item, width and size: a new tip is measured, the rest reused.
_HEIGHTS: dict[tuple[BoardItem, int, float], float] = {}
_HEIGHTS_MOST = 50_000
# A column's heights and pages by its items tuple (board_view keeps the tuple of a column
# whose tips did not change): adding a tip walks its own column only, not the whole board.
_COLUMNS: dict[tuple[int, int, float, float], tuple[tuple[BoardItem, ...], ColumnPages]] = {}
_COLUMNS_MOST = 64
# The last items and pages of each column (by its place, width, size and room), to extend.
_LAST_OF_COLUMN: dict[tuple[int, int, float, float], tuple[tuple[BoardItem, ...], ColumnPages]]
_LAST_OF_COLUMN = {}


@dataclass(frozen=True)
class ColumnPages:
    """A column's measured items and how they fall on pages at one width and size."""

    heights: list[float]
    pages: list[list[int]]


def _column_pages(
    items: tuple[BoardItem, ...], width: float, px: float, room: float, column: int = 0
) -> ColumnPages:
    key = (id(items), round(width), px, room)
    known = _COLUMNS.get(key)
    if known is not None and known[0] is items:
        return known[1]
    if len(_COLUMNS) >= _COLUMNS_MOST:
        _COLUMNS.clear()
        _LAST_OF_COLUMN.clear()
    # A tip added at the end of a column: the column's last items are what they were, plus
    # the new one; only that one is measured and placed (compared whole, in C, to be sure).
    last = _LAST_OF_COLUMN.get((column, round(width), px, room))
    if last is not None and len(last[0]) < len(items) and items[: len(last[0])] == last[0]:
        done = len(last[0])
        heights = last[1].heights + _heights(items[done:], width, px)
        pages = [*last[1].pages[:-1], list(last[1].pages[-1])] if last[1].pages else [[]]
        used = sum(heights[i] for i in pages[-1])
        result = ColumnPages(heights, _pages(heights, room, pages, used, done))
    else:
        heights = _heights(items, width, px)
        result = ColumnPages(heights, _pages(heights, room))
    _COLUMNS[key] = (items, result)  # the tuple is held, so its id is not reused meanwhile
    _LAST_OF_COLUMN[(column, round(width), px, room)] = (items, result)
    return result


def _heights(items: tuple[BoardItem, ...], width: float, px: float) -> list[float]:
    if len(_HEIGHTS) > _HEIGHTS_MOST:
        _HEIGHTS.clear()
    flags = int(Qt.TextWordWrap)
    metrics: dict[bool, QFontMetricsF] = {}
    indent = px * 1.2
    heights = []
    get = _HEIGHTS.get
    for item in items:
        w = width - (indent if item.in_cluster else 0)
        # The item is the key: its text, marks and role decide its height, nothing else.
        key = (item, round(w), px)
        height = get(key)
        if height is None:
            bold = item.cluster_title
            if bold not in metrics:
                metrics[bold] = QFontMetricsF(wall_font(px, bold=bold))
            bound = metrics[bold].boundingRect(QRectF(0, 0, w, 1e6), flags, item_text(item))
            height = _HEIGHTS[key] = bound.height() + px * 0.4
        heights.append(height)
    return heights


def _pages(
    heights: list[float],
    room: float,
    pages: list[list[int]] | None = None,
    used: float = 0.0,
    start: int = 0,
) -> list[list[int]]:
    """Items to pages, first fit in order; from `start` on when the pages before are given."""
    if pages is None:
        pages = [[]]
    for index in range(start, len(heights)):
        h = heights[index]
        if pages[-1] and used + h > room:
            pages.append([])
            used = 0.0
        pages[-1].append(index)
        used += h
    return pages


# The wall hands the same view object to the projector and every mirror, all drawn on the
# projector's logical size: the last layout serves them all, and the wall's page count.
_LAST: dict[str, tuple[AudienceView, tuple[float, float, float, float, float], BoardLayout]] = {}


def layout_board(view: AudienceView, canvas: QRectF, scale: float) -> BoardLayout:
    """The board laid out on `canvas`, computed once for the same view object and canvas."""
    key = (canvas.x(), canvas.y(), canvas.width(), canvas.height(), scale)
    last = _LAST.get("board")
    if last is not None and last[0] is view and last[1] == key:
        return last[2]
    layout = _layout_board(view, canvas, scale)
    _LAST["board"] = (view, key, layout)
    return layout


def _layout_board(view: AudienceView, canvas: QRectF, scale: float) -> BoardLayout:
    """The largest text size at which every column fits; at the floor, pages instead."""
    margin = canvas.height() * 0.05
    area = canvas.adjusted(margin * 1.2, margin, -margin * 1.2, -margin * 1.2)
    placed: list[PlacedText] = []
    top = area.top()
    if view.title:
        font = wall_font(QUESTION_PX * scale, bold=True)
        h = (
            QFontMetricsF(font)
            .boundingRect(QRectF(0, 0, area.width(), 1e6), int(Qt.TextWordWrap), view.title)
            .height()
        )
        placed.append(PlacedText(QRectF(area.left(), top, area.width(), h), view.title, font,
                                 "question"))  # fmt: skip
        top += h + margin * 0.4
    columns = view.board or (("", ()),)
    gap = margin * 0.6
    width = (area.width() - gap * (len(columns) - 1)) / len(columns)

    def attempt(size: int) -> tuple[float, float, list[list[float]], list[list[list[int]]]]:
        px = size * scale
        header_h = px * HEADER_RATIO * 1.5
        room = area.bottom() - top - header_h
        measured = [
            _column_pages(items, width, px, room, c) for c, (_title, items) in enumerate(columns)
        ]
        return px, header_h, [m.heights for m in measured], [m.pages for m in measured]

    # A full board is settled at the floor size at once; only a board that fits there
    # tries the larger sizes, from the largest down.
    chosen = attempt(SIZES[-1])
    if all(len(p) == 1 for p in chosen[3]):
        for size in SIZES[:-1]:
            trial = attempt(size)
            if all(len(p) == 1 for p in trial[3]):
                chosen = trial
                break
    px, header_h, heights, pages = chosen
    count = max(len(p) for p in pages)
    page = min(max(0, view.page), count - 1)
    for c, (title, items) in enumerate(columns):
        left = area.left() + c * (width + gap)
        header = QRectF(left, top, width, header_h)
        placed.append(PlacedText(header, title, wall_font(px * HEADER_RATIO, bold=True), "header"))
        y = top + header_h
        indices = pages[c][page] if page < len(pages[c]) else []
        for index in indices:
            item = items[index]
            indent = px * 1.2 if item.in_cluster else 0
            rect = QRectF(left + indent, y, width - indent, heights[c][index] - px * 0.4)
            role = "cluster" if item.cluster_title else "tip"
            placed.append(PlacedText(rect, item_text(item), wall_font(px, item.cluster_title), role,
                                     item))  # fmt: skip
            y += heights[c][index]
    if count > 1:
        font = wall_font(BOARD_FLOOR_PX * scale)
        rect = QRectF(area.left(), area.bottom(), area.width(), margin)
        placed.append(PlacedText(rect, f"{page + 1} / {count}", font, "page"))
    return BoardLayout(tuple(placed), px, count, page, area)


# Each text of the board laid out once (wrapped at its width in its font), drawn again on
# every paint without laying it out again: a repaint draws ~40 texts at 1080p.
_STATIC: dict[tuple[str, str, float], QStaticText] = {}
_STATIC_MOST = 1024


def _static_text(placed: PlacedText) -> QStaticText:
    key = (placed.text, placed.font.key(), placed.rect.width())
    known = _STATIC.get(key)
    if known is None:
        if len(_STATIC) >= _STATIC_MOST:
            _STATIC.clear()
        known = QStaticText(placed.text)
        known.setTextFormat(Qt.PlainText)  # a tip's "<" is a character, not markup
        known.setTextWidth(placed.rect.width())
        option = QTextOption()
        option.setWrapMode(QTextOption.WordWrap)  # as drawText's Qt.TextWordWrap
        known.setTextOption(option)
        _STATIC[key] = known
    return known


def paint_board(painter: QPainter, layout: BoardLayout, theme: ProjectorTheme) -> None:
    """Draw a laid-out page of the board."""
    for placed in layout.placed:
        painter.setFont(placed.font)
        if placed.role in ("header", "cluster"):
            painter.setPen(theme.accent)
        elif placed.role == "page":
            painter.setPen(theme.muted)
            painter.drawText(placed.rect, int(Qt.AlignRight | Qt.AlignVCenter), placed.text)
            continue
        elif placed.item is not None and placed.item.brought_in:
            painter.setPen(theme.muted)
        else:
            painter.setPen(theme.text)
        # Top-left aligned and wrapped, as drawText(rect, TextWordWrap | AlignLeft | AlignTop)
        # draws it (the same pixels; tests/ui checks), without laying it out each paint.
        text = _static_text(placed)
        size = text.size()
        if size.width() > placed.rect.width() or size.height() > placed.rect.height():
            # A word wider than its column: cut at the rect, as drawText does.
            painter.save()
            painter.setClipRect(placed.rect, Qt.IntersectClip)
            painter.drawStaticText(placed.rect.topLeft(), text)
            painter.restore()
        else:
            painter.drawStaticText(placed.rect.topLeft(), text)
