"""Deck files: .wsdeck (SQLite), .json and .csv; every file read is treated as hostile."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jsonschema

from workshop import paths
from workshop.core.cards import Deck
from workshop.core.deckcsv import deck_from_csv, deck_to_csv
from workshop.core.deckformat import DeckFormatError, Problem, deck_from_data, deck_to_data
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.files import atomic_path
from workshop.store.untrusted import Untrusted, check_size, parse_json, read_capped, utf8

MAX_CARDS = 10_000
QUERY_SECONDS = 2.0
FORMATS = (".wsdeck", ".json", ".csv")
CARD_COLUMNS = ("position", "uid", "kind", "title", "text", "options", "questions", "notes",
                "tags", "links", "exercise")  # fmt: skip
DECK_COLUMNS = ("uid", "title", "description", "language", "author", "licence")


def _schema(name: str) -> dict[str, Any]:
    return json.loads((paths.resources_dir() / "schemas" / name).read_text(encoding="utf-8"))


def _refuse(source: str, message: str) -> DeckFormatError:
    return DeckFormatError(source, [Problem("file", message)])


def _format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise WorkshopError(
            QT_TRANSLATE_NOOP("Messages", "{file}: a deck file ends in .wsdeck, .json or .csv."),
            file=str(path),
        )
    return suffix


def read_deck_file(path: Path, title: str = "") -> Deck:
    """A deck from a file, or DeckFormatError listing what is wrong; nothing is written."""
    path = Path(path)
    source = str(path)
    kind = _format(path)
    if kind == ".wsdeck":
        try:
            check_size(path)
        except Untrusted as exc:
            raise _refuse(source, str(exc)) from exc
        return _read_wsdeck(path, source)
    try:
        text = utf8(read_capped(path))
    except Untrusted as exc:
        raise _refuse(source, str(exc)) from exc
    if kind == ".csv":
        return deck_from_csv(text, title or path.stem, source)
    return _read_json(text, title, source)


def _read_json(text: str, title: str, source: str) -> Deck:
    try:
        data = parse_json(text)
    except Untrusted as exc:
        where = str(exc.line) if exc.line else "file"
        raise DeckFormatError(source, [Problem(where, str(exc))]) from exc
    validator = jsonschema.Draft202012Validator(_schema("deck.schema.json"))
    problems = [
        Problem("/".join(str(p) for p in e.absolute_path) or "file", e.message[:200])
        for _i, e in zip(range(50), validator.iter_errors(data), strict=False)
    ]
    if problems:
        raise DeckFormatError(source, problems)
    if title:
        data = {**data, "title": title}
    return deck_from_data(data, source)


def _read_wsdeck(path: Path, source: str) -> Deck:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise _refuse(source, f"cannot be opened ({exc})") from exc
    deadline = time.monotonic() + QUERY_SECONDS
    # A query past the deadline is stopped: a hostile file cannot hang the app.
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        for pragma in ("trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0"):
            conn.execute(f"PRAGMA {pragma}")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000)
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise _refuse(source, f"is damaged ({check[0] if check else 'no answer'})")
        objects = conn.execute("select type, name from sqlite_master").fetchall()
        odd = [f"{kind} {name}" for kind, name in objects if kind in ("view", "trigger")]
        if odd:
            raise _refuse(source, f"holds {odd[0]}; a deck file has tables only")
        tables = {name for kind, name in objects if kind == "table"}
        if not {"deck", "cards"} <= tables:
            raise _refuse(source, "has no deck and cards tables")
        if conn.execute("select count(*) from cards").fetchone()[0] > MAX_CARDS:
            raise _refuse(source, f"has more than {MAX_CARDS} cards")
        deck_row = conn.execute(f"select {', '.join(DECK_COLUMNS)} from deck").fetchall()
        if len(deck_row) != 1:
            raise _refuse(source, "must hold exactly one deck")
        card_rows = conn.execute(
            f"select {', '.join(CARD_COLUMNS)} from cards order by position"
        ).fetchall()
    except sqlite3.OperationalError as exc:
        message = "took too long to read" if "interrupt" in str(exc) else str(exc)
        raise _refuse(source, message) from exc
    except sqlite3.DatabaseError as exc:
        raise _refuse(source, f"is not a deck file ({exc})") from exc
    finally:
        conn.close()
    return deck_from_data(_wsdeck_data(deck_row[0], card_rows, source), source)


def _json_list(value: Any, where: str, source: str) -> Any:
    if value is None:
        return []
    if not isinstance(value, str):
        raise DeckFormatError(source, [Problem(where, "must be JSON text")])
    try:
        return parse_json(value)
    except Untrusted as exc:
        raise DeckFormatError(source, [Problem(where, "is not valid JSON")]) from exc


def _wsdeck_data(deck_row: tuple, card_rows: list[tuple], source: str) -> dict[str, Any]:
    deck = {
        k: (v if isinstance(v, str) else "") for k, v in zip(DECK_COLUMNS, deck_row, strict=True)
    }
    cards = []
    for i, row in enumerate(card_rows):
        values = dict(zip(CARD_COLUMNS, row, strict=True))
        where = f"cards[{i}]"
        card = {k: values[k] for k in ("uid", "kind", "title", "text", "notes")}
        for key in ("options", "questions", "tags"):
            card[key] = _json_list(values[key], f"{where}.{key}", source)
        card["links"] = [
            {"label": x[0], "url": x[1]} if isinstance(x, list) and len(x) == 2 else x
            for x in _json_list(values["links"], f"{where}.links", source)
        ]
        exercise = _json_list(values["exercise"], f"{where}.exercise", source) or {}
        if isinstance(exercise, dict):
            keys = ("minutes", "group_size", "output", "stages", "option_notes")
            card.update({k: exercise[k] for k in keys if k in exercise})
        cards.append(card)
    return {**deck, "cards": cards}


def write_deck_file(deck: Deck, target: Path) -> Path:
    """The deck in the format the file name asks for, written whole or not at all."""
    target = Path(target)
    kind = _format(target)
    with atomic_path(target) as temp:
        if kind == ".json":
            temp.write_text(json.dumps(deck_to_data(deck), ensure_ascii=False, indent=1),
                            encoding="utf-8")  # fmt: skip
        elif kind == ".csv":
            temp.write_bytes(("\ufeff" + deck_to_csv(deck)).encode("utf-8"))
        else:
            temp.unlink()
            _write_wsdeck(deck, temp)
    return target


def _write_wsdeck(deck: Deck, target: Path) -> None:
    """Made in memory and written with VACUUM INTO: one self-contained file, journal DELETE."""
    from workshop.store.decks import _card_row

    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"create table deck ({', '.join(f'{c} text' for c in DECK_COLUMNS)})")
        conn.execute("create table cards (position integer, uid text, kind text, title text, "
                     "text text, options text, questions text, notes text, tags text, "
                     "links text, exercise text)")  # fmt: skip
        conn.execute("create table meta (key text primary key, value text)")
        conn.execute("insert into meta values ('format', 'workshop-deck'), ('version', '1')")
        conn.execute(
            f"insert into deck values ({', '.join('?' * len(DECK_COLUMNS))})",
            [getattr(deck, c) for c in DECK_COLUMNS],
        )
        for position, card in enumerate(deck.cards):
            row = _card_row(0, position, card)
            conn.execute(
                f"insert into cards values ({', '.join('?' * len(CARD_COLUMNS))})",
                [row[c] for c in CARD_COLUMNS],
            )
        conn.commit()
        conn.execute("VACUUM INTO ?", [str(target)])
    finally:
        conn.close()
    os.chmod(target, 0o644)
