"""Entries from phones kept in the library: the moderation queue survives a crash or a restart."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from workshop.core.commands import Command
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.phones import Entry, InputKind, Status, Tally
from workshop.store.runner import CommandRunner
from workshop.store.transactions import write_transaction

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


TABLE = "phone_entries"
_FIELDS = ("text", "round_index", "group", "option", "column", "author")


def _ensure(db: Database) -> None:
    # A table of its own, made when first needed: nothing else in the library depends on it.
    db.execute(
        f"create table if not exists {TABLE} (id integer primary key, session_id integer "
        "not null, kind text not null, status text not null, client text not null, "
        "fields text not null, received_at text not null)"
    )
    db.execute(f"create index if not exists {TABLE}_session on {TABLE} (session_id, status)")


def _entry(row: dict) -> Entry:
    fields = json.loads(row["fields"])
    return Entry(
        InputKind(row["kind"]),
        client=row["client"],
        id=row["id"],
        status=Status(row["status"]),
        **{k: fields[k] for k in _FIELDS if k in fields},
    )


class PhoneEntries:
    """The entries of a library's sessions: kept as they arrive, then approved or rejected."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, session_id: int, entry: Entry) -> Entry:
        """Keep an entry (queued, or approved when it went straight to the wall); with its id."""
        with write_transaction(self.db):
            _ensure(self.db)
            cursor = self.db.execute(
                f"insert into {TABLE} (session_id, kind, status, client, fields, received_at) "
                "values (?, ?, ?, ?, ?, ?)",
                [
                    session_id,
                    entry.kind.value,
                    entry.status.value,
                    entry.client,
                    json.dumps({k: getattr(entry, k) for k in _FIELDS}),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ],
            )
        return replace(entry, id=int(cursor.lastrowid or 0))

    def _exists(self) -> bool:
        return self.db[TABLE].exists()

    def of_session(self, session_id: int, status: Status | None = None) -> list[Entry]:
        """A session's entries in the order they arrived, all or those with one status."""
        if not self._exists():
            return []
        sql = f"select * from {TABLE} where session_id = ?"
        params: list[object] = [session_id]
        if status is not None:
            sql += " and status = ?"
            params.append(status.value)
        return [_entry(row) for row in self.db.query(sql + " order by id", params)]

    def get(self, entry_id: int) -> Entry:
        rows = (
            list(self.db.query(f"select * from {TABLE} where id = ?", [entry_id]))
            if (self._exists())
            else []
        )
        if not rows:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "There is no entry {number} from a phone."),
                number=entry_id,
            )
        return _entry(rows[0])

    def set_status(self, entry: Entry, status: Status) -> None:
        """Mark an entry approved or rejected, with its text as the facilitator left it."""
        with write_transaction(self.db):
            _ensure(self.db)
            self.db.execute(
                f"update {TABLE} set status = ?, fields = ? where id = ?",
                [status.value, json.dumps({k: getattr(entry, k) for k in _FIELDS}), entry.id],
            )

    def approve(
        self, entry: Entry, runner: CommandRunner, command: Command, session_id: int
    ) -> Entry:
        """Run the entry's command and mark it approved (a new entry: keep it approved) in one
        transaction: both or neither, so an entry is never applied twice, nor marked unapplied."""
        approved = replace(entry, status=Status.APPROVED)
        kept: list[Entry] = []

        def mark() -> None:
            if entry.id:
                self.set_status(approved, Status.APPROVED)
                kept.append(approved)
            else:
                kept.append(self.add(session_id, approved))

        runner.run(command, along=mark)
        return kept[0]

    def tally(self, session_id: int) -> Tally:
        """How many entries arrived for a session, and how many were approved or rejected."""
        tally = Tally()
        if not self._exists():
            return tally
        for row in self.db.query(
            f"select status, count(*) as n from {TABLE} where session_id = ? group by status",
            [session_id],
        ):
            tally.received += row["n"]
            if row["status"] == Status.APPROVED:
                tally.approved += row["n"]
            elif row["status"] == Status.REJECTED:
                tally.rejected += row["n"]
        return tally
