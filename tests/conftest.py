"""Shared fixtures: a fresh library per test and the starter deck."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest

from workshop import paths
from workshop.core.activity import Activity
from workshop.core.cards import Deck
from workshop.core.deckformat import deck_from_data
from workshop.core.session import Session, start_session
from workshop.store.library import Library, open_library

# Headless by default, so a plain `pytest` never needs a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings the tests change (projector theme and screen) never reach the user's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="workshop-test-config-")

UNICODE_PROBE = "Zoë Łódź Ελληνικά кириллица <b> AT&T"
FOLLOW_UP = "https://example.org/workshop/summary"


@pytest.fixture
def starter_deck() -> Deck:
    file = paths.starter_decks()[0]
    return deck_from_data(json.loads(file.read_text(encoding="utf-8")), file.name)


@pytest.fixture
def three_card_session(starter_deck: Deck) -> Session:
    session = start_session(starter_deck, "Three cards", "2026-11-22", FOLLOW_UP)
    session.rounds = session.rounds[:3]
    # Past its title slide (a new session opens on it): these tests start on card 1.
    session.activity = Activity.CARDS
    return session


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = open_library(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def window(qtbot, tmp_path: Path, three_card_session: Session):
    """A control window running a three-card session in a fresh library, projector shown."""
    from workshop.ui.control.window import ControlWindow

    lib = open_library(tmp_path / "lib.sqlite")
    session_id = lib.sessions.create(three_card_session)
    win = ControlWindow(lib)
    qtbot.addWidget(win)
    qtbot.addWidget(win.projector)
    win.show()
    win.open_session(session_id)
    qtbot.waitExposed(win.projector)
    yield win
    win.close()
    lib.close()
