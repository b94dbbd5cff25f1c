"""The `workshop` command: no argument opens the app; subcommands work without a screen."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from workshop import __version__, cli_publish, cli_room, paths
from workshop.cli_decks import add_import_options, deck_import, print_deck_problems
from workshop.core.cards import CardKind
from workshop.core.choice import CardChoice, Order
from workshop.core.deckformat import DeckFormatError
from workshop.core.demo import (
    EVENT_GROUPS,
    event_rounds,
    play_agenda,
    play_demo,
    play_event,
    play_groups,
)
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.session import start_session
from workshop.store.library import Library, app_kept_out, open_library
from workshop.store.runner import CommandRunner
from workshop.store.transactions import LibraryBusy, is_busy, write_transaction
from workshop.ui.cli_words import Cli, message, messages_words, use_language


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workshop",
        description=Cli.tr("Run in-person trainings: with no command, open the app."),
    )
    parser.add_argument("--version", action="version", version=f"workshop {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        metavar="PATH",
        help=Cli.tr("library file to use instead of the one in your data folder"),
    )
    parser.add_argument(
        "--language",
        choices=("en", "nl"),
        help=Cli.tr(
            "language of the app and of these messages (default: the system's, else English)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    deck = sub.add_parser("deck", help=Cli.tr("work with decks")).add_subparsers(
        dest="deck_command", metavar="ACTION", required=True
    )
    deck_list = deck.add_parser("list", help=Cli.tr("list the decks in the library"))
    deck_list.add_argument("--json", action="store_true", help=Cli.tr("as JSON, for scripts"))
    deck_import = deck.add_parser("import", help=Cli.tr("add (or update) a deck from a file"))
    deck_import.add_argument(
        "file", type=Path, metavar="FILE", help=Cli.tr(".wsdeck, .json or .csv")
    )
    deck_import.add_argument(
        "--title", default="", help=Cli.tr("the deck's title (a CSV's default: its name)")
    )
    deck_import.add_argument(
        "--as-copy",
        action="store_true",
        help=Cli.tr("a new deck even if this deck is already here"),
    )
    add_import_options(deck_import)
    deck_export = deck.add_parser("export", help=Cli.tr("write a deck to a file"))
    deck_export.add_argument("deck", metavar="DECK", help=Cli.tr("deck id or exact title"))
    deck_export.add_argument(
        "--to",
        type=Path,
        required=True,
        metavar="FILE",
        help=Cli.tr("the format follows the name: .wsdeck, .json or .csv"),
    )
    deck_validate = deck.add_parser("validate", help=Cli.tr("check a deck file; exit 0 when valid"))
    deck_validate.add_argument("file", type=Path, metavar="FILE")
    print_ = deck.add_parser("print", help=Cli.tr("print a deck as cards to cut out (PDF)"))
    print_.add_argument("deck", metavar="DECK", help=Cli.tr("deck id or exact title"))
    print_.add_argument(
        "--to", type=Path, required=True, metavar="FILE.pdf", help=Cli.tr("the PDF")
    )
    print_.add_argument(
        "--per-page", type=int, choices=(4, 8), default=4, help=Cli.tr("cards per page")
    )
    print_.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=Cli.tr("paper size")
    )

    demo = sub.add_parser("demo", help=Cli.tr("create a demo session with every card played"))
    demo.add_argument(
        "--deck", help=Cli.tr("deck id or exact title (default: the first starter deck)")
    )
    demo.add_argument("--title", default="", help=Cli.tr("title of the new session"))
    demo.add_argument(
        "--follow-up",
        default="",
        metavar="URL",
        help=Cli.tr("address where the summary will be published"),
    )
    demo.add_argument("--groups", type=int, default=3, help=Cli.tr("number of groups (default 3)"))
    demo.add_argument("--tag", default="", help=Cli.tr("play only the cards with this tag"))
    demo.add_argument(
        "--random", type=int, default=0, metavar="N", help=Cli.tr("draw N cards at random")
    )
    demo.add_argument(
        "--shuffle", action="store_true", help=Cli.tr("play the cards in a shuffled order")
    )
    demo.add_argument(
        "--seed", type=int, help=Cli.tr("seed of the draw and the shuffle, to repeat one")
    )
    demo.add_argument(
        "--scale",
        choices=("small", "event"),
        default="small",
        help=Cli.tr("event: a three-day session, 65 people, 13 groups, 60 rounds, 80 links"),
    )

    session = sub.add_parser("session", help=Cli.tr("work with sessions")).add_subparsers(
        dest="session_command", metavar="ACTION", required=True
    )
    session.add_parser("list", help=Cli.tr("list the sessions in the library"))
    export = session.add_parser("export", help=Cli.tr("export a session's PDFs"))
    export.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))
    export.add_argument(
        "--summary", type=Path, metavar="FILE.pdf", help=Cli.tr("where to write the summary PDF")
    )
    export.add_argument(
        "--handout",
        type=Path,
        metavar="FILE.pdf",
        help=Cli.tr("where to write the follow-up handout (one highlight per page)"),
    )
    _edition_and_paper(export)

    archive = session.add_parser("archive", help=Cli.tr("write a session to one JSON file"))
    archive.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))
    archive.add_argument("--to", type=Path, required=True, metavar="FILE.json")
    restore = session.add_parser(
        "restore",
        help=Cli.tr("add a session from an archive file (as a new session, never over one)"),
    )
    restore.add_argument("file", type=Path, metavar="FILE.json")
    next_ = session.add_parser(
        "next",
        help=Cli.tr("end the running activity of a session's agenda and start the next, as N does"),
    )
    next_.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))
    cli_publish.add_data_option(export)
    cli_publish.add_commands(sub, session)
    previous = session.add_parser(
        "previous",
        help=Cli.tr("back to the activity before in a session's agenda, as Shift+N does"),
    )
    previous.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))

    share = sub.add_parser(
        "share", help=Cli.tr("serve a session's summary to phones on this network until Ctrl+C")
    )
    share.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))
    share.add_argument(
        "--host",
        default="",
        metavar="ADDR",
        help=Cli.tr(
            "this computer's IPv4 address to listen on (default: the one with the default route)"
        ),
    )
    share.add_argument(
        "--port",
        type=int,
        default=0,
        metavar="N",
        help=Cli.tr("port to listen on (default: a free one)"),
    )
    _edition_and_paper(share)
    cli_room.add_share_arguments(share)
    cli_room.add_session_commands(session)

    open_ = sub.add_parser("open", help=Cli.tr("open the app on a session"))
    open_.add_argument("session", metavar="SESSION", help=Cli.tr("session id or exact title"))
    _check_and_backup_commands(sub)
    return parser


def _check_and_backup_commands(sub: argparse._SubParsersAction) -> None:
    """`workshop check` and `workshop backup now|list|restore N`."""
    sub.add_parser(
        "check",
        help=Cli.tr("check the library for damage (SQLite's checks); exit 0 when it is sound"),
    )
    backup = sub.add_parser("backup", help=Cli.tr("the library's backups")).add_subparsers(
        dest="backup_command", metavar="ACTION", required=True
    )
    backup.add_parser("now", help=Cli.tr("make a backup now"))
    backup.add_parser("list", help=Cli.tr("list the backups: number, time, size"))
    restore = backup.add_parser(
        "restore", help=Cli.tr("put backup N in place of the library (the current file is kept)")
    )
    restore.add_argument(
        "number", type=int, metavar="N", help=Cli.tr("the number 'backup list' shows")
    )


def _edition_and_paper(command: argparse.ArgumentParser) -> None:
    """The summary's --edition and --paper, the same wherever a summary is made."""
    command.add_argument(
        "--edition",
        choices=("absentee", "participants"),
        default="absentee",
        help=Cli.tr("absentee (default) names no participant; participants may"),
    )
    command.add_argument(
        "--paper", choices=("a4", "letter"), default="a4", help=Cli.tr("paper size")
    )


