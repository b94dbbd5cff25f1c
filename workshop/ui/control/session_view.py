"""SessionView: one running session in the control window: its wall, tabs and panels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QTabBar, QTabWidget, QVBoxLayout, QWidget

from workshop.core.activity import Activity
from workshop.core.commands import Change
from workshop.core.session import Session
from workshop.store.library import Library
from workshop.ui.control.wall_strip import WallStrip
from workshop.ui.controller import SessionController
from workshop.ui.wall import Wall
from workshop.ui.widgets.theme import ProjectorTheme

# A panel (and its module) loads the first time its tab is shown or asked for: an open
# session holds only the tab in view (idle memory is measured against a bare window).
if TYPE_CHECKING:
    from workshop.ui.control.agenda_panel import AgendaPanel
    from workshop.ui.control.board_panel import BoardPanel
    from workshop.ui.control.cards_panel import CardsPanel
    from workshop.ui.control.exercises_panel import ExercisesPanel
    from workshop.ui.control.groups_panel import GroupsPanel

# The tabs, in their order, by name.
TABS = ("agenda", "cards", "board", "groups", "exercises")
# The tab that goes with what is on the wall; any other activity is the cards'.
TAB_OF = {
    Activity.BOARD: "board",
    Activity.GROUPS: "groups",
    Activity.EXERCISE: "exercises",
    Activity.SCALE: "exercises",
    Activity.AGENDA: "agenda",
    Activity.SHOWCASE: "agenda",
}
# What choosing a tab puts on the wall.
ACTIVITY_OF = {
    "board": Activity.BOARD,
    "groups": Activity.GROUPS,
    "exercises": Activity.EXERCISE,
    "agenda": Activity.AGENDA,
    "cards": Activity.CARDS,
}


class SessionView(QWidget):
    """The controller and wall of one session, the strip saying what is on the wall, and a tab
    per activity; the tab shown follows the wall, and choosing a tab puts it on the wall.

    A tab holds an empty stand-in until it is first shown or its panel is asked for
    (`view.board_panel` builds the board's); a panel reads the session when it is built, so
    one not built yet needs no updates."""

    def __init__(self, library: Library, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = SessionController(library, session, self)
        self.wall = Wall(self.controller, self)
        self.strip = WallStrip(self.wall, self)
        self.tabs = QTabWidget(self)
        # The projector's size and theme, for the mirrors of a cards panel built later.
        self._projector_size: QSize | None = None
        self._theme: ProjectorTheme | None = None
        self._panels: dict[str, QWidget] = {}
        self._stand_ins: dict[str, QWidget] = {}
        titles = {
            "agenda": self.tr("&Agenda"),
            "cards": self.tr("&Cards"),
            "board": self.tr("Tips &board"),
            "groups": self.tr("&Groups"),
            "exercises": self.tr("E&xercises"),
        }
        shown = TAB_OF.get(session.activity, "cards")
        for name in TABS:
            if name == shown:
                page = self._panels[name] = self._make(name)
            else:
                page = self._stand_ins[name] = QWidget(self.tabs)
                page.setAccessibleName(titles[name].replace("&", ""))
            self.tabs.addTab(page, titles[name])
        self.tabs.setCurrentWidget(self._panels[shown])
        # Connected before anyone else's slot: a tab's panel is built when it is chosen, so
        # every later slot of currentChanged finds the panel in the tab, not its stand-in.
        self.tabs.currentChanged.connect(self._tab_changed)
        self.controller.changed.connect(self._follow_activity)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.strip)
        column.addWidget(self.tabs, 1)

    @property
    def agenda_panel(self) -> AgendaPanel:
        return self.panel("agenda")  # type: ignore[return-value]

    @property
    def cards_panel(self) -> CardsPanel:
        return self.panel("cards")  # type: ignore[return-value]

    @property
    def board_panel(self) -> BoardPanel:
        return self.panel("board")  # type: ignore[return-value]

    @property
    def groups_panel(self) -> GroupsPanel:
        return self.panel("groups")  # type: ignore[return-value]

    @property
    def exercises_panel(self) -> ExercisesPanel:
        return self.panel("exercises")  # type: ignore[return-value]

    def built(self, name: str) -> QWidget | None:
        """The panel of tab `name` if it has been built, else None (nothing is built)."""
        return self._panels.get(name)

    def panel(self, name: str) -> QWidget:
        """The panel of tab `name` ("agenda", "cards", "board", "groups", "exercises"), built
        and put in its tab now if it was not yet."""
        panel = self._panels.get(name)
        if panel is not None:
            return panel
        panel = self._panels[name] = self._make(name)
        stand_in = self._stand_ins.pop(name)
        index = self.tabs.indexOf(stand_in)
        current = self.tabs.currentIndex()
        bar = self.tabs.tabBar()
        behaviour = bar.selectionBehaviorOnRemove()
        # The panel goes in before its stand-in and the stand-in comes out: a stand-in in
        # view hands the view to its panel (the tab to its left then), and no one hears of a
        # change of tab, for the tab in view stays the same.
        blocked = self.tabs.blockSignals(True)
        try:
            bar.setSelectionBehaviorOnRemove(QTabBar.SelectLeftTab)
            self.tabs.insertTab(index, panel, self.tabs.tabText(index))
            self.tabs.removeTab(index + 1)
            self.tabs.setCurrentIndex(current)
        finally:
            bar.setSelectionBehaviorOnRemove(behaviour)
            self.tabs.blockSignals(blocked)
        stand_in.deleteLater()
        return panel

    def _make(self, name: str) -> QWidget:
        controller = self.controller
        if name == "agenda":
            from workshop.ui.control.agenda_panel import AgendaPanel

            return AgendaPanel(controller, self)
        if name == "board":
            from workshop.ui.control.board_panel import BoardPanel

            return BoardPanel(controller, self)
        if name == "groups":
            from workshop.ui.control.groups_panel import GroupsPanel

            return GroupsPanel(controller, self)
        if name == "exercises":
            from workshop.ui.control.exercises_panel import ExercisesPanel

            return ExercisesPanel(controller, self)
        from workshop.ui.control.cards_panel import CardsPanel

        cards = CardsPanel(controller, self.wall, self)
        if self._projector_size is not None:
            cards.set_projector_size(self._projector_size)
        if self._theme is not None:
            for mirror in (cards.live, cards.next):
                mirror.set_theme(self._theme)
        return cards

    def _name_of(self, tab: QWidget) -> str:
        """The name of the tab a panel or a stand-in is in."""
        for pages in (self._panels, self._stand_ins):
            for name, page in pages.items():
                if page is tab:
                    return name
        raise ValueError("not a tab of this session")

    def digit_typed(self, digit: str) -> None:
        """A digit typed outside a field, for the cards panel (it records a group's choice)."""
        self.cards_panel.digit_typed(digit)

    def take_keys(self) -> None:
        """Focus where the session keys act: the cards' live mirror, or the tab's own place."""
        name = self._name_of(self.tabs.currentWidget())
        if name == "cards":
            self.cards_panel.take_keys()
        else:
            self.keys_target(self.panel(name)).setFocus()

    def set_projector_size(self, size: QSize) -> None:
        """The projector's size: the mirrors draw at its proportions, the board pages by it."""
        self._projector_size = QSize(size)
        self.wall.set_screen_size(size)
        if (cards := self.built("cards")) is not None:
            cards.set_projector_size(size)  # type: ignore[attr-defined]
        self.strip.set_projector_size(size)

    def set_theme(self, theme: ProjectorTheme) -> None:
        """The projector's theme (dark, light or high contrast) on every mirror of the wall."""
        self._theme = theme
        mirrors = [self.strip.mirror]
        if (cards := self.built("cards")) is not None:
            mirrors += [cards.live, cards.next]  # type: ignore[attr-defined]
        for mirror in mirrors:
            mirror.set_theme(theme)

    def tab_for(self, activity: Activity) -> QWidget:
        """The tab that goes with what is on the wall."""
        return self.panel(TAB_OF.get(activity, "cards"))

    def show_tab(self, tab: QWidget) -> None:
        """Ctrl+1 … Ctrl+5: a tab, and so its activity on the wall."""
        panel = self.panel(self._name_of(tab))
        self.tabs.setCurrentWidget(panel)
        # The board's tip line is ready for typing, on purpose; every other tab keeps the
        # room keys working (Ctrl+5 then N must start the next activity, not type "n").
        board = self.built("board")
        (board.tip if panel is board else self.keys_target(panel)).setFocus()  # type: ignore[union-attr]

    def _tab_changed(self, index: int) -> None:
        """The tab chosen here is what the room sees: cards, board, groups or the exercise."""
        name = self._name_of(self.tabs.widget(index))
        self.panel(name)  # its first showing builds it
        if name == TAB_OF.get(self.controller.session.activity, "cards"):
            return
        if name == "exercises" and self.exercises_panel.exercise() is None:
            # No exercise to show: the wall stays as it is (the groups would be a surprise);
            # the tab's empty state says how to run one.
            return
        self.controller.show(ACTIVITY_OF[name])
        if name == "board":
            self.board_panel.tip.setFocus()
        elif name == "cards":
            self.cards_panel.take_keys()

    def _follow_activity(self, change: Change) -> None:
        # The summary's QR code goes over any tab; the facilitator stays where they were.
        if self.controller.session.activity is Activity.SUMMARY:
            return
        if not change.wall:
            return
        name = TAB_OF.get(self.controller.session.activity, "cards")
        if self._panels.get(name) is self.tabs.currentWidget():
            return
        tab = self.panel(name)
        self.tabs.setCurrentWidget(tab)
        # The facilitator pressed N or a clicker key, not a field: focus goes where the next
        # room key still acts, never into a text field that would swallow it.
        self.keys_target(tab).setFocus()

    def keys_target(self, tab: QWidget) -> QWidget:
        """A widget of `tab` that takes focus without taking letters."""
        panels = self._panels
        if tab is panels.get("cards"):
            return self.cards_panel.live
        # An empty agenda or group list is hidden behind its empty state: the tab bar then.
        if tab is panels.get("agenda") and not self.agenda_panel.table.isHidden():
            return self.agenda_panel.table
        if tab is panels.get("groups") and not self.groups_panel.tree.isHidden():
            return self.groups_panel.tree
        if tab is panels.get("board") and self.board_panel.lists:
            return next(iter(self.board_panel.lists.values()))
        return self.tabs.tabBar()
