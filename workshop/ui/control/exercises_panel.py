"""ExercisesPanel: put an exercise on the wall and write down what each group made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workshop.core.activity import Activity
from workshop.core.cards import Card, CardKind
from workshop.core.commands import Change
from workshop.ui.control.tab_look import frame, heading
from workshop.ui.controller import SessionController
from workshop.ui.translations import ui_language


class ExercisesPanel(QWidget):
    """Choose and run an exercise; one line per group for its output and its stage."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.cards = QComboBox(self)
        self.cards.setAccessibleName(self.tr("Exercise to run"))
        for deck_title, card in controller.library.decks.cards_of_kind(
            CardKind.EXERCISE, language=ui_language()
        ):
            self.cards.addItem(f"{card.title}  ({deck_title})", card)
        self.cards.setPlaceholderText(self.tr("Choose an exercise"))
        # The running exercise's uid the picker was last set to: the picker follows the
        # running exercise when it changes, and keeps a choice made meanwhile otherwise.
        self._picked_for: str | None = None
        run = QPushButton(self.tr("R&un on the wall"), self)
        run.clicked.connect(self.run_chosen)
        self.instructions = QPushButton(self.tr("Show the ins&tructions"), self)
        self.instructions.clicked.connect(lambda: controller.show(Activity.EXERCISE))
        self.scale = QPushButton(self.tr("Show the sca&le"), self)
        self.scale.clicked.connect(lambda: controller.show(Activity.SCALE))
        label = QLabel(self.tr("Exerc&ise"), self)
        label.setBuddy(self.cards)
        row = QHBoxLayout()
        for widget in (label, self.cards, run, self.instructions, self.scale):
            row.addWidget(widget, 1 if widget is self.cards else 0)
        self.current = QLabel(self)
        self.current.setTextFormat(Qt.PlainText)
        self.current.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = self.scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.texts: dict[int, QLineEdit] = {}
        self.stages: dict[int, QComboBox] = {}
        # What the grid's rows were built for; while it holds, rows are updated in place.
        self._shape: tuple | None = None
        layout = QVBoxLayout(self)
        frame(layout)
        layout.addWidget(heading(self.tr("Exercise"), self))
        layout.addLayout(row)
        layout.addWidget(self.current)
        layout.addWidget(scroll, 1)
        # Takes the space while there are no groups' lines, so no empty box fills the tab.
        layout.addStretch(0)
        controller.changed.connect(self.refresh)
        self.refresh(Change(wall=True, groups=True))

    def exercise(self) -> Card | None:
        session = self.controller.session
        if 0 <= session.exercise_index < len(session.exercises):
            return session.exercises[session.exercise_index]
        return None

    def run_chosen(self) -> None:
        card = self.cards.currentData()
        if card is not None:
            self.controller.run_exercise(card)

    def refresh(self, change: Change) -> None:
        if not (change.wall or change.groups or change.exercise):
            return
        card = self.exercise()
        self.scale.setEnabled(bool(card and card.stages))
        self.scroll.setVisible(card is not None)
        layout = self.layout()
        if layout is not None:
            layout.setStretch(layout.count() - 1, 0 if card is not None else 1)
        self.instructions.setEnabled(card is not None)
        self._pick_running(card)
        if card is None:
            self.current.setText(
                self.tr(
                    "No exercise is running. Choose one above and press Run on the wall: a "
                    "line for each group's output appears here."
                )
            )
        else:
            self.current.setText(
                self.tr("Running: {0} · {1} min · hand in: {2}").format(
                    card.title, card.minutes, card.output or "—"
                )
            )
        self._fill(card)

    def _pick_running(self, card: Card | None) -> None:
        """The picker shows the running exercise (none when it is not in the library), so it
        never names another one beside "Running: …"."""
        if card is None or card.uid == self._picked_for:
            return
        self._picked_for = card.uid
        found = next(
            (i for i in range(self.cards.count()) if self.cards.itemData(i).uid == card.uid), -1
        )
        self.cards.setCurrentIndex(found)

    def _fill(self, card: Card | None) -> None:
        session = self.controller.session
        labels = tuple(g.label() for g in session.forming.groups)
        shape = (session.exercise_index, card, session.group_count, labels)
        if shape == self._shape:
            self._update_rows()
            return
        # Rebuilt rows take focus back where it was, never leaving it to the window
        # (letters typed there would be room keys).
        focused = self._focused_row()
        self._shape = shape
        self._build_rows(card)
        if focused is not None:
            group, in_stage = focused
            widget = (self.stages if in_stage else self.texts).get(group) or next(
                iter(self.texts.values()), None
            )
            (widget or self.cards).setFocus()

    def _focused_row(self) -> tuple[int, bool] | None:
        """The group whose line or stage has focus, and whether it is the stage."""
        for group, text in self.texts.items():
            if text.hasFocus():
                return group, False
        for group, stage in self.stages.items():
            if stage.hasFocus():
                return group, True
        return None

    def _update_rows(self) -> None:
        """The stored outputs into the rows, leaving alone the line being typed in."""
        session = self.controller.session
        for group, text in self.texts.items():
            output = session.outputs.get((session.exercise_index, group))
            wanted = output.text if output else ""
            if text.text() != wanted and not text.hasFocus():
                text.setText(wanted)
            stage = self.stages.get(group)
            if stage is not None:
                index = output.stage + 1 if output and output.stage is not None else 0
                if stage.currentIndex() != index:
                    stage.setCurrentIndex(index)

    def _build_rows(self, card: Card | None) -> None:
        session = self.controller.session
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.texts.clear()
        self.stages.clear()
        for row in range(self.grid.rowCount()):
            self.grid.setRowStretch(row, 0)
        if card is None:
            return
        # The rows sit together at the top; the space below them stays below them.
        self.grid.setRowStretch(session.group_count, 1)
        groups = session.forming.groups
        labels = {g.number: g.label() for g in groups}
        for row, number in enumerate(range(1, session.group_count + 1)):
            output = session.outputs.get((session.exercise_index, number))
            name = QLabel(self.tr("Group {0}").format(labels.get(number, number)), self.grid_host)
            text = QLineEdit(output.text if output else "", self.grid_host)
            text.setAccessibleName(self.tr("Output of group {0}").format(number))
            name.setBuddy(text)
            text.editingFinished.connect(lambda n=number: self._save(n))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(text, row, 1)
            self.texts[number] = text
            if card.stages:
                stage = QComboBox(self.grid_host)
                stage.setAccessibleName(self.tr("Stage of group {0}").format(number))
                stage.addItem(self.tr("(no stage yet)"), None)
                for index, title in enumerate(card.stages):
                    stage.addItem(f"{index + 1}. {title}", index)
                if output and output.stage is not None:
                    stage.setCurrentIndex(output.stage + 1)
                stage.activated.connect(lambda _i, n=number: self._save(n))
                self.grid.addWidget(stage, row, 2)
                self.stages[number] = stage

    def _save(self, group: int) -> None:
        """Record a group's output when its line or stage changed."""
        session = self.controller.session
        current = session.outputs.get((session.exercise_index, group))
        text = self.texts[group].text().strip()
        stage = self.stages[group].currentData() if group in self.stages else None
        if current is None and not text and stage is None:
            return
        if current is not None and (current.text, current.stage) == (text, stage):
            return
        self.controller.record_output(group, text, stage)
