"""Deck files: .wsdeck (SQLite), .json and .csv; every file read is treated as hostile."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from workshop import paths
from workshop.core.cards import Deck
from workshop.core.deckcsv import (
    Sheet,
    SheetTextError,
    deck_to_csv,
    decode_sheet,
    headers_of,
    read_sheet,
)
from workshop.core.deckformat import FILE, DeckFormatError, Problem, deck_from_data, deck_to_data
from workshop.core.deckmerge import FIELD_NAMES, NO_SLOTS, PLAIN_FIELDS, Given
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.quoting import excerpt, schema_templates, short
from workshop.files import atomic_path
from workshop.store.untrusted import Untrusted, check_size, parse_json, read_capped, utf8

MAX_CARDS = 10_000
QUERY_SECONDS = 2.0
FORMATS = (".wsdeck", ".json", ".csv")
CARD_COLUMNS = ("position", "uid", "kind", "title", "text", "options", "questions", "notes",
                "tags", "links", "exercise")  # fmt: skip
DECK_COLUMNS = ("uid", "title", "description", "language", "author", "licence")
MASTER = ("type", "name", "sql")
MAX_PROBLEMS = 50


@cache
def _schema(name: str) -> dict[str, Any]:
    return json.loads((paths.resources_dir() / "schemas" / name).read_text(encoding="utf-8"))


def _refuse(source: str, message: str, **params: object) -> DeckFormatError:
    return DeckFormatError(source, [Problem(FILE, message, params)])


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
    return read_deck_sheet(path, title, alone=True).deck


def read_deck_sheet(
    path: Path, title: str = "", mapping: dict[str, str] | None = None, alone: bool = False
) -> Sheet:
    """A deck from a file with what reading it decided (encoding, rows without a uid).

    `alone`: read as a deck on its own, every card checked whole (see core read_sheet).
    """
    path = Path(path)
    source = str(path)
    kind = _format(path)
    if kind == ".wsdeck":
        try:
            check_size(path)
        except Untrusted as exc:
            raise _refuse(source, exc.template, **exc.params) from exc
        return Sheet(_read_wsdeck(path, source), names_its_deck=True)
    try:
        raw = read_capped(path)
        if kind == ".csv":
            text, encoding = decode_sheet(raw)
            return read_sheet(
                text, title, source, encoding, mapping, default_title=path.stem, alone=alone
            )
        text = utf8(raw)
    except Untrusted as exc:
        where = str(exc.line) if exc.line else FILE
        raise DeckFormatError(source, [Problem(where, exc.template, exc.params)]) from exc
    except SheetTextError as exc:
        raise DeckFormatError(source, [Problem(str(exc.line), str(exc))]) from exc
    return _read_json_sheet(text, title, source, alone)


def sheet_headers(path: Path) -> list[str]:
    """A CSV file's header cells ([] for other formats or a file that cannot be read)."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        return []
    try:
        return headers_of(decode_sheet(read_capped(path))[0])
    except (Untrusted, SheetTextError):
        return []


def _anonymous(text: str) -> frozenset[str]:
    """The uids the reader gave a JSON deck's cards that had none (their place, 1, 2, …)."""
    data = parse_json(text)
    cards = data.get("cards") if isinstance(data, dict) else None
    if not isinstance(cards, list):
        return frozenset()
    return frozenset(
        str(i + 1)
        for i, c in enumerate(cards)
        if isinstance(c, dict) and not (isinstance(c.get("uid"), str) and c["uid"].strip())
    )


def _read_json(text: str, title: str, source: str) -> Deck:
    """A JSON deck on its own, each card checked whole."""
    return _read_json_sheet(text, title, source, alone=True).deck


