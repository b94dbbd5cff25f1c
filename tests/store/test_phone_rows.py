"""Phone entries in the library: kept as they arrive, approved once, with their command."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workshop.core.errors import CommandRejected
from workshop.core.phones import Entry, InputKind, Status, command_for
from workshop.core.session import Session
from workshop.store.library import Library, open_library
from workshop.store.phone_rows import PhoneEntries
from workshop.store.runner import CommandRunner


def test_entries_survive_reopening_and_approval_commits_tip_and_status_together(
    library: Library, three_card_session: Session
) -> None:
    session_id = library.sessions.create(three_card_session)
    entries = PhoneEntries(library.db)
    assert entries.of_session(session_id) == []  # no table yet: nothing, no error
    first = entries.add(session_id, Entry(InputKind.TIPS, "<script>x</script>", client="a"))
    entries.add(session_id, Entry(InputKind.TIPS, "second", client="b"))
    path = library.path
    library.close()
    again = open_library(path)
    try:
        kept = PhoneEntries(again.db)
        queued = kept.of_session(session_id, Status.QUEUED)
        assert [e.text for e in queued] == ["<script>x</script>", "second"]
        assert queued[0].id == first.id
        session = again.sessions.load(session_id)
        runner = CommandRunner(again.sessions, session)
        kept.approve(queued[0], runner, command_for(session, queued[0]), session_id)
        tally = kept.tally(session_id)
        assert (tally.received, tally.approved, tally.waiting) == (2, 1, 1)
        loaded = again.sessions.load(session_id)
        texts = [t.text for t in loaded.board.tips.values()]
        assert texts == ["<script>x</script>"]
    finally:
        again.close()


def test_a_failed_command_leaves_the_entry_queued(
    library: Library, three_card_session: Session
) -> None:
    session_id = library.sessions.create(three_card_session)
    entries = PhoneEntries(library.db)
    entry = entries.add(session_id, Entry(InputKind.CHOICES, round_index=0, group=1, option="A"))
    session = library.sessions.load(session_id)
    runner = CommandRunner(library.sessions, session)
    bad = replace(entry, round_index=40)
    with pytest.raises(CommandRejected):
        entries.approve(bad, runner, command_for(session, bad), session_id)
    assert [e.status for e in entries.of_session(session_id)] == [Status.QUEUED]
    with pytest.raises(CommandRejected):
        entries.get(999)


def test_an_approval_whose_commit_fails_is_undone_in_memory_and_said_in_words(
    library: Library, three_card_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from workshop.core.errors import WorkshopError

    class CommitFails:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def __getattr__(self, name: str) -> object:
            return getattr(self._conn, name)

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.strip().upper() == "COMMIT":
                raise sqlite3.OperationalError("disk I/O error")
            return self._conn.execute(sql, *args)

    session_id = library.sessions.create(three_card_session)
    entries = PhoneEntries(library.db)
    entry = entries.add(session_id, Entry(InputKind.TIPS, "kept in the queue"))
    session = library.sessions.load(session_id)
    runner = CommandRunner(library.sessions, session)
    monkeypatch.setattr(library.db, "conn", CommitFails(library.db.conn))
    with pytest.raises(WorkshopError, match="Could not save"):
        entries.approve(entry, runner, command_for(session, entry), session_id)
    assert session.board.tips == {}  # the session in memory is as the library has it
    monkeypatch.undo()
    assert [e.status for e in entries.of_session(session_id)] == [Status.QUEUED]
    assert library.sessions.load(session_id).board.tips == {}
