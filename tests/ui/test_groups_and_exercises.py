"""Groups and exercises in the app: pasted names, balanced groups, a move by hand, outputs."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from tests.core.test_room import SCALE
from workshop.core.activity import Activity
from workshop.core.audience import room_view
from workshop.core.demo import event_participants
from workshop.core.details import SessionDetails
from workshop.core.groups import Method, form
from workshop.core.session import Session
from workshop.store.library import open_library
from workshop.ui.control.details_dialog import SessionDetailsDialog
from workshop.ui.widgets.room_paint import FLOOR_PX, layout_groups, layout_scale
from workshop.ui.widgets.theme import load_fonts

ORGS = ("Oxfam", "Stad Gent", "Buurtzorg", "Bibliotheek")


def test_paste_form_move_run_record_undo_and_store(qtbot, window, tmp_path):
    dialog = SessionDetailsDialog(window.controller.session, window)
    qtbot.addWidget(dialog)
    dialog.names.setPlainText("\n".join(f"Person {i}, {ORGS[i % 4]}" for i in range(23)))
    assert window.controller.run(dialog.command())

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.cards_panel.live, Qt.Key_3, Qt.ControlModifier)
    panel = window.groups_panel
    assert window.controller.session.activity is Activity.GROUPS
    panel.number.setValue(5)
    panel.balanced.setChecked(True)
    qtbot.mouseClick(panel.form_button, Qt.LeftButton)
    forming = window.controller.session.forming
    assert len(forming.groups) == 5 and forming.method is Method.BALANCED
    assert sorted(len(g.members) for g in forming.groups) == [4, 4, 5, 5, 5]
    wall = window.projector.audience.shown_text()
    assert all(f"Person {i}" in wall for i in range(23))

    first = panel.tree.topLevelItem(0).child(0)
    person = first.data(0, Qt.UserRole + 1)
    panel.tree.setFocus()
    panel.tree.setCurrentItem(first)
    qtbot.keyClick(panel.tree, Qt.Key_4)  # to group 4, by keyboard
    moved = window.controller.session.forming
    assert person in moved.groups[3].members and moved.method is Method.BY_HAND

    window.controller.run_exercise(SCALE)
    assert window.tabs.currentWidget() is window.exercises_panel
    assert window.controller.session.timer.duration == 20 * 60
    exercises = window.exercises_panel
    for group, (text, stage) in {1: ("We listen", 2), 2: ("We talk", 3), 3: ("We send", 1)}.items():
        exercises.texts[group].setText(text)
        exercises.texts[group].editingFinished.emit()
        exercises.stages[group].setCurrentIndex(stage)
        exercises.stages[group].activated.emit(stage)
    outputs = window.controller.session.outputs
    assert outputs[(0, 2)].text == "We talk" and outputs[(0, 2)].stage == 2
    exercises.scale.click()
    assert "Conversing" in window.projector.audience.shown_text()
    window.controller.undo_stack.undo()  # group 3's stage
    window.controller.undo_stack.undo()  # group 3's text
    assert (0, 3) not in window.controller.session.outputs

    stored = open_library(tmp_path / "lib.sqlite", install_starters=False)
    again = stored.sessions.load(window.controller.session.id)
    stored.close()
    assert again.forming == moved and again.group_count == 5
    assert set(again.outputs) == {(0, 1), (0, 2)} and again.exercises == [SCALE]


def test_65_names_on_the_wall_at_1080p_none_clipped(qapp):
    load_fonts()
    session = Session(SessionDetails("Three days, 65 people", participants=event_participants()))
    session.forming = form(list(session.details.participants), count=13, balanced=True, seed=2)
    session.activity = Activity.GROUPS
    view = room_view(session)
    canvas = QRectF(0, 0, 1920, 1080)
    placed = layout_groups(view, canvas, 1.0)
    names = [p for p in placed if p.role == "name"]
    tiles = [p.rect for p in placed if p.role == "tile"]
    assert len(names) == 65 and len(tiles) == 13
    for name in names:
        assert "…" not in name.text, f"{name.text} was cut"
        width = QFontMetricsF(name.font).horizontalAdvance(name.text)
        assert width <= name.rect.width() + 0.5
        assert any(tile.contains(name.rect) for tile in tiles), name.text
        assert canvas.contains(name.rect)
        assert name.font.pixelSize() >= FLOOR_PX
    assert {p.text for p in names} == {p.name for p in session.details.participants}


def test_every_group_is_placed_on_its_stage(qapp, three_card_session):
    from workshop.core.exercise_edits import RecordOutput, RunExercise

    load_fonts()
    session = three_card_session
    RunExercise(SCALE).apply(session)
    for group, stage in ((1, 0), (2, 4), (3, 4)):
        RecordOutput(0, group, "", stage).apply(session)
    session.activity = Activity.SCALE
    placed = layout_scale(room_view(session), QRectF(0, 0, 1920, 1080), 1.0)
    stages = {p.text: p.rect for p in placed if p.role == "stage"}
    chips = {p.text: p.rect for p in placed if p.role == "chip"}
    left_of = {name: rect.left() for name, rect in stages.items()}
    assert abs(chips["1"].left() - left_of["Broadcasting"]) < 40
    assert abs(chips["2"].left() - left_of["Social organisation"]) < 40
    assert chips["3"].top() > chips["2"].top()


def test_with_the_groups_on_the_wall_the_card_keys_move_nothing_unseen(qtbot, window):
    window.show_cards()
    window.controller.show(Activity.GROUPS)
    before = window.controller.session.position
    for key in (Qt.Key_Right, Qt.Key_Space, Qt.Key_R, Qt.Key_Left):
        qtbot.keyClick(window.cards_panel.live, key)
    assert window.controller.session.position == before
    assert not window.controller.session.results_shown
