"""The deck commands' work on the command line: import with a preview (`--dry-run`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from workshop.core.deckformat import DeckFormatError
from workshop.core.deckmerge import preview_lines
from workshop.store.library import Library


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """`deck import`'s options beyond FILE, --title and --as-copy."""
    parser.add_argument(
        "--into", metavar="DECK", default="", help="update this deck (id or exact title)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print what would change and change nothing"
    )
    parser.add_argument(
        "--remove-missing",
        action="store_true",
        help="remove the deck's cards the file no longer has (kept by default)",
    )


def deck_import(library: Library, args: argparse.Namespace) -> None:
    """Read the file, print the preview, and apply it unless --dry-run."""
    from workshop.store.deck_files import read_deck_sheet
    from workshop.store.deck_import import apply_import, plan_for

    sheet = read_deck_sheet(args.file, args.title)
    into = library.decks.find_id(args.into) if args.into else None
    # A sheet poured into a chosen deck, or one that does not name its deck, leaves the
    # deck's own title and details alone (unless --title asks for one).
    keep = (into is not None or not sheet.names_its_deck) and not args.title
    remove = args.remove_missing
    if args.file.suffix.lower() == ".csv":
        print(f"{args.file}: read as {sheet.encoding}, {_delimiter_name(sheet.delimiter)}")
    if args.dry_run:
        _deck_id, plan = plan_for(library.db, sheet, into, args.as_copy, keep)
        print("\n".join(preview_lines(plan, remove)))
        print("Dry run: nothing was changed.")
        return
    deck_id, plan = apply_import(library.db, sheet, into, args.as_copy, keep, remove)
    print("\n".join(preview_lines(plan, remove)))
    stored = library.decks.get(deck_id)
    print(f"{deck_id}  {stored.title}  ({len(stored.cards)} cards)")


def _delimiter_name(delimiter: str) -> str:
    return {"\t": "tab separated", ";": "semicolon separated"}.get(delimiter, "comma separated")


def print_deck_problems(
    exc: DeckFormatError, translate: Callable[[str], str] = lambda text: text
) -> None:
    """One summary line, then each problem on its own line (FILE:LINE: field: what)."""
    from workshop.ui.cli_words import Cli

    summary = Cli.tr("error: {0} cannot be imported (%n problem(s)):", "", len(exc.problems))
    print(summary.format(exc.source), file=sys.stderr)
    for line in exc.lines(translate):
        print(f"  {line}", file=sys.stderr)