def _deck_list(library: Library, as_json: bool = False) -> None:
    if as_json:
        rows = [
            {"id": d.id, "uid": d.uid, "title": d.title, "language": d.language,
             "cards": d.card_count, "updated_at": d.updated_at}
            for d in library.decks.summaries()
        ]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for deck in library.decks.summaries():
        cards = Cli.tr("%n card(s)", "", deck.card_count)
        print(f"{deck.id:>4}  {deck.title}  ({cards}, {deck.language})")


def _session_list(library: Library) -> None:
    for s in library.sessions.summaries():
        counts = Cli.tr("%n card(s)", "", s.rounds) + ", " + Cli.tr("%n choice(s)", "", s.choices)
        deck = Cli.tr("deck: {0}").format(s.deck_title)
        print(f"{s.id:>4}  {s.date or '-':10}  {s.title}  ({counts}; {deck})")


def _demo(library: Library, args: argparse.Namespace) -> None:
    if args.deck:
        deck_id = library.decks.find_id(args.deck)
    else:
        deck_id = library.decks.first_id()
        if deck_id is None:
            raise WorkshopError(QT_TRANSLATE_NOOP("Messages", "The library has no decks to play."))
    if not 1 <= args.groups <= 99:
        raise WorkshopError(QT_TRANSLATE_NOOP("Messages", "--groups must be between 1 and 99."))
    deck = library.decks.get(deck_id)
    event = args.scale == "event"
    session = start_session(
        deck,
        args.title or f"Demo: {deck.title}",
        None,
        args.follow_up,
        EVENT_GROUPS if event else args.groups,
        CardChoice(
            tag=args.tag,
            count=args.random,
            order=Order.SHUFFLED if args.shuffle else Order.DECK,
            seed=args.seed,
        ),
    )
    if not session.rounds:
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "The deck “{title}” has no dilemma cards to play."),
            title=deck.title,
        )
    if event:
        session.rounds = event_rounds(deck)
    # A demo is built in one transaction (each command a savepoint inside it): one sync to
    # disk instead of thousands. The app's own actions stay one commit each.
    with write_transaction(library.db):
        library.sessions.create(session)
        runner = CommandRunner(library.sessions, session)
        if event:
            play_event(session, runner.run)
            found = library.decks.cards_of_kind(CardKind.EXERCISE, language=deck.language)
            exercises = [c for _d, c in found if c.stages]
            play_groups(session, runner.run, exercises[0] if exercises else None)
            play_agenda(session, runner.run, exercises[0] if exercises else None, time.time())
        else:
            play_demo(session, runner.run)
    played = Cli.tr("Played %n card(s)", "", len(session.rounds))
    groups = Cli.tr("with %n group(s) in session “{0}”.", "", session.group_count)
    print(f"{played} {groups.format(session.details.title)}")
    print(session.id)


