"""The session details dialog: checked as you type, applied as one undoable change."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from workshop.store.library import open_library
from workshop.ui.control.details_dialog import SessionDetailsDialog
from workshop.ui.translations import ui_locale


def test_details_are_checked_as_you_type_and_saved(qtbot, window, tmp_path):
    dialog = SessionDetailsDialog(window.controller.session, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    dialog.follow_up.setText("www.example.org")
    assert not ok.isEnabled() and "http://" in dialog.problem.text()
    dialog.follow_up.setText("https://example.org/later")
    dialog.date.setDate(QDate(2026, 12, 1))
    dialog.title.setText("Masterclass, day two")
    assert ok.isEnabled() and dialog.problem.text() == ""

    assert window.controller.run(dialog.command())
    # Shown in the locale's format (stored as 2026-12-01, below).
    day = ui_locale().toString(QDate(2026, 12, 1), QLocale.ShortFormat)
    assert window.cards_panel.header.text() == f"Masterclass, day two · {day}"
    assert "26" in day and "12" in day
    assert "Masterclass, day two" in window.windowTitle()
    stored = open_library(tmp_path / "lib.sqlite", install_starters=False)
    row = next(stored.db.query("select title, follow_up_url from sessions"))
    assert stored.sessions.load(window.controller.session.id).details.date == "2026-12-01"
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
    assert library.sessions.summaries() == []


def test_the_date_is_picked_shown_in_the_locale_and_stored_as_iso(qtbot, window):
    dialog = SessionDetailsDialog(window.controller.session, window)
    qtbot.addWidget(dialog)
    assert dialog.date.calendarPopup()
    dialog.date.setDate(QDate(2026, 11, 30))
    assert "2026" in dialog.date.text() and dialog.date.text() != "2026-11-30"
    assert dialog.details().date == "2026-11-30"
    dialog.date.setDate(dialog.date.minimumDate())
    assert dialog.date.text() == "No date" and dialog.details().date == ""


def test_a_date_kept_in_free_text_loads_shows_and_survives_an_edit(qtbot, window, tmp_path):
    session_id = window.controller.session.id
    window.library.db.execute("update sessions set date = ? where id = ?", ["5 maart", session_id])
    window.library.db.conn.commit()
    window.open_session(session_id)
    assert window.controller.session.details.date == "5 maart"
    dialog = SessionDetailsDialog(window.controller.session, window)
    qtbot.addWidget(dialog)
    assert dialog.date.text() == "5 maart"
    dialog.title.setText("Renamed")
    assert window.controller.run(dialog.command())
    assert window.controller.session.details.date == "5 maart"
    dialog = SessionDetailsDialog(window.controller.session, window)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 3, 5))
    assert window.controller.run(dialog.command())
    assert window.controller.session.details.date == "2026-03-05"


def test_the_days_language_is_a_choice_that_defaults_to_the_uis(qtbot, window):
    from dataclasses import replace

    session = window.controller.session
    dialog = SessionDetailsDialog(replace(session, details=replace(session.details, language="")))
    qtbot.addWidget(dialog)
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "nl"]
    assert dialog.language.currentData() == "en"
    older = replace(session, details=replace(session.details, language="nl-BE"))
    dialog = SessionDetailsDialog(older)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "nl-BE" and dialog.details().language == "nl-BE"
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert dialog.details().language == "nl"
