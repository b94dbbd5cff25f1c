"""RecordBar: a group's choice and reason in a few keys: `3` `B`, the reason, Enter."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class _Field(QLineEdit):
    """A line edit where Esc gives up the capture."""

    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key_Escape:
            self.escaped.emit()
            return
        super().keyPressEvent(event)


class RecordBar(QWidget):
    """Group, option and reason fields; `submitted` carries them, to be recorded, on Enter.

    A choice belongs to the card it was begun on: a forward key while it is typed moves the
    wall, not the choice (it is recorded for its own card), and Enter straight after the
    letter moves to the reason, as in `3` `B` Enter, the reason, Enter."""

    submitted = Signal(int, int, str, str)  # round, group, option, reason
    finished = Signal()
    refused = Signal(str)  # why a typed letter was not taken

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = _Field(self)
        self.group.setValidator(
            QRegularExpressionValidator(QRegularExpression("[1-9][0-9]?"), self)
        )
        self.group.setMaximumWidth(60)
        self.option = _Field(self)
        self.option.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Da-d]"), self))
        self.option.setMaximumWidth(50)
        self.reason = _Field(self)
        self.reason.setMaxLength(300)
        self.button = QPushButton(self.tr("&Record"), self)
        self.letters = "AB"
        self.group_count = 3
        self.round_index = 0  # the card this choice is for
        # The card on screen, taken up once the fields are empty again.
        self._on_screen = (self.letters, self.group_count, self.round_index)
        # The reason field was reached by the letter, and nothing typed in it since.
        self._reason_untouched = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, field in (
            (self.tr("&Group"), self.group),
            (self.tr("&Option"), self.option),
            (self.tr("Rea&son"), self.reason),
        ):
            label = QLabel(text, self)
            label.setBuddy(field)
            layout.addWidget(label)
            layout.addWidget(field, 1 if field is self.reason else 0)
        layout.addWidget(self.button)
        self.group.setAccessibleName(self.tr("Group number"))
        self.option.setAccessibleName(self.tr("Chosen option letter"))
        self.reason.setAccessibleName(self.tr("Reason in one line"))
        self.button.setAccessibleName(self.tr("Record the group's choice"))
        self.group.setPlaceholderText("1")
        self.option.setPlaceholderText("A")
        self.reason.setPlaceholderText(self.tr("one line, then Enter"))
        self.group.textEdited.connect(self._group_typed)
        self.option.textEdited.connect(self._option_typed)
        self.group.returnPressed.connect(self.option.setFocus)
        self.option.returnPressed.connect(self.reason.setFocus)
        self.reason.returnPressed.connect(self._reason_entered)
        self.reason.textEdited.connect(self._reason_typed)
        self.button.clicked.connect(self.submit)
        for field in (self.group, self.option, self.reason):
            field.escaped.connect(self.cancel)

    def set_card(self, letters: str, group_count: int, round_index: int = 0) -> None:
        """The card on screen: its letters, how many groups there are, its round. A choice
        being typed keeps the card it was begun on until it is recorded or given up."""
        self._on_screen = (letters, group_count, round_index)
        if not self.drafting():
            self._take_card_on_screen()

    def drafting(self) -> bool:
        """Something is typed and not yet recorded."""
        return any(f.text() for f in (self.group, self.option, self.reason))

    def _take_card_on_screen(self) -> None:
        self.letters, self.group_count, self.round_index = self._on_screen
        self.option.setToolTip(self.tr("One of {0}").format(", ".join(self.letters)))

    def start(self, digit: str) -> None:
        """Begin a capture from a digit typed anywhere in the control window."""
        self.group.setText(digit)
        self.group.setFocus()
        self._group_typed(digit)

    def _group_typed(self, text: str) -> None:
        # With nine groups or fewer one digit says it all, so move on at once.
        if text and int(text) * 10 > max(self.group_count, 9):
            self.option.setFocus()

    def _option_typed(self, text: str) -> None:
        letter = text.upper()
        if letter and letter not in self.letters:
            # Refused at once, focus staying here: the next key is the retry, never the
            # start of a reason that swallows the next groups' keys.
            self.option.clear()
            self.refused.emit(
                self.tr("Option {0} is not on this card: type {1}, or Esc to give up.").format(
                    letter, ", ".join(self.letters)
                )
            )
            return
        self.option.setText(letter)
        if text:
            self._reason_untouched = not self.reason.text()
            self.reason.setFocus()

    def _reason_typed(self, _text: str) -> None:
        self._reason_untouched = False

    def _reason_entered(self) -> None:
        # Enter straight after the letter is the step to the reason (focus is there already):
        # a second Enter records the choice without one.
        if self._reason_untouched and not self.reason.text():
            self._reason_untouched = False
            self.refused.emit(self.tr("Type the reason, or Enter again to record without one."))
            return
        self.submit()

    def retry_option(self) -> None:
        """After a refused choice: the option again, selected, ready to be typed over."""
        self.option.setFocus()
        self.option.selectAll()

    def submit(self) -> None:
        """Hand the fields to whoever records them."""
        if not self.group.text():
            self.group.setFocus()
            return
        if not self.option.text():
            self.option.setFocus()
            return
        self.submitted.emit(
            self.round_index, int(self.group.text()), self.option.text(), self.reason.text()
        )

    def clear(self) -> None:
        """Empty the fields after a choice was recorded."""
        for field in (self.group, self.option, self.reason):
            field.clear()
        self._reason_untouched = False
        self._take_card_on_screen()

    def cancel(self) -> None:
        """Esc: forget what was typed and give the keys back to the session."""
        self.clear()
        self.finished.emit()
