"""Typing never acts on the room: room-key letters typed into any field stay that field's text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QWidget

from workshop.core.activity import Activity
from workshop.core.agenda import Item, Kind, add_item
from workshop.core.agenda_edits import SetAgenda
from workshop.core.cards import CardKind
from workshop.core.session import Session
from workshop.ui.control.activity_dialog import ActivityDialog
from workshop.ui.control.details_dialog import SessionDetailsDialog
from workshop.ui.control.highlight_dialog import HighlightDialog
from workshop.ui.control.session_view import TABS
from workshop.ui.keys import KEYMAP, editable

# Every letter and sign that is a room key, lower and upper case, and the digits that record.
ROOM_TEXT = "bwtmrvnq.?" + "BWTMRVNQ" + " 12"


def test_room_text_holds_every_single_key() -> None:
    singles = {chr(k).lower() for k in KEYMAP if 0x20 <= k < 0x7F}
    assert singles <= set(ROOM_TEXT.lower())


def room(session: Session) -> tuple:
    """Everything a room key can change."""
    agenda = session.agenda
    return (
        session.activity,
        session.blank,
        session.timer,
        session.results_shown,
        session.result_style,
        session.position,
        session.board_page,
        session.exercise_index,
        agenda.current,
        agenda.presenter,
        tuple((i.started_at, i.ended_at) for i in agenda.items),
    )


def type_here(qtbot, text: str) -> None:
    """Keys as a person types them: each goes to whatever has focus at that moment."""
    for ch in text:
        target = QApplication.focusWidget()
        assert target is not None
        qtbot.keyClicks(target, ch)
        qtbot.wait(1)  # a rebuilt panel's widgets really go away, as in the app


def fields(panel: QWidget) -> list[QWidget]:
    return [
        w
        for w in panel.findChildren(QWidget)
        if editable(w)
        and not isinstance(w.parent(), (QAbstractSpinBox, QComboBox))  # the box is the field
        and w.isVisibleTo(panel)
        and w.isEnabled()
        and w.focusPolicy() != Qt.NoFocus
    ]


def plan_a_day(window) -> None:
    controller = window.controller
    exercise = next(
        c for _d, c in controller.library.decks.cards_of_kind(CardKind.EXERCISE) if c.stages
    )
    agenda = controller.session.agenda
    for kind, title, minutes in (
        (Kind.WELCOME, "Welcome", 10),
        (Kind.GAME, "Game", 45),
        (Kind.BOARD, "Tips", 20),
    ):
        agenda = add_item(agenda, Item(0, kind, title, minutes))
    assert controller.attempt(lambda: SetAgenda(agenda, "plan"))
    assert controller.run_exercise(exercise)


def test_every_field_of_every_tab_keeps_room_letters_as_text(qtbot, window) -> None:
    plan_a_day(window)
    window.activateWindow()
    view = window.session_view
    checked = 0
    for index in range(view.tabs.count()):
        view.show_tab(view.tabs.widget(index))
        tab = view.tabs.currentWidget()  # the tab's panel, built when first shown
        assert tab is view.panel(TABS[index])
        for field in fields(tab):
            if not field.isVisible() or not field.isEnabled():
                continue  # hidden by an earlier step (the record bar in plenary, say)
            field.setFocus()
            # Taken once the field has focus: the field left before may commit its own text.
            before = room(window.controller.session)
            type_here(qtbot, ROOM_TEXT)
            # Enter commits a line (an exercise output saves, a tip is added) ... (except
            # a choice's line: Enter records it and hands the keys back to the room, by design)
            if isinstance(field, QLineEdit) and not view.cards_panel.entry.isAncestorOf(field):
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
                qtbot.wait(1)
            # ... and whatever is typed next still lands in a field, never on the room.
            type_here(qtbot, ROOM_TEXT)
            after = room(window.controller.session)
            assert after == before, f"typing into {field.accessibleName()!r} acted on the room"
            focus = QApplication.focusWidget()
            # Still a field, or a list box's own popup (a space opens it) that has the keys.
            assert editable(focus) or focus.window() is not window, field.accessibleName()
            if focus.window() is not window:
                qtbot.keyClick(focus, Qt.Key_Escape)
            checked += 1
    assert checked >= 10


def test_exercise_outputs_typed_one_after_another_stay_text(qtbot, window) -> None:
    """The field report: after a group's output saved, `n` ran Next activity four times."""
    plan_a_day(window)
    view = window.session_view
    view.show_tab(view.exercises_panel)
    panel = view.exercises_panel
    before = room(window.controller.session)
    panel.texts[1].setFocus()
    for group in (1, 2, 3):
        type_here(qtbot, f"went well {group} ")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # saves; on to its stage
        qtbot.wait(1)
        assert isinstance(QApplication.focusWidget(), QComboBox)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # the next group's line
        qtbot.wait(1)
    session = window.controller.session
    assert room(session) == before
    saved = {g: o.text for (e, g), o in session.outputs.items() if e == session.exercise_index}
    assert saved == {1: "went well 1", 2: "went well 2", 3: "went well 3"}


