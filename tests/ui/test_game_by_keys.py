"""The dilemma game from the keyboard: five cards, three groups, results, plenary, the timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.core.test_game import FakeClock
from workshop.core.audience import ViewMode
from workshop.core.session import PlayMode, ResultStyle, start_session
from workshop.core.timer import TimerPhase
from workshop.store.library import open_library
from workshop.ui.control.keys_help import KeysHelp
from workshop.ui.control.window import ControlWindow
from workshop.ui.widgets.theme import DARK, HIGH_CONTRAST


@pytest.fixture
def five(qtbot, tmp_path, starter_deck):
    """A control window on a fresh five-card session with three groups, and a fake clock."""
    session = start_session(starter_deck, "Five cards", "2026-11-22")
    session.rounds = session.rounds[:5]
    library = open_library(tmp_path / "lib.sqlite")
    session_id = library.sessions.create(session)
    win = ControlWindow(library)
    qtbot.addWidget(win)
    qtbot.addWidget(win.projector)
    win.show()
    win.open_session(session_id)
    win.controller.clock = FakeClock()
    # A new session opens on its title slide; the clicker's Right brings up card 1.
    assert win.projector.audience.view.mode is ViewMode.TITLE
    qtbot.keyClick(win.cards_panel.live, Qt.Key_Right)
    assert win.projector.audience.view.mode is ViewMode.CARD
    assert win.controller.session.position.round_index == 0
    yield win
    win.close()
    library.close()


def wall(win: ControlWindow) -> str:
    return win.projector.audience.shown_text()


def stored(tmp_path, sql: str) -> list[dict]:
    library = open_library(tmp_path / "lib.sqlite", install_starters=False)
    rows = list(library.db.query(sql))
    library.close()
    return rows


def test_a_whole_game_of_five_cards_with_three_groups_by_keys_alone(qtbot, five, tmp_path):
    live = five.cards_panel.live
    record = five.cards_panel.record
    cards = five.controller.session.rounds
    for index, card in enumerate(cards):
        assert card.title in wall(five) and card.options[0] not in wall(five)
        qtbot.keyClick(live, Qt.Key_Right)
        assert all(option in wall(five) for option in card.options)
        assert not any(q in wall(five) for q in card.questions)
        for group in (1, 2, 3):
            qtbot.keyClick(live, getattr(Qt, f"Key_{group}"))
            qtbot.keyClick(record.option, getattr(Qt, f"Key_{'ABA'[group - 1]}"))
            qtbot.keyClicks(record.reason, f"because {index}{group}")
            qtbot.keyClick(record.reason, Qt.Key_Return)
        assert card.title in wall(five), "choices stay hidden until revealed together"
        assert "because" not in wall(five)
        qtbot.keyClick(live, Qt.Key_R)
        assert "A  " in wall(five) and card.options[0] in wall(five)
        qtbot.keyClick(live, Qt.Key_V)
        assert f"2  B  because {index}2" in wall(five)
        qtbot.keyClick(live, Qt.Key_V)
        qtbot.keyClick(live, Qt.Key_R)
        qtbot.keyClick(live, Qt.Key_Right)
        assert all(q in wall(five) for q in card.questions)
        qtbot.keyClick(live, Qt.Key_B)
        assert wall(five) == ""
        qtbot.keyClick(live, Qt.Key_B)
        assert card.title in wall(five)
        if index < 4:
            qtbot.keyClick(live, Qt.Key_Right)
    rows = stored(tmp_path, "select round_index, group_no, option, reason from group_choices")
    assert len(rows) == 15
    assert {"round_index": 4, "group_no": 2, "option": "B", "reason": "because 42"} in rows
    five.controller.undo_stack.undo()
    assert (4, 3) not in five.controller.session.choices
    assert len(stored(tmp_path, "select * from group_choices")) == 14


def test_results_move_with_the_next_card_and_the_style_is_kept(qtbot, five):
    live = five.cards_panel.live
    five.controller.record_choice(1, "A", "first")
    qtbot.keyClick(live, Qt.Key_R)
    assert five.projector.audience.view.mode == "results"
    qtbot.keyClick(live, Qt.Key_V)
    assert five.controller.session.result_style is ResultStyle.SIDE_BY_SIDE
    qtbot.keyClick(live, Qt.Key_Right)
    assert five.projector.audience.view.mode == "card", "the next step shows the card, not results"


def test_a_plenary_round_by_keys(qtbot, five, tmp_path):
    live = five.cards_panel.live
    five.activateWindow()
    qtbot.waitUntil(five.isActiveWindow)
    qtbot.keyClick(live, Qt.Key_P, Qt.ControlModifier)
    assert five.controller.session.mode(0) is PlayMode.PLENARY
    assert five.cards_panel.entry.currentWidget() is five.cards_panel.plenary
    qtbot.keyClick(live, Qt.Key_2)
    box = five.cards_panel.plenary.boxes["B"]
    assert box.hasFocus()
    qtbot.keyClicks(box, "12")
    qtbot.keyClick(box, Qt.Key_Return)
    assert live.hasFocus()
    qtbot.keyClick(live, Qt.Key_1)
    qtbot.keyClick(five.cards_panel.plenary.boxes["A"], Qt.Key_Plus)
    qtbot.keyClick(five.cards_panel.plenary.boxes["A"], Qt.Key_Plus)
    qtbot.keyClick(five.cards_panel.plenary.boxes["A"], Qt.Key_Escape)
    assert five.controller.session.counts(0)[:2] == [("A", 2), ("B", 12)]
    qtbot.keyClick(live, Qt.Key_R)
    assert "B  " in wall(five) and "12" in wall(five)
    rows = stored(tmp_path, "select option, count from hands order by option")
    assert rows == [{"option": "A", "count": 2}, {"option": "B", "count": 12}]
    five.controller.undo_stack.undo()
    assert five.controller.session.counts(0)[0] == ("A", 1)


def test_the_timer_by_keys_on_a_fake_clock_survives_reopening(qtbot, five):
    live = five.cards_panel.live
    clock = five.controller.clock
    assert "5:00" not in wall(five), "no timer on the wall before it starts"
    qtbot.keyClick(live, Qt.Key_T)
    clock.now += 61
    five.wall.tick()
    assert "3:59" in wall(five)
    qtbot.keyClick(live, Qt.Key_M)
    five.wall.tick()
    assert "4:59" in wall(five)
    clock.now += 4 * 60 + 10  # 49 s of 360 left: under 20%
    five.wall.tick()
    assert five.projector.audience.timer_phase is TimerPhase.LOW
    clock.now += 40
    five.wall.tick()
    assert five.projector.audience.timer_phase is TimerPhase.CRITICAL
    qtbot.keyClick(live, Qt.Key_T)  # pause at 0:09
    clock.now += 600
    session_id = five.controller.session.id
    five.close_session()
    five.open_session(session_id)  # as after a restart
    five.controller.clock = clock
    five.wall.tick()
    assert "0:09" in wall(five) and not five.controller.session.timer.running
    qtbot.keyClick(five.cards_panel.live, Qt.Key_T)
    clock.now += 10
    five.wall.tick()
    assert five.projector.audience.timer_phase is TimerPhase.UP
    assert five.cards_panel.timer_bar.time.text() == "Time is up"


def test_f1_lists_the_keys_and_high_contrast_reaches_the_wall(qtbot, five):
    seen: list[list] = []

    def read() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, KeysHelp)
        seen.append(dialog.texts())
        qtbot.keyClick(dialog, Qt.Key_F1)

    QTimer.singleShot(0, read)
    qtbot.keyClick(five.cards_panel.live, Qt.Key_F1)
    assert ("T", "Start or pause the timer") in seen[0]
    five.contrast_action.setChecked(True)
    assert five.projector.audience.theme is HIGH_CONTRAST
    five.contrast_action.setChecked(False)
    assert five.projector.audience.theme is DARK


def test_the_projector_falls_back_to_a_window_and_back_when_screens_change(
    qtbot, five, monkeypatch
):
    projector = five.projector
    screen = QApplication.primaryScreen()
    # Offscreen has one screen; this stand-in says which screen the projector may use.
    monkeypatch.setattr("workshop.ui.projector.window.projector_screen", lambda *_: screen)
    projector.replace_after_screen_change()
    assert projector.isFullScreen()
    monkeypatch.setattr("workshop.ui.projector.window.projector_screen", lambda *_: None)
    projector._screens_changed(screen)  # as Qt calls it when a screen is unplugged
    qtbot.waitUntil(lambda: not projector.isFullScreen())
    assert projector.isVisible() and projector.width() == 960
    assert five.isVisible() and five.controller is not None
    assert five.controller.session.rounds[0].title in wall(five)


def test_a_chosen_projector_screen_is_used_and_remembered(qtbot, five, monkeypatch):
    from PySide6.QtCore import QRect, QSettings

    from workshop.ui.projector.window import projector_screen, screen_key

    class Screen:  # stand-ins: offscreen Qt has one screen, without a name
        def __init__(self, name: str, x: int) -> None:
            self._name, self.x = name, x

        def name(self) -> str:
            return self._name

        def geometry(self) -> QRect:
            return QRect(self.x, 0, 1920, 1080)

    laptop, left, right = Screen("eDP-1", 0), Screen("HDMI", 1920), Screen("HDMI", 3840)
    assert screen_key(left) != screen_key(right), "same names, told apart by place"
    assert projector_screen(laptop, "", [laptop, left, right]) is left
    assert projector_screen(laptop, screen_key(right), [laptop, left, right]) is right
    assert projector_screen(laptop, screen_key(right), [laptop, left]) is left, "unplugged"
    assert projector_screen(laptop, screen_key(right), [laptop]) is None

    chosen: list[str] = []
    monkeypatch.setattr(
        "workshop.ui.projector.window.projector_screen",
        lambda control, preferred="", screens=None: chosen.append(preferred),
    )
    five.choose_projector_screen("HDMI-1")
    assert chosen == ["HDMI-1"] and QSettings().value("projector/screen") == "HDMI-1"
    five.choose_projector_screen("")
    assert QSettings().value("projector/screen") == ""