def _read_json_sheet(text: str, title: str, source: str, alone: bool = False) -> Sheet:
    try:
        data = parse_json(text)
    except Untrusted as exc:
        where = str(exc.line) if exc.line else FILE
        raise DeckFormatError(source, [Problem(where, exc.template, exc.params)]) from exc
    cards = data.get("cards") if isinstance(data, dict) else None
    if isinstance(cards, list) and len(cards) > MAX_CARDS:
        # Refused before the schema: checking 11,000 cards against it takes seconds.
        raise DeckFormatError(
            source,
            [
                Problem(
                    "cards",
                    QT_TRANSLATE_NOOP("Messages", "has more than {most} cards"),
                    {"most": MAX_CARDS},
                )
            ],
        )
    problems = [
        Problem(where, template, params)
        for where, template, params in schema_templates(
            _schema("deck.schema.json"), data, MAX_PROBLEMS
        )
    ]
    if problems:
        raise DeckFormatError(source, problems)
    if title:
        data = {**data, "title": title}
    # A card that leaves out a key says nothing about that field (see deckmerge.Given).
    whole = all(set(FIELD_NAMES) <= set(c) for c in data["cards"])
    deck = deck_from_data(data, source, whole or alone)
    given: dict[str, Given] = {}
    if not whole:
        for i, (raw, card) in enumerate(zip(data["cards"], deck.cards, strict=True)):
            given[card.uid] = Given(
                frozenset(name for name in PLAIN_FIELDS if name in raw),
                _slots(card.options) if "options" in raw else NO_SLOTS,
                _slots(card.option_notes) if "option_notes" in raw else NO_SLOTS,
                f"cards[{i}].",
            )
    deck_keys = ("title", "description", "language", "author", "licence")
    deck_given = frozenset(k for k in deck_keys if k in data)
    return Sheet(
        deck,
        _anonymous(text),
        names_its_deck=True,
        given=given,
        deck_given=None if len(deck_given) == len(deck_keys) else deck_given,
        source=source,
    )


def _slots(values: tuple[str, ...]) -> tuple[str, ...]:
    """A JSON list of options (or notes) gives every letter: those after it are empty."""
    return tuple(values) + ("",) * (len(NO_SLOTS) - len(values))


def _read_wsdeck(path: Path, source: str) -> Deck:
    uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise _refuse(
            source,
            QT_TRANSLATE_NOOP("Messages", "cannot be opened ({reason})"),
            reason=short(str(exc), 100),
        ) from exc
    # Text is read as bytes and decoded here, so text that is not UTF-8 is named by its field.
    conn.text_factory = bytes
    deadline = time.monotonic() + QUERY_SECONDS
    # A query past the deadline is stopped: a hostile file cannot hang the app.
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    try:
        for pragma in ("trusted_schema=OFF", "cell_size_check=ON", "mmap_size=0"):
            conn.execute(f"PRAGMA {pragma}")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 1_000_000)
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or _text(check[0], "quick_check", source) != "ok":
            answer = _text(check[0], "quick_check", source) if check else "no answer"
            raise _refuse(
                source,
                QT_TRANSLATE_NOOP("Messages", "is damaged ({reason})"),
                reason=short(answer, 100),
            )
        rows = conn.execute(f"select {', '.join(MASTER)} from sqlite_master").fetchall()
        objects = [_row(MASTER, row, f"sqlite_master[{i}]", source) for i, row in enumerate(rows)]
        odd = [f"{o['type']} {short(o['name'], 40)}" for o in objects
               if o["type"] in ("view", "trigger")]  # fmt: skip
        if odd:
            raise _refuse(
                source,
                QT_TRANSLATE_NOOP("Messages", "holds {name}; a deck file has tables only"),
                name=odd[0],
            )
        tables = {o["name"] for o in objects if o["type"] == "table"}
        if not {"deck", "cards"} <= tables:
            raise _refuse(source, QT_TRANSLATE_NOOP("Messages", "has no deck and cards tables"))
        if conn.execute("select count(*) from cards").fetchone()[0] > MAX_CARDS:
            raise _refuse(
                source, QT_TRANSLATE_NOOP("Messages", "has more than {most} cards"), most=MAX_CARDS
            )
        deck_row = conn.execute(f"select {', '.join(DECK_COLUMNS)} from deck").fetchall()
        if len(deck_row) != 1:
            raise _refuse(source, QT_TRANSLATE_NOOP("Messages", "must hold exactly one deck"))
        card_rows = conn.execute(
            f"select {', '.join(CARD_COLUMNS)} from cards order by position"
        ).fetchall()
    except UnicodeDecodeError as exc:
        # SQLite's own message quoted schema text that is not UTF-8, so Python could not read it.
        raise DeckFormatError(
            source,
            [
                Problem(
                    "sqlite_master",
                    QT_TRANSLATE_NOOP("Messages", "holds text that is not UTF-8 (byte {byte})"),
                    {"byte": exc.start},
                )
            ],
        ) from exc
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            raise _refuse(source, QT_TRANSLATE_NOOP("Messages", "took too long to read")) from exc
        raise _refuse(source, short(str(exc), 100)) from exc
    except sqlite3.DatabaseError as exc:
        raise _refuse(
            source,
            QT_TRANSLATE_NOOP("Messages", "is not a deck file ({reason})"),
            reason=short(str(exc), 100),
        ) from exc
    finally:
        conn.close()
    deck = {
        k: _text(v, f"deck.{k}", source) for k, v in zip(DECK_COLUMNS, deck_row[0], strict=True)
    }
    cards = [
        {k: _text(v, f"cards[{i}].{k}", source) for k, v in zip(CARD_COLUMNS, row, strict=True)}
        for i, row in enumerate(card_rows)
    ]  # fmt: skip
    return deck_from_data(_wsdeck_data(deck, cards, source), source)


