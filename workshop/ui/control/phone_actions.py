"""Phones in the room, in the app: open and close input, commit what phones send on the GUI
thread through the controller, and moderate the queue by keys."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected, WorkshopError
from workshop.core.phones import (
    Entry,
    InputKind,
    InputWindow,
    Moderation,
    Status,
    check_entry,
    command_for,
    edited,
    options_shown,
    still_current,
    window_for,
)
from workshop.share.inbox import Receipt
from workshop.store.phone_rows import PhoneEntries
from workshop.ui.control.share_bar import RoomShareControl
from workshop.ui.controller import SessionController
from workshop.ui.messages import user_message

# The phones' forms load their pages' words and the summary's wording: not before a share or
# input needs them (the desk is made with every session, most never use phones).
if TYPE_CHECKING:
    from workshop.share.forms import PhoneInput


class PhoneDesk(QObject):
    """The GUI thread's side of the phones: the one place their entries reach the session.

    Server threads hand entries to the inbox and wake this object through a queued signal;
    it commits each through the controller (undoable, in the summary) or keeps it queued,
    and the phone's answer is sent only after that commit."""

    changed = Signal()  # the queue, the counts, or whether input is open
    failed = Signal(str)
    _woken = Signal()

    def __init__(
        self,
        phones: Callable[[], PhoneInput],
        controller: Callable[[], SessionController | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._phones_of = phones
        self._phones: PhoneInput | None = None
        self._controller = controller
        self.moderation = Moderation.QUEUE
        self.queue: list[Entry] = []
        self.window: InputWindow | None = None
        self._watched: SessionController | None = None
        # Emitted on a server thread, run here on the GUI thread: a queued connection.
        self._woken.connect(self._drain, Qt.QueuedConnection)

    @property
    def phones(self) -> PhoneInput:
        """The share's phone forms, taken when input first opens; entries wake this desk."""
        if self._phones is None:
            self._phones = self._phones_of()
            self._phones.inbox.wake = self._woken.emit
        return self._phones

    @property
    def controller(self) -> SessionController | None:
        return self._controller()

    @property
    def is_open(self) -> bool:
        return self.window is not None

    def prompt(self, kind: InputKind) -> str:
        return {
            InputKind.TIPS: self.tr("Send your tip"),
            InputKind.CHOICES: self.tr("Send your group's choice"),
            InputKind.VOTES: self.tr("Vote"),
        }[kind]

    def toggle(self) -> None:
        """Open input for the activity on the wall, or close it if it is open."""
        if self.is_open:
            self.close()
        else:
            self.open()

    def open(self) -> bool:
        controller = self.controller
        if controller is None:
            return False
        session = controller.session
        if not session.room_share:
            self.failed.emit(
                self.tr(
                    "Phones send through the room share: share in the room first (Ctrl+Shift+S)."
                )
            )
            return False
        window = window_for(session, self.moderation)
        if window is None:
            self.failed.emit(
                self.tr("Phones can send to a card or the tips board: show one on the wall first.")
            )
            return False
        if controller is not self._watched:
            self.queue = []  # another session's entries never wait here
        self.window = window
        from workshop.share.forms import form_page

        self.phones.open(form_page(session, window, self.phones.inbox.secret))
        self._watch(controller)
        # The queue as the library keeps it (it outlives a restart); entries already here
        # keep their receipt keys, so their phones still learn what became of them.
        known = {e.id: e for e in self.queue}
        kept = self._entries(controller).of_session(self._session_id(), Status.QUEUED)
        self.queue = [known.get(e.id, e) for e in kept]
        controller.set_phone_prompt(self.prompt(window.kind))
        self.changed.emit()
        return True

    def close(self) -> None:
        """Refuse further entries (403) and take the code off the wall; the queue stays."""
        if self._phones is not None:  # never opened: nothing to refuse
            self._phones.close()
        self.window = None
        controller = self.controller
        if controller is not None and controller.session.phone_prompt:
            controller.set_phone_prompt("")
        self.changed.emit()

    def stopped(self) -> None:
        """The share stopped: no phone can send, and the queue shown here is let go."""
        self.queue = []
        self.close()

    def _watch(self, controller: SessionController) -> None:
        if self._watched is controller:
            return
        if self._watched is not None:
            self._watched.changed.disconnect(self._follow)
        controller.changed.connect(self._follow)
        self._watched = controller

    def _follow(self, _change: object) -> None:
        # Another card or activity on the wall: input for the old one closes at once.
        controller = self.controller
        if self.window is not None and (
            controller is None or not still_current(controller.session, self.window)
        ):
            self.close()
            return
        # The wall revealed the card's options (or stepped back): the form follows it, with
        # the same form token, so a page loaded before still sends.
        form = self._phones.form if self._phones is not None else None
        if (
            controller is not None
            and self.window is not None
            and form is not None
            and form.options_shown != options_shown(controller.session, self.window)
        ):
            from workshop.share.forms import form_page

            self.phones.open(form_page(controller.session, self.window, self.phones.inbox.secret))

    def _session_id(self) -> int:
        controller = self.controller
        assert controller is not None and controller.session.id is not None
        return controller.session.id

    @staticmethod
    def _entries(controller: SessionController) -> PhoneEntries:
        return PhoneEntries(controller.library.db)

    def _drain(self) -> None:
        self.phones.inbox.drain(self._receive)

    def _same_session(self) -> SessionController | None:
        """The controller input was opened for; another session on screen closes input and
        forgets the queue, so nothing sent for one session ever lands in another."""
        controller = self.controller
        if controller is not self._watched:
            if self.window is not None or self.queue:
                self.queue = []
                self.close()
            return None
        return controller

    def _receive(self, entry: Entry) -> Receipt:
        """On the GUI thread: keep or apply one entry; the phone's answer follows the commit."""
        controller = self._same_session()
        window = self.window
        if controller is None or window is None:
            return Receipt(
                False,
                error=CommandRejected(
                    QT_TRANSLATE_NOOP("Messages", "Input closed before it was saved.")
                ),
            )
        try:
            check_entry(controller.session, entry)
            if window.moderation is Moderation.WALL:
                self._apply(entry)
                self.changed.emit()
                return Receipt(True, True)
            kept = self._entries(controller).add(self._session_id(), entry)
        except WorkshopError as exc:
            return Receipt(False, error=exc)  # said in the day's language by the page
        self.queue.append(kept)
        self.changed.emit()
        return Receipt(True)

    def _apply(self, entry: Entry) -> None:
        """The entry's command through the controller and its row marked approved, in one
        transaction, or neither: if the commit fails, the session, the undo stack and the
        queue stay as they were, the facilitator is told why, and WorkshopError is raised."""
        controller = self.controller
        assert controller is not None
        entries = self._entries(controller)
        session_id = self._session_id()
        approved = replace(entry, status=Status.APPROVED)

        def mark() -> None:
            if entry.id:
                entries.set_status(approved, Status.APPROVED)
            else:
                entries.add(session_id, approved)

        try:
            controller.commit(command_for(controller.session, entry), along=mark)
        except WorkshopError as exc:
            self.failed.emit(user_message(exc))
            raise

    # --- moderation, by the facilitator's keys ---

    def approve(self, index: int) -> bool:
        if self._same_session() is None or not 0 <= index < len(self.queue):
            return False
        entry = self.queue[index]
        try:
            self._apply(entry)
        except WorkshopError:
            return False  # still waiting, here and in the library: it can be tried again
        del self.queue[index]
        self.phones.inbox.mark(entry, Status.APPROVED)
        self.changed.emit()
        return True

    def reject(self, index: int) -> None:
        controller = self._same_session()
        if controller is None or not 0 <= index < len(self.queue):
            return
        entry = self.queue.pop(index)
        self._entries(controller).set_status(entry, Status.REJECTED)
        self.phones.inbox.mark(entry, Status.REJECTED)
        self.changed.emit()

    def edit(self, index: int, text: str) -> None:
        """The facilitator's correction of a waiting entry's text; approved as corrected."""
        controller = self._same_session()
        if controller is None or not 0 <= index < len(self.queue):
            return
        entry = edited(self.queue[index], text)
        self._entries(controller).set_status(entry, Status.QUEUED)
        self.queue[index] = entry
        self.changed.emit()

    def counts(self) -> str:
        controller = self.controller
        if controller is None or controller.session.id is None:
            return ""
        tally = self._entries(controller).tally(controller.session.id)
        return self.tr("From phones: {0} received · {1} shown · {2} rejected · {3} refused").format(
            tally.received, tally.approved, tally.rejected, self.phones.inbox.refused
        )


class PhoneQueue(QWidget):
    """The waiting entries, moderated by keys: Enter approves, Delete rejects, F2 edits."""

    def __init__(self, desk: PhoneDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.PlainText)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.PlainText)
        self.list = _QueueList(self)
        self.list.setAccessibleName(
            self.tr("Entries from phones: Enter shows one, Delete rejects it, F2 edits it")
        )
        self.list.setMaximumHeight(160)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.counts)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setAttribute(Qt.WA_StyledBackground, True)
        desk.changed.connect(self.refresh)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        # Its colours when it first shows: at idle the bar is hidden, and a style sheet has
        # Qt build a style-sheet style for the bar and each child (idle memory is measured).
        if not self.styleSheet():
            self.setStyleSheet("PhoneQueue { background: #e8f1fb; } QLabel { color: #222; }")
        super().showEvent(event)

    def refresh(self) -> None:
        desk = self.desk
        row = max(0, self.list.currentRow())
        self.list.clear()
        for entry in desk.queue:
            # Plain text only: what a phone sent is never read as markup.
            QListWidgetItem(self.describe(entry), self.list)
        if desk.queue:
            self.list.setCurrentRow(min(row, len(desk.queue) - 1))
        if desk.window is not None:
            how = (
                self.tr("straight to the wall")
                if desk.window.moderation is Moderation.WALL
                else self.tr("Enter shows, Delete rejects, F2 edits")
            )
            self.status.setText(
                self.tr("Phones may send: {0} ({1}). Ctrl+I closes.").format(
                    desk.prompt(desk.window.kind), how
                )
            )
        else:
            self.status.setText(
                self.tr("Phones may not send now. Ctrl+I opens input for what is on the wall.")
            )
        self.counts.setText(desk.counts())
        self.list.setVisible(bool(desk.queue))
        self.setVisible(desk.window is not None or bool(desk.queue))

    def describe(self, entry: Entry) -> str:
        """One line for the queue in the UI's language."""
        return entry.describe(lambda text: QCoreApplication.translate("Messages", text))

    def approve(self) -> None:
        self.desk.approve(self.list.currentRow())

    def reject(self) -> None:
        self.desk.reject(self.list.currentRow())

    def edit(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.desk.queue):
            return
        entry = self.desk.queue[row]
        text, ok = QInputDialog.getText(
            self, self.tr("Edit before it is shown"), self.tr("Text:"), text=entry.text
        )
        if ok:
            self.desk.edit(row, text)