def _export(library: Library, args: argparse.Namespace) -> None:
    from workshop.export.handout import write_handout
    from workshop.export.summary import write_summary

    if not (args.summary or args.handout):
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Name what to write: --summary FILE.pdf, --handout FILE.pdf or --data FOLDER.",
            )
        )
    session = library.sessions.load(library.sessions.find_id(args.session))
    if args.summary:
        written = write_summary(session, args.summary, args.paper, args.edition)
        pages = Cli.tr("%n page(s)", "", written.pages)
        print(Cli.tr("Wrote {0} ({1}, {2} edition)").format(written.path, pages, args.edition))
    if args.handout:
        written = write_handout(session, args.handout, args.paper)
        print(
            Cli.tr("Wrote {0} ({1})").format(written.path, Cli.tr("%n page(s)", "", written.pages))
        )


def _share(library: Library, args: argparse.Namespace) -> None:
    from workshop.share.terminal import serve_until_interrupted

    session = library.sessions.load(library.sessions.find_id(args.session))
    library.close()
    serve_until_interrupted(session, args.host, args.port, args.edition, args.paper)


def _print_deck(library: Library, args: argparse.Namespace) -> None:
    from workshop.export.card_sheets import write_card_sheets

    deck = library.decks.get(library.decks.find_id(args.deck))
    written = write_card_sheets(deck, args.to, args.per_page, args.paper)
    cards = Cli.tr("%n card(s)", "", len(deck.cards))
    pages = Cli.tr("on %n page(s)", "", written.pages)
    print(Cli.tr("Wrote {0} ({1} {2})").format(written.path, cards, pages))


