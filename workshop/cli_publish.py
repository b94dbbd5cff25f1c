"""Command-line commands for what follows a session: publish it, report an event, export data.

`workshop session publish SESSION --to FOLDER [--zip]`, `workshop event report ARCHIVE.json…
--title T --to event.pdf` and `workshop session export SESSION --data FOLDER`. cli.py adds
them with `add_commands` and runs them with `run_command`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.store.library import Library
from workshop.ui.cli_words import Cli

# Commands here that only read the library (they work beside a running app).
READS = {("session", "publish")}


def add_commands(sub: argparse._SubParsersAction, session: argparse._SubParsersAction) -> None:
    """Add `session publish`, `event report` and `session export --data` to the parser."""
    publish = session.add_parser(
        "publish",
        help=Cli.tr("write a folder to upload to the follow-up address (page, PDFs, README)"),
    )
    publish.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))
    publish.add_argument(
        "--to", type=Path, required=True, metavar="FOLDER", help=Cli.tr("the folder")
    )
    publish.add_argument(
        "--zip", action="store_true", help=Cli.tr("also write FOLDER.zip beside it")
    )
    _edition_and_paper(publish)

    event = sub.add_parser(
        "event", help=Cli.tr("work with several sessions of one event")
    ).add_subparsers(dest="event_command", metavar="ACTION", required=True)
    report = event.add_parser(
        "report", help=Cli.tr("one PDF for an event from the archives of its sessions")
    )
    report.add_argument("archives", nargs="+", type=Path, metavar="ARCHIVE.json")
    report.add_argument("--title", required=True, help=Cli.tr("the event's title"))
    report.add_argument("--to", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument(
        "--follow-up",
        default="",
        metavar="URL",
        help=Cli.tr("the event's follow-up address (one QR)"),
    )
    report.add_argument("--date", default="", help=Cli.tr("when the event was, as words"))
    _edition_and_paper(report)


def _edition_and_paper(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--edition",
        choices=("absentee", "participants"),
        default="absentee",
        help=Cli.tr("absentee (default) names no participant; participants may"),
    )
    command.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=Cli.tr("paper size")
    )


def add_data_option(export: argparse.ArgumentParser) -> None:
    """`session export --data FOLDER`: the session's data as CSV files for the organiser."""
    export.add_argument(
        "--data",
        type=Path,
        metavar="FOLDER",
        help=Cli.tr("write rounds, choices, tips, outputs and evaluations as CSV files to FOLDER"),
    )


def runs_without_library(args: argparse.Namespace) -> bool:
    """`event report` reads archive files only."""
    return args.command == "event"


def run_event(args: argparse.Namespace) -> int:
    """`workshop event report`: read every archive, write one report."""
    from workshop.export.event_report import write_event_report
    from workshop.store.archives import read_archive

    sessions = [read_archive(path) for path in args.archives]
    written = write_event_report(
        sessions, args.to, args.title, args.follow_up, args.date, args.paper, args.edition
    )
    pages = Cli.tr("%n page(s)", "", written.pages)
    count = Cli.tr("%n session(s)", "", len(sessions))
    print(
        Cli.tr("Wrote {0} ({1}, {2}, {3} edition)").format(written.path, pages, count, args.edition)
    )
    return 0


def run_command(library: Library, args: argparse.Namespace) -> bool:
    """Run a command of this module on an open library; False when it is not one of them."""
    if getattr(args, "session_command", None) == "publish":
        _publish(library, args)
        return True
    if getattr(args, "session_command", None) == "export" and args.data:
        from workshop.export.data import write_data

        session = library.sessions.load(library.sessions.find_id(args.session))
        files = write_data(session, args.data, args.edition)
        wrote = Cli.tr("Wrote %n CSV file(s) to {0}: {1}", "", len(files))
        print(wrote.format(args.data, ", ".join(f.name for f in files)))
        return not (args.summary or args.handout)  # the PDFs, if asked for too, follow
    return False


def _publish(library: Library, args: argparse.Namespace) -> None:
    from workshop.share.publish import publish_session

    session = library.sessions.load(library.sessions.find_id(args.session))
    if args.to.exists() and not args.to.is_dir():
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{path} is a file, not a folder: nothing was written."),
            path=str(args.to),
        )
    published = publish_session(session, args.to, args.edition, args.paper, args.zip)
    print(Cli.tr("Wrote {0}: {1}").format(published.folder, ", ".join(published.files)))
    if published.zip_path is not None:
        print(Cli.tr("Wrote {0}").format(published.zip_path))
    if published.address:
        upload = Cli.tr("Upload the folder to {0}: the summary's QR code points there.")
        print(upload.format(published.address))
    else:
        print(Cli.tr("The session has no follow-up address: set one, so the QR codes point there."))
