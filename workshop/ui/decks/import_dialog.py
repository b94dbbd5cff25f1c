"""ImportDialog: a deck file's import, previewed before anything changes.

The trainer chooses the deck it goes into, maps the sheet's unknown columns to fields
(remembered for the next sheet), sees what is added, updated (and how), unchanged and no
longer in the file (keep or remove), and only then imports.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core.deckcsv import Sheet, column_for
from workshop.core.deckformat import DeckFormatError
from workshop.core.deckmerge import ImportPlan
from workshop.core.errors import WorkshopError
from workshop.store.deck_files import read_deck_sheet, sheet_headers
from workshop.store.deck_import import apply_import, plan_for, target_deck
from workshop.store.library import Library
from workshop.ui.messages import user_message

MAPPING = "decks/column_mapping"  # header (as written) -> field, "" to ignore it
NEW_DECK = -1
UNCHOSEN = "?"
MOST_LISTED = 500  # cards listed per group; the counts say the rest


def remembered_mapping() -> dict[str, str]:
    """The columns mapped in earlier imports."""
    try:
        value = json.loads(str(QSettings().value(MAPPING, "{}")))
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def remember_mapping(mapping: dict[str, str]) -> None:
    QSettings().setValue(MAPPING, json.dumps({**remembered_mapping(), **mapping}))


class ImportDialog(QDialog):
    """The import of one file: target deck, column mapping, preview, then Import."""

    def __init__(self, library: Library, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a deck"))
        self.resize(860, 640)
        self.library = library
        self.path = Path(path)
        self.deck_id: int | None = None
        self.failure = ""  # why the import itself failed (e.g. no backup could be made)
        self.sheet: Sheet | None = None
        self.plan: ImportPlan | None = None
        self.found: int | None = None  # the deck the file itself points at
        self.fields = self._field_names()
        self.about = QLabel(self)
        # Two short lines (the file's name, how it was read): a wrapped label is given
        # too little height beside the fixed-height column table.
        self.about.setWordWrap(False)
        self.about.setToolTip(str(self.path))
        self.about.setMinimumHeight(self.about.fontMetrics().lineSpacing() * 2 + 4)
        self.about.setTextFormat(Qt.PlainText)
        self.target = QComboBox(self)
        self.target.setAccessibleName(self.tr("Import into"))
        self.target.addItem(self.tr("A new deck"), NEW_DECK)
        for deck in library.decks.summaries():
            self.target.addItem(
                self.tr("{0} ({1} cards)").format(deck.title, deck.card_count), deck.id
            )
        self.columns = QTableWidget(0, 2, self)
        self.columns.setAccessibleName(self.tr("Columns Workshop does not know"))
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Field")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.columns_box = QGroupBox(self.tr("Columns to map"), self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setAccessibleName(self.tr("What the import does"))
        self.cards = QTreeWidget(self)
        self.cards.setAccessibleName(self.tr("Cards in the import"))
        self.cards.setHeaderLabels([self.tr("Card"), self.tr("What changes")])
        self.cards.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.keep = QRadioButton(self.tr("&Keep them"), self)
        self.remove = QRadioButton(self.tr("&Remove them from the deck"), self)
        self.keep.setChecked(True)
        fate = QButtonGroup(self)
        fate.addButton(self.keep)
        fate.addButton(self.remove)
        self.keep.toggled.connect(lambda *_: self.show_plan())
        self.buttons = QDialogButtonBox(QDialogButtonBox.Cancel, self)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._fill_columns()
        self.reread(choose_target=True)
        self.target.currentIndexChanged.connect(lambda *_: self.replan())

    def _field_names(self) -> dict[str, str]:
        names = {
            "": self.tr("(ignore this column)"),
            "title": self.tr("Title"),
            "text": self.tr("Text"),
            "kind": self.tr("Kind"),
        }
        for letter in "ABCD":
            names[f"option_{letter.lower()}"] = self.tr("Option {0}").format(letter)
        for letter in "ABCD":
            names[f"note_{letter.lower()}"] = self.tr("Note on option {0}").format(letter)
        names |= {
            "questions": self.tr("Questions"),
            "notes": self.tr("Notes"),
            "tags": self.tr("Tags"),
            "links": self.tr("Links"),
            "minutes": self.tr("Minutes"),
            "group_size": self.tr("Group size"),
            "output": self.tr("Output"),
            "stages": self.tr("Stages"),
            "uid": self.tr("Card id (uid)"),
        }
        return names

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        form = QFormLayout()
        into = QLabel(self.tr("Import &into"), self)
        into.setBuddy(self.target)
        form.addRow(into, self.target)
        layout.addLayout(form)
        box = QVBoxLayout(self.columns_box)
        hint = QLabel(
            self.tr("Choose the field each column holds; Workshop remembers it for next time."),
            self.columns_box,
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        box.addWidget(self.columns)
        layout.addWidget(self.columns_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.cards, 1)
        fate = QHBoxLayout()
        self.fate_label = QLabel(self.tr("Cards no longer in the file:"), self)
        fate.addWidget(self.fate_label)
        fate.addWidget(self.keep)
        fate.addWidget(self.remove)
        fate.addStretch(1)
        layout.addLayout(fate)
        layout.addWidget(self.buttons)

    # The sheet's columns

    def _fill_columns(self) -> None:
        """A row per column Workshop does not know, its field chosen as last time."""
        remembered = remembered_mapping()
        unknown = [h for h in sheet_headers(self.path) if h and not column_for(h)]
        self.columns.setRowCount(len(unknown))
        for row, header in enumerate(unknown):
            self.columns.setCellWidget(row, 0, QLabel(header, self.columns))
            choice = QComboBox(self.columns)
            choice.setAccessibleName(self.tr("Field for column {0}").format(header))
            choice.addItem(self.tr("Choose a field…"), UNCHOSEN)
            for field, label in self.fields.items():
                choice.addItem(label, field)
            at = choice.findData(remembered.get(header, UNCHOSEN))
            choice.setCurrentIndex(max(at, 0))
            choice.setProperty("header", header)
            choice.currentIndexChanged.connect(lambda *_: self.reread())
            self.columns.setCellWidget(row, 1, choice)
        self.columns_box.setVisible(bool(unknown))
        self.columns.setFixedHeight(
            self.columns.horizontalHeader().height()
            + sum(self.columns.rowHeight(r) for r in range(len(unknown)))
            + 2 * self.columns.frameWidth()
            + 2
        )

    def mapping(self) -> dict[str, str]:
        """The columns mapped so far (those still to choose are left out)."""
        chosen = {}
        for row in range(self.columns.rowCount()):
            choice = self.columns.cellWidget(row, 1)
            if isinstance(choice, QComboBox) and choice.currentData() != UNCHOSEN:
                chosen[str(choice.property("header"))] = str(choice.currentData())
        return chosen

    def map_column(self, header: str, field: str) -> None:
        """Choose the field a column holds (as the trainer does in the table)."""
        for row in range(self.columns.rowCount()):
            choice = self.columns.cellWidget(row, 1)
            if isinstance(choice, QComboBox) and choice.property("header") == header:
                choice.setCurrentIndex(choice.findData(field))

    # Reading and planning

    def reread(self, choose_target: bool = False) -> None:
        """Read the file again (with the mapping) and show the plan, or what is wrong."""
        self.sheet = self.plan = None
        try:
            self.sheet = read_deck_sheet(self.path, mapping=self.mapping())
        except DeckFormatError as exc:
            self._show_problems(exc)
            return
        except WorkshopError as exc:
            self._show_problems(None, user_message(exc))
            return
        if choose_target:
            self.found = target_deck(self.library.db, self.sheet)
            at = self.target.findData(NEW_DECK if self.found is None else self.found)
            self.target.blockSignals(True)
            self.target.setCurrentIndex(max(at, 0))
            self.target.blockSignals(False)
        self.replan()

    def _choice(self) -> tuple[int | None, bool, bool]:
        """(into, as a copy, keep the deck's details) as the dialog stands."""
        chosen = self.target.currentData()
        into = None if chosen == NEW_DECK else int(chosen)
        as_copy = into is None and self.found is not None
        # A sheet poured into a deck the trainer picked does not rename the deck.
        keep = into is not None and (into != self.found or not self.sheet.names_its_deck)
        return into, as_copy, keep

    def replan(self) -> None:
        if self.sheet is None:
            return
        into, as_copy, keep = self._choice()
        try:
            _deck_id, self.plan = plan_for(self.library.db, self.sheet, into, as_copy, keep)
        except DeckFormatError as exc:
            # A card the file updates, checked whole once merged (see deckmerge.Given).
            self._show_problems(exc)
            return
        except WorkshopError as exc:
            self._show_problems(None, user_message(exc))
            return
        self.show_plan()

    def _show_problems(self, exc: DeckFormatError | None, message: str = "") -> None:
        self.cards.clear()
        self.about.setText(self.path.name)
        if exc is not None:
            count = len(exc.problems)
            self.summary.setText(
                self.tr("This file cannot be imported ({0} problems). Nothing has changed.").format(
                    count
                )
            )
            for line in exc.lines():
                QTreeWidgetItem(self.cards, [line.removeprefix(f"{self.path}:"), ""])
        else:
            self.summary.setText(message)
        self.import_button.setEnabled(False)

    def show_plan(self) -> None:
        plan, sheet = self.plan, self.sheet
        if plan is None or sheet is None:
            return
        remove = self.remove.isChecked()
        read = ""
        if self.path.suffix.lower() == ".csv":
            separated = {"\t": self.tr("tab separated"), ";": self.tr("semicolon separated")}
            read = self.tr("Read as {0}, {1}.").format(
                sheet.encoding, separated.get(sheet.delimiter, self.tr("comma separated"))
            )
        self.about.setText(f"{self.path.name}\n{read}".strip())
        if plan.is_new_deck:
            summary = self.tr("A new deck “{0}” with {1} cards.").format(
                plan.deck.title, len(plan.added)
            )
        else:
            summary = self.tr(
                "Into “{0}”: {1} added, {2} updated, {3} unchanged, {4} no longer in the file."
            ).format(
                plan.target_title,
                len(plan.added),
                len(plan.updated),
                len(plan.unchanged),
                len(plan.missing),
            )
            if plan.reordered:
                summary += " " + self.tr("The cards take the file's order.")
            if not plan.changes_anything(remove):
                summary += " " + self.tr(
                    "Importing would change nothing; choose “A new deck” for a copy."
                )
        self.summary.setText(summary)
        self.cards.clear()
        self._group(self.tr("Added"), [(c.title, "") for c in plan.added])
        self._group(
            self.tr("Updated"),
            [
                (u.new.title, ", ".join(self._change_name(x) for x in u.changes))
                for u in plan.updated
            ],
        )
        self._group(self.tr("Unchanged"), [(c.title, "") for c in plan.unchanged], expand=False)
        fate = self.tr("removed") if remove else self.tr("kept")
        self._group(self.tr("No longer in the file"), [(c.title, fate) for c in plan.missing])
        for widget in (self.fate_label, self.keep, self.remove):
            widget.setEnabled(bool(plan.missing))
        self.import_button.setEnabled(plan.changes_anything(remove))

    def _change_name(self, change: str) -> str:
        if change.startswith("option ") and len(change) == 8:
            return self.tr("option {0}").format(change[-1])
        names = {
            "kind": self.tr("kind"), "title": self.tr("title"), "text": self.tr("text"),
            "options": self.tr("options"), "option notes": self.tr("option notes"),
            "questions": self.tr("questions"), "notes": self.tr("notes"), "tags": self.tr("tags"),
            "links": self.tr("links"), "minutes": self.tr("minutes"),
            "group size": self.tr("group size"), "output": self.tr("output"),
            "stages": self.tr("stages"),
        }  # fmt: skip
        return names.get(change, change)

    def _group(self, name: str, rows: list[tuple[str, str]], expand: bool = True) -> None:
        if not rows:
            return
        group = QTreeWidgetItem(self.cards, [f"{name} ({len(rows)})", ""])
        for title, what in rows[:MOST_LISTED]:
            QTreeWidgetItem(group, [title, what])
        if len(rows) > MOST_LISTED:
            QTreeWidgetItem(group, [self.tr("… and {0} more").format(len(rows) - MOST_LISTED), ""])
        group.setExpanded(expand)

    # Importing

    def run_import(self) -> None:
        """Import as previewed; the dialog closes with the deck's id in `deck_id`."""
        if self.sheet is None or self.plan is None:
            return
        into, as_copy, keep = self._choice()
        try:
            self.deck_id, self.plan = apply_import(
                self.library.db, self.sheet, into, as_copy, keep, self.remove.isChecked()
            )
        except WorkshopError as exc:  # e.g. the backup before it could not be made
            self.failure = user_message(exc)
            self._show_problems(None, self.failure)
            return
        remember_mapping(self.mapping())
        self.accept()
