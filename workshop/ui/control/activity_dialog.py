"""ActivityDialog: one activity of the agenda: its kind, title, minutes and what it needs."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from workshop.core.agenda import MAX_MINUTES, Item, Kind, Presenter, checked_item
from workshop.core.cards import Card, CardKind
from workshop.ui.control.checked_dialog import CheckedDialog


def kind_names() -> dict[Kind, str]:
    """The kinds of activity in the user's language."""
    return {
        Kind.GAME: QCoreApplication.translate("ActivityDialog", "Dilemma game"),
        Kind.EXERCISE: QCoreApplication.translate("ActivityDialog", "Group exercise"),
        Kind.BOARD: QCoreApplication.translate("ActivityDialog", "Tips board"),
        Kind.SHOWCASE: QCoreApplication.translate("ActivityDialog", "Showcase"),
        Kind.PRESENTATION: QCoreApplication.translate("ActivityDialog", "Presentation"),
        Kind.BREAK: QCoreApplication.translate("ActivityDialog", "Break"),
        Kind.WELCOME: QCoreApplication.translate("ActivityDialog", "Welcome"),
        Kind.CLOSING: QCoreApplication.translate("ActivityDialog", "Closing"),
    }


def parse_presenters(text: str) -> tuple[Presenter, ...]:
    """One presenter a line: `name | title of the work | link`."""
    found = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split("|")] + ["", ""]
        if any(parts[:3]):
            found.append(Presenter(parts[0], parts[1], parts[2]))
    return tuple(found)


class ActivityDialog(CheckedDialog):
    """Add or edit an activity; fields that do not apply to its kind are left empty."""

    def __init__(self, item: Item, exercises: list[Card], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Activity"))
        self.setMinimumWidth(560)
        self.item = item
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        for kind, name in kind_names().items():
            self.kind.addItem(name, kind)
        self.kind.setCurrentIndex(list(Kind).index(item.kind))
        self.title = QLineEdit(item.title, self)
        self._kind_titles = set(kind_names().values())
        self.title.setAccessibleName(self.tr("Title"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setValue(item.minutes)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Planned minutes"))
        self.link = QLineEdit(item.link, self)
        self.link.setAccessibleName(self.tr("Link to the slides"))
        self.link.setPlaceholderText("https://…")
        # An exercise's card, or a tips board's prompt card (its question and columns).
        self.cards = exercises
        self.exercise = QComboBox(self)
        self.exercise.setAccessibleName(self.tr("Exercise or prompt card"))
        self.exercise.activated.connect(self._card_chosen)
        self.question = QLineEdit(item.question, self)
        self.question.setAccessibleName(self.tr("The tips board's question"))
        self.presenters = QPlainTextEdit(
            "\n".join(f"{p.name} | {p.work} | {p.url}" for p in item.presenters), self
        )
        self.presenters.setAccessibleName(self.tr("Presenters"))
        self.presenters.setPlaceholderText(self.tr("One a line: name | title of the work | link"))
        self.presenters.setTabChangesFocus(True)
        self.presenters.setMaximumHeight(100)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Minutes"), self.minutes)
        form.addRow(self.tr("&Slides (presentation)"), self.link)
        form.addRow(self.tr("&Card (exercise or tips board)"), self.exercise)
        form.addRow(self.tr("&Question (tips board)"), self.question)
        form.addRow(self.tr("&Presenters (showcase)"), self.presenters)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for line in (self.title, self.link):
            line.textChanged.connect(self.check)
        self.presenters.textChanged.connect(self.check)
        self.finish(form, self.tr("Planned clock times follow from the agenda's start time."))
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = Kind(self.kind.currentData())
        self.link.setEnabled(kind is Kind.PRESENTATION)
        self._fill_cards(kind)
        self.exercise.setEnabled(kind in (Kind.EXERCISE, Kind.BOARD))
        self.question.setEnabled(kind is Kind.BOARD)
        self.presenters.setEnabled(kind is Kind.SHOWCASE)
        # The title follows the kind until the user types their own.
        if not self.title.text().strip() or self.title.text() in self._kind_titles:
            self.title.setText(self.kind.currentText())

    def _fill_cards(self, kind: Kind) -> None:
        """The cards that fit the kind: exercises for an exercise, prompts for a tips board."""
        wanted = {Kind.EXERCISE: CardKind.EXERCISE, Kind.BOARD: CardKind.PROMPT}.get(kind)
        chosen = self.exercise.currentData() or self.item.card
        self.exercise.clear()
        self.exercise.addItem(self.tr("(none)"), None)
        for card in self.cards:
            if card.kind is wanted:
                self.exercise.addItem(card.title, card)
                if chosen is not None and card.uid == chosen.uid:
                    self.exercise.setCurrentIndex(self.exercise.count() - 1)

    def _card_chosen(self) -> None:
        card = self.exercise.currentData()
        if card is not None and card.kind is CardKind.PROMPT and not self.question.text().strip():
            self.question.setText(card.text or card.title)

    def result_item(self) -> Item:
        """The activity as typed, not yet checked."""
        kind = Kind(self.kind.currentData())
        return replace(
            self.item,
            kind=kind,
            title=self.title.text(),
            minutes=self.minutes.value(),
            link=self.link.text() if kind is Kind.PRESENTATION else "",
            card=self.exercise.currentData() if kind in (Kind.EXERCISE, Kind.BOARD) else None,
            question=self.question.text() if kind is Kind.BOARD else "",
            presenters=parse_presenters(self.presenters.toPlainText())
            if kind is Kind.SHOWCASE
            else (),
        )

    def trial(self) -> None:
        checked_item(self.result_item())
