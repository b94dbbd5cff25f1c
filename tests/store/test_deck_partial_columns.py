"""A file that leaves out columns (or JSON keys) says nothing about those fields: kept."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest

from workshop.core.cards import Card, Link
from workshop.core.deckformat import DeckFormatError
from workshop.core.deckmerge import preview_lines
from workshop.store.deck_files import read_deck_sheet
from workshop.store.deck_import import apply_import, plan_for

ROOT = Path(__file__).parents[2]

FULL = {
    "uid": "deck-nl",
    "title": "Dilemma's",
    "description": "Voor de teamdag",
    "language": "nl",
    "author": "Ans",
    "licence": "CC BY 4.0",
    "cards": [
        {
            "uid": "c1",
            "kind": "dilemma",
            "title": "Laat melden",
            "text": "Een collega meldt een fout pas na een week.",
            "options": ["Aanspreken", "Afwachten", "Melden bij de leiding"],
            "option_notes": ["direct", "risico", "formeel"],
            "questions": ["Wat weegt zwaarder?", "Wie merkt het?"],
            "notes": "Vaak een lang gesprek.",
            "tags": ["fouten", "team"],
            "links": [{"label": "Protocol", "url": "https://example.org/protocol"}],
        },
        {
            "uid": "c2",
            "kind": "dilemma",
            "title": "Cadeau",
            "text": "Een klant geeft je een fles wijn.",
            "options": ["Aannemen", "Weigeren"],
            "questions": ["Waar ligt de grens?"],
            "notes": "Beleid hangt aan de muur.",
            "tags": ["integriteit"],
        },
    ],
}
# The tester's sheet: Dutch Excel (semicolons, Windows-1252), six of the twenty columns.
HEADER = "Soort;Titel;Tekst;Optie A;Optie B;Labels"


def stored_deck(library, tmp_path: Path) -> int:
    path = tmp_path / "volledig.json"
    path.write_text(json.dumps(FULL), encoding="utf-8")
    deck_id, _plan = apply_import(library.db, read_deck_sheet(path))
    return deck_id


def dutch_sheet(path: Path, *rows: str) -> Path:
    path.write_bytes("\r\n".join([HEADER, *rows, ""]).encode("cp1252"))
    return path


def card(library, deck_id: int, uid: str) -> Card:
    return next(c for c in library.decks.get(deck_id).cards if c.uid == uid)


def only_changed(before: Card, after: Card, expected: dict[str, object]) -> None:
    """`after` is `before` with exactly `expected` changed; every other field as it was."""
    assert after == replace(before, **expected)
    for f in fields(Card):
        if f.name not in expected:
            assert getattr(after, f.name) == getattr(before, f.name), f.name


def test_a_sheet_with_some_columns_changes_only_those_fields(library, tmp_path):
    deck_id = stored_deck(library, tmp_path)
    before = library.decks.get(deck_id)
    one, two = card(library, deck_id, "c1"), card(library, deck_id, "c2")
    path = dutch_sheet(
        tmp_path / "nl.csv",
        "dilemma;Laat melden;Een collega meldt een fout pas na één week.;Aanspreken;"
        "Negeren;fouten, café",
        "dilemma;Cadeau;Een klant geeft je een fles wijn.;Aannemen;Weigeren;integriteit",
    )
    sheet = read_deck_sheet(path)
    assert sheet.encoding == "Windows-1252"
    _id, plan = plan_for(library.db, sheet, into=deck_id, keep_details=True)
    # The preview names only what really changes: the other card is unchanged.
    assert [(u.old.uid, u.changes) for u in plan.updated] == [("c1", ("text", "option B", "tags"))]
    assert [c.uid for c in plan.unchanged] == ["c2"]
    assert "  ~ updated: “Laat melden” (text, option B, tags)" in preview_lines(plan, False)
    apply_import(library.db, sheet, into=deck_id, keep_details=True)
    only_changed(
        one,
        card(library, deck_id, "c1"),
        {
            "text": "Een collega meldt een fout pas na één week.",
            # Option C has no column: kept, with every option's note.
            "options": ("Aanspreken", "Negeren", "Melden bij de leiding"),
            "tags": ("fouten", "café"),
        },
    )
    assert card(library, deck_id, "c2") == two
    after = library.decks.get(deck_id)
    assert (after.title, after.description, after.language, after.author, after.licence) == (
        before.title, before.description, before.language, before.author, before.licence
    )  # fmt: skip


def test_an_empty_cell_in_a_present_column_clears_that_field(library, tmp_path):
    deck_id = stored_deck(library, tmp_path)
    one = card(library, deck_id, "c1")
    path = tmp_path / "leeg.csv"
    path.write_bytes("Titel;Labels;Notities;Optie C\r\nLaat melden;;;\r\n".encode("cp1252"))
    sheet = read_deck_sheet(path)
    _id, plan = plan_for(library.db, sheet, into=deck_id, keep_details=True)
    assert [u.changes for u in plan.updated] == [("options", "notes", "tags", "option notes")]
    apply_import(library.db, sheet, into=deck_id, keep_details=True)
    only_changed(
        one,
        card(library, deck_id, "c1"),
        {
            "options": ("Aanspreken", "Afwachten"),
            "option_notes": ("direct", "risico"),
            "notes": "",
            "tags": (),
        },
    )


def test_a_new_row_gets_empty_values_for_the_absent_columns(library, tmp_path):
    deck_id = stored_deck(library, tmp_path)
    path = dutch_sheet(tmp_path / "nieuw.csv", "dilemma;Nieuw;Wat nu?;Ja;Nee;proef")
    apply_import(library.db, read_deck_sheet(path), into=deck_id, keep_details=True)
    new = next(c for c in library.decks.get(deck_id).cards if c.title == "Nieuw")
    assert (new.text, new.options, new.tags) == ("Wat nu?", ("Ja", "Nee"), ("proef",))
    assert (new.questions, new.notes, new.links, new.option_notes) == ((), "", (), ())


def test_a_json_card_that_omits_keys_keeps_those_fields(library, tmp_path):
    deck_id = stored_deck(library, tmp_path)
    one, two = card(library, deck_id, "c1"), card(library, deck_id, "c2")
    path = tmp_path / "kort.json"
    path.write_text(
        json.dumps(
            {
                "uid": "deck-nl",
                "title": "Dilemma's",
                "cards": [
                    {"uid": "c1", "title": "Laat melden", "notes": ""},
                    {
                        "uid": "c2",
                        "title": "Cadeau",
                        "tags": ["geschenk"],
                        "links": [{"label": "", "url": "https://example.org/g"}],
                    },
                ],
            }  # fmt: skip
        ),
        encoding="utf-8",
    )
    sheet = read_deck_sheet(path)
    _id, plan = plan_for(library.db, sheet)
    assert [(u.old.uid, u.changes) for u in plan.updated] == [
        ("c1", ("notes",)),
        ("c2", ("tags", "links")),
    ]
    assert not plan.renamed  # description, language, author, licence: not in the file
    apply_import(library.db, sheet)
    only_changed(one, card(library, deck_id, "c1"), {"notes": ""})
    only_changed(
        two,
        card(library, deck_id, "c2"),
        {"tags": ("geschenk",), "links": (Link("https://example.org/g", "https://example.org/g"),)},
    )
    assert library.decks.get(deck_id).description == "Voor de teamdag"


def test_a_merged_card_is_checked_and_named_by_its_line(library, tmp_path):
    deck_id = stored_deck(library, tmp_path)
    before = library.decks.get(deck_id)
    # Option A becomes the text option C already has: the merged card has it twice.
    path = tmp_path / "dubbel.csv"
    path.write_bytes("Titel;Optie A\r\nCadeau;Aannemen\r\nLaat melden;Melden bij de leiding\r\n"
                     .encode("cp1252"))  # fmt: skip
    with pytest.raises(DeckFormatError) as caught:
        plan_for(library.db, read_deck_sheet(path), into=deck_id, keep_details=True)
    assert caught.value.lines() == [f"{path}:3: options: has the same option twice"]
    with pytest.raises(DeckFormatError):
        apply_import(library.db, read_deck_sheet(path), into=deck_id, keep_details=True)
    assert library.decks.get(deck_id) == before


def test_the_command_line_import_of_the_testers_sheet_keeps_the_other_fields(library, tmp_path):
    deck_id = stored_deck(library, tmp_path)
    one, two = card(library, deck_id, "c1"), card(library, deck_id, "c2")
    path = dutch_sheet(
        tmp_path / "nl.csv",
        "dilemma;Laat melden;Een collega meldt een fout pas na één week.;Aanspreken;"
        "Afwachten;fouten, team",
        "dilemma;Cadeau;Een klant geeft je een fles wijn.;Aannemen;Weigeren;",
    )
    library.close()
    lib = tmp_path / "library.sqlite"
    run = [sys.executable, "-m", "workshop", "--library", str(lib), "deck", "import", str(path),
           "--into", str(deck_id)]  # fmt: skip
    dry = subprocess.run([*run, "--dry-run"], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert dry.returncode == 0, dry.stderr
    assert "read as Windows-1252, semicolon separated" in dry.stdout
    assert "  ~ updated: “Laat melden” (text)" in dry.stdout
    assert "  ~ updated: “Cadeau” (tags)" in dry.stdout
    done = subprocess.run(run, capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert done.returncode == 0, done.stderr
    from workshop.store.library import open_library

    again = open_library(lib)
    try:
        only_changed(
            one, card(again, deck_id, "c1"), {"text": "Een collega meldt een fout pas na één week."}
        )
        only_changed(two, card(again, deck_id, "c2"), {"tags": ()})
    finally:
        again.close()


def test_a_new_card_from_a_sheet_with_some_columns_is_still_checked_whole(library, tmp_path):
    from workshop.store.deck_files import read_deck_file

    path = tmp_path / "een.csv"
    path.write_bytes("Titel;Optie A\r\nNieuw;Ja\r\n".encode("cp1252"))
    expected = [f"{path}:2: options: has 1 options; a dilemma has 2 to 4"]
    with pytest.raises(DeckFormatError) as as_new:
        plan_for(library.db, read_deck_sheet(path))
    assert as_new.value.lines() == expected
    deck_id = stored_deck(library, tmp_path)
    with pytest.raises(DeckFormatError) as into:
        plan_for(library.db, read_deck_sheet(path), into=deck_id, keep_details=True)
    assert into.value.lines() == expected
    with pytest.raises(DeckFormatError) as alone:
        read_deck_file(path)
    assert alone.value.lines() == expected