def test_n_into_the_agenda_never_focuses_starts_at(qtbot, window) -> None:
    """N switched to the Agenda tab with focus in "Starts at"; more N presses typed there."""
    plan_a_day(window)
    view = window.session_view
    view.show_tab(view.cards_panel)
    view.cards_panel.take_keys()
    start = view.agenda_panel.start.text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_N)  # welcome: the agenda on the wall
    assert window.controller.session.agenda.current == 0
    assert view.tabs.currentWidget() is view.agenda_panel
    assert not editable(QApplication.focusWidget())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_N)  # the game
    assert window.controller.session.agenda.current == 1
    assert view.agenda_panel.start.text() == start


def test_a_refused_option_puts_focus_back_on_the_option(qtbot, window) -> None:
    """ "1 D" on a three-option card: the next keys must not be appended to the reason."""
    controller = window.controller
    controller.go_to_round(2)
    assert len(controller.session.current_card().options) == 3
    view = window.session_view
    view.cards_panel.take_keys()
    record = view.cards_panel.record
    type_here(qtbot, "1d")
    assert QApplication.focusWidget() is record.option
    assert record.option.text() == ""
    assert "D" in window.statusBar().currentMessage()
    type_here(qtbot, "a")
    assert QApplication.focusWidget() is record.reason
    type_here(qtbot, "fine")
    qtbot.keyClick(record.reason, Qt.Key_Return)
    choice = controller.session.choices[(2, 1)]
    assert (choice.option, choice.reason) == ("A", "fine")


def test_dialog_fields_keep_room_letters(qtbot, window) -> None:
    plan_a_day(window)
    session = window.controller.session
    dialogs = [
        ActivityDialog(Item(0, Kind.PRESENTATION, "", 15), [], window),
        SessionDetailsDialog(session, window),
        HighlightDialog(session, 0, window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        for field in fields(dialog):
            before = room(session)
            qtbot.keyClicks(field, ROOM_TEXT)
            assert room(session) == before, field.accessibleName()
        dialog.reject()
    assert session.activity is Activity.EXERCISE


def test_ctrl_5_then_n_runs_the_next_activity(qtbot, window) -> None:
    """The shot of the Agenda tab after Ctrl+5 had the caret in "Starts at"."""
    plan_a_day(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.session_view
    view.cards_panel.take_keys()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_5, Qt.ControlModifier)
    assert view.tabs.currentWidget() is view.agenda_panel
    focus = QApplication.focusWidget()
    # On the tab now shown (not left on a hidden one, nor handed to "Starts at" as on X11).
    assert view.agenda_panel.isAncestorOf(focus) and not editable(focus)
    qtbot.keyClick(focus, Qt.Key_N)
    assert window.controller.session.agenda.current == 0
    assert view.agenda_panel.start.text() == "09:30"
