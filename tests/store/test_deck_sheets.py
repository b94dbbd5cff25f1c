"""Spreadsheets as people save them: Windows-1252, tabs, Dutch headers; messages that point."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workshop.core.deckcsv import column_for
from workshop.core.deckformat import DeckFormatError
from workshop.store.deck_files import read_deck_sheet

ROOT = Path(__file__).parents[2]


def test_dutch_excel_csv_in_windows_1252_with_semicolons_is_read_and_says_so(tmp_path):
    text = (
        "Titel;Tekst;Optie A;Optie B;Vragen\r\n"
        'Café “om de hoek”;Één vraag;Ja;Nee;"Waarom?\r\nEn?"\r\n'
    )
    path = tmp_path / "kaarten.csv"
    path.write_bytes(text.encode("cp1252"))
    read = read_deck_sheet(path)
    assert (read.encoding, read.delimiter) == ("Windows-1252", ";")
    card = read.deck.cards[0]
    assert (card.title, card.text, card.options) == (
        "Café “om de hoek”",
        "Één vraag",
        ("Ja", "Nee"),
    )
    assert card.questions == ("Waarom?", "En?")


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [(b"\xef\xbb\xbf", "UTF-8 with BOM"), (b"", "UTF-8")],
)
def test_utf8_with_or_without_a_bom(tmp_path, raw, encoding):
    path = tmp_path / "d.csv"
    path.write_bytes(raw + "title,option a,option b\nZoë,ja,nee\n".encode())
    read = read_deck_sheet(path)
    assert read.encoding == encoding and read.deck.cards[0].title == "Zoë"


def test_a_copy_paste_with_tabs_and_english_synonyms(tmp_path):
    path = tmp_path / "pasted.csv"
    path.write_text("Name\tDescription\tOption A\tOption B\tOption C\tTags\n"
                    "Budget cut\tWhat now?\tWait\tAct\tAsk\tmoney, board\n")  # fmt: skip
    read = read_deck_sheet(path)
    card = read.deck.cards[0]
    assert read.delimiter == "\t"
    assert (card.title, card.text, card.options, card.tags) == (
        "Budget cut", "What now?", ("Wait", "Act", "Ask"), ("money", "board"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("header", "field"),
    [("Titel", "title"), ("Optie A", "option_a"), ("Option A", "option_a"),
     ("optie-b", "option_b"), ("Vragen", "questions"), ("Notities", "notes"),
     ("Notitie optie C", "note_c"), ("TAGS", "tags"), ("Kleur", "")],
)  # fmt: skip
def test_header_synonyms(header, field):
    assert column_for(header) == field


def test_an_unclosed_quote_says_so_with_its_line(tmp_path):
    path = tmp_path / "open.csv"
    path.write_text('title,option_a,option_b\nOne,a,b\n"Two,a,b\nThree,a,b\n')
    with pytest.raises(DeckFormatError) as caught:
        read_deck_sheet(path)
    assert caught.value.lines() == [
        f"{path}:3: a quoted cell starts here and its closing quote is missing"
    ]


def test_bytes_no_encoding_reads_are_named_by_line_not_offset(tmp_path):
    path = tmp_path / "odd.json"
    path.write_bytes(b'{"uid": "u",\n "title": "Caf\xe9",\n "cards": []}')
    with pytest.raises(DeckFormatError) as caught:
        read_deck_sheet(path)
    assert caught.value.lines() == [f"{path}:2: is not UTF-8 text (byte 0xe9); save it as UTF-8"]


def test_the_command_line_prints_one_summary_line_then_the_list(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("title,option_a,option_b,colour\nOne,a,a,red\n,b,c,blue\n")
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(tmp_path / "lib.sqlite"), "deck",
         "import", str(path)],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    lines = result.stderr.splitlines()
    assert result.returncode == 1
    assert lines[0] == f"error: {path} cannot be imported (3 problems):"
    assert [x.startswith("  ") for x in lines[1:]] == [True] * 3
    assert f"  {path}:1: colour: is not a column Workshop knows" in lines
    assert sum(x.startswith("error:") for x in lines) == 1
