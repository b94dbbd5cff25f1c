"""Every tab of the control window: one margin, a heading, and empty states that say what next."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from workshop.core import agenda as ag
from workshop.core.agenda import Item, Kind
from workshop.core.agenda_edits import SetAgenda
from workshop.ui.control.details_dialog import SessionDetailsDialog
from workshop.ui.control.tab_look import MARGIN, SPACING
from workshop.ui.translations import shown_date


def test_every_tab_has_the_shared_margins_and_a_heading(qtbot, window) -> None:
    view = window.session_view
    headings = {
        view.agenda_panel: "The day's agenda",
        view.board_panel: "Tips board",
        view.groups_panel: "Groups",
        view.exercises_panel: "Exercise",
        view.cards_panel: f"Three cards · {shown_date('2026-11-22')}",
    }
    for tab, words in [*headings.items(), (window.home, None)]:
        margins = tab.layout().contentsMargins()
        assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (MARGIN,) * 4
        assert tab.layout().spacing() == SPACING
        if words is not None:
            texts = [label.text() for label in tab.findChildren(QLabel)]
            assert words in texts, (type(tab).__name__, texts)


def test_an_empty_agenda_says_how_to_plan_and_keeps_the_keys(qtbot, window) -> None:
    view = window.session_view
    panel = view.agenda_panel
    assert not window.controller.session.agenda.items
    view.show_tab(panel)
    assert panel.empty.isVisible() and panel.table.isHidden()
    assert "Add activity" in panel.empty.text()
    # Ctrl+5 never leaves focus in the start-time field, where N would type "n".
    assert not isinstance(QApplication.focusWidget(), QLineEdit)
    # One activity planned: the table takes the empty state's place.
    window.controller.run(
        SetAgenda(ag.add_item(panel.agenda, Item(0, Kind.PRESENTATION, "Welcome", 10)), "add")
    )
    assert panel.table.isVisible() and panel.empty.isHidden()
    assert panel.table.rowCount() == 1


def test_groups_not_formed_say_who_is_here_and_what_to_do(qtbot, window) -> None:
    view = window.session_view
    panel = view.groups_panel
    view.show_tab(panel)
    assert panel.tree.isHidden() and panel.empty.isVisible()
    assert "Ctrl+D" in panel.empty.text()
    session = window.controller.session
    names = "\n".join(f"Person {i}" for i in range(20))
    dialog = SessionDetailsDialog(session, window)
    qtbot.addWidget(dialog)
    dialog.names.setPlainText(names)
    assert window.controller.run(dialog.command())
    assert len(session.details.participants) == 20
    assert "20 people are listed, not in groups yet" in panel.empty.text()
    assert panel.tree.isHidden()
    panel.form_groups()
    assert session.forming.groups
    assert panel.tree.isVisible() and panel.empty.isHidden()
    assert panel.info.isVisible() and "formed" in panel.info.text()
    window.controller.undo_stack.undo()
    assert not session.forming.groups and panel.tree.isHidden()


def test_empty_board_and_exercise_say_what_to_do_next(qtbot, window) -> None:
    view = window.session_view
    view.show_tab(view.board_panel)
    board_words = [label.text() for label in view.board_panel.findChildren(QLabel)]
    assert any(text.startswith("No columns yet") for text in board_words)
    view.show_tab(view.exercises_panel)
    assert "Run on the wall" in view.exercises_panel.current.text()
