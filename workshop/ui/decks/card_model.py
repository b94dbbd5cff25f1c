"""CardListModel: a deck's cards by id, titles fetched a page at a time as the list scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from sqlite_utils import Database

PAGE = 200
CARD_ID = Qt.UserRole


class CardListModel(QAbstractListModel):
    """Holds only ids; a row's title and kind are read with its page when first shown."""

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self.db = db
        self.ids: list[int] = []
        self.cache: dict[int, tuple[str, str]] = {}
        self.kind_names: dict[str, str] = {}

    def set_ids(self, ids: list[int]) -> None:
        """Show these cards (already searched and filtered), in this order."""
        self.beginResetModel()
        self.ids = ids
        self.cache.clear()
        self.endResetModel()

    def forget(self, card_ids: list[int]) -> None:
        """Cards changed: read them again when next shown."""
        for card_id in card_ids:
            self.cache.pop(card_id, None)
        if self.ids:
            self.dataChanged.emit(self.index(0), self.index(len(self.ids) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.ids)

    def _load_page(self, row: int) -> None:
        start = row - row % PAGE
        page = [i for i in self.ids[start : start + PAGE] if i not in self.cache]
        if not page:
            return
        marks = ",".join("?" * len(page))
        for card_id, title, kind in self.db.execute(
            f"select id, title, kind from cards where id in ({marks})", page
        ).fetchall():
            self.cache[card_id] = (title, kind)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.ids):
            return None
        card_id = self.ids[index.row()]
        if role == CARD_ID:
            return card_id
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole, Qt.ToolTipRole):
            if card_id not in self.cache:
                self._load_page(index.row())
            title, kind = self.cache.get(card_id, ("", ""))
            marker = self.kind_names.get(kind, kind)
            return f"{index.row() + 1}. {title}  · {marker}"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemIsDragEnabled
        return base | Qt.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.MoveAction
