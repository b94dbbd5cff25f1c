"""Phones in the room from the command line: `share --input`, and `session queue` to moderate."""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import replace

from workshop.core.commands import Command
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.phones import (
    Entry,
    InputKind,
    InputWindow,
    Moderation,
    Status,
    check_entry,
    command_for,
    window_of_kind,
)
from workshop.core.session import Session
from workshop.share.inbox import Receipt, not_saved
from workshop.store.library import Library
from workshop.store.phone_rows import PhoneEntries
from workshop.store.runner import CommandRunner
from workshop.store.transactions import write_transaction
from workshop.ui.cli_words import Cli, messages_words


def add_share_arguments(share: argparse.ArgumentParser) -> None:
    """`--input` and `--moderation` on `workshop share`."""
    share.add_argument(
        "--input",
        choices=[k.value for k in InputKind],
        default=None,
        help=Cli.tr(
            "let phones send tips (to the board), their group's choice or a vote (for the "
            "card on screen) while the share runs"
        ),
    )
    share.add_argument(
        "--moderation",
        choices=[m.value for m in Moderation],
        default=Moderation.QUEUE.value,
        help=Cli.tr(
            "queue (default): entries wait for `workshop session queue`; wall: straight in"
        ),
    )


def add_session_commands(session: argparse._SubParsersAction) -> None:
    """`workshop session queue SESSION [--approve all|N…] [--reject N…]`."""
    queue = session.add_parser(
        "queue", help=Cli.tr("list what phones sent that waits for approval; approve or reject it")
    )
    queue.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))
    queue.add_argument(
        "--approve",
        nargs="+",
        metavar="N",
        help=Cli.tr("approve entries by number, or all of them"),
    )
    queue.add_argument("--reject", nargs="+", metavar="N", help=Cli.tr("reject entries by number"))


def writes(args: argparse.Namespace) -> bool:
    """Whether a room command changes the library (a share with input does)."""
    if args.command == "share":
        return getattr(args, "input", None) is not None
    return bool(getattr(args, "approve", None) or getattr(args, "reject", None))


class RoomDesk:
    """The command line's owner of a session while phones write: commits each entry in its
    own thread's connection, straight to the board or round, or into the queue."""

    def __init__(self, library: Library, session: Session, window: InputWindow) -> None:
        assert session.id is not None
        self.library = library
        self.session = session
        self.window = window
        self.runner = CommandRunner(library.sessions, session)
        self.entries = PhoneEntries(library.db)

    def receive(self, entry: Entry, applied: list[Command] | None = None) -> Receipt:
        """Commit one entry; the phone's answer says whether it was saved, and shown."""
        assert self.session.id is not None
        try:
            check_entry(self.session, entry)
            if self.window.moderation is Moderation.WALL:
                approved = replace(entry, status=Status.APPROVED)
                command = command_for(self.session, approved)
                self.entries.approve(approved, self.runner, command, self.session.id)
                if applied is not None:
                    applied.append(command)
                return Receipt(True, shown=True)
            self.entries.add(self.session.id, entry)
            return Receipt(True)
        except WorkshopError as exc:
            return Receipt(False, error=exc)

    def receive_all(self, entries: list[Entry]) -> list[Receipt]:
        """Commit the entries that arrived together in one transaction (each in a savepoint
        of its own, so one refused entry leaves the others): a room's burst costs one disk
        sync, not one each. If the commit itself fails, none was saved, in memory either."""
        applied: list[Command] = []
        try:
            with write_transaction(self.library.db):
                receipts = [self.receive(entry, applied) for entry in entries]
        except (WorkshopError, sqlite3.Error) as exc:
            for command in reversed(applied):
                command.revert(self.session)
            return [not_saved(exc) for _ in entries]
        return receipts


def share_with_input(library: Library, args: argparse.Namespace) -> None:
    """Serve the summary with input open for one kind until Ctrl+C, committing entries here."""
    from workshop.share.forms import PhoneInput, form_page
    from workshop.share.inbox import Inbox
    from workshop.share.terminal import serve_until_interrupted

    session = library.sessions.load(library.sessions.find_id(args.session))
    window = window_of_kind(session, InputKind(args.input), Moderation(args.moderation))
    inbox = Inbox()
    phones = PhoneInput(inbox)
    phones.open(form_page(session, window, inbox.secret))
    desk = RoomDesk(library, session, window)
    serve_until_interrupted(
        session, args.host, args.port, args.edition, args.paper,
        phones=phones, receive=desk.receive_all,
    )  # fmt: skip


def _numbers(values: list[str], queued: list[Entry]) -> list[Entry]:
    if values == ["all"]:
        return queued
    by_id = {e.id: e for e in queued}
    chosen = []
    for value in values:
        if not value.isdigit() or int(value) not in by_id:
            raise WorkshopError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{value} is not the number of an entry waiting in the queue."
                ),
                value=value,
            )
        chosen.append(by_id[int(value)])
    return chosen


def queue(library: Library, args: argparse.Namespace) -> None:
    """List the queue, or approve and reject entries of it, each in its own commit."""
    session = library.sessions.load(library.sessions.find_id(args.session))
    assert session.id is not None
    entries = PhoneEntries(library.db)
    queued = entries.of_session(session.id, Status.QUEUED)
    approve = _numbers(args.approve, queued) if args.approve else []
    reject = _numbers(args.reject, queued) if args.reject else []
    if not approve and not reject:
        if not queued:
            nothing = Cli.tr("Nothing from phones waits for approval in “{0}”.")
            print(nothing.format(session.details.title))
        for entry in queued:
            print(f"{entry.id}. {entry.describe(messages_words)}")
        tally = entries.tally(session.id)
        counts = Cli.tr("{0} received, {1} approved, {2} rejected, {3} waiting.")
        print(counts.format(tally.received, tally.approved, tally.rejected, tally.waiting))
        return
    runner = CommandRunner(library.sessions, session)
    for entry in approve:
        entries.approve(entry, runner, command_for(session, entry), session.id)
        print(Cli.tr("Approved {0}. {1}").format(entry.id, entry.describe(messages_words)))
    for entry in reject:
        entries.set_status(entry, Status.REJECTED)
        print(Cli.tr("Rejected {0}. {1}").format(entry.id, entry.describe(messages_words)))
