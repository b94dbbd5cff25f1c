"""Re-importing a spreadsheet: cards known by uid or content, never by row number; a preview."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

from workshop import paths
from workshop.core.commands import RecordGroupChoice
from workshop.core.deckmerge import preview_lines
from workshop.core.session import start_session
from workshop.store.deck_files import read_deck_sheet
from workshop.store.deck_import import apply_import, plan_for
from workshop.store.runner import CommandRunner

ROOT = Path(__file__).parents[2]
HEADER = ["Titel", "Tekst", "Optie A", "Optie B", "Vragen"]


def sheet(path: Path, rows: list[list[str]], delimiter: str = ";") -> Path:
    """A sheet as Dutch Excel saves it: semicolons, CRLF, a BOM, Dutch headers."""
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([HEADER, *rows])
    path.write_bytes(("\ufeff" + out.getvalue()).encode("utf-8"))
    return path


def row(n: int, text: str = "", a: str = "Ja", b: str = "Nee") -> list[str]:
    return [f"Kaart {n}", text or f"Wat doe je bij {n}?", a, b, f"Waarom {n}?\nEn dan?"]


def as_rows(deck) -> list[list[str]]:
    return [
        [c.title, c.text, c.options[0], c.options[1], "\n".join(c.questions)] for c in deck.cards
    ]


def test_a_sheet_edited_three_times_gives_exactly_its_cards_and_sessions_keep_theirs(
    library, tmp_path
):
    path = tmp_path / "kaarten.csv"
    rows = [row(n) for n in range(1, 7)]
    deck_id, plan = apply_import(library.db, read_deck_sheet(sheet(path, rows)))
    assert len(plan.added) == 6
    first = library.decks.get(deck_id)
    assert as_rows(first) == rows
    uid_of = {c.title: c.uid for c in first.cards}
    session = start_session(first, "Gespeeld", "2026-11-01")
    library.sessions.create(session)
    CommandRunner(library.sessions, session).run(RecordGroupChoice(0, 1, "A", "omdat"))
    played = [(r.title, r.text) for r in session.rounds]

    edits = [
        # 1: two rows added (one in the middle), one text and one option changed
        [row(1), row(2, "Nieuwe tekst"), row(20), row(3), row(4, a="Misschien"), row(5),
         row(6), row(21)],
        # 2: rows deleted and the rest reordered
        [row(21), row(5), row(1), row(4, a="Misschien"), row(20)],
        # 3: a title changed (its text the same), a row added, one deleted, moved again
        [row(20), ["Kaart een", *row(1)[1:]], row(5), row(22), row(21)],
    ]  # fmt: skip
    for edited in edits:
        read = read_deck_sheet(sheet(path, edited))
        same_id, _plan = apply_import(
            library.db, read, into=deck_id, keep_details=True, remove_missing=True
        )
        assert same_id == deck_id
        deck = library.decks.get(deck_id)
        assert as_rows(deck) == edited, "exactly the sheet's cards, in its order"
        assert len({c.uid for c in deck.cards}) == len(deck.cards)
        for card in deck.cards:
            if card.title in uid_of:  # a card still there keeps its identity
                assert card.uid == uid_of[card.title]
        uid_of.update({c.title: c.uid for c in deck.cards})
    # "Kaart een" is card 1 renamed: matched by its text, so it kept card 1's uid.
    assert next(c.uid for c in deck.cards if c.title == "Kaart een") == first.cards[0].uid
    starters = len(paths.starter_decks())
    assert len(library.decks.summaries()) == starters + 1, "no new deck: the starters and this"
    kept = library.sessions.load(session.id)
    assert [(r.title, r.text) for r in kept.rounds] == played
    assert kept.choices[(0, 1)].reason == "omdat"


def test_deleting_a_row_without_uids_makes_no_duplicate_and_shifts_nothing(library, tmp_path):
    path = tmp_path / "cards.csv"
    rows = [row(n) for n in range(1, 5)]
    deck_id, _ = apply_import(library.db, read_deck_sheet(sheet(path, rows)))
    before = {c.title: c.uid for c in library.decks.get(deck_id).cards}
    # The same file name again, no --into: found by its cards, not a second deck.
    _, plan = plan_for(library.db, read_deck_sheet(sheet(path, [rows[0], *rows[2:]])))
    assert plan.target_title == "cards"
    assert (len(plan.added), len(plan.updated), len(plan.unchanged)) == (0, 0, 3)
    assert [c.title for c in plan.missing] == ["Kaart 2"]
    same, _ = apply_import(library.db, read_deck_sheet(path))
    after = library.decks.get(same)
    assert same == deck_id and [c.title for c in after.cards] == [
        "Kaart 1", "Kaart 3", "Kaart 4", "Kaart 2"
    ], "the card the sheet lost is kept (at the end) unless asked to remove it"  # fmt: skip
    assert {c.title: c.uid for c in after.cards} == before


def test_two_unrelated_sheets_with_one_name_stay_two_decks(library, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    one = sheet(tmp_path / "a" / "cards.csv", [row(1), row(2)])
    two = sheet(tmp_path / "b" / "cards.csv", [["Iets anders", "Tekst", "x", "y", ""]])
    first, _ = apply_import(library.db, read_deck_sheet(one))
    second, plan = apply_import(library.db, read_deck_sheet(two))
    assert first != second and plan.is_new_deck
    assert [c.title for c in library.decks.get(first).cards] == ["Kaart 1", "Kaart 2"]


def test_the_preview_says_what_changed_and_the_dry_run_changes_nothing(library, tmp_path):
    path = sheet(tmp_path / "kaarten.csv", [row(1), row(2), row(3)])
    deck_id, _ = apply_import(library.db, read_deck_sheet(path))
    sheet(path, [row(1), row(2, "Anders", b="Nooit"), row(4)])
    _, plan = plan_for(library.db, read_deck_sheet(path), into=deck_id, keep_details=True)
    lines = preview_lines(plan, remove_missing=False)
    assert lines[0] == (
        "Into “kaarten”: 1 added, 1 updated, 1 unchanged, 1 no longer in the file (kept)."
    )
    assert "  ~ updated: “Kaart 2” (text, option B)" in lines
    assert "  + added: “Kaart 4”" in lines
    assert "  = not in the file (kept): “Kaart 3”" in lines
    library.close()
    lib = tmp_path / "library.sqlite"
    before = lib.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(lib), "deck", "import", str(path),
         "--into", str(deck_id), "--dry-run", "--remove-missing"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "read as UTF-8 with BOM, semicolon separated" in result.stdout
    assert "  - not in the file (removed): “Kaart 3”" in result.stdout
    assert result.stdout.rstrip().endswith("Dry run: nothing was changed.")
    assert lib.read_bytes() == before
    done = subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(lib), "deck", "import", str(path),
         "--into", "kaarten", "--remove-missing"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == f"{deck_id}  kaarten  (3 cards)"
