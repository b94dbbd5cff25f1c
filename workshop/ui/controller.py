"""SessionController: runs every command, owns the undo stack, and tells the views what changed."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from workshop.core.activity import Activity
from workshop.core.agenda import Agenda
from workshop.core.agenda_edits import SetAgenda
from workshop.core.cards import Card
from workshop.core.commands import (
    Change,
    Command,
    MoveTo,
    RecordGroupChoice,
    ShowActivity,
    ToggleBlank,
    step_back,
    step_forward,
)
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.exercise_edits import RecordOutput
from workshop.core.game import SetHands, SetPlayMode, SetResultStyle, SetTimer, ShowResults
from workshop.core.group_edits import SetGroups
from workshop.core.groups import Forming
from workshop.core.session import Blank, PlayMode, Position, ResultStyle, Session
from workshop.core.steps import (
    apply_prompt,
    default_columns,
    next_activity_step,
    previous_activity_step,
    run_exercise,
    start_activity_step,
    timer_minutes,
)
from workshop.store.library import Library
from workshop.store.runner import CommandRunner
from workshop.ui.messages import user_message

# The undo stack's names for Ctrl+0's steps.
TITLE_SLIDE = QT_TRANSLATE_NOOP("Commands", "show the title slide")
AWAY_FROM_TITLE = QT_TRANSLATE_NOOP("Commands", "back from the title slide")


class _UndoEntry(QUndoCommand):
    """Puts an applied command on the undo stack; the first redo is the apply already done."""

    def __init__(self, controller: SessionController, command: Command) -> None:
        # Names are marked QT_TRANSLATE_NOOP("Commands", ...) where the commands are made.
        super().__init__(QCoreApplication.translate("Commands", command.name))
        self.controller = controller
        self.command = command
        self.applied = True

    def redo(self) -> None:
        if self.applied:
            return
        self.applied = self.controller._replay(self.command, forward=True)

    def undo(self) -> None:
        # A redo that failed left nothing applied: reverting again would undo something else.
        if not self.applied:
            return
        self.applied = not self.controller._replay(self.command, forward=False)


class SessionController(QObject):
    """One session in the room; every view listens to `changed` and refreshes what it names."""

    changed = Signal(object)
    failed = Signal(str)

    def __init__(self, library: Library, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = CommandRunner(library.sessions, session)
        self.undo_stack = QUndoStack(self)
        # Wall-clock seconds; the timer is stored as timestamps, tests put in a fake clock.
        self.clock: Callable[[], float] = time.time
        self._before_summary = Activity.CARDS
        # What Ctrl+0 took off the wall for the title slide (None: not known, the session
        # opened on it), and the board's page then.
        self._before_title: tuple[Activity, int] | None = None

    @property
    def session(self) -> Session:
        return self.runner.session

    def run(self, command: Command) -> bool:
        """Apply and commit a command; on failure say why and change nothing."""
        try:
            self.commit(command)
        except WorkshopError as exc:
            self.failed.emit(user_message(exc))
            return False
        return True

    def commit(self, command: Command, along: Callable[[], object] | None = None) -> Change:
        """Apply and commit a command, with `along`'s writes in the same transaction; only
        once the library holds it is it put on the undo stack and shown. Raises WorkshopError
        with nothing changed: not the session, not the undo stack, not the library."""
        if self.library.read_only is not None:
            # Say why (a newer Workshop made it, another app has it), not SQLite's "attempt to
            # write a readonly database" behind "check the disk".
            raise self.library.read_only
        change = self.runner.run(command, along)
        if command.undoable:
            self.undo_stack.push(_UndoEntry(self, command))
        self._announce(change)
        return change

    def attempt(self, make: Callable[[], Command]) -> bool:
        """Build a command from the session as it is and run it: a refusal while building
        (a tip too long, a group that is not there) reaches the user the same one way."""
        try:
            command = make()
        except WorkshopError as exc:
            self.failed.emit(user_message(exc))
            return False
        return self.run(command)

    def _replay(self, command: Command, forward: bool) -> bool:
        try:
            change = self.runner.run(command) if forward else self.runner.revert(command)
        except WorkshopError as exc:
            self.failed.emit(user_message(exc))
            return False
        self._announce(change)
        return True

    def _announce(self, change: Change) -> None:
        if not change.is_empty():
            self.changed.emit(change)

    def forward(self) -> None:
        """Next reveal step, then next card; in a showcase, the next presenter; from the title
        slide, the cards; with anything else on the wall, nothing, and the status line says so
        (the cards must not move unseen). The wall pages the board."""
        if self.session.activity is Activity.SHOWCASE:
            self.presenter_step(1)
        elif self.session.activity is Activity.CARDS:
            self.run(step_forward(self.session))
        elif self.session.activity is Activity.TITLE and self.session.rounds:
            # From the title slide the clicker brings up the card the session is at.
            self.run(ShowActivity(Activity.CARDS))
        else:
            self._say_nothing_to_step()

    def back(self) -> None:
        """Previous reveal step, then previous card; in a showcase, the previous presenter."""
        if self.session.activity is Activity.SHOWCASE:
            self.presenter_step(-1)
        elif self.session.activity is Activity.CARDS:
            self.run(step_back(self.session))
        else:
            self._say_nothing_to_step()

    def _say_nothing_to_step(self) -> None:
        # A clicker press that changes nothing says so, instead of leaving the facilitator
        # wondering whether the clicker works.
        if self.session.activity is Activity.SUMMARY:
            text = self.tr(
                "The summary's QR code is on the wall: Q takes it away, N starts the next activity."
            )
        else:
            text = self.tr(
                "Nothing to step through on the wall now: N starts the next activity, Ctrl+1 "
                "shows the cards."
            )
        self.failed.emit(text)

    def show(self, activity: Activity) -> None:
        """Put the cards or the tips board on the projector."""
        if activity is not self.session.activity:
            self.run(ShowActivity(activity, 0))

    def toggle_summary(self) -> None:
        """Q: the summary's QR code on the wall, or back to what was there before."""
        if self.session.activity is Activity.SUMMARY:
            self.run(ShowActivity(self._before_summary))
        elif not self.session.summary_address():
            self.failed.emit(
                self.tr(
                    "No address for the summary yet: set a follow-up address in the session "
                    "details (Ctrl+D), or share in the room (Ctrl+Shift+S)."
                )
            )
        else:
            self._before_summary = self.session.activity
            self.run(ShowActivity(Activity.SUMMARY))

    def toggle_title(self) -> None:
        """Ctrl+0: the session's title slide on the wall (before the first activity, in a
        pause); again, back to what was there. Each is one undo."""
        session = self.session
        if session.activity is not Activity.TITLE:
            self._before_title = (session.activity, session.board_page)
            self.run(ShowActivity(Activity.TITLE, 0, undoable=True, name=TITLE_SLIDE))
            return
        before = self._before_title
        if before is None:
            before = (Activity.CARDS if session.rounds else Activity.AGENDA, 0)
        self._before_title = None
        self.run(ShowActivity(before[0], before[1], undoable=True, name=AWAY_FROM_TITLE))

    def set_room_share(self, address: str) -> None:
        """The room share started ("" when it stopped): the wall's QR code follows it."""
        self.session.room_share = address
        self.changed.emit(Change(wall=True))

    def set_phone_prompt(self, prompt: str) -> None:
        """Input from phones opened (what the wall asks of them) or closed (""): the wall's
        corner code follows it."""
        self.session.phone_prompt = prompt
        self.changed.emit(Change(wall=True))

    def go_to_round(self, round_index: int) -> None:
        """Show another card from its first step."""
        self.run(MoveTo(Position(round_index)))

    def toggle_blank(self, colour: Blank = Blank.BLACK) -> None:
        """Blank the projector, or show it again."""
        self.run(ToggleBlank(colour))

    def record_choice(
        self, group: int, option: str, reason: str, round_index: int | None = None
    ) -> bool:
        """Record a group's choice for the card on screen, or for the round given (the card
        the choice was begun on)."""
        index = self.session.position.round_index if round_index is None else round_index
        return self.run(RecordGroupChoice(index, group, option, reason))

    def toggle_results(self) -> None:
        """R: reveal the round's results together on the projector, or go back to the card."""
        self.run(ShowResults(not self.session.results_shown))

    def toggle_result_style(self) -> None:
        """V: results as a bar chart, or the groups' choices side by side."""
        chart = self.session.result_style is ResultStyle.CHART
        self.run(SetResultStyle(ResultStyle.SIDE_BY_SIDE if chart else ResultStyle.CHART))

    def toggle_play_mode(self) -> None:
        """Play the card on screen in groups, or in plenary with hands counted."""
        index = self.session.position.round_index
        plenary = self.session.mode(index) is PlayMode.PLENARY
        self.run(SetPlayMode(index, PlayMode.GROUPS if plenary else PlayMode.PLENARY))

    def set_hands(self, option: str, count: int) -> bool:
        """The hands raised for an option of the card on screen."""
        return self.run(SetHands(self.session.position.round_index, option, count))

    def toggle_timer(self) -> None:
        """T: start or pause the round timer."""
        timer = self.session.timer
        self.run(
            SetTimer(
                timer.toggled(self.clock()),
                QT_TRANSLATE_NOOP("Commands", "pause timer")
                if timer.running
                else QT_TRANSLATE_NOOP("Commands", "start timer"),
            )
        )

    def add_minute(self) -> None:
        """M: one minute more on the timer."""
        self.run(
            SetTimer(
                self.session.timer.plus_minute(), QT_TRANSLATE_NOOP("Commands", "add a minute")
            )
        )

    def reset_timer(self) -> None:
        """Back to the full time, stopped."""
        self.run(SetTimer(self.session.timer.reset(), QT_TRANSLATE_NOOP("Commands", "reset timer")))

    def set_timer_minutes(self, minutes: int) -> None:
        """A new length for the timer, which starts afresh."""
        self.run(timer_minutes(self.session, minutes))

    def set_groups(
        self, forming: Forming, name: str = QT_TRANSLATE_NOOP("Commands", "groups")
    ) -> bool:
        """Groups formed, a person moved or a group renamed."""
        return self.run(SetGroups(forming, name))

    def run_exercise(self, card: Card) -> bool:
        """An exercise in front of the groups; the timer is set to its minutes (one undo)."""
        return self.run(run_exercise(card))

    def record_output(self, group: int, text: str, stage: int | None) -> bool:
        """What a group made in the exercise on screen, and its stage."""
        return self.run(RecordOutput(self.session.exercise_index, group, text, stage))

    def set_agenda(
        self, agenda: Agenda, name: str = QT_TRANSLATE_NOOP("Commands", "agenda")
    ) -> bool:
        """A planned change to the agenda (add, edit, move, evaluate)."""
        return self.run(SetAgenda(agenda, name))

    def next_activity(self) -> bool:
        """N: end the running activity, start the next, and put it on the wall (one undo)."""
        return self.run(next_activity_step(self.clock()))

    def previous_activity(self) -> bool:
        """Shift+N: back to the activity before, on the wall (one undo)."""
        return self.run(previous_activity_step(self.clock()))

    def start_activity(self, item_id: int) -> bool:
        """Start a chosen activity of the agenda now, ending the running one (one undo)."""
        return self.run(start_activity_step(item_id, self.clock()))

    def presenter_step(self, step: int) -> None:
        """The next or previous presenter of the running showcase."""
        item = self.session.agenda.running()
        if item is None or not item.presenters:
            return
        index = min(max(0, self.session.agenda.presenter + step), len(item.presenters) - 1)
        if index != self.session.agenda.presenter:
            self.run(
                SetAgenda(
                    replace(self.session.agenda, presenter=index),
                    QT_TRANSLATE_NOOP("Commands", "presenter"),
                )
            )

    def apply_prompt(self, question: str, columns: tuple[str, ...]) -> bool:
        """The board's question and the columns it lacks, taken back by one undo."""
        return self.run(apply_prompt(question, columns))

    def default_columns(self, titles: tuple[str, ...]) -> bool:
        """The board's first columns, in one undoable step."""
        return self.run(default_columns(titles))
