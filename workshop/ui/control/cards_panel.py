"""CardsPanel: the facilitator's view of a running session: cards, live and next, and recording."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from workshop.core.activity import Activity
from workshop.core.audience import AudienceView, ViewMode, next_view
from workshop.core.cards import OPTION_LETTERS
from workshop.core.commands import Change
from workshop.core.session import PlayMode
from workshop.ui.control.plenary_bar import PlenaryBar
from workshop.ui.control.record_bar import RecordBar
from workshop.ui.control.tab_look import frame
from workshop.ui.control.timer_bar import TimerBar
from workshop.ui.controller import SessionController
from workshop.ui.translations import shown_date
from workshop.ui.wall import Wall, WallState, counter_text
from workshop.ui.widgets.audience_widget import AudienceWidget


class ElidedLabel(QLabel):
    """One line, however much it holds: cut with an ellipsis to the width, whole in its
    tooltip (13 groups' choices must not push the panel into a three-line block)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self.full = ""

    def set_full_text(self, text: str) -> None:
        """The whole text; shown cut to the width, whole on hover."""
        self.full = text
        self.setToolTip(text)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full, Qt.ElideRight, self.width()))


class CardsPanel(QWidget):
    """Everything the facilitator needs while a dilemma round runs: the live pane mirrors the
    wall, the next pane shows what the forward key will bring, and choices are recorded here."""

    def __init__(
        self, controller: SessionController, wall: Wall, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.wall = wall
        self.header = QLabel(self)
        self.header.setTextFormat(Qt.PlainText)
        font = self.header.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.header.setFont(font)
        self.rounds = QListWidget(self)
        self.rounds.setAccessibleName(self.tr("Cards in this session"))
        # The session keys are taken before the list sees them, so Up/Down and Enter
        # pick a card here while Left/Right still step the projector.
        self.rounds.setFocusPolicy(Qt.StrongFocus)
        self.rounds.setTextElideMode(Qt.ElideRight)
        self.rounds.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.rounds.itemActivated.connect(
            lambda item: controller.go_to_round(self.rounds.row(item))
        )
        self.rounds.itemClicked.connect(lambda item: controller.go_to_round(self.rounds.row(item)))
        self.live = AudienceWidget(self, mirror=True)
        self.live.setAccessibleName(self.tr("Live: what the room sees"))
        self.live.setFocusPolicy(Qt.StrongFocus)
        self.next = AudienceWidget(self, mirror=True)
        self.next.setAccessibleName(self.tr("Next: what the forward key will show"))
        self.step_label = QLabel(self)
        self.record = RecordBar(self)
        self.record.submitted.connect(self._record)
        self.record.finished.connect(self.take_keys)
        self.record.refused.connect(self._say_refused)
        self.plenary = PlenaryBar(self)
        self.plenary.counted.connect(controller.set_hands)
        self.plenary.finished.connect(self.take_keys)
        self.entry = QStackedWidget(self)
        self.entry.addWidget(self.record)
        self.entry.addWidget(self.plenary)
        self.timer_bar = TimerBar(controller, self)
        self.choices = ElidedLabel(self)
        self.choices.setAccessibleName(self.tr("Choices recorded for this card"))
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.PlainText)
        self.status.setAccessibleName(self.tr("Last message"))

        grid = QGridLayout(self)
        frame(grid)
        grid.addWidget(self.header, 0, 0, 1, 3)
        left = QVBoxLayout()
        cards_label = QLabel(self.tr("&Cards"), self)
        cards_label.setBuddy(self.rounds)
        left.addWidget(cards_label)
        left.addWidget(self.rounds)
        grid.addLayout(left, 1, 0, 3, 1)
        grid.addWidget(QLabel(self.tr("Live — what the room sees"), self), 1, 1)
        grid.addWidget(QLabel(self.tr("Next"), self), 1, 2)
        grid.addWidget(self.live, 2, 1)
        grid.addWidget(self.next, 2, 2)
        grid.addWidget(self.step_label, 3, 1, 1, 2)
        grid.addWidget(self.timer_bar, 4, 0, 1, 3)
        grid.addWidget(self.entry, 5, 0, 1, 3)
        grid.addWidget(self.choices, 6, 0, 1, 3)
        grid.addWidget(self.status, 7, 0, 1, 3)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 5)
        grid.setColumnStretch(2, 3)
        grid.setRowStretch(2, 1)

        controller.changed.connect(self.refresh)
        wall.shown.connect(self._wall_shown)
        self._wall_shown(wall.state)
        self.refresh(Change(details=True, position=True, blank=True, results=True))

    def set_projector_size(self, size: QSize) -> None:
        """Draw the mirrors at the projector's proportions, so they match the wall."""
        self.live.set_logical_size(size)
        self.next.set_logical_size(size)

    def take_keys(self) -> None:
        """Give keyboard focus back to the session keys (out of any text field)."""
        self.live.setFocus()

    def refresh(self, change: Change) -> None:
        """Bring the parts named by `change` up to date."""
        session = self.controller.session
        if change.details:
            self.header.setText(
                " · ".join(
                    x for x in (session.details.title, shown_date(session.details.date)) if x
                )
            )
        upcoming = next_view(session)
        if upcoming is None:
            self.next.set_view(AudienceView(mode=ViewMode.TITLE, title=self.tr("End of the cards")))
        else:
            self.next.set_view(upcoming, counter_text(upcoming))
        self.step_label.setText(self._step_text())
        if change.timer:
            # Paused within the same second the wall shows no change; the buttons do.
            self.timer_bar.show_timer(self.controller.session.timer, self.controller.clock())
        if change.position or change.modes or change.hands:
            self._refresh_entry()
        if change.position or change.choices or change.highlights or change.hands or change.modes:
            self._refresh_rounds()
            self._refresh_choices()

    def _refresh_entry(self) -> None:
        session = self.controller.session
        card = session.current_card()
        letters = OPTION_LETTERS[: len(card.options)] if card else ""
        index = session.position.round_index
        self.record.set_card(letters, session.group_count, index)
        self.plenary.set_card(letters, {x: n for (r, x), n in session.hands.items() if r == index})
        plenary = card is not None and session.mode(index) is PlayMode.PLENARY
        self.entry.setCurrentWidget(self.plenary if plenary else self.record)

    def digit_typed(self, digit: str) -> None:
        """A digit typed outside a field: a group's number, or in plenary an option's count."""
        session = self.controller.session
        if session.activity is Activity.BOARD:
            return  # on the board, digits are text for the tip line
        if session.mode(session.position.round_index) is PlayMode.PLENARY:
            self.plenary.start(digit)
        else:
            self.record.start(digit)

    def _wall_shown(self, state: WallState) -> None:
        """The live pane is the wall drawn small; the timer bar follows the same clock."""
        self.live.show_state(state)
        self.timer_bar.show_timer(self.controller.session.timer, self.controller.clock())

    def _step_text(self) -> str:
        session = self.controller.session
        if session.blank is not None:
            return self.tr("The projector is blank. Press B to show the card again.")
        if session.results_shown:
            return self.tr("The room sees the results. R: back to the card · V: chart or groups")
        return self.tr(
            "Reveal step {0}. Right or PageDown: forward · Left or PageUp: back · "
            "B: blank · 1–9: record · R: reveal results · T: timer · F1: all keys"
        ).format(int(session.position.step) + 1)

    def _refresh_rounds(self) -> None:
        session = self.controller.session
        if self.rounds.count() != len(session.rounds):
            self.rounds.clear()
            for _ in session.rounds:
                self.rounds.addItem(QListWidgetItem())
        recorded_per_round = Counter(round_index for round_index, _group in session.choices)
        for index, card in enumerate(session.rounds):
            recorded = recorded_per_round[index]
            marker = "▶ " if index == session.position.round_index else "   "
            suffix = self.tr("  ({0} recorded)").format(recorded) if recorded else ""
            # The star leads, so a long title's elision never hides it.
            star = "★ " if index in session.highlights else ""
            self.rounds.item(index).setText(f"{marker}{index + 1}. {star}{card.title}{suffix}")
        if session.rounds:
            self.rounds.setCurrentRow(session.position.round_index)

    def _refresh_choices(self) -> None:
        session = self.controller.session
        index = session.position.round_index
        if session.current_card() is not None and session.mode(index) is PlayMode.PLENARY:
            hands = "   ".join(f"{x} {n}" for x, n in session.counts(index))
            self.choices.set_full_text(self.tr("Plenary vote. Hands: {0}").format(hands))
            return
        parts = [
            f"G{c.group} {c.option}" + (f" “{c.reason}”" if c.reason else "")
            for c in session.choices_for(index)
        ]
        self.choices.set_full_text(
            self.tr("Recorded: {0}").format("   ".join(parts))
            if parts
            else self.tr("No choices recorded for this card yet.")
        )

    def _record(self, round_index: int, group: int, option: str, reason: str) -> None:
        if self.controller.record_choice(group, option, reason, round_index):
            on_screen = round_index == self.controller.session.position.round_index
            self.status.setText(
                self.tr("Group {0} chose {1}. Saved.").format(group, option.upper())
                if on_screen
                else self.tr("Group {0} chose {1} on card {2}. Saved.").format(
                    group, option.upper(), round_index + 1
                )
            )
            self.record.clear()
            self.take_keys()
        else:
            self.record.retry_option()

    def _say_refused(self, text: str) -> None:
        # Refusals have one place, the window's status line, like the controller's own.
        self.controller.failed.emit(text)
