"""The first run: a welcome with a demo ready to press N, or the start page; empty states."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from workshop.ui.control.welcome import SHOWN, WelcomeDialog, offer_welcome


@pytest.fixture
def fresh(qtbot, library):
    from workshop.ui.control.window import ControlWindow

    QSettings().remove(SHOWN)
    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.show()
    yield window
    window.close()
    QSettings().remove(SHOWN)


def _press(qtbot, button: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, WelcomeDialog)
        qtbot.mouseClick(getattr(dialog, button), Qt.LeftButton)

    QTimer.singleShot(0, answer)


def test_the_demo_opens_a_planned_day_ready_for_n(qtbot, fresh):
    _press(qtbot, "demo")
    assert offer_welcome(fresh)
    session = fresh.controller.session
    assert session.details.title == "Demo session" and len(session.rounds) == 10
    agenda = session.agenda
    assert len(agenda.items) == 8 and agenda.running() is None
    assert all(item.started_at is None for item in agenda.items)
    qtbot.keyClick(fresh.cards_panel.live, Qt.Key_N)
    assert fresh.controller.session.agenda.running().title == "Welcome and coffee"
    # Shown once: not again on the next start.
    assert not offer_welcome(fresh)


def test_start_your_own_leaves_the_start_page_ready(qtbot, fresh, library):
    _press(qtbot, "own")
    assert offer_welcome(fresh)
    assert fresh.controller is None and library.sessions.summaries() == []
    qtbot.waitUntil(fresh.home.title.hasFocus, timeout=2000)
    assert QSettings().value(SHOWN, False, type=bool)


def test_no_welcome_once_there_are_sessions(fresh, library, three_card_session):
    library.sessions.create(three_card_session)
    assert not offer_welcome(fresh)


def test_empty_lists_say_what_to_do_next(qtbot, fresh, library, three_card_session):
    home = fresh.home
    assert not home.no_sessions.isHidden() and "Start session" in home.no_sessions.text()
    assert home.no_decks.isHidden()
    library.sessions.create(three_card_session)
    home.reload()
    assert home.no_sessions.isHidden()
