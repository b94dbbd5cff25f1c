"""No traceback reaches a user of the GUI: errors become a message and a log entry."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop.app import run_app
from workshop.core.errors import WorkshopError
from workshop.ui import errors


@pytest.fixture
def shown(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    messages: list[str] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _parent, _title, text, *a: messages.append(text)
        )
    return messages


def test_an_unexpected_error_is_logged_and_told_in_plain_words(qapp, shown, tmp_path, capsys):
    try:
        raise ValueError("the sky fell")
    except ValueError as exc:
        errors.show_unexpected(type(exc), exc, exc.__traceback__)
    assert "Something unexpected went wrong: the sky fell" in shown[0]
    assert "Everything you confirmed is saved" in shown[0]
    log = (tmp_path / "workshop" / "log" / "errors.log").read_text()
    assert "Traceback" in log and "the sky fell" in log
    assert "Traceback" not in capsys.readouterr().err


def test_a_library_that_cannot_open_is_shown_in_a_window(qapp, shown, tmp_path):
    with pytest.raises(WorkshopError):
        run_app(tmp_path)  # a folder, not a library file
    assert "is a folder" in shown[0]