def _archive(library: Library, args: argparse.Namespace) -> None:
    from workshop.store.archives import write_archive

    session = library.sessions.load(library.sessions.find_id(args.session))
    print(Cli.tr("Wrote {0}").format(write_archive(session, args.to)))


def _next_activity(library: Library, args: argparse.Namespace) -> None:
    """The same composite step as N (or Shift+N) in the app: one commit, the same result."""
    from workshop.core.steps import next_activity_step, previous_activity_step

    step = previous_activity_step if args.session_command == "previous" else next_activity_step
    session = library.sessions.load(library.sessions.find_id(args.session))
    CommandRunner(library.sessions, session).run(step(time.time()))
    item = session.agenda.running()
    if item is None:
        print(Cli.tr("The agenda of “{0}” is done.").format(session.details.title))
    else:
        now = Cli.tr("Now: {0} ({1} min); the wall shows {2}.")
        print(now.format(item.title, item.minutes, session.activity.value))


def _restore(library: Library, args: argparse.Namespace) -> None:
    from workshop.store.archives import read_archive
    from workshop.store.backups import make_backup

    session = read_archive(args.file)
    same = [s for s in library.sessions.summaries() if s.title == session.details.title]
    make_backup(library.db.conn, library.path, "session-restore")
    library.sessions.create(session)
    restored = (
        Cli.tr("Restored “{0}” as a new session beside the session of that title already here.")
        if same
        else Cli.tr("Restored “{0}” as a new session.")
    )
    print(restored.format(session.details.title))
    print(session.id)


def _deck_export(library: Library, args: argparse.Namespace) -> None:
    from workshop.store.deck_files import write_deck_file

    deck = library.decks.get(library.decks.find_id(args.deck))
    cards = Cli.tr("%n card(s)", "", len(deck.cards))
    print(Cli.tr("Wrote {0} ({1})").format(write_deck_file(deck, args.to), cards))


def _deck_validate(args: argparse.Namespace) -> int:
    from workshop.store.deck_files import read_deck_file

    deck = read_deck_file(args.file)
    cards = Cli.tr("%n card(s)", "", len(deck.cards))
    print(Cli.tr("{0}: a valid deck, “{1}”, {2}").format(args.file, deck.title, cards))
    return 0


def _deck_file_to_open(argv: list[str]) -> tuple[list[str], Path | None]:
    """`workshop FILE.wsdeck` (the desktop's "open with"): the app opens offering the import."""
    if not argv or Path(argv[-1]).suffix.lower() not in (".wsdeck", ".json", ".csv"):
        return argv, None
    rest = argv[:-1]
    takes_value = ("--library", "--language")
    if (rest and rest[-1] in takes_value) or any(a in _COMMANDS for a in rest):
        return argv, None
    return rest, Path(argv[-1])


_COMMANDS = ("deck", "demo", "session", "share", "open", "check", "backup", "event")


def _check(path: Path) -> int:
    from workshop.store.backups import check_problems

    if not path.exists():
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "There is no library at {path}."), path=path
        )
    problems = check_problems(path, thorough=True)
    for problem in problems or ["ok"]:
        print(problem)
    return 1 if problems else 0


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _backup(path: Path, args: argparse.Namespace) -> int:
    from workshop.store.backups import backup_folder, list_backups, make_backup, restore_backup

    if args.backup_command == "list":
        backups = list_backups(path)
        if not backups:
            print(Cli.tr("No backups yet in {0}.").format(backup_folder(path)))
        for b in backups:
            print(f"{b.number:>3}  {b.made_text}  {_size(b.size):>8}  {b.reason}")
        return 0
    if args.backup_command == "restore":
        with app_kept_out(path):
            kept = restore_backup(path, args.number)
        print(
            Cli.tr("Restored backup {0}; the library as it was is kept as {1}.").format(
                args.number, kept
            )
        )
        return 0
    library = open_library(path, for_writing=False)  # the backup API only reads it
    try:
        made = make_backup(library.db.conn, path, "manual")
    finally:
        library.close()
    print(f"{made.number:>3}  {made.made_text}  {_size(made.size):>8}  {made.path}")
    return 0


