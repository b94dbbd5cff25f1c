"""CardForm: the fields of a dilemma, an exercise or a prompt, checked as you type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from workshop.core.cards import (
    MAX_OPTIONS,
    OPTION_LETTERS,
    Card,
    CardKind,
    Link,
    is_web_address,
    link_fits_qr,
)

KINDS = (CardKind.DILEMMA, CardKind.EXERCISE, CardKind.PROMPT)


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class CardForm(QWidget):
    """Edits one card; `edited` fires when a field is done (Enter or leaving it)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.uid = ""
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of card"))
        names = (self.tr("Dilemma"), self.tr("Exercise"), self.tr("Prompt for the tips board"))
        for kind, name in zip(KINDS, names, strict=True):
            self.kind.addItem(name, kind.value)
        self.title = self._line(self.tr("Title"))
        self.text = self._text(self.tr("Situation, instructions or question"), 110)
        self.options = [self._line(self.tr("Option {0}").format(x)) for x in OPTION_LETTERS]
        self.option_notes = [
            self._line(self.tr("Note on option {0} (for you)").format(x)) for x in OPTION_LETTERS
        ]
        self.questions = self._text(self.tr("Discussion questions, one a line"), 60)
        self.notes = self._text(self.tr("Facilitator notes (never projected)"), 60)
        self.tags = self._line(self.tr("Tags, comma separated"))
        self.links = self._text(self.tr("Follow-up links, one a line: label | https://…"), 50)
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 600)
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.group_size = QSpinBox(self)
        self.group_size.setRange(0, 100)
        self.group_size.setAccessibleName(self.tr("People per group"))
        self.output = self._line(self.tr("What each group hands in"))
        self.stages = self._text(self.tr("Stages of a scale, one a line"), 60)
        # A prompt's default columns for the tips board, kept where an exercise keeps stages.
        self.columns = self._text(self.tr("Columns of the tips board, one a line"), 60)
        self.problem = QLabel(self)
        self.problem.setTextFormat(Qt.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What needs fixing"))
        self.form = QFormLayout()
        self.rows: dict[str, list[QWidget]] = {}
        self._row("all", self.tr("&Kind"), self.kind)
        self._row("all", self.tr("&Title"), self.title)
        self._row("all", self.tr("Te&xt"), self.text)
        for i, letter in enumerate(OPTION_LETTERS):
            self._row("dilemma", f"&{letter}", self.options[i])
            self._row("dilemma", self.tr("Note {0}").format(letter), self.option_notes[i])
        self._row("dilemma", self.tr("&Questions"), self.questions)
        self._row("exercise", self.tr("&Minutes"), self.minutes)
        self._row("exercise", self.tr("Group si&ze"), self.group_size)
        self._row("exercise", self.tr("Han&d in"), self.output)
        self._row("exercise", self.tr("St&ages"), self.stages)
        self._row("prompt", self.tr("&Columns"), self.columns)
        self._row("all", self.tr("N&otes"), self.notes)
        self._row("all", self.tr("Tag&s"), self.tags)
        self._row("all", self.tr("Links"), self.links)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.kind.activated.connect(lambda _i: self.edited.emit())
        for spin in (self.minutes, self.group_size):
            spin.editingFinished.connect(self.edited.emit)
        self._kind_changed()

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit(self)
        line.setAccessibleName(name)
        line.editingFinished.connect(self.edited.emit)
        return line

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        text = _DoneText(self)
        text.setAccessibleName(name)
        text.setPlaceholderText(name)
        text.setTabChangesFocus(True)
        text.setMaximumHeight(height)
        text.done.connect(self.edited.emit)
        return text

    def _row(self, kind: str, label: str, widget: QWidget) -> None:
        name = QLabel(label, self)
        name.setBuddy(widget)
        self.form.addRow(name, widget)
        self.rows.setdefault(kind, []).extend([name, widget])

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        for row_kind, widgets in self.rows.items():
            for widget in widgets:
                widget.setVisible(row_kind in ("all", kind))

    def set_card(self, card: Card | None) -> None:
        """Show a card (None: an empty form)."""
        card = card or Card("", "")
        self.uid = card.uid
        self.kind.setCurrentIndex(KINDS.index(card.kind))
        self.title.setText(card.title)
        self.text.setPlainText(card.text)
        for i in range(MAX_OPTIONS):
            self.options[i].setText(card.options[i] if i < len(card.options) else "")
            notes = card.option_notes
            self.option_notes[i].setText(notes[i] if i < len(notes) else "")
        self.questions.setPlainText("\n".join(card.questions))
        self.notes.setPlainText(card.notes)
        self.tags.setText(", ".join(card.tags))
        self.links.setPlainText(
            "\n".join(f"{x.label} | {x.url}" if x.label != x.url else x.url for x in card.links)
        )
        self.minutes.setValue(card.minutes)
        self.group_size.setValue(card.group_size)
        self.output.setText(card.output)
        self.stages.setPlainText("\n".join(card.stages))
        self.columns.setPlainText("\n".join(card.stages))
        self.check()

    def card(self) -> Card:
        """The card as the fields say."""
        kind = CardKind(self.kind.currentData())
        options = tuple(o.text().strip() for o in self.options if o.text().strip())
        pairs = zip(self.option_notes, self.options, strict=True)
        notes = tuple(n.text().strip() for n, o in pairs if o.text().strip())
        links = []
        for line in _lines(self.links.toPlainText()):
            label, sep, url = line.rpartition("|")
            url = url.strip() if sep else line
            links.append(Link(label.strip() or url, url))
        dilemma = kind is CardKind.DILEMMA
        exercise = kind is CardKind.EXERCISE
        return Card(
            uid=self.uid,
            title=" ".join(self.title.text().split()),
            kind=kind,
            text=self.text.toPlainText().strip(),
            options=options if dilemma else (),
            questions=_lines(self.questions.toPlainText()) if dilemma else (),
            notes=self.notes.toPlainText().strip(),
            tags=tuple(t.strip() for t in self.tags.text().split(",") if t.strip()),
            links=tuple(links),
            minutes=self.minutes.value() if exercise else 0,
            group_size=self.group_size.value() if exercise else 0,
            output=self.output.text().strip() if exercise else "",
            stages=_lines(self.stages.toPlainText())
            if exercise
            else _lines(self.columns.toPlainText())
            if kind is CardKind.PROMPT
            else (),
            option_notes=notes if dilemma and any(notes) else (),
        )

    def problems(self) -> list[str]:
        """What stops the card from being saved, in the user's language."""
        card = self.card()
        found = []
        if not card.title:
            found.append(self.tr("A card needs a title."))
        if card.kind is CardKind.DILEMMA:
            if not 2 <= len(card.options) <= MAX_OPTIONS:
                found.append(self.tr("A dilemma has 2 to 4 options."))
            elif len({o.casefold() for o in card.options}) != len(card.options):
                found.append(self.tr("Two options say the same."))
        for link in card.links:
            if not is_web_address(link.url):
                found.append(self.tr("“{0}” is not an http or https address.").format(link.url))
            elif not link_fits_qr(link.url):
                found.append(self.tr("“{0}” is too long for a QR code.").format(link.url[:40]))
        return found

    def problem_field(self) -> QWidget:
        """The field to fix first: the one the first problem is about."""
        card = self.card()
        if not card.title:
            return self.title
        if card.kind is CardKind.DILEMMA:
            filled = [o for o in self.options if o.text().strip()]
            if len(filled) < 2:
                return next(o for o in self.options if not o.text().strip())
            if len(filled) > MAX_OPTIONS:
                return filled[-1]
            seen: set[str] = set()
            for option in filled:
                if option.text().strip().casefold() in seen:
                    return option  # the second of two options that say the same
                seen.add(option.text().strip().casefold())
        return self.links if card.links else self.title

    def edit_name(self, before: Card | None, after: Card) -> str:
        """An edit named for the undo history by the field it changed ("edit option A")."""
        if before is None:
            return self.tr("new card")

        def padded(values: tuple[str, ...]) -> tuple[str, ...]:
            return values + ("",) * (MAX_OPTIONS - len(values))

        changed = [
            name
            for name, old, new in (
                (self.tr("edit kind"), before.kind, after.kind),
                (self.tr("edit title"), before.title, after.title),
                (self.tr("edit text"), before.text, after.text),
                (self.tr("edit questions"), before.questions, after.questions),
                (self.tr("edit notes"), before.notes, after.notes),
                (self.tr("edit tags"), before.tags, after.tags),
                (self.tr("edit links"), before.links, after.links),
                (self.tr("edit minutes"), before.minutes, after.minutes),
                (self.tr("edit group size"), before.group_size, after.group_size),
                (self.tr("edit hand in"), before.output, after.output),
                (self.tr("edit stages"), before.stages, after.stages),
            )
            if old != new
        ]
        for i, letter in enumerate(OPTION_LETTERS):
            if padded(before.options)[i] != padded(after.options)[i]:
                changed.append(self.tr("edit option {0}").format(letter))
            elif padded(before.option_notes)[i] != padded(after.option_notes)[i]:
                changed.append(self.tr("edit note on option {0}").format(letter))
        return changed[0] if len(changed) == 1 else self.tr("edit card")

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order the form shows them, for Tab to follow."""
        fields = []
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.FieldRole)
            if item is not None and item.widget() is not None:
                fields.append(item.widget())
        return fields

    def typed_fields(self) -> list[QWidget]:
        """The fields that keep typing of their own to undo until it is saved."""
        return [*self.findChildren(QLineEdit), *self.findChildren(QPlainTextEdit)]

    def forget_typing(self) -> None:
        """Saved typing is the dialog's to undo now: the fields drop their own history."""
        for line in self.findChildren(QLineEdit):  # spin boxes' inner lines included
            if line.isUndoAvailable() or line.isRedoAvailable():
                place = line.cursorPosition()
                line.setText(line.text())  # setText is Qt's one way to clear a line's history
                line.setCursorPosition(place)
        for text in self.findChildren(QPlainTextEdit):
            text.document().clearUndoRedoStacks()

    def check(self) -> bool:
        found = self.problems()
        self.problem.setText("\n".join(found))
        return not found


class _DoneText(QPlainTextEdit):
    """A text box that says when the user leaves it, like a line edit's editingFinished."""

    done = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.done.emit()
