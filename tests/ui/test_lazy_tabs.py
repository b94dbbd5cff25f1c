"""A session's tabs are built when first shown: opening the event session holds only the tab in
view; each tab reached by its key is built then and shows what a panel built at once shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QWidget,
)

from workshop.cli import main
from workshop.core import board_edits as edits
from workshop.core.activity import Activity
from workshop.store.library import open_library
from workshop.ui.control.session_view import TABS

# Ctrl+1 … Ctrl+5, the Round menu's keys, and the tab each shows.
KEYS = [
    (Qt.Key_2, "board"),
    (Qt.Key_3, "groups"),
    (Qt.Key_5, "agenda"),
    (Qt.Key_1, "cards"),
    (Qt.Key_4, "exercises"),
]


@pytest.fixture
def event_window(qtbot, tmp_path: Path, capsys):
    """The control window on `demo --scale event`: 60 cards, 13 groups, a board, an agenda."""
    from workshop.ui.control.window import ControlWindow

    path = tmp_path / "event.sqlite"
    assert main(["--library", str(path), "demo", "--scale", "event"]) == 0
    session_id = int(capsys.readouterr().out.split()[-1])
    library = open_library(path)
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    window.open_session(session_id)
    qtbot.waitExposed(window)
    yield window
    window.close()
    library.close()


def texts(panel: QWidget) -> list[str]:
    """What a panel shows in words: labels, buttons, fields, list boxes, lists, trees, tables."""
    # Widgets a refresh replaced are gone first (the board's columns are deleted later).
    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    seen: list[str] = []
    for widget in [panel, *panel.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            # A line cut to its width says it whole (a panel never shown has no width).
            seen.append(getattr(widget, "full", None) or widget.text())
        elif isinstance(widget, QComboBox):
            seen += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            seen += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            items = QTreeWidgetItemIterator(widget)
            while items.value():
                seen += [items.value().text(c) for c in range(widget.columnCount())]
                items += 1
        elif isinstance(widget, QTableWidget):
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    seen.append(item.text() if item else "")
    return sorted(seen)


def built_at_once(view, name: str) -> QWidget:
    """The panel of tab `name` built now from the session, as opening a session built each."""
    panel = type(view.panel(name))
    made = panel(view.controller, view.wall) if name == "cards" else panel(view.controller)
    return made


def test_opening_the_event_session_builds_only_the_tab_in_view(event_window):
    view = event_window.session_view
    # The event ends on its exercise: that tab is in view, and it alone is built.
    assert event_window.controller.session.activity is Activity.EXERCISE
    assert [name for name in TABS if view.built(name) is not None] == ["exercises"]
    assert view.tabs.currentWidget() is view.built("exercises")
    # Every other tab is there, named, and empty until shown.
    assert view.tabs.count() == len(TABS)
    for index, name in enumerate(TABS):
        if name != "exercises":
            assert view.tabs.widget(index).findChildren(QWidget) == []
    # The strip and the projector show the wall without any other panel.
    assert "exercise" in view.strip.text.text()
    assert event_window.projector.audience.shown_text()


def test_each_tab_by_its_key_is_built_then_and_shows_what_it_showed_before(qtbot, event_window):
    window = event_window
    view = window.session_view
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    session = window.controller.session
    # A tip added while the board's panel is not built yet: it reads it when built.
    column = session.board.live_columns()[0].id
    before = "Added before the tab"
    assert window.controller.attempt(lambda: edits.add_tip(session.board, column, before, 2))
    assert view.built("board") is None
    for key, name in KEYS:
        qtbot.keyClick(QApplication.focusWidget() or window, key, Qt.ControlModifier)
        panel = view.tabs.currentWidget()
        assert panel is view.built(name) is view.panel(name)
        assert view.tabs.indexOf(panel) == TABS.index(name)
        # The same words as a panel built from the session at once, as every panel used to be.
        fresh = built_at_once(view, name)
        try:
            assert texts(panel) == texts(fresh), name
        finally:
            fresh.deleteLater()
        # Keys stay the room's: focus is never left in a field that would swallow N.
        focus = QApplication.focusWidget()
        assert focus is not None and focus.window() is window
        if name == "board":
            assert focus is panel.tip  # the tip line is ready for typing, on purpose
            shown = [panel.lists[c.id].item(i).text() for c in session.board.live_columns()
                     for i in range(panel.lists[c.id].count())]  # fmt: skip
            columns = session.board.live_columns()
            tips = [t.text for c in columns for t in session.board.live_tips(c.id)]
            assert len(tips) > 100
            assert all(any(tip in row for row in shown) for tip in tips)
            assert any(before in row for row in shown)
            assert "tips board" in view.strip.text.text()
            assert session.activity is Activity.BOARD
        elif name == "exercises":
            assert session.activity is Activity.EXERCISE
        else:
            assert session.activity is {"groups": Activity.GROUPS, "agenda": Activity.AGENDA,
                                        "cards": Activity.CARDS}[name]  # fmt: skip
    assert all(view.built(name) is not None for name in TABS)
    # Built once: a later change reaches the panel through the controller, as before.
    board = view.board_panel
    after = "Added after the tab"
    assert window.controller.attempt(lambda: edits.add_tip(session.board, column, after, 2))
    rows = [board.lists[column].item(i).text() for i in range(board.lists[column].count())]
    assert any(after in row for row in rows)


def test_a_change_of_activity_builds_the_tab_it_shows(qtbot, event_window):
    view = event_window.session_view
    assert view.built("groups") is None
    # N or a clicker key: the wall moves and the tab follows, its panel built for it.
    event_window.controller.show(Activity.GROUPS)
    assert view.tabs.currentWidget() is view.built("groups")
    assert view.groups_panel.tree.topLevelItemCount() == event_window.controller.session.group_count


def test_a_cards_panel_built_later_wears_the_projectors_theme_and_size(event_window):
    from workshop.ui.widgets.theme import HIGH_CONTRAST

    view = event_window.session_view
    assert view.built("cards") is None
    event_window.set_high_contrast(True)
    event_window.projector.resize(1000, 500)
    view.set_projector_size(QSize(1000, 500))
    cards = view.cards_panel
    for mirror in (cards.live, cards.next, view.strip.mirror):
        assert mirror.theme.name == HIGH_CONTRAST.name
    assert cards.live.logical_size == cards.next.logical_size == QSize(1000, 500)
