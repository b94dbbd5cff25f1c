"""Deck files: every format round-trips; re-import updates; hostile files are refused cleanly."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from workshop.core.commands import RecordGroupChoice
from workshop.core.deckformat import DeckFormatError
from workshop.core.session import start_session
from workshop.store.deck_edits import DeckEditor, import_deck
from workshop.store.deck_files import read_deck_file, write_deck_file
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner

ROOT = Path(__file__).parents[2]


@pytest.mark.parametrize("ext", [".wsdeck", ".json", ".csv"])
def test_each_format_round_trips(starter_deck, tmp_path, ext):
    written = write_deck_file(starter_deck, tmp_path / f"deck{ext}")
    back = read_deck_file(written, starter_deck.title)
    if ext == ".csv":  # a CSV holds the cards; the deck's own fields come from elsewhere
        back = replace(
            back,
            uid=starter_deck.uid,
            description=starter_deck.description,
            author=starter_deck.author,
            licence=starter_deck.licence,
        )
    assert back == starter_deck


def test_a_deck_file_is_self_contained_and_readable_by_sqlite(starter_deck, tmp_path):
    path = write_deck_file(starter_deck, tmp_path / "deck.wsdeck")
    assert [p.name for p in tmp_path.iterdir()] == ["deck.wsdeck"], "no -wal or -shm beside it"
    conn = sqlite3.connect(path)
    assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    titles = [r[0] for r in conn.execute("select title from cards order by position")]
    conn.close()
    assert titles == [c.title for c in starter_deck.cards]


def test_reimporting_an_edited_deck_updates_adds_and_keeps_sessions(
    library, starter_deck, tmp_path
):
    deck_id = library.decks.find_id(starter_deck.title)
    session = start_session(library.decks.get(deck_id), "Played before", "2026-11-01")
    library.sessions.create(session)
    CommandRunner(library.sessions, session).run(RecordGroupChoice(0, 1, "A", "history"))
    played_title = session.rounds[0].title

    edited = replace(
        starter_deck,
        cards=(
            replace(starter_deck.cards[0], title="A new title"),
            *starter_deck.cards[1:],
            replace(starter_deck.cards[1], uid="brand-new", title="A new card"),
        ),
    )
    file = write_deck_file(edited, tmp_path / "edited.json")
    same_id, added, updated = import_deck(library.db, read_deck_file(file))
    assert (same_id, added, updated) == (deck_id, 1, 1)
    titles = [c.title for c in library.decks.get(deck_id).cards]
    assert titles[0] == "A new title" and titles[-1] == "A new card"
    assert len(library.decks.summaries()) == 4, "no silent duplicate (2 starters, 2 in Dutch)"
    kept = library.sessions.load(session.id)
    assert kept.rounds[0].title == played_title and kept.choices[(0, 1)].reason == "history"
    copy_id, added, _ = import_deck(library.db, read_deck_file(file), as_copy=True)
    assert copy_id != deck_id and added == len(edited.cards)


def test_search_finds_cards_without_accents_and_takes_any_text(library):
    editor = DeckEditor(library.db)
    deck_id = library.decks.first_id()
    deck = library.decks.get(deck_id)
    card_id, _ = editor.save_card(
        deck_id, replace(deck.cards[0], uid="", title="Meeting in Łódź with AT&T")
    )
    assert editor.card_ids(deck_id, "lodz") == [card_id]
    assert card_id in editor.card_ids(deck_id, "at&t")
    for typed in ('"', "-", "AT&T -x", "(((", "*", "a OR b NEAR c"):
        editor.card_ids(deck_id, typed)  # never an FTS syntax error
    assert editor.card_ids(deck_id, "", kind="exercise") == []
    tag = deck.cards[0].tags[0]
    assert len(editor.card_ids(deck_id, "", tag=tag)) >= 2


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "workshop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def make_wsdeck(path: Path, setup) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("create table deck (uid, title, description, language, author, licence)")
    conn.execute("insert into deck values ('u', 'Hostile', '', 'en', '', '')")
    setup(conn)
    conn.commit()
    conn.close()
    return path


CARD_COLUMNS = "position, uid, kind, title, text, options, questions, notes, tags, links, exercise"


def endless_view(conn):
    conn.execute(
        f"create view cards ({CARD_COLUMNS}) as with recursive r(x) as (select 1 union all "
        "select x + 1 from r) select x, 'u' || x, 'dilemma', 't', '', '[]', '[]', '', '[]', "
        "'[]', '{}' from r"
    )


def with_trigger(conn):
    conn.execute(f"create table cards ({CARD_COLUMNS})")
    conn.execute("create trigger t after insert on cards begin select 1; end")


def flipped(path: Path, starter_deck) -> Path:
    good = write_deck_file(starter_deck, path.with_name("good.wsdeck")).read_bytes()
    data = bytearray(good)
    for offset in range(100, len(data), 97):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def altered(
    path: Path, deck, *sql: str, old: bytes = b"", new: bytes = b"", more: dict | None = None
) -> Path:
    """A good deck file changed by SQL, then (for what SQL cannot write) byte for byte."""
    write_deck_file(deck, path)
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()
    if old:
        data = path.read_bytes()
        assert old in data
        data = data.replace(old, new)
        for before, after in (more or {}).items():
            data = data.replace(before, after)
        path.write_bytes(data)
    return path


BAD_FILES = {
    "invalid UTF-8 in the schema text": (
        ".wsdeck",
        lambda p, d: altered(
            p,
            d,
            "create table extra (note text default 'ZZZZ')",
            old=b"ZZZZ",
            new=b"\xff\xfe\x80\x81",
        ),
        ".sql: is not UTF-8 text",
    ),
    "invalid UTF-8 in a table's name": (
        ".wsdeck",
        lambda p, d: altered(p, d, "create table QQQQ (a)", old=b"QQQQ", new=b"\xff\xfe\x80\x81"),
        ".name: is not UTF-8 text",
    ),
    "invalid UTF-8 in a schema SQLite cannot parse": (
        ".wsdeck",
        # SQLite's own message then quotes bytes that are not UTF-8; Python could not read it.
        lambda p, d: altered(
            p,
            d,
            "create table QQQQ (a WWWW)",
            old=b"QQQQ",
            new=b"\xff\xfe\x80\x81",
            more={b"WWWW": b"(((("},
        ),
        "sqlite_master: holds text that is not UTF-8",
    ),
    "invalid UTF-8 in a card's title": (
        ".wsdeck",
        lambda p, d: altered(p, d, "update cards set title = cast(x'80ff41' as text)"),
        "cards[0].title: is not UTF-8 text",
    ),
    "a number where links belong (wsdeck)": (
        ".wsdeck",
        lambda p, d: altered(p, d, "update cards set links = '1'"),
        "cards[0].links: must be a list, not 1",
    ),
    "a list where the exercise belongs (wsdeck)": (
        ".wsdeck",
        lambda p, d: altered(p, d, "update cards set exercise = '[5]'"),
        "cards[0].exercise: must be an object",
    ),
    "a number where options belong (JSON)": (
        ".json",
        lambda p, d: p.write_text(
            json.dumps(
                {"uid": "u", "title": "T", "cards": [{"uid": "c", "title": "T", "options": 5}]}
            )
        ),
        "cards/0/options: must be a list, not 5",
    ),
    "numbers where tags and links belong (JSON)": (
        ".json",
        lambda p, d: p.write_text(
            json.dumps(
                {
                    "uid": "u",
                    "title": "T",
                    "cards": [{"uid": "c", "title": "T", "tags": 3, "links": 1}],
                }
            )
        ),
        "cards/0/tags: must be a list, not 3",
    ),
    "a kind 900,000 characters long (wsdeck)": (
        ".wsdeck",
        lambda p, d: altered(p, d, "update cards set kind = printf('%.*c', 900000, 'k')"),
        "“" + "k" * 40 + "…” is not dilemma",
    ),
    "truncated sqlite": (
        ".wsdeck",
        lambda p, d: p.write_bytes(write_deck_file(d, p.with_name("g.wsdeck")).read_bytes()[:3000]),
        "deck file",
    ),
    "byte-flipped sqlite": (".wsdeck", lambda p, d: flipped(p, d), "bad.wsdeck"),
    "a view over an endless query": (
        ".wsdeck",
        lambda p, d: make_wsdeck(p, endless_view),
        "view cards",
    ),
    "a trigger": (".wsdeck", lambda p, d: make_wsdeck(p, with_trigger), "trigger t"),
    "wrong columns": (".csv", lambda p, d: p.write_text("head,answer\nx,y\n"), "no title column"),
    # Windows-1252 reads almost any bytes (see test_deck_sheets); 0x81 is in neither.
    "non-UTF-8 CSV": (
        ".csv",
        lambda p, d: p.write_bytes(b"title\nCaf\x81\n"),
        "bad.csv:2: is not UTF-8 or Windows-1252 text",
    ),
    "a missing title": (
        ".csv",
        lambda p, d: p.write_text("title,option_a,option_b\n,a,b\n"),
        "2: title: is required",
    ),
    "five options": (
        ".json",
        lambda p, d: p.write_text(
            json.dumps(
                {
                    "uid": "u",
                    "title": "T",
                    "cards": [{"uid": "c", "title": "T", "options": list("abcde")}],
                }
            )
        ),
        "cards/0/options",
    ),
    "a javascript link": (
        ".csv",
        lambda p, d: p.write_text(
            'title,option_a,option_b,links\nT,a,b,"x | javascript:alert(1)"\n'
        ),
        "2: links",
    ),
    "NaN in JSON": (".json", lambda p, d: p.write_text('{"uid": "u", "title": NaN}'), "NaN"),
    "a lone surrogate": (
        ".json",
        lambda p, d: p.write_text('{"uid": "u", "title": "\\ud800", "cards": []}'),
        "surrogate",
    ),
    "a 1,000-deep array": (".json", lambda p, d: p.write_text("[" * 1000 + "]" * 1000), "file"),
    "a 200 KB CSV field": (
        ".csv",
        lambda p, d: p.write_text("title,text\nT," + "x" * 200_000 + "\n"),
        "2:",
    ),
    "a 50 MB file": (
        ".json",
        lambda p, d: p.open("wb").truncate(51 * 1024 * 1024),
        "larger than 50 MB",
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_gets_its_message_and_the_library_is_unchanged(starter_deck, tmp_path, name):
    ext, make, fragment = BAD_FILES[name]
    bad = tmp_path / f"bad{ext}"
    make(bad, starter_deck)
    lib = tmp_path / "lib.sqlite"
    open_library(lib).close()
    before = lib.read_bytes()
    started = time.monotonic()
    result = run_cli("--library", str(lib), "deck", "import", str(bad))
    assert time.monotonic() - started < 20
    assert result.returncode == 1, result.stdout
    assert fragment in result.stderr, result.stderr
    assert result.stderr.startswith(f"error: {bad}")
    assert "Traceback" not in result.stderr and "unexpected" not in result.stderr
    longest = max(len(line) for line in result.stderr.splitlines())
    assert longest < 300 + len(str(bad)), "a bad value is quoted as a short excerpt"
    assert lib.read_bytes() == before, "a failed import changes nothing"
    assert run_cli("--library", str(lib), "deck", "validate", str(bad)).returncode == 1


def test_too_many_cards_are_refused_before_the_schema_is_checked(tmp_path, monkeypatch):
    """11,000 cards took seconds of schema checking before the refusal; now none is done."""
    from workshop.store import deck_files

    checked = []
    monkeypatch.setattr(deck_files, "schema_templates", lambda *args: checked.append(args) or [])
    cards = [{"uid": f"c{n}", "title": "T", "options": ["a", "b"]} for n in range(11_000)]
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"uid": "u", "title": "T", "cards": cards}))
    with pytest.raises(DeckFormatError, match="has more than 10000 cards"):
        read_deck_file(big)
    assert checked == []
    small = tmp_path / "small.json"
    small.write_text(json.dumps({"uid": "u", "title": "T", "cards": cards[:3]}))
    assert len(read_deck_file(small).cards) == 3
    assert len(checked) == 1, "the spy sees the schema check of a deck of normal size"


def test_too_many_csv_rows_are_refused_as_soon_as_they_are_counted(tmp_path, monkeypatch):
    from workshop.core import deckcsv

    checked = []
    monkeypatch.setattr(deckcsv, "deck_from_data", lambda *args: checked.append(args))
    big = tmp_path / "big.csv"
    big.write_text("title,option_a,option_b\n" + "T,a,b\n" * 11_000)
    with pytest.raises(DeckFormatError, match="more than 10000 cards"):
        read_deck_file(big)
    assert checked == []


def test_the_endless_view_is_refused_within_two_seconds(tmp_path):
    bad = make_wsdeck(tmp_path / "endless.wsdeck", endless_view)
    started = time.monotonic()
    with pytest.raises(DeckFormatError):
        read_deck_file(bad)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("ext", [".wsdeck", ".json", ".csv"])
def test_the_sample_files_are_valid_decks(ext):
    sample = ROOT / "resources" / "samples" / f"sample-deck{ext}"
    deck = read_deck_file(sample, "Sample deck")
    assert deck.title == "Sample deck" and len(deck.cards) == 3


def test_the_schemas_are_valid_json_schemas_and_the_json_sample_meets_its_own():
    import jsonschema

    for name in (
        "deck.schema.json",
        "deck-csv-row.schema.json",
        "wsdeck.schema.json",
        "session-archive.schema.json",
    ):
        schema = json.loads((ROOT / "resources" / "schemas" / name).read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
    deck_schema = json.loads((ROOT / "resources" / "schemas" / "deck.schema.json").read_text())
    sample = json.loads((ROOT / "resources" / "samples" / "sample-deck.json").read_text())
    jsonschema.validate(sample, deck_schema)
