"""AgendaPanel: plan the day's activities, run them in order against the clock, evaluate."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workshop.core import agenda as ag
from workshop.core.activity import Activity
from workshop.core.agenda import Item, Kind, Verdict
from workshop.core.agenda_edits import SetAgenda
from workshop.core.cards import CardKind
from workshop.core.commands import Change
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.ui.control.activity_dialog import ActivityDialog, kind_names
from workshop.ui.control.tab_look import empty_state, frame, heading
from workshop.ui.controller import SessionController
from workshop.ui.translations import ui_language


class AgendaTable(QTableWidget):
    """The activities; Ctrl+Up/Down moves the selected one, Enter edits it, Delete removes it."""

    def __init__(self, panel: AgendaPanel) -> None:
        super().__init__(0, 6, panel)
        self.panel = panel
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.InternalMove)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = bool(event.modifiers() & Qt.ControlModifier)
        if ctrl and event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.panel.move_selected(-1 if event.key() == Qt.Key_Up else 1)
            return
        if ctrl and event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.panel.start_selected()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.panel.edit_selected()
            return
        if event.key() == Qt.Key_Delete:
            self.panel.remove_selected()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:
        row = self.currentRow()
        target = self.rowAt(round(event.position().y()))
        if row >= 0:
            self.panel.move_selected((self.rowCount() - 1 if target < 0 else target) - row)
        event.ignore()


class AgendaPanel(QWidget):
    """The agenda tab: planning before, N to the next activity during, evaluation after."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.kinds = kind_names()
        self.start = QLineEdit(controller.session.agenda.start, self)
        self.start.setAccessibleName(self.tr("Start time of the day"))
        self.start.setMaximumWidth(80)
        self.start.editingFinished.connect(self._start_changed)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.PlainText)
        self.summary.setAccessibleName(self.tr("End time and how far ahead or behind"))
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.table = AgendaTable(self)
        self.table.setAccessibleName(self.tr("Activities"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Kind"), self.tr("Activity"), self.tr("Minutes"),
             self.tr("Evaluation"), self.tr("Last time")]
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.verdict = QComboBox(self)
        self.verdict.setAccessibleName(self.tr("Keep, change or drop next time"))
        self.verdict.addItem(self.tr("(not evaluated)"), None)
        for verdict, name in (
            (Verdict.KEEP, self.tr("Keep")),
            (Verdict.CHANGE, self.tr("Change")),
            (Verdict.DROP, self.tr("Drop")),
        ):
            self.verdict.addItem(name, verdict)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("What to keep next time"))
        self.note.setPlaceholderText(self.tr("What to keep, change or drop next time"))
        self.note.returnPressed.connect(self.save_evaluation)
        top = QHBoxLayout()
        start_label = QLabel(self.tr("Star&ts at"), self)
        start_label.setBuddy(self.start)
        top.addWidget(start_label)
        top.addWidget(self.start)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("A&dd activity…"), self.add),
            (self.tr("&Edit…"), self.edit_selected),
            (self.tr("Re&move"), self.remove_selected),
            (self.tr("&Previous (Shift+N)"), controller.previous_activity),
            (self.tr("&Next activity (N)"), controller.next_activity),
            (self.tr("Start t&his one (Ctrl+Enter)"), self.start_selected),
            (self.tr("Show the agenda on the &wall"), lambda: controller.show(Activity.AGENDA)),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        evaluation = QHBoxLayout()
        label = QLabel(self.tr("Eval&uation of the selected activity"), self)
        label.setBuddy(self.verdict)
        save = QPushButton(self.tr("Sa&ve"), self)
        save.clicked.connect(self.save_evaluation)
        for widget in (label, self.verdict, self.note, save):
            evaluation.addWidget(widget, 1 if widget is self.note else 0)
        self.empty = empty_state(self)
        self.empty.setText(
            self.tr(
                "No activities yet. Press Add activity… to plan the day: presentations, the "
                "dilemma game, exercises, the tips board, breaks. During the day N starts "
                "each one in turn."
            )
        )
        layout = QVBoxLayout(self)
        frame(layout)
        layout.addWidget(heading(self.tr("The day's agenda"), self))
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(evaluation)
        controller.changed.connect(self.refresh)
        # How far behind moves with the clock while an activity overruns.
        self.ticker = QTimer(self)
        self.ticker.setInterval(15_000)
        self.ticker.timeout.connect(lambda: self.refresh(Change(agenda=True)))
        self.ticker.start()
        self.refresh(Change(agenda=True))

    @property
    def agenda(self) -> ag.Agenda:
        return self.controller.session.agenda

    def _exercises(self):
        found = self.controller.library.decks.cards_of_kind(
            CardKind.EXERCISE, CardKind.PROMPT, language=ui_language()
        )
        return [card for _deck, card in found]

    def _change(self, make, name: str) -> bool:
        return self.controller.attempt(lambda: SetAgenda(make(), name))

    def add(self) -> None:
        dialog = ActivityDialog(Item(0, Kind.PRESENTATION, "", 15), self._exercises(), self)
        if dialog.exec() == ActivityDialog.Accepted:
            self._change(
                lambda: ag.add_item(self.agenda, dialog.result_item()),
                QT_TRANSLATE_NOOP("Commands", "add activity"),
            )
            self.table.selectRow(self.table.rowCount() - 1)

    def selected(self) -> Item | None:
        row = self.table.currentRow()
        return self.agenda.items[row] if 0 <= row < len(self.agenda.items) else None

    def edit_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = ActivityDialog(item, self._exercises(), self)
        if dialog.exec() == ActivityDialog.Accepted:
            self._change(
                lambda: ag.replace_item(self.agenda, dialog.result_item()),
                QT_TRANSLATE_NOOP("Commands", "edit"),
            )

    def start_selected(self) -> None:
        """Start the selected activity now: a jump ahead, or back to one done earlier."""
        item = self.selected()
        if item is not None:
            self.controller.start_activity(item.id)

    def remove_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self._change(
                lambda: ag.remove_item(self.agenda, item.id),
                QT_TRANSLATE_NOOP("Commands", "remove activity"),
            )

    def move_selected(self, step: int) -> None:
        item = self.selected()
        if item is None or not step:
            return
        if self._change(
            lambda: ag.move_item(self.agenda, item.id, step),
            QT_TRANSLATE_NOOP("Commands", "move activity"),
        ):
            ids = [i.id for i in self.agenda.items]
            self.table.selectRow(ids.index(item.id))

    def save_evaluation(self) -> None:
        item = self.selected()
        if item is not None:
            # Qt hands enum data back as plain text.
            data = self.verdict.currentData()
            verdict = Verdict(data) if data else None
            note = self.note.text()
            self._change(
                lambda: ag.evaluate(self.agenda, item.id, verdict, note),
                QT_TRANSLATE_NOOP("Commands", "evaluate"),
            )

    def _start_changed(self) -> None:
        if self.start.text() != self.agenda.start:
            self._change(
                lambda: ag.set_start(self.agenda, self.start.text()),
                QT_TRANSLATE_NOOP("Commands", "start time"),
            )

    def _selection_changed(self) -> None:
        item = self.selected()
        if item is None:
            return
        self.verdict.setCurrentIndex(list(Verdict).index(item.verdict) + 1 if item.verdict else 0)
        self.note.setText(item.note)

    def refresh(self, change: Change) -> None:
        if not change.agenda:
            return
        agenda = self.agenda
        if not self.start.hasFocus():
            self.start.setText(agenda.start)
        try:
            seen = ag.forecast(agenda, self.controller.clock())
        except CommandRejected:
            return
        # An empty plan says how to make one, instead of showing an empty table.
        self.table.setHidden(not agenda.items)
        self.empty.setHidden(bool(agenda.items))
        row = self.table.currentRow()
        self.table.setRowCount(len(agenda.items))
        for index, item in enumerate(agenda.items):
            start = ag.clock(seen.times[index][0])
            mark = "▶ " if index == agenda.current else ("✓ " if item.ended_at else "")
            verdict = self.verdict.itemText(list(Verdict).index(item.verdict) + 1) if (
                item.verdict) else ""  # fmt: skip
            cells = [f"{mark}{start}", self.kinds[item.kind], item.title, str(item.minutes),
                     " · ".join(x for x in (verdict, item.note) if x), item.last_note]  # fmt: skip
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if 0 <= row < self.table.rowCount():
            self.table.selectRow(row)
        self.summary.setText(self._summary_text(seen))

    def _summary_text(self, seen: ag.Forecast) -> str:
        end = ag.clock(seen.end)
        delay = round(seen.delay)
        if not any(i.started_at for i in self.agenda.items):
            return self.tr("Ends at {0}").format(end)
        if delay > 0:
            return self.tr("Ends at {0} · {1} min behind plan").format(end, delay)
        if delay < 0:
            return self.tr("Ends at {0} · {1} min ahead of plan").format(end, -delay)
        return self.tr("Ends at {0} · on time").format(end)
