"""Where the library and the error log live: each platform's folders, Linux's as before."""

from __future__ import annotations

import sys

import pytest

from workshop import paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the XDG folders are Linux's")
def test_the_library_stays_where_it_always_was_and_the_log_goes_to_the_state_folder(
    tmp_path, monkeypatch
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert paths.default_library_path() == tmp_path / "data" / "workshop" / "library.sqlite"
    assert paths.user_log_dir() == tmp_path / "state" / "workshop" / "log"
    from workshop.ui import errors

    assert errors.log_file().parent == paths.user_log_dir()


def test_the_log_is_written_where_it_says(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    from workshop.ui import errors

    try:
        raise RuntimeError("a probe")
    except RuntimeError as exc:
        written = errors.write_log(RuntimeError, exc, exc.__traceback__)
    assert written.is_file() and "a probe" in written.read_text(encoding="utf-8")
    assert tmp_path in written.parents or not sys.platform.startswith("linux")
