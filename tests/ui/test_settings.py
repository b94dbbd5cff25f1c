"""Settings (Ctrl+,): kept with QSettings, applied to the window, folders remembered."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from workshop.store.backups import backup_folder, backup_if_due, utc_now
from workshop.ui import settings
from workshop.ui.control.export_dialog import default_paper
from workshop.ui.control.settings_dialog import SettingsDialog
from workshop.ui.widgets.theme import DARK, HIGH_CONTRAST

KEYS = (
    settings.LANGUAGE,
    settings.PAPER,
    settings.FOLLOW_UP,
    settings.BACKUP_MINUTES,
    "projector/theme",
    "projector/calm",
    "folders/exports",
)


@pytest.fixture(autouse=True)
def clean_settings():
    # The tests share one settings folder (conftest): leave nothing for the next test.
    yield
    for key in KEYS:
        QSettings().remove(key)


def _through_the_dialog(qtbot, window, fill, accept: bool = True) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        fill(dialog)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, answer)
    window.settings_action.trigger()


def test_ctrl_comma_keeps_the_choices_and_applies_them(qtbot, window, library):
    assert window.settings_action.shortcut().toString() == "Ctrl+,"

    def fill(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.theme.setCurrentIndex(1)
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.follow_up.setText("  https://example.org/after  ")
        assert dialog.backups_folder.text() == str(backup_folder(window.library.path))
        dialog.backup_minutes.setValue(45)

    _through_the_dialog(qtbot, window, fill)
    assert settings.language() == "nl"
    assert settings.paper() == "letter" and default_paper() == "letter"
    assert settings.follow_up() == "https://example.org/after"
    assert settings.backup_minutes() == 45
    assert window.contrast_action.isChecked()
    assert window.projector.audience.theme is HIGH_CONTRAST
    assert window.home.follow_up.text() == "https://example.org/after"
    # The next run starts with them.
    from workshop.ui.control.window import ControlWindow

    again = ControlWindow(library)
    qtbot.addWidget(again)
    qtbot.addWidget(again.projector)
    assert again.home.follow_up.text() == "https://example.org/after"
    assert again.contrast_action.isChecked()
    window.contrast_action.setChecked(False)
    assert window.projector.audience.theme is DARK


def test_cancel_changes_nothing(qtbot, window):
    def fill(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.follow_up.setText("https://example.org/not-kept")

    _through_the_dialog(qtbot, window, fill, accept=False)
    assert settings.language() == "" and settings.follow_up() == ""


def test_every_field_has_a_name_and_a_mnemonic(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    fields = (dialog.language, dialog.screen, dialog.theme, dialog.paper, dialog.follow_up)
    for field in (*fields, dialog.backup_minutes):
        assert field.accessibleName()
        label = dialog.layout().itemAt(0).layout().labelForField(field)
        assert "&" in label.text() and label.buddy() is field


def test_the_export_folder_is_remembered_between_runs(qtbot, window, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    job = window.exports.export(folder / "summary.pdf", "absentee", "a4")
    with qtbot.waitSignal(job.succeeded, timeout=20000):
        pass
    assert settings.folder("exports") == folder
    from workshop.ui.control.export_actions import ExportActions

    fresh = ExportActions(window, window.library, lambda: None, lambda _text: None)
    assert fresh.export_folder == folder


def test_the_backup_interval_decides_when_a_backup_is_due(library):
    now = utc_now()
    assert backup_if_due(library.db.conn, library.path, clock=lambda: now) is not None
    later = now + timedelta(minutes=40)
    every = timedelta(minutes=45)
    assert backup_if_due(library.db.conn, library.path, clock=lambda: later, every=every) is None
    # The default, 30 minutes, finds the same backup old enough.
    assert backup_if_due(library.db.conn, library.path, clock=lambda: later) is not None


def test_a_stored_interval_outside_the_range_is_brought_into_it():
    QSettings().setValue(settings.BACKUP_MINUTES, 1)
    assert settings.backup_minutes() == 5
    QSettings().setValue(settings.BACKUP_MINUTES, "not a number")
    assert settings.backup_minutes() == 30
