"""A damaged library at start: a window says so and offers the newest good backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.store import test_damaged_library
from tests.store.test_damaged_library import damage, demo_library
from workshop.app import backup_quietly, open_or_restore, read_only_hook
from workshop.core.errors import WorkshopError
from workshop.store.backups import DamagedLibrary, backup_folder, list_backups, make_backup
from workshop.ui.library_dialogs import read_only_text, restore_question

small_disk = test_damaged_library.small_disk  # the same 1 MB file system, to fill up


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite"
    library = demo_library(path)
    make_backup(library.db.conn, path, "timer")
    library.close()
    damage(path, "sessions")
    return path


def test_the_window_names_the_damage_and_the_backup_it_offers(qtbot, damaged: Path):
    asked: list[DamagedLibrary] = []
    assert open_or_restore(damaged, lambda error: asked.append(error) or False) is None
    box = restore_question(asked[0])
    qtbot.addWidget(box)
    assert str(damaged) in box.text() and "is damaged" in box.text()
    assert box.informativeText().startswith("Restore backup 1, made ")
    roles = [box.buttonRole(b) for b in box.buttons()]
    assert roles == [QMessageBox.AcceptRole, QMessageBox.RejectRole]


def test_choosing_restore_opens_the_backup_and_keeps_the_damaged_file(qapp, damaged: Path):
    damaged_bytes = damaged.read_bytes()
    asked: list[DamagedLibrary] = []
    library = open_or_restore(damaged, lambda error: asked.append(error) or True)
    assert library is not None and len(asked) == 1
    assert [s.title for s in library.sessions.summaries()] == ["Tuesday's training"]
    library.close()
    (kept,) = damaged.parent.glob("library.sqlite.before-restore-*")
    assert kept.read_bytes() == damaged_bytes


def test_declining_leaves_the_damaged_file_as_it_was(qapp, damaged: Path):
    before = damaged.read_bytes()
    assert open_or_restore(damaged, lambda _error: False) is None
    assert damaged.read_bytes() == before
    assert not list(damaged.parent.glob("*.before-restore-*"))


def test_with_no_good_backup_the_error_goes_on_to_the_message_box(qapp, tmp_path: Path):
    path = tmp_path / "library.sqlite"
    demo_library(path).close()
    damage(path, "decks")
    with pytest.raises(DamagedLibrary, match="no good backup"):
        open_or_restore(path, lambda _error: True)


def test_a_refused_write_in_a_read_only_library_is_said_in_words(qapp, tmp_path: Path):
    path = tmp_path / "library.sqlite"
    demo_library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                 "values ('workshop', 'm099_from_the_future', '2027-01-01')")  # fmt: skip
    conn.commit()
    conn.close()
    library = open_or_restore(path, lambda _error: True)
    assert library is not None and library.read_only is not None
    said: list[tuple[WorkshopError, bool]] = []
    passed_on: list[BaseException] = []
    hook = read_only_hook(
        library, lambda _k, e, _t: passed_on.append(e), lambda e, r: said.append((e, r))
    )
    try:
        library.db.execute("delete from sessions")
    except sqlite3.OperationalError as exc:
        hook(type(exc), exc, exc.__traceback__)
    other = ValueError("something else")
    hook(ValueError, other, None)
    assert said == [(library.read_only, True)] and passed_on == [other]
    text = read_only_text(library.read_only, True)
    assert "made by a newer Workshop; opened read-only" in text
    assert text.endswith("This change was not saved.")
    library.close()


def test_the_start_backup_is_made_once_and_a_failure_only_warns(library, capsys):
    backup_quietly(library, "start")
    backup_quietly(library, "timer")  # not due yet
    assert [b.reason for b in list_backups(library.path)] == ["start"]
    for backup in list_backups(library.path):
        backup.path.unlink()
    backup_folder(library.path).rmdir()
    backup_folder(library.path).write_text("in the way")
    backup_quietly(library, "timer")
    err = capsys.readouterr().err
    assert err.startswith("warning: ") and "library-backups" in err and err.count("\n") == 1


def test_an_import_in_the_app_is_backed_up_first_or_not_made(qtbot, library, tmp_path: Path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from tests.store.test_deck_files import write_deck_file
    from tests.ui.test_decks_dialog import dialog_for
    from workshop.core.cards import Deck
    from workshop.ui.decks.import_dialog import ImportDialog

    def press_import() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, ImportDialog):
            QTimer.singleShot(20, press_import)
            return
        box.import_button.click()
        if box.isVisible():  # the import failed: its words stay; the trainer closes it
            box.reject()

    dialog = dialog_for(qtbot, library)
    first = write_deck_file(Deck(uid="one", title="First", cards=()), tmp_path / "one.json")
    QTimer.singleShot(0, press_import)
    assert dialog.import_file(str(first)) is not None
    assert [b.reason for b in list_backups(library.path)] == ["import"]
    # A backup that cannot be made stops the import, in words.
    for backup in list_backups(library.path):
        backup.path.unlink()
    backup_folder(library.path).rmdir()
    backup_folder(library.path).write_text("in the way")
    second = write_deck_file(Deck(uid="two", title="Second", cards=()), tmp_path / "two.json")
    QTimer.singleShot(0, press_import)
    assert dialog.import_file(str(second)) is None
    assert "library-backups" in dialog.status.text()
    assert "Second" not in [d.title for d in library.decks.summaries()]


def test_quitting_the_app_on_a_full_disk_shows_no_error(qtbot, small_disk: Path):
    from workshop.ui.control.window import ControlWindow

    path = small_disk / "library.sqlite"
    library = demo_library(path)
    window = ControlWindow(library)  # closed here, not again by qtbot after the library
    window.open_session(1)
    assert library.running_session() == 1
    with open(small_disk / "filler", "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    # An exception in closeEvent would fail this test (pytest-qt reports it).
    window.close()
    assert not window.isVisible() and not window.projector.isVisible()
    window.deleteLater()
    library.close()
    (small_disk / "filler").unlink()
    reopened = open_or_restore(path, lambda _error: False)
    assert reopened is not None and [s.choices for s in reopened.sessions.summaries()] == [30]
    reopened.close()


def test_the_app_restores_a_backup_while_it_holds_its_own_lock(qapp, damaged: Path):
    """As run_app does: the library is claimed first, then found damaged and restored; the
    app's own lock never keeps it from opening the backup it chose."""
    from workshop.ui.single_instance import claim_library

    claim = claim_library(damaged)
    assert claim is not None
    try:
        library = open_or_restore(damaged, lambda _exc: True)
        assert library is not None and library.sessions.summaries()
        assert not library.read_only
        library.close()
    finally:
        claim.release()


def test_a_change_in_a_read_only_library_says_why_and_changes_nothing(qapp, tmp_path: Path):
    from workshop.core.commands import step_forward
    from workshop.ui.controller import SessionController

    path = tmp_path / "library.sqlite"
    demo_library(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) "
                     "values ('workshop', 'm099_from_the_future', '2027-01-01')")  # fmt: skip
    conn.close()
    library = open_or_restore(path, lambda _error: True)
    assert library is not None and library.read_only is not None
    session_id = library.sessions.summaries()[0].id
    controller = SessionController(library, library.sessions.load(session_id))
    said: list[str] = []
    controller.failed.connect(said.append)
    before = controller.session.position
    assert not controller.attempt(lambda: step_forward(controller.session))
    assert len(said) == 1 and "made by a newer Workshop; opened read-only" in said[0]
    assert "Check the disk" not in said[0]
    assert controller.session.position == before and controller.undo_stack.count() == 0
    library.close()