def _row(names: tuple[str, ...], row: tuple, where: str, source: str) -> dict[str, Any]:
    """A row's cells by column name, its text decoded (see _text)."""
    return {k: _text(v, f"{where}.{k}", source) for k, v in zip(names, row, strict=True)}


def _text(value: Any, where: str, source: str) -> Any:
    """A text cell's bytes as text, or DeckFormatError naming the field; other cells as they are."""
    if not isinstance(value, bytes):
        return value
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DeckFormatError(
            source,
            [
                Problem(
                    where,
                    QT_TRANSLATE_NOOP("Messages", "is not UTF-8 text (byte {byte})"),
                    {"byte": exc.start},
                )
            ],
        ) from exc


def _json_value(value: Any, where: str, source: str, kind: type) -> Any:
    """A cell holding JSON of `kind` (a list, or an object), or DeckFormatError naming it."""
    if value is None:
        return kind()
    if not isinstance(value, str):
        raise DeckFormatError(
            source, [Problem(where, QT_TRANSLATE_NOOP("Messages", "must be JSON text"))]
        )
    try:
        parsed = parse_json(value)
    except Untrusted as exc:
        raise DeckFormatError(
            source, [Problem(where, QT_TRANSLATE_NOOP("Messages", "is not valid JSON"))]
        ) from exc
    if parsed is None:
        return kind()
    if not isinstance(parsed, kind):
        what = (
            QT_TRANSLATE_NOOP("Messages", "must be a list, not {value}")
            if kind is list
            else QT_TRANSLATE_NOOP("Messages", "must be an object, not {value}")
        )
        raise DeckFormatError(source, [Problem(where, what, {"value": excerpt(parsed)})])
    return parsed


def _wsdeck_data(
    deck_row: dict[str, Any], card_rows: list[dict[str, Any]], source: str
) -> dict[str, Any]:
    deck = {k: (v if isinstance(v, str) else "") for k, v in deck_row.items()}
    cards = []
    for i, values in enumerate(card_rows):
        where = f"cards[{i}]"
        card = {k: values[k] for k in ("uid", "kind", "title", "text", "notes")}
        for key in ("options", "questions", "tags"):
            card[key] = _json_value(values[key], f"{where}.{key}", source, list)
        card["links"] = [
            {"label": x[0], "url": x[1]} if isinstance(x, list) and len(x) == 2 else x
            for x in _json_value(values["links"], f"{where}.links", source, list)
        ]
        exercise = _json_value(values["exercise"], f"{where}.exercise", source, dict)
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