class _QueueList(QListWidget):
    """The queue's list: its keys act on the entry selected, in order from the top."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        owner = self.parent()
        assert isinstance(owner, PhoneQueue)
        key = event.key()
        if key in (Qt.Key_Return, Qt.Key_Enter):
            owner.approve()
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            owner.reject()
        elif key == Qt.Key_F2:
            owner.edit()
        else:
            super().keyPressEvent(event)


class PhoneActions(QObject):
    """Wires the desk to the window: the menu action (Ctrl+I), the queue under the share bar,
    and input closed whenever the share stops."""

    def __init__(
        self,
        window: QWidget,
        control: RoomShareControl,
        action: QAction,
        wall_action: QAction,
        controller: Callable[[], SessionController | None],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self.desk = PhoneDesk(lambda: control.phones, controller, self)
        # The share stopped (by hand, or the session closed): input is over; what waits
        # stays in the library for `workshop session queue` or the next opening.
        control.stopped.connect(self.desk.stopped)
        self.view = PhoneQueue(self.desk, window)
        self.action = action
        action.setCheckable(True)
        action.triggered.connect(lambda _checked=False: self.desk.toggle())
        self.desk.changed.connect(lambda: action.setChecked(self.desk.is_open))
        self.desk.failed.connect(say)
        # Queue by default; straight to the wall when the facilitator trusts the room. It
        # counts for the next opening: an open window keeps the way it was opened with.
        wall_action.setCheckable(True)
        wall_action.toggled.connect(self._moderation)
        self._moderation(wall_action.isChecked())  # chosen before the desk was made

    def _moderation(self, wall: bool) -> None:
        self.desk.moderation = Moderation.WALL if wall else Moderation.QUEUE
        if self.desk.is_open:  # reopened at once in the new way, with a new form token
            self.desk.close()
            self.desk.open()
