"""AudienceWidget: an AudienceView fitted to the screen; the projector and its mirrors share it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop.core.audience import AudienceView, ViewMode
from workshop.core.session import Blank
from workshop.core.timer import TimerPhase
from workshop.ui.widgets.agenda_paint import layout_agenda, layout_showcase, paint_agenda
from workshop.ui.widgets.board_paint import BoardLayout, layout_board, paint_board
from workshop.ui.widgets.phone_paint import beside_panel, paint_phone_prompt
from workshop.ui.widgets.results_paint import (
    layout_results,
    letter_colour,
    paint_results,
    paint_timer,
)
from workshop.ui.widgets.room_paint import (
    Placed,
    layout_exercise,
    layout_groups,
    layout_scale,
    paint_chip,
    paint_room,
)
from workshop.ui.widgets.summary_paint import layout_summary
from workshop.ui.widgets.theme import DARK, ProjectorTheme, wall_font
from workshop.ui.widgets.title_paint import layout_title

if TYPE_CHECKING:
    from workshop.ui.wall import WallState

PROJECTOR_SIZE = QSize(1920, 1080)
ROOM_LAYOUTS = {
    ViewMode.GROUPS: layout_groups,
    ViewMode.EXERCISE: layout_exercise,
    ViewMode.SCALE: layout_scale,
}
AGENDA_LAYOUTS = {
    ViewMode.TITLE: layout_title,
    ViewMode.AGENDA: layout_agenda,
    ViewMode.SHOWCASE: layout_showcase,
    ViewMode.SUMMARY: layout_summary,
}
# Sizes in pixels of a 1080-line screen; they scale with the screen's height.
MAX_BODY_PX = 76
MIN_BODY_PX = 40
TITLE_RATIO = 1.3
COUNTER_PX = 40
# The top part of the title slide that an organisation's logo takes.
LOGO_BAND = 0.22


@dataclass(frozen=True)
class _Block:
    """A paragraph the room reads: its role decides font and indent."""

    role: str
    text: str
    marker: str = ""


@dataclass(frozen=True)
class _Placed:
    block: _Block
    rect: QRectF
    font: QFont


def _blocks(view: AudienceView) -> list[_Block]:
    blocks = [_Block("title", view.title)]
    if view.text:
        blocks.append(_Block("body", view.text))
    blocks += [_Block("option", text, letter) for letter, text in view.options]
    blocks += [_Block("question", q, "?") for q in view.questions]
    return blocks


def layout_card(view: AudienceView, area: QRectF, scale: float) -> tuple[list[_Placed], float]:
    """The card's blocks at the size that fits the card fully revealed, and that size in px."""
    body_px = _fitting_size(view.sizing or view, area, scale)
    placed, _bottom = _place(_blocks(view), area, body_px)
    return placed, body_px


def _fitting_size(view: AudienceView, area: QRectF, scale: float) -> float:
    """The largest body size, down to the floor, at which the view fits `area`."""
    blocks = _blocks(view)
    body_px = MAX_BODY_PX * scale
    floor_px = MIN_BODY_PX * scale
    while True:
        _placed, bottom = _place(blocks, area, body_px)
        if bottom <= area.bottom() or body_px <= floor_px:
            return body_px
        body_px = max(floor_px, body_px * 0.94)


def card_area(canvas: QRectF) -> QRectF:
    """The part of a screen a card's text may use: margins all round, room for the counter."""
    margin = canvas.height() * 0.07
    return canvas.adjusted(margin * 1.4, margin, -margin * 1.4, -margin * 1.1)


def fit_on_screen(view: AudienceView, size: QSize) -> tuple[float, float, float]:
    """For a screen of `size`: the body size chosen, where the text ends, and where it may end."""
    canvas = QRectF(0, 0, size.width(), size.height())
    area = card_area(canvas)
    placed, body_px = layout_card(view, area, size.height() / PROJECTOR_SIZE.height())
    bottom = max((item.rect.bottom() for item in placed), default=area.top())
    return body_px, bottom, area.bottom()


