"""PlenaryBar: hands counted per option, typed (`2`, the count, Enter) or nudged with + and −."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from workshop.core.cards import OPTION_LETTERS
from workshop.core.game import MAX_HANDS


class PlenaryBar(QWidget):
    """One count per option of the card on screen; `counted` carries each confirmed count."""

    counted = Signal(str, int)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Hands:"), self))
        self.boxes: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        # What the session holds, so leaving a box unchanged records nothing twice.
        self.known: dict[str, int] = {}
        for letter in OPTION_LETTERS:
            box = QSpinBox(self)
            box.setRange(0, MAX_HANDS)
            box.setAccessibleName(self.tr("Hands for option {0}").format(letter))
            box.installEventFilter(self)
            box.editingFinished.connect(lambda letter=letter: self._confirm(letter))
            label = QLabel(f"&{letter}", self)
            label.setBuddy(box)
            self.boxes[letter], self.labels[letter] = box, label
            layout.addWidget(label)
            layout.addWidget(box)
        hint = QLabel(self.tr("1–4 picks an option, type the count, Enter · + / − nudge"), self)
        hint.setEnabled(False)
        layout.addWidget(hint, 1)

    def set_card(self, letters: str, counts: dict[str, int]) -> None:
        """Show a box for each option of the card on screen, holding its count."""
        self.known = {x: counts.get(x, 0) for x in letters}
        for letter, box in self.boxes.items():
            shown = letter in letters
            box.setVisible(shown)
            self.labels[letter].setVisible(shown)
            if not box.hasFocus():
                box.blockSignals(True)
                box.setValue(counts.get(letter, 0))
                box.blockSignals(False)

    def start(self, digit: str) -> None:
        """Digit n typed outside a field: edit the count of the n-th option."""
        letters = [x for x, box in self.boxes.items() if not box.isHidden()]
        index = int(digit) - 1
        if 0 <= index < len(letters):
            box = self.boxes[letters[index]]
            box.setFocus()
            box.selectAll()

    def _confirm(self, letter: str) -> None:
        value = self.boxes[letter].value()
        if self.known.get(letter) != value:
            self.known[letter] = value
            self.counted.emit(letter, value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.KeyPress and isinstance(watched, QSpinBox):
            key = event.key()
            letter = next(x for x, box in self.boxes.items() if box is watched)
            if key in (Qt.Key_Plus, Qt.Key_Minus):
                watched.setValue(watched.value() + (1 if key == Qt.Key_Plus else -1))
                self._confirm(letter)
                return True
            if key in (Qt.Key_Return, Qt.Key_Enter):
                self._confirm(letter)
                self.finished.emit()
                return True
            if key == Qt.Key_Escape:
                self.finished.emit()
                return True
        return False
