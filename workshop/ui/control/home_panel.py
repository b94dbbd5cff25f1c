"""HomePanel: pick a deck and start a session, or open an earlier one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.store.library import Library
from workshop.ui import settings
from workshop.ui.control.tab_look import frame
from workshop.ui.early_enums import PLAIN_TEXT, USER_ROLE
from workshop.ui.translations import shown_date, ui_language

if TYPE_CHECKING:  # made when a session is started
    from workshop.core.choice import CardChoice

ALL, PICKED, TAG = "all", "picked", "tag"


class HomePanel(QWidget):
    """The start page: decks, a short form to start a session, and earlier sessions."""

    start_requested = Signal(int, str, str, int, object)
    open_requested = Signal(int)
    print_requested = Signal(int)
    delete_requested = Signal(int)
    template_requested = Signal(int)
    decks_requested = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.decks = QListWidget(self)
        self.decks.setAccessibleName(self.tr("Decks"))
        self.sessions = QListWidget(self)
        self.sessions.setAccessibleName(self.tr("Earlier sessions"))
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Session title"))
        self.title.setPlaceholderText(self.tr("the deck's title"))
        self.follow_up = QLineEdit(self)
        self.follow_up.setAccessibleName(self.tr("Follow-up address"))
        self.follow_up.setPlaceholderText("https://…")
        self.follow_up.setText(settings.follow_up())
        self.groups = QSpinBox(self)
        self.groups.setRange(1, 99)
        self.groups.setValue(3)
        self.groups.setAccessibleName(self.tr("Number of groups"))
        self.which = QComboBox(self)
        self.which.setAccessibleName(self.tr("Which cards to play"))
        self.draw = QSpinBox(self)
        self.draw.setRange(0, 999)
        self.draw.setSpecialValueText(self.tr("all"))
        self.draw.setAccessibleName(self.tr("How many cards to draw at random (0 for all)"))
        self.shuffle = QCheckBox(self.tr("S&huffle"), self)
        self.shuffle.setAccessibleName(self.tr("Shuffle the cards"))
        self.picked: tuple[str, ...] = ()
        self.start = QPushButton(self.tr("&Start session"), self)
        self.start.setAccessibleName(self.tr("Start a session with the chosen deck"))
        self.manage = QPushButton(self.tr("&Manage decks…"), self)
        self.manage.setAccessibleName(self.tr("Write, find, import and export decks"))
        self.manage.clicked.connect(self.decks_requested.emit)
        self.print = QPushButton(self.tr("&Print cards…"), self)
        self.print.setAccessibleName(self.tr("Print the chosen deck as cards to cut out"))
        self.delete = QPushButton(self.tr("De&lete…"), self)
        self.delete.setAccessibleName(self.tr("Delete the chosen earlier session"))
        self.template = QPushButton(self.tr("Duplicate as &template"), self)
        self.template.setAccessibleName(
            self.tr("A new session with the chosen one's agenda, cards and notes")
        )
        self.open = QPushButton(self.tr("&Open session"), self)
        self.open.setAccessibleName(self.tr("Open the chosen earlier session"))
        # Empty lists say what to do next.
        self.no_decks = QLabel(
            self.tr("No decks yet. Press Manage decks… to import a deck file or write one."), self
        )
        self.no_sessions = QLabel(
            self.tr(
                "No sessions yet. Choose a deck, give the session a title and press "
                "Start session; or try the demo from Help > Welcome."
            ),
            self,
        )
        for empty in (self.no_decks, self.no_sessions):
            empty.setWordWrap(True)
            empty.setVisible(False)
        self.message = QLabel(self)
        self.message.setProperty("textFormat", PLAIN_TEXT)
        self.message.setWordWrap(True)

        decks_box = QGroupBox(self.tr("&Decks"), self)
        decks_layout = QVBoxLayout(decks_box)
        decks_layout.addWidget(self.decks)
        decks_layout.addWidget(self.no_decks)
        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Follow-up address"), self.follow_up)
        form.addRow(self.tr("&Groups"), self.groups)
        form.addRow(self.tr("&Cards"), self.which)
        draw_row = QHBoxLayout()
        draw_label = QLabel(self.tr("D&raw at random"), self)
        draw_label.setBuddy(self.draw)
        draw_row.addWidget(draw_label)
        draw_row.addWidget(self.draw)
        draw_row.addWidget(self.shuffle)
        draw_row.addStretch(1)
        form.addRow("", draw_row)
        decks_layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start, 1)
        buttons.addWidget(self.print)
        buttons.addWidget(self.manage)
        decks_layout.addLayout(buttons)
        sessions_box = QGroupBox(self.tr("&Earlier sessions"), self)
        sessions_layout = QVBoxLayout(sessions_box)
        sessions_layout.addWidget(self.sessions)
        sessions_layout.addWidget(self.no_sessions)
        session_buttons = QHBoxLayout()
        for button in (self.open, self.template, self.delete):
            session_buttons.addWidget(button)
        sessions_layout.addLayout(session_buttons)
        row = QHBoxLayout()
        row.addWidget(decks_box, 1)
        row.addWidget(sessions_box, 1)
        outer = QVBoxLayout(self)
        frame(outer)
        outer.addLayout(row)
        outer.addWidget(self.message)

        self.start.clicked.connect(self._start)
        # Type a title, Enter: the session starts (a form's Enter, as in a dialog).
        self.title.returnPressed.connect(self._start)
        self.follow_up.returnPressed.connect(self._start)
        self.decks.itemActivated.connect(lambda _item: self._start())
        self.decks.currentItemChanged.connect(lambda *_: self._fill_which())
        self.which.activated.connect(self._which_chosen)
        self.open.clicked.connect(self._open)
        self.print.clicked.connect(self._print)
        self.delete.clicked.connect(lambda: self._chosen(self.delete_requested))
        self.template.clicked.connect(lambda: self._chosen(self.template_requested))
        self.sessions.itemActivated.connect(lambda _item: self._open())
        self.reload()

    def reload(self) -> None:
        """Read the deck and session lists again from the library."""
        self.decks.clear()
        decks = self.library.decks.summaries()
        for deck in decks:
            item = QListWidgetItem(
                self.tr("{0}  (%n card(s))", "", deck.card_count).format(deck.title)
            )
            item.setData(USER_ROLE, deck.id)
            self.decks.addItem(item)
        self.sessions.clear()
        for s in self.library.sessions.summaries():
            status = {
                "planned": self.tr("planned"),
                "running": self.tr("running"),
                "done": self.tr("done"),
            }[s.status]
            item = QListWidgetItem(f"{shown_date(s.date)}  {s.title}  ({status})")
            item.setData(USER_ROLE, s.id)
            self.sessions.addItem(item)
        self.no_decks.setVisible(self.decks.count() == 0)
        self.no_sessions.setVisible(self.sessions.count() == 0)
        if self.decks.count():
            # A new session plays dilemmas: start on the first deck that has them, in the UI's
            # language where there is one (the starter decks come in English and Dutch).
            playable = [i for i, d in enumerate(decks) if d.dilemmas]
            ours = [i for i in playable if decks[i].language.lower() == ui_language()]
            playable = ours or playable or [0]
            self.decks.setCurrentRow(playable[0])
        self._fill_which()
        if self.sessions.count():
            self.sessions.setCurrentRow(0)
        for button in (self.open, self.delete, self.template):
            button.setEnabled(self.sessions.count() > 0)

    def _start(self) -> None:
        item = self.decks.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a deck first."))
            return
        # The address is checked where sessions are made (core); a refusal lands in self.message.
        url = self.follow_up.text()
        self.start_requested.emit(
            item.data(USER_ROLE), self.title.text(), url, self.groups.value(), self.choice()
        )

    def choice(self) -> CardChoice:
        """The cards the form asks for."""
        from workshop.core.choice import CardChoice, Order

        kind, tag = self.which.currentData() or (ALL, "")
        return CardChoice(
            tag=tag if kind == TAG else "",
            picked=self.picked if kind == PICKED else (),
            count=self.draw.value(),
            order=Order.SHUFFLED if self.shuffle.isChecked() else Order.DECK,
        )

    def _fill_which(self) -> None:
        """All cards, hand-picked, or one entry per tag of the chosen deck."""
        self.which.clear()
        self.picked = ()
        self.which.addItem(self.tr("All cards"), (ALL, ""))
        self.which.addItem(self.tr("Hand-picked…"), (PICKED, ""))
        item = self.decks.currentItem()
        if item is None:
            return
        for tag in self.library.decks.tags(item.data(USER_ROLE)):
            self.which.addItem(self.tr("With the tag “{0}”").format(tag), (TAG, tag))

    def _which_chosen(self, index: int) -> None:
        kind, _tag = self.which.itemData(index) or (ALL, "")
        item = self.decks.currentItem()
        if kind != PICKED or item is None:
            return
        from workshop.ui.control.pick_cards import PickCardsDialog  # its list needs Qt's enums

        dialog = PickCardsDialog(self.library.decks.get(item.data(USER_ROLE)), self.picked, self)
        if dialog.exec() == PickCardsDialog.Accepted and dialog.picked():
            self.picked = dialog.picked()
            self.which.setItemText(index, self.tr("Hand-picked: %n card(s)", "", len(self.picked)))
        elif not self.picked:
            self.which.setCurrentIndex(0)

    def _open(self) -> None:
        item = self.sessions.currentItem()
        if item is not None:
            self.open_requested.emit(item.data(USER_ROLE))

    def _print(self) -> None:
        item = self.decks.currentItem()
        if item is None:
            self.message.setText(self.tr("Choose a deck first."))
            return
        self.print_requested.emit(item.data(USER_ROLE))

    def _chosen(self, signal) -> None:
        item = self.sessions.currentItem()
        if item is not None:
            signal.emit(item.data(USER_ROLE))
