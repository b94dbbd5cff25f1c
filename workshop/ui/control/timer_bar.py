"""TimerBar: the round timer in the control window: time left, start/pause, a minute more, reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from workshop.core.timer import MAX_SECONDS, RoundTimer, TimerPhase
from workshop.ui.controller import SessionController


class TimerBar(QWidget):
    """Buttons for the timer actions the keys T and M also do, and the timer's length."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.time = QLabel(self)
        self.time.setTextFormat(Qt.PlainText)
        self.time.setAccessibleName(self.tr("Time left"))
        font = self.time.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.time.setFont(font)
        self.start = QPushButton(self)
        self.start.setAccessibleName(self.tr("Start or pause the timer (T)"))
        self.more = QPushButton(self.tr("+1 min (M)"), self)
        self.more.setAccessibleName(self.tr("One minute more (M)"))
        self.reset = QPushButton(self.tr("Rese&t"), self)
        self.reset.setAccessibleName(self.tr("Reset the timer"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(1, MAX_SECONDS // 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Timer length in minutes"))
        label = QLabel(self.tr("Ti&mer"), self)
        label.setBuddy(self.minutes)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.minutes, self.time, self.start, self.more, self.reset):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.start.clicked.connect(controller.toggle_timer)
        self.more.clicked.connect(controller.add_minute)
        self.reset.clicked.connect(controller.reset_timer)
        self.minutes.editingFinished.connect(self._length)
        self.show_timer(controller.session.timer, controller.clock())

    def _length(self) -> None:
        if self.minutes.value() * 60 != int(self.controller.session.timer.duration):
            self.controller.set_timer_minutes(self.minutes.value())

    def show_timer(self, timer: RoundTimer, now: float) -> None:
        """Bring the time, the button's words and the length up to date."""
        phase = timer.phase(now)
        self.time.setText(self.tr("Time is up") if phase is TimerPhase.UP else timer.text(now))
        self.start.setText(self.tr("Pause (T)") if timer.running else self.tr("Start (T)"))
        if not self.minutes.hasFocus():
            self.minutes.setValue(max(1, int(timer.duration // 60)))