def _place(blocks: list[_Block], area: QRectF, body_px: float) -> tuple[list[_Placed], float]:
    placed = []
    y = area.top()
    gap = body_px * 0.45
    indent = body_px * 1.6
    previous_role = ""
    for block in blocks:
        is_title = block.role == "title"
        font = wall_font(body_px * TITLE_RATIO if is_title else body_px, bold=is_title)
        left = area.left() + (indent if block.marker else 0)
        width = area.right() - left
        metrics = QFontMetricsF(font)
        height = metrics.boundingRect(
            QRectF(0, 0, width, 1e6), int(Qt.TextWordWrap), block.text
        ).height()
        if previous_role and previous_role != block.role:
            y += gap
        placed.append(_Placed(block, QRectF(left, y, width, height), font))
        y += height + gap * 0.35
        previous_role = block.role
    return placed, y


def wall_layout(view: AudienceView, size: QSize, counter: str = "", page: int = 0) -> list[Placed]:
    """Every piece the wall draws for `view` on a screen of `size`, as the painters place it:
    what the layout tests check (sizes, overlaps, the screen's edges)."""
    canvas = QRectF(0, 0, size.width(), size.height())
    scale = size.height() / PROJECTOR_SIZE.height()
    if view.mode is ViewMode.RESULTS:
        return layout_results(view, canvas, scale, page)[0]
    if view.mode is ViewMode.BOARD:
        return [Placed(p.rect, p.text, p.font, p.role)
                for p in layout_board(view, canvas, scale).placed]  # fmt: skip
    if view.mode in ROOM_LAYOUTS:
        return ROOM_LAYOUTS[view.mode](view, canvas, scale)
    if view.mode in AGENDA_LAYOUTS:
        return AGENDA_LAYOUTS[view.mode](view, canvas, scale)
    if view.mode is not ViewMode.CARD:
        return []
    area = card_area(beside_panel(view, canvas, scale))
    placed, _px = layout_card(view, area, scale)
    pieces = []
    for item in placed:
        if item.block.marker:
            marker = QRectF(area.left(), item.rect.top(), item.rect.left() - area.left(),
                            item.rect.height())  # fmt: skip
            bold = QFont(item.font)
            bold.setBold(True)
            pieces.append(Placed(marker, item.block.marker, bold, "marker"))
        pieces.append(Placed(item.rect, item.block.text, item.font, item.block.role))
    if counter:
        pieces.append(Placed(counter_rect(canvas, counter, scale), counter,
                             wall_font(COUNTER_PX * scale), "counter"))  # fmt: skip
    return pieces


def corner_logo_rect(canvas: QRectF) -> QRectF:
    """The logo's corner: top right, inside the top margin that no screen writes in."""
    height = canvas.height() * 0.036
    return QRectF(canvas.width() * 0.5, canvas.height() * 0.008, canvas.width() * 0.49, height)


def paint_logo(
    painter: QPainter, logo: QImage, rect: QRectF, align: Qt.AlignmentFlag = Qt.AlignHCenter
) -> None:
    """The logo as large as fits `rect`, its proportions kept."""
    if logo.isNull() or rect.height() <= 0:
        return
    factor = min(rect.height() / logo.height(), rect.width() / logo.width())
    w, h = logo.width() * factor, logo.height() * factor
    left = rect.right() - w if align == Qt.AlignRight else rect.center().x() - w / 2
    painter.drawImage(QRectF(left, rect.top() + (rect.height() - h) / 2, w, h), logo)


def counter_rect(canvas: QRectF, counter: str, scale: float) -> QRectF:
    """Where 'Card n of m' sits: the bottom right corner, in the card's bottom margin."""
    margin = canvas.height() * 0.07
    font = wall_font(COUNTER_PX * scale)
    metrics = QFontMetricsF(font)
    width, height = metrics.horizontalAdvance(counter), metrics.height()
    right, bottom = canvas.right() - margin * 0.5, canvas.bottom() - margin * 0.25
    return QRectF(right - width, bottom - height, width, height)


