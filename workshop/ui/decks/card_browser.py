"""CardBrowser: every deck's cards searched as you type, in a table sorted by any column."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workshop.core.deckquery import parse_query
from workshop.store.deck_search import Hit, search_cards
from workshop.store.library import Library

ALL_DECKS = -1
Index = QModelIndex | QPersistentModelIndex


class HitModel(QAbstractTableModel):
    """The hits as rows: title, deck, kind, tags, last changed; sorted in place."""

    def __init__(self, headers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.hits: list[Hit] = []
        self.kind_names: dict[str, str] = {}
        self.order: tuple[int, Qt.SortOrder] | None = None

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits = hits
        if self.order is not None:
            self._sort(*self.order)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.DisplayRole) -> Any:
        if role != Qt.DisplayRole or not index.isValid():
            return None
        hit = self.hits[index.row()]
        return self._cell(hit, index.column())

    def _cell(self, hit: Hit, column: int) -> str:
        if column == 0:
            return hit.title
        if column == 1:
            return hit.deck
        if column == 2:
            return self.kind_names.get(hit.kind, hit.kind)
        if column == 3:
            return ", ".join(hit.tags)
        return hit.changed[:16].replace("T", " ")

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.order = (column, order)
        self._sort(column, order)
        self.layoutChanged.emit()

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        if column == 4:
            key = lambda h: h.changed  # noqa: E731 - one line per column reads best
        elif column == 3:
            key = lambda h: h.tags_json.casefold()  # noqa: E731
        else:
            key = lambda h: self._cell(h, column).casefold()  # noqa: E731
        self.hits.sort(key=key, reverse=order == Qt.DescendingOrder)


class CardBrowser(QDialog):
    """Search every deck, or one, with words, "phrases", tag:, deck:, kind: and -word."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Browse cards"))
        self.resize(1000, 640)
        self.library = library
        self.query = QLineEdit(self)
        self.query.setAccessibleName(self.tr("Search every card"))
        self.query.setPlaceholderText(
            self.tr('words, "a phrase", tag:money, deck:title, kind:exercise, -word')
        )
        self.query.setClearButtonEnabled(True)
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(self.tr("Search in"))
        self.scope.addItem(self.tr("All decks"), ALL_DECKS)
        for deck in library.decks.summaries():
            self.scope.addItem(deck.title, deck.id)
        self.model = HitModel(
            [self.tr("Title"), self.tr("Deck"), self.tr("Kind"), self.tr("Tags"),
             self.tr("Last changed")],
            self,
        )  # fmt: skip
        self.model.kind_names = {
            "dilemma": self.tr("dilemma"),
            "exercise": self.tr("exercise"),
            "prompt": self.tr("prompt"),
        }
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Cards found"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        # Enter or a double-click on a row: that card, in the editor.
        self.chosen: tuple[int, int] | None = None  # (deck id, card id)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Cards found"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Search"), self)
        label.setBuddy(self.query)
        row.addWidget(label)
        row.addWidget(self.query, 1)
        row.addWidget(self.scope)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.query.textChanged.connect(lambda *_: self.refresh())
        self.scope.currentIndexChanged.connect(lambda *_: self.refresh())
        self.refresh()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            hit = self.model.hits[index.row()]
            self.chosen = (hit.deck_id, hit.card_id)
            self.accept()

    def refresh(self) -> None:
        chosen = self.scope.currentData()
        deck_id = None if chosen == ALL_DECKS else int(chosen)
        hits = search_cards(self.library.db, parse_query(self.query.text()), deck_id)
        self.model.set_hits(hits)
        self.count.setText(self.tr("{0} cards").format(len(hits)))
