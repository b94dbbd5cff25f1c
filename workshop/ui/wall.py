"""The wall: what the room sees, computed once per change, for the projector and every mirror.

The wall follows the controller's `changed`, computes `audience_view` of the session once,
and emits `shown` only when that view differs from what is up; it owns the clock tick that
drives the timer in the corner and the board's paging. Nothing else feeds the projector.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, QTimer, Signal

from workshop.core.activity import Activity
from workshop.core.audience import AudienceView, ViewMode, audience_view, board_view
from workshop.core.commands import Change, ShowActivity
from workshop.core.timer import TimerPhase
from workshop.ui.controller import SessionController
from workshop.ui.widgets.audience_widget import PROJECTOR_SIZE
from workshop.ui.widgets.board_paint import layout_board
from workshop.ui.widgets.results_paint import layout_results

# Four times a second is smooth enough for a clock showing seconds.
TICK_MS = 250


@dataclass(frozen=True)
class WallState:
    """What is on the wall: the view, its translated counter, the timer in the corner, and
    which page of the results' tiles is up (the projector and every mirror show that one)."""

    view: AudienceView
    counter: str = ""
    timer: str = ""
    phase: TimerPhase = TimerPhase.NORMAL
    page: int = 0
    pages: int = 1


def counter_text(view: AudienceView) -> str:
    """'Card n of m' on a card, 'n / m' for a showcase's presenter, else nothing."""
    if view.mode is ViewMode.CARD:
        return QCoreApplication.translate("Wall", "Card {0} of {1}").format(
            view.card_number, view.card_count
        )
    return ""


class Wall(QObject):
    """The one owner of what the room sees; the projector and the mirrors subscribe to it."""

    # The whole state, whenever any part of it changed.
    shown = Signal(object)

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.screen_size = QSize(PROJECTOR_SIZE)
        self.state = WallState(AudienceView(mode=ViewMode.TITLE))
        self._pages: tuple[AudienceView, QSize, int] | None = None
        self._result_pages: tuple[AudienceView, QSize, int] | None = None
        # The last results shown: their card's number and the page that was up.
        self._last_results: tuple[int, int] | None = None
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.ticker.start()
        controller.changed.connect(self.follow)
        self.follow(Change())

    def follow(self, _change: Change) -> None:
        """After any change: the view and the timer as the session now has them, in one
        emission, if either differs from what is up."""
        view = audience_view(self.controller.session)
        text, phase = self._timer()
        if view != self.state.view:
            # A choice recorded while the results are up, or a blank and back, keeps the page
            # the room reads; results brought up again start on their first page.
            kept = self._last_results
            same = (
                view.mode is ViewMode.RESULTS
                and self.state.view.mode in (ViewMode.RESULTS, ViewMode.BLANK)
                and kept is not None
                and kept[0] == view.card_number
            )
            pages = self.result_pages(view)
            page = min(kept[1], pages - 1) if same and kept is not None else 0
            self._put(WallState(view, counter_text(view), text, phase, page, pages))
        elif (text, phase) != (self.state.timer, self.state.phase):
            self._put(replace(self.state, timer=text, phase=phase))

    def tick(self) -> None:
        """The timer's time left, from its stored timestamps and the clock."""
        text, phase = self._timer()
        if (text, phase) != (self.state.timer, self.state.phase):
            self._put(replace(self.state, timer=text, phase=phase))

    def _timer(self) -> tuple[str, TimerPhase]:
        timer = self.controller.session.timer
        if not timer.touched:
            return "", TimerPhase.NORMAL
        now = self.controller.clock()
        return timer.text(now), timer.phase(now)

    def _put(self, state: WallState) -> None:
        self.state = state
        if state.view.mode is ViewMode.RESULTS:
            self._last_results = (state.view.card_number, state.page)
        self.shown.emit(state)

    def set_screen_size(self, size: QSize) -> None:
        """The projector's size, which decides how many pages a full board needs."""
        if size.width() > 0 and size.height() > 0 and size != self.screen_size:
            self.screen_size = QSize(size)
            self.page_step(0)
            pages = self.result_pages(self.state.view)
            if pages != self.state.pages:
                page = min(self.state.page, pages - 1)
                self._put(replace(self.state, page=page, pages=pages))

    def result_pages(self, view: AudienceView) -> int:
        """How many pages the results' tiles need at the projector's size (1 for the rest)."""
        if view.mode is not ViewMode.RESULTS:
            return 1
        cached = self._result_pages
        if cached is None or cached[0] is not view or cached[1] != self.screen_size:
            height = self.screen_size.height()
            canvas = QRectF(0, 0, self.screen_size.width(), height)
            pages = layout_results(view, canvas, height / PROJECTOR_SIZE.height())[1]
            self._result_pages = cached = (view, QSize(self.screen_size), pages)
        return cached[2]

    def _result_step(self, step: int) -> bool:
        """Another page of the results' tiles, if there is one that way; False if not."""
        state = self.state
        page = state.page + step
        if state.view.mode is not ViewMode.RESULTS or not 0 <= page < state.pages:
            return False
        self._put(replace(state, page=page))
        return True

    def board_pages(self) -> int:
        """How many pages the session's board needs at the projector's size (also while the
        wall is blank, so a clicker press then never loses the page)."""
        view = self.state.view
        if view.mode is not ViewMode.BOARD:
            if self.controller.session.activity is not Activity.BOARD:
                return 1
            view = board_view(self.controller.session)
        cached = self._pages
        if cached is None or cached[0] is not view or cached[1] != self.screen_size:
            height = self.screen_size.height()
            canvas = QRectF(0, 0, self.screen_size.width(), height)
            pages = layout_board(view, canvas, height / PROJECTOR_SIZE.height()).pages
            self._pages = cached = (view, QSize(self.screen_size), pages)
        return cached[2]

    def page_step(self, step: int) -> None:
        """Another page of a board too full for one screen (0: stay within the pages)."""
        session = self.controller.session
        if session.activity is not Activity.BOARD:
            return
        last = max(1, self.board_pages()) - 1
        page = min(max(0, session.board_page + step), last)
        if page != session.board_page:
            self.controller.run(ShowActivity(Activity.BOARD, page))

    def forward(self) -> None:
        """The clicker's forward key: the board's or the results' next page, else the
        controller's forward (after the results' last page, the cards move on)."""
        if self.controller.session.activity is Activity.BOARD:
            self.page_step(1)
        elif not self._result_step(1):
            self.controller.forward()

    def back(self) -> None:
        """The clicker's back key: the board's or the results' previous page, else the
        controller's back."""
        if self.controller.session.activity is Activity.BOARD:
            self.page_step(-1)
        elif not self._result_step(-1):
            self.controller.back()