# The wall hands one view object to the projector and every mirror: its words (every tip of
# a full board) are joined once for all their accessible descriptions, not once each.
_WORDS: dict[str, tuple[AudienceView, str]] = {}


def _plain_text(view: AudienceView) -> str:
    last = _WORDS.get("last")
    if last is None or last[0] is not view:
        last = _WORDS["last"] = (view, view.plain_text())
    return last[1]


class AudienceWidget(QWidget):
    """What the room sees, drawn on a logical screen size and scaled to this widget."""

    def __init__(
        self, parent: QWidget | None = None, theme: ProjectorTheme = DARK, mirror: bool = False
    ) -> None:
        super().__init__(parent)
        self.theme = theme
        # A mirror in the control window sits on the window's colour; the projector on black.
        self.mirror = mirror
        self.view = AudienceView(mode=ViewMode.TITLE)
        self.counter_text = ""
        self.logical_size = QSize(PROJECTOR_SIZE)
        self.body_px = 0.0
        self.timer_text = ""
        # Laying out hundreds of tips is the slow part; a repaint of the same board reuses it.
        self._board_cache: tuple[object, QSize, BoardLayout] | None = None
        self.timer_phase = TimerPhase.NORMAL
        # Reasons too many for one screen at the floor size go over pages; the wall owns
        # which is up (the clicker turns them), so the projector and every mirror agree.
        self.result_page = 0
        self.result_pages = 1
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.setAttribute(Qt.WA_OpaquePaintEvent)

    def set_view(self, view: AudienceView, counter_text: str = "") -> None:
        """Show another view; `counter_text` is the translated 'Card n of m'."""
        if view != self.view:
            self.result_page = 0
        self.view = view
        self.counter_text = counter_text
        self.setAccessibleDescription(self.shown_text())
        self.update()

    def show_state(self, state: WallState) -> None:
        """Show the wall's state: its view, counter and timer, as the projector does."""
        self.set_view(state.view, state.counter)
        if state.page != self.result_page:
            self.result_page = state.page
            self.update()
        self.set_timer(state.timer, state.phase)

    def board_layout(self) -> BoardLayout:
        """The board's layout on this widget's logical screen, computed once per view."""
        cache = self._board_cache
        if cache is None or cache[0] is not self.view or cache[1] != self.logical_size:
            logical = QSizeF(self.logical_size)
            canvas = QRectF(0, 0, logical.width(), logical.height())
            layout = layout_board(self.view, canvas, logical.height() / PROJECTOR_SIZE.height())
            self._board_cache = (self.view, QSize(self.logical_size), layout)
        return self._board_cache[2]

    def set_theme(self, theme: ProjectorTheme) -> None:
        """Dark or high contrast."""
        self.theme = theme
        self.update()

    def set_timer(self, text: str, phase: TimerPhase = TimerPhase.NORMAL) -> None:
        """The round timer's time left ('' hides it) and how urgent it is."""
        if (text, phase) != (self.timer_text, self.timer_phase):
            self.timer_text, self.timer_phase = text, phase
            self.update()

    def set_logical_size(self, size: QSize) -> None:
        """Draw as if on a screen of this size (the projector's), so mirrors match the wall."""
        if size.width() > 0 and size.height() > 0:
            self.logical_size = QSize(size)
            self.update()

    def shown_text(self) -> str:
        """The words the room can read right now; empty when blank."""
        if self.view.mode is ViewMode.BLANK:
            return ""
        parts = (_plain_text(self.view), self.counter_text, self.timer_text)
        return "\n".join(x for x in parts if x)

    def sizeHint(self) -> QSize:
        return QSize(480, 270)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        if self.view.mode is ViewMode.BLANK:
            white = self.view.blank is Blank.WHITE
            colour = QColor("white") if white else QColor("black")
            if self.mirror:
                painter.fillRect(self.rect(), self.palette().window())
                painter.fillRect(self._canvas_rect(), colour)
            else:
                painter.fillRect(self.rect(), colour)
            return
        logical = QSizeF(self.logical_size)
        target = self._canvas_rect()
        if self.mirror or target != QRectF(self.rect()):
            # The letterbox bands; a canvas filling the widget covers them (a 1080p fill
            # less per paint, ~1.5 ms).
            painter.fillRect(
                self.rect(), self.palette().window() if self.mirror else QColor("black")
            )
        painter.translate(target.topLeft())
        painter.scale(target.width() / logical.width(), target.height() / logical.height())
        canvas = QRectF(0, 0, logical.width(), logical.height())
        painter.fillRect(canvas, self.theme.background)
        scale = logical.height() / PROJECTOR_SIZE.height()
        if self.view.mode is ViewMode.RESULTS:
            placed, self.result_pages = layout_results(self.view, canvas, scale, self.result_page)
            paint_results(painter, placed, self.theme)
        elif self.view.mode is ViewMode.BOARD:
            paint_board(painter, self.board_layout(), self.theme)
        elif self.view.mode in ROOM_LAYOUTS:
            placed = ROOM_LAYOUTS[self.view.mode](self.view, canvas, scale)
            paint_room(painter, placed, self.theme)
        elif self.view.mode is ViewMode.TITLE and self.theme.logo is not None:
            # The logo above the title: the title slide's words take the rest of the screen.
            band = canvas.height() * LOGO_BAND
            paint_logo(painter, self.theme.logo, QRectF(0, band * 0.25, canvas.width(), band * 0.7))
            placed = layout_title(self.view, canvas.adjusted(0, band, 0, 0), scale)
            paint_agenda(painter, placed, self.theme)
        elif self.view.mode in AGENDA_LAYOUTS:
            placed = AGENDA_LAYOUTS[self.view.mode](self.view, canvas, scale)
            paint_agenda(painter, placed, self.theme)
        else:
            self._paint_card(painter, canvas, scale)
        paint_phone_prompt(painter, self.view, canvas, scale, self.theme)
        if self.timer_text:
            paint_timer(painter, self.timer_text, self.timer_phase, canvas, scale, self.theme)
        if self.theme.logo is not None and self.view.mode is not ViewMode.TITLE:
            paint_logo(painter, self.theme.logo, corner_logo_rect(canvas), Qt.AlignRight)
        painter.end()

    def _canvas_rect(self) -> QRectF:
        """Where the logical screen lands in this widget, letterboxed."""
        logical = QSizeF(self.logical_size)
        factor = min(self.width() / logical.width(), self.height() / logical.height())
        w, h = logical.width() * factor, logical.height() * factor
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _paint_card(self, painter: QPainter, canvas: QRectF, scale: float) -> None:
        area = card_area(beside_panel(self.view, canvas, scale))
        placed, self.body_px = layout_card(self.view, area, scale)
        flags = int(Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop)
        for item in placed:
            painter.setFont(item.font)
            if item.block.role == "option":
                # The option's letter on its own colour, as on the results and the summary.
                bold = QFont(item.font)
                bold.setBold(True)
                line = QFontMetricsF(item.font).lineSpacing()
                width = item.rect.left() - area.left() - item.font.pixelSize() * 0.35
                chip = QRectF(area.left(), item.rect.top(), width, line)
                paint_chip(painter, Placed(chip, item.block.marker, bold, "letter",
                                           letter_colour(item.block.marker)))  # fmt: skip
            elif item.block.marker:
                painter.setPen(self.theme.accent)
                marker_rect = QRectF(
                    area.left(), item.rect.top(), item.rect.left() - area.left(), item.rect.height()
                )
                bold = QFont(item.font)
                bold.setBold(True)
                painter.setFont(bold)
                painter.drawText(marker_rect, flags, item.block.marker)
            painter.setFont(item.font)
            painter.setPen(self.theme.muted if item.block.role == "question" else self.theme.text)
            painter.drawText(item.rect, flags, item.block.text)
        if self.counter_text:
            painter.setPen(self.theme.muted)
            painter.setFont(wall_font(COUNTER_PX * scale))
            painter.drawText(
                counter_rect(canvas, self.counter_text, scale),
                int(Qt.AlignRight | Qt.AlignBottom),
                self.counter_text,
            )
