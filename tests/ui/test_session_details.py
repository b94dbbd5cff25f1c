"""The session details dialog: checked as you type, applied as one undoable change."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from workshop.store.library import open_library
from workshop.ui.control.details_dialog import SessionDetailsDialog


def test_details_are_checked_as_you_type_and_saved(qtbot, window, tmp_path):
    dialog = SessionDetailsDialog(window.controller.session, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    dialog.follow_up.setText("www.example.org")
    assert not ok.isEnabled() and "http://" in dialog.problem.text()
    dialog.follow_up.setText("https://example.org/later")
    dialog.date.setText("tomorrow")
    assert not ok.isEnabled() and "not a date" in dialog.problem.text()
    dialog.date.setText("2026-12-01")
    dialog.title.setText("Masterclass, day two")
    assert ok.isEnabled() and dialog.problem.text() == ""

    assert window.controller.run(dialog.command())
    assert window.cards_panel.header.text() == "Masterclass, day two · 2026-12-01"
    assert "Masterclass, day two" in window.windowTitle()
    stored = open_library(tmp_path / "lib.sqlite", install_starters=False)
    row = next(stored.db.query("select title, follow_up_url from sessions"))
    stored.close()
    assert row == {"title": "Masterclass, day two", "follow_up_url": "https://example.org/later"}
    window.controller.undo_stack.undo()
    assert window.controller.session.details.title == "Three cards"


def test_starting_with_a_bad_address_says_why_and_starts_nothing(qtbot, library):
    from workshop.ui.control.window import ControlWindow

    window = ControlWindow(library)
    qtbot.addWidget(window)
    qtbot.addWidget(window.projector)
    window.home.follow_up.setText("www.example.org")
    window.home.start.click()
    assert window.controller is None
    assert "must start with http" in window.home.message.text()
    assert library.sessions.list() == []
