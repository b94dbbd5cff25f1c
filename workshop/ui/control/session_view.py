"""SessionView: one running session in the control window: its wall, tabs and panels."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from workshop.core.activity import Activity
from workshop.core.commands import Change
from workshop.core.session import Session
from workshop.store.library import Library
from workshop.ui.control.agenda_panel import AgendaPanel
from workshop.ui.control.board_panel import BoardPanel
from workshop.ui.control.cards_panel import CardsPanel
from workshop.ui.control.exercises_panel import ExercisesPanel
from workshop.ui.control.groups_panel import GroupsPanel
from workshop.ui.control.wall_strip import WallStrip
from workshop.ui.controller import SessionController
from workshop.ui.wall import Wall
from workshop.ui.widgets.theme import ProjectorTheme


class SessionView(QWidget):
    """The controller and wall of one session, the strip saying what is on the wall, and a tab
    per activity; the tab shown follows the wall, and choosing a tab puts it on the wall."""

    def __init__(self, library: Library, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = SessionController(library, session, self)
        self.wall = Wall(self.controller, self)
        self.strip = WallStrip(self.wall, self)
        self.tabs = QTabWidget(self)
        self.agenda_panel = AgendaPanel(self.controller, self)
        self.cards_panel = CardsPanel(self.controller, self.wall, self)
        self.board_panel = BoardPanel(self.controller, self)
        self.groups_panel = GroupsPanel(self.controller, self)
        self.exercises_panel = ExercisesPanel(self.controller, self)
        self.tabs.addTab(self.agenda_panel, self.tr("&Agenda"))
        self.tabs.addTab(self.cards_panel, self.tr("&Cards"))
        self.tabs.addTab(self.board_panel, self.tr("Tips &board"))
        self.tabs.addTab(self.groups_panel, self.tr("&Groups"))
        self.tabs.addTab(self.exercises_panel, self.tr("E&xercises"))
        self.tabs.setCurrentWidget(self.tab_for(session.activity))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.controller.changed.connect(self._follow_activity)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.strip)
        column.addWidget(self.tabs, 1)

    def set_projector_size(self, size: QSize) -> None:
        """The projector's size: the mirrors draw at its proportions, the board pages by it."""
        self.wall.set_screen_size(size)
        self.cards_panel.set_projector_size(size)
        self.strip.set_projector_size(size)

    def set_theme(self, theme: ProjectorTheme) -> None:
        """The projector's theme (dark, light or high contrast) on every mirror of the wall."""
        for mirror in (self.cards_panel.live, self.cards_panel.next, self.strip.mirror):
            mirror.set_theme(theme)

    def tab_for(self, activity: Activity) -> QWidget:
        """The tab that goes with what is on the wall."""
        return {
            Activity.BOARD: self.board_panel,
            Activity.GROUPS: self.groups_panel,
            Activity.EXERCISE: self.exercises_panel,
            Activity.SCALE: self.exercises_panel,
            Activity.AGENDA: self.agenda_panel,
            Activity.SHOWCASE: self.agenda_panel,
        }.get(activity, self.cards_panel)

    def show_tab(self, tab: QWidget) -> None:
        """Ctrl+1 … Ctrl+5: a tab, and so its activity on the wall."""
        self.tabs.setCurrentWidget(tab)
        # The board's tip line is ready for typing, on purpose; every other tab keeps the
        # room keys working (Ctrl+5 then N must start the next activity, not type "n").
        (self.board_panel.tip if tab is self.board_panel else self.keys_target(tab)).setFocus()

    def _tab_changed(self, index: int) -> None:
        """The tab chosen here is what the room sees: cards, board, groups or the exercise."""
        tab = self.tabs.widget(index)
        if tab is self.tab_for(self.controller.session.activity):
            return
        if tab is self.exercises_panel and self.exercises_panel.exercise() is None:
            # No exercise to show: the wall stays as it is (the groups would be a surprise);
            # the tab's empty state says how to run one.
            return
        activity = {
            self.board_panel: Activity.BOARD,
            self.groups_panel: Activity.GROUPS,
            self.exercises_panel: Activity.EXERCISE,
            self.agenda_panel: Activity.AGENDA,
        }.get(tab, Activity.CARDS)
        self.controller.show(activity)
        if tab is self.board_panel:
            self.board_panel.tip.setFocus()
        elif tab is self.cards_panel:
            self.cards_panel.take_keys()

    def _follow_activity(self, change: Change) -> None:
        # The summary's QR code goes over any tab; the facilitator stays where they were.
        if self.controller.session.activity is Activity.SUMMARY:
            return
        if not change.wall:
            return
        tab = self.tab_for(self.controller.session.activity)
        if tab is self.tabs.currentWidget():
            return
        self.tabs.setCurrentWidget(tab)
        # The facilitator pressed N or a clicker key, not a field: focus goes where the next
        # room key still acts, never into a text field that would swallow it.
        self.keys_target(tab).setFocus()

    def keys_target(self, tab: QWidget) -> QWidget:
        """A widget of `tab` that takes focus without taking letters."""
        if tab is self.cards_panel:
            return self.cards_panel.live
        # An empty agenda or group list is hidden behind its empty state: the tab bar then.
        if tab is self.agenda_panel and not self.agenda_panel.table.isHidden():
            return self.agenda_panel.table
        if tab is self.groups_panel and not self.groups_panel.tree.isHidden():
            return self.groups_panel.tree
        if tab is self.board_panel and self.board_panel.lists:
            return next(iter(self.board_panel.lists.values()))
        return self.tabs.tabBar()
