"""PickCardsDialog: tick the cards to play, in deck order; the ticked ones are played."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core.cards import CardKind, Deck


class PickCardsDialog(QDialog):
    """A list of the deck's dilemmas with a box each; Space ticks, Enter accepts."""

    def __init__(self, deck: Deck, picked: tuple[str, ...], parent: QWidget | None = None) -> None:
        # On use: PySide6 makes a Qt class's enums on its first import (the home page
        # imports this module at start).
        from PySide6.QtWidgets import QDialogButtonBox

        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick cards: {0}").format(deck.title))
        self.setMinimumSize(520, 480)
        self.cards = QListWidget(self)
        self.cards.setAccessibleName(self.tr("Cards to play"))
        for card in deck.cards:
            if card.kind is not CardKind.DILEMMA:
                continue
            item = QListWidgetItem(card.title, self.cards)
            item.setData(Qt.UserRole, card.uid)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if card.uid in picked else Qt.Unchecked)
        label = QLabel(self.tr("&Tick the cards to play (Space ticks):"), self)
        label.setBuddy(self.cards)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.cards)
        layout.addWidget(buttons)
        self.cards.setCurrentRow(0)

    def picked(self) -> tuple[str, ...]:
        """The uids of the ticked cards, in deck order."""
        items = (self.cards.item(i) for i in range(self.cards.count()))
        return tuple(i.data(Qt.UserRole) for i in items if i.checkState() == Qt.Checked)