# The commands that only read the library: they still work while the Workshop app has it
# open (read-only beside it). Every other command writes and is refused then.
READS = {
    ("deck", "list"), ("deck", "export"), ("deck", "print"),
    ("session", "list"), ("session", "export"), ("session", "archive"), ("share", None),
}  # fmt: skip


def _writes(args: argparse.Namespace) -> bool:
    if getattr(args, "dry_run", False):
        return False
    action = getattr(args, "deck_command", None) or getattr(args, "session_command", None)
    if args.command == "share" or action == "queue":
        return cli_room.writes(args)
    return (args.command, action) not in READS | cli_publish.READS


def _refuse_if_read_only(library: Library, args: argparse.Namespace) -> None:
    """A library opened read-only (made by a newer Workshop) says so before a command writes."""
    if library.read_only and _writes(args):
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{why} This command would change it: nothing was done."),
            why=library.read_only,
        )


def run(argv: list[str]) -> int:
    """Run the command line; returns the exit code."""
    argv, deck_file = _deck_file_to_open(argv)
    use_language(argv)  # before the parser: its help is in the language too
    args = _parser().parse_args(argv)
    # check and backup mend a library and need no resources; the app checks in a window.
    if args.command not in (None, "open", "check", "backup"):
        paths.check_resources()
    if args.command == "deck" and args.deck_command == "validate":
        return _deck_validate(args)
    if cli_publish.runs_without_library(args):
        return cli_publish.run_event(args)
    if args.command in ("check", "backup"):
        path = Path(args.library) if args.library else paths.default_library_path()
        return _check(path) if args.command == "check" else _backup(path, args)
    if args.command in (None, "open"):
        from workshop.app import run_app

        return run_app(args.library, getattr(args, "session", None), args.language, deck_file)
    library = open_library(args.library, for_writing=_writes(args))
    try:
        _refuse_if_read_only(library, args)
        if cli_publish.run_command(library, args):
            pass
        elif args.command == "deck" and args.deck_command == "print":
            _print_deck(library, args)
        elif args.command == "deck" and args.deck_command == "import":
            deck_import(library, args)
        elif args.command == "deck" and args.deck_command == "export":
            _deck_export(library, args)
        elif args.command == "deck":
            _deck_list(library, args.json)
        elif args.command == "demo":
            _demo(library, args)
        elif args.command == "share" and args.input:
            cli_room.share_with_input(library, args)
        elif args.command == "share":
            _share(library, args)
        elif args.session_command == "queue":
            cli_room.queue(library, args)
        elif args.session_command == "list":
            _session_list(library)
        elif args.session_command == "archive":
            _archive(library, args)
        elif args.session_command == "restore":
            _restore(library, args)
        elif args.session_command in ("next", "previous"):
            _next_activity(library, args)
        else:
            _export(library, args)
    finally:
        library.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point: a failure prints one line `error: …` and exits 1, never a traceback."""
    try:
        return run(sys.argv[1:] if argv is None else argv)
    except DeckFormatError as exc:
        print_deck_problems(exc, messages_words)
    except WorkshopError as exc:
        print(Cli.tr("error: {0}").format(message(exc)), file=sys.stderr)
    except KeyboardInterrupt:
        print(Cli.tr("error: interrupted"), file=sys.stderr)
    except Exception as exc:  # noqa: BLE001 - the last guard before a traceback reaches a user
        if is_busy(exc):  # a read that waited out busy_timeout: the same words as a write
            print(Cli.tr("error: {0}").format(message(LibraryBusy())), file=sys.stderr)
            return 1
        unexpected = Cli.tr("error: something unexpected went wrong ({0}: {1})")
        print(unexpected.format(type(exc).__name__, exc), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
