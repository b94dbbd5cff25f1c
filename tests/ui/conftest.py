"""UI fixtures: a control window running a three-card session in a fresh library."""

from __future__ import annotations

import pytest

from workshop.store.library import open_library
from workshop.ui.control.window import ControlWindow


@pytest.fixture
def window(qtbot, tmp_path, three_card_session):
    library = open_library(tmp_path / "lib.sqlite")
    session_id = library.sessions.create(three_card_session)
    win = ControlWindow(library)
    qtbot.addWidget(win)
    qtbot.addWidget(win.projector)
    win.show()
    win.open_session(session_id)
    qtbot.waitExposed(win.projector)
    yield win
    win.close()
    library.close()
