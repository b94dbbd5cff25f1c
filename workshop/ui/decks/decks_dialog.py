"""DecksDialog: the trainer's workbench: decks, their cards (searched, filtered, reordered),
and the card form with a live preview drawn by the projector's own widget."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QMouseEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from workshop.core.errors import WorkshopError
from workshop.store.deck_edits import DeckEditor
from workshop.store.deck_files import write_deck_file
from workshop.store.decks import DeckSummary
from workshop.store.library import Library
from workshop.ui import settings
from workshop.ui.decks.card_actions import CardActions
from workshop.ui.decks.card_form import CardForm
from workshop.ui.decks.card_model import CARD_ID, CardListModel
from workshop.ui.decks.import_dialog import NEW_DECK, ImportDialog
from workshop.ui.messages import user_message
from workshop.ui.translations import shown_date
from workshop.ui.widgets.audience_widget import AudienceWidget

DECK_ID = Qt.UserRole


class CardList(QListView):
    """The cards of a deck; a card dropped elsewhere in the list moves there."""

    def __init__(self, dialog: DecksDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.setUniformItemSizes(True)  # keeps 10,000 rows light: no per-row measuring

    def dropEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        target = index.row() if index.isValid() else self.model().rowCount() - 1
        current = self.currentIndex()
        if current.isValid():
            self.dialog.reorder(current.data(CARD_ID), target)
        event.ignore()


class DecksDialog(CardActions, QDialog):
    """Decks on the left, their cards in the middle, the chosen card's form and preview."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Decks"))
        self.resize(1280, 760)
        self.library = library
        self.editor = DeckEditor(library.db)
        self.undo_stack = QUndoStack(self)
        self.card_id: int | None = None
        self.decks = QListWidget(self)
        self.decks.setAccessibleName(self.tr("Decks"))
        self.decks.setWordWrap(True)  # title, language, size and date all in view
        self.decks.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.decks.currentItemChanged.connect(self._deck_picked)
        self.deck_title = self._deck_field(self.tr("Deck title"), "title")
        self.deck_description = self._deck_field(self.tr("Description"), "description")
        self.deck_language = self._deck_field(self.tr("Language"), "language")
        self.deck_author = self._deck_field(self.tr("Author"), "author")
        self.deck_licence = self._deck_field(self.tr("Licence"), "licence")
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search the cards"))
        self.search.setPlaceholderText(self.tr("Search title, text, options, questions, tags"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filters_changed)
        self.kind_filter = QComboBox(self)
        self.kind_filter.setAccessibleName(self.tr("Show cards of kind"))
        for data, name in (
            ("", self.tr("All kinds")),
            ("dilemma", self.tr("Dilemmas")),
            ("exercise", self.tr("Exercises")),
            ("prompt", self.tr("Prompts")),
        ):
            self.kind_filter.addItem(name, data)
        self.kind_filter.currentIndexChanged.connect(self.filters_changed)
        self.tag_filter = QComboBox(self)
        self.tag_filter.setAccessibleName(self.tr("Show cards with tag"))
        self.tag_filter.currentIndexChanged.connect(self.filters_changed)
        self.model = CardListModel(library.db, self)
        self.model.kind_names = {
            "dilemma": self.tr("dilemma"),
            "exercise": self.tr("exercise"),
            "prompt": self.tr("prompt"),
        }
        self.cards = CardList(self)
        self.cards.setModel(self.model)
        self.cards.setAccessibleName(self.tr("Cards"))
        self.cards.selectionModel().currentChanged.connect(lambda *_: self._card_chosen())
        # A click on another card or deck asks before the list moves: asked from inside
        # the list's own press, the press would still highlight the clicked row.
        for view in (self.cards, self.decks):
            view.viewport().installEventFilter(self)
        self.form = CardForm(self)
        self.form.edited.connect(self.save_card)
        # Ctrl+Z in a field whose typing is saved goes to the dialog's one history.
        for field in (*self.form.typed_fields(), self.form.minutes, self.form.group_size):
            field.installEventFilter(self)
        self.undo_button = QToolButton(self)
        self.undo_button.setDefaultAction(self.undo_stack.createUndoAction(self, self.tr("Undo")))
        self.redo_button = QToolButton(self)
        self.redo_button.setDefaultAction(self.undo_stack.createRedoAction(self, self.tr("Redo")))
        self.preview = AudienceWidget(self, mirror=True)
        self.preview.setAccessibleName(self.tr("Preview: what the wall would show"))
        self.preview.setMinimumHeight(220)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Last message"))
        self._layout()
        self._tab_order()
        # Enter finishes a field here; it must never press a button behind the user's back.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        QShortcut(QKeySequence.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence("Ctrl+Shift+Z"), self, self.undo_stack.redo)
        # Not QKeySequence.Redo as well: on Linux it is Ctrl+Shift+Z, and two shortcuts on
        # one key make Qt fire neither.
        QShortcut(QKeySequence("Ctrl+Y"), self, self.undo_stack.redo)
        QShortcut(QKeySequence.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_card)
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_card(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_card(1))
        self.reload_decks()

    def _layout(self) -> None:
        # Every Alt+letter here (and in the card form) is the dialog's only one, in English
        # and Dutch, so it acts in one press: tests/ui/test_deck_editor_mnemonics.py. There
        # are more controls than letters: the deck's own fields and Delete… go without.
        self.deck_buttons: list[QPushButton] = []
        self.card_buttons: list[QPushButton] = []
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        decks_label = QLabel(self.tr("D&ecks"), left)
        decks_label.setBuddy(self.decks)
        left_layout.addWidget(decks_label)
        left_layout.addWidget(self.decks, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Ne&w"), self.new_deck),
            (self.tr("D&uplicate"), self.duplicate),
            (self.tr("Delete…"), self.delete_deck),
        ):
            button = QPushButton(text, left)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.deck_buttons.append(button)
        left_layout.addLayout(row)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&Import…"), self.import_file),
            (self.tr("Ex&port…"), self.export_file),
        ):
            button = QPushButton(text, left)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.deck_buttons.append(button)
        left_layout.addLayout(row)
        fields = QFormLayout()
        for label, line in (
            (self.tr("Title"), self.deck_title),
            (self.tr("Description"), self.deck_description),
            (self.tr("Language"), self.deck_language),
            (self.tr("Author"), self.deck_author),
            (self.tr("Licence"), self.deck_licence),
        ):
            fields.addRow(label, line)
        left_layout.addLayout(fields)
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        search_label = QLabel(self.tr("Searc&h"), middle)
        search_label.setBuddy(self.search)
        middle_layout.addWidget(search_label)
        middle_layout.addWidget(self.search)
        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.tag_filter)
        middle_layout.addLayout(filters)
        middle_layout.addWidget(self.cards, 1)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&New card"), self.new_card),
            (self.tr("Ta&g…"), self.tag),
            (self.tr("Mo&ve to…"), self.move_to),
            (self.tr("De&lete"), self.delete_cards),
            (self.tr("B&rowse…"), self.browse),
        ):
            button = QPushButton(text, middle)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.card_buttons.append(button)
        # Ctrl+N as well as Alt+N: a new card is the editor's most frequent step.
        self.card_buttons[0].setToolTip(self.tr("New card (Ctrl+N)"))
        self.card_buttons[0].setAccessibleDescription(self.tr("New card (Ctrl+N)"))
        middle_layout.addLayout(row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        history = QHBoxLayout()
        history.addWidget(self.undo_button)
        history.addWidget(self.redo_button)
        history.addStretch(1)
        right_layout.addLayout(history)
        scroll = QScrollArea(right)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFocusPolicy(Qt.NoFocus)  # Tab goes from the last field to the decks
        self.form_scroll = scroll
        # The problems sit below the scrolled fields, not inside them: always in view,
        # whichever field the trainer is in (at 1280x800 the fields do not all fit).
        self.form.problem.setParent(right)
        right_layout.addWidget(scroll, 3)
        right_layout.addWidget(self.form.problem)
        right_layout.addWidget(QLabel(self.tr("Preview"), right))
        right_layout.addWidget(self.preview, 2)
        splitter = QSplitter(self)
        for widget in (left, middle, right):
            splitter.addWidget(widget)
        splitter.setSizes([280, 380, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _tab_order(self) -> None:
        """Tab goes the way the eye reads: deck column, card column, then the form's rows.

        Qt's default is the order widgets were made in, which sent Tab from an exercise's
        Stages to the deck buttons (where a typed space duplicated the deck)."""
        chain: list[QWidget] = [
            self.decks,
            *self.deck_buttons,
            self.deck_title,
            self.deck_description,
            self.deck_language,
            self.deck_author,
            self.deck_licence,
            self.search,
            self.kind_filter,
            self.tag_filter,
            self.cards,
            *self.card_buttons,
            self.undo_button,
            self.redo_button,
            *self.form.tab_chain(),
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        """Undo and redo in a form field: its own typing first, then the saved edits.

        And a press on another card or deck asks first when the form's edit is unsaved."""
        if event.type() == QEvent.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._pressed_elsewhere(watched, event) or super().eventFilter(watched, event)
        if event.type() != QEvent.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        undo = event.matches(QKeySequence.Undo)
        redo = (
            event.matches(QKeySequence.Redo) or event.keyCombination() == QKeySequence("Ctrl+Y")[0]
        )
        if not (undo or redo):
            return super().eventFilter(watched, event)
        if isinstance(watched, QSpinBox):
            watched = watched.findChild(QLineEdit)
        if isinstance(watched, QPlainTextEdit):
            document = watched.document()
            own = document.isUndoAvailable() if undo else document.isRedoAvailable()
        elif isinstance(watched, QLineEdit):
            own = watched.isUndoAvailable() if undo else watched.isRedoAvailable()
        else:
            own = False
        if own:
            return False  # unsaved typing: the field undoes it, as everywhere
        if undo:
            self.undo_stack.undo()
        else:
            self.undo_stack.redo()
        return True

    def _pressed_elsewhere(self, watched: QObject, event: QMouseEvent) -> bool:
        """A press on another card or deck: True (swallowed) when the trainer goes back."""
        for view, role, shown in (
            (self.cards, CARD_ID, self.card_id),
            (self.decks, DECK_ID, self.deck_id()),
        ):
            if watched is view.viewport():
                index = view.indexAt(event.position().toPoint())
                if index.isValid() and index.data(role) != shown:
                    return not self.leave_card()
        return False

    def done(self, result: int) -> None:
        """Closing (Esc, the window's close button) asks first like leaving a card."""
        if self.leave_card():
            super().done(result)

    def _deck_field(self, name: str, field: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        line.editingFinished.connect(lambda: self._save_deck_field(field, line.text()))
        return line

    # Decks

    def deck_id(self) -> int | None:
        item = self.decks.currentItem()
        return item.data(DECK_ID) if item else None

    def deck_line(self, deck: DeckSummary) -> str:
        """A deck's line in the list, the same when listed and after an edit."""
        return self.tr("{0} · {1} · %n card(s) · {2}", "", deck.card_count).format(
            deck.title, deck.language, shown_date(deck.updated_at[:10])
        )

    def reload_decks(self, select: int | None = None) -> None:
        select = select if select is not None else self.deck_id()
        self.decks.blockSignals(True)
        self.decks.clear()
        for deck in self.library.decks.summaries():
            item = QListWidgetItem(self.deck_line(deck), self.decks)
            item.setData(DECK_ID, deck.id)
            if deck.id == select:
                self.decks.setCurrentItem(item)
        if self.decks.currentItem() is None and self.decks.count():
            self.decks.setCurrentRow(0)
        self.decks.blockSignals(False)
        self._deck_chosen()

    def _deck_picked(self, _item: QListWidgetItem | None, before: QListWidgetItem | None) -> None:
        if before is not None and not self.leave_card():
            self.decks.blockSignals(True)  # back to the deck of the card being edited
            self.decks.setCurrentItem(before)
            self.decks.blockSignals(False)
            return
        self._deck_chosen()

    def _deck_chosen(self) -> None:
        deck_id = self.deck_id()
        if deck_id is None:
            return
        row = next(iter(self.library.db.query("select * from decks where id = ?", [deck_id])))
        for line, field in (
            (self.deck_title, "title"),
            (self.deck_description, "description"),
            (self.deck_language, "language"),
            (self.deck_author, "author"),
            (self.deck_licence, "licence"),
        ):
            line.setText(row[field] or "")
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), "")
        for tag in self.editor.tags(deck_id):
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.blockSignals(False)
        self.refresh_cards()

    def _save_deck_field(self, field: str, value: str) -> None:
        deck_id = self.deck_id()
        value = " ".join(value.split())
        if deck_id is None or (field == "title" and not value):
            return
        self.editor.update_deck(deck_id, **{field: value})
        if field == "title":
            self.reload_decks(deck_id)

    def new_deck(self) -> None:
        if not self.leave_card():
            return
        title, ok = QInputDialog.getText(self, self.tr("New deck"), self.tr("Title"))
        if ok and title.strip():
            self.reload_decks(self.editor.create_deck(" ".join(title.split())))

    def duplicate(self) -> None:
        if not self.leave_card():
            return
        deck_id = self.deck_id()
        if deck_id is not None:
            title = self.tr("{0} (copy)").format(self.deck_title.text())
            self.reload_decks(self.editor.duplicate_deck(deck_id, title))

    def delete_deck(self, confirmed: bool = False) -> bool:
        deck_id = self.deck_id()
        if deck_id is None or not self.leave_card():
            return False
        if not confirmed:
            answer = QMessageBox.warning(
                self,
                self.tr("Delete deck"),
                self.tr("Delete “{0}” and its cards? Sessions keep the cards they played.").format(
                    self.deck_title.text()
                ),
                QMessageBox.Yes | QMessageBox.Cancel,
                QMessageBox.Cancel,
            )
            if answer != QMessageBox.Yes:
                return False
        self.editor.delete_deck(deck_id)
        self.undo_stack.clear()  # the rows undo would write belonged to that deck
        self.reload_decks()
        return True

    def import_file(self, path: str = "", as_copy: bool | None = None) -> int | None:
        if not self.leave_card():
            return None
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import a deck"),
                str(settings.folder("decks")),
                self.tr("Deck files (*.wsdeck *.json *.csv)"),
            )
        if not path:
            return None
        settings.remember_folder("decks", Path(path))
        dialog = ImportDialog(self.library, Path(path), self)
        if as_copy:
            dialog.target.setCurrentIndex(dialog.target.findData(NEW_DECK))
        if dialog.exec() != QDialog.Accepted or dialog.deck_id is None or dialog.plan is None:
            if dialog.failure:  # said here too: the import dialog is closed now
                self.status.setText(dialog.failure)
            return None
        plan = dialog.plan
        # Undo would write rows from before the import back over it.
        self.undo_stack.clear()
        self.status.setText(
            self.tr("Imported “{0}”: %n card(s) added, {1} updated.", "", len(plan.added)).format(
                plan.deck.title, len(plan.updated)
            )
        )
        self.reload_decks(dialog.deck_id)
        return dialog.deck_id

    def browse(self) -> None:
        """Every deck's cards in one searchable, sortable table."""
        from workshop.ui.decks.card_browser import CardBrowser

        browser = CardBrowser(self.library, self)
        if browser.exec() == QDialog.Accepted and browser.chosen is not None:
            self.open_card(*browser.chosen)

    def open_card(self, deck_id: int, card_id: int) -> None:
        """Show one card in the editor: its deck chosen, the list's filters cleared."""
        if not self.leave_card():
            return
        for search in (self.search, self.kind_filter):
            search.blockSignals(True)
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        for search in (self.search, self.kind_filter):
            search.blockSignals(False)
        self.reload_decks(deck_id)  # the tag filter is made anew, on all tags
        self.select_card(card_id)
        self.form.title.setFocus()

    def export_file(self, path: str = "") -> None:
        deck_id = self.deck_id()
        if deck_id is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the deck"),
                str(settings.folder("decks") / f"{self.deck_title.text()}.wsdeck"),
                self.tr("Deck file (*.wsdeck);;JSON (*.json);;CSV (*.csv)"),
            )
        if path:
            settings.remember_folder("decks", Path(path))
            try:
                written = write_deck_file(self.library.decks.get(deck_id), Path(path))
            except WorkshopError as exc:
                self.status.setText(user_message(exc))
                return
            self.status.setText(self.tr("Saved {0}.").format(written))
