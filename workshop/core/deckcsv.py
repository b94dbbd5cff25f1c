"""Decks as CSV the way spreadsheets write it: one row a card, named columns in any order."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from workshop.core.cards import OPTION_LETTERS, Deck
from workshop.core.deckformat import MAX_CARDS, DeckFormatError, Problem, deck_from_data
from workshop.core.deckmerge import PLAIN_FIELDS, Given
from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.core.fold import fold

CARD_COLUMNS = (
    "kind", "title", "text", "option_a", "option_b", "option_c", "option_d", "questions",
    "notes", "tags", "links", "minutes", "group_size", "output", "stages", "uid",
    "note_a", "note_b", "note_c", "note_d",
)  # fmt: skip
# The deck's own fields, filled on the first row only: an exported sheet carries its deck.
DECK_COLUMNS = (
    "deck_uid", "deck_title", "deck_description", "deck_language", "deck_author", "deck_licence",
)  # fmt: skip
COLUMNS = CARD_COLUMNS + DECK_COLUMNS
MAX_PROBLEMS = 50

# Headers as people write them, English and Dutch, folded and with spaces as "_".
SYNONYMS = {
    "type": "kind", "soort": "kind", "titel": "title", "naam": "title", "name": "title",
    "tekst": "text", "beschrijving": "text", "description": "text", "question": "text",
    "vraag": "text", "vragen": "questions", "discussion_questions": "questions",
    "gespreksvragen": "questions", "notities": "notes", "notitie": "notes", "note": "notes",
    "opmerkingen": "notes", "tag": "tags", "labels": "tags", "trefwoorden": "tags",
    "link": "links", "url": "links", "minuten": "minutes", "duur": "minutes",
    "groepsgrootte": "group_size", "uitkomst": "output", "resultaat": "output",
    "stappen": "stages", "fases": "stages", "fasen": "stages", "id": "uid",
}  # fmt: skip
for _letter in "abcd":
    for _name in (f"option_{_letter}", f"optie_{_letter}", f"option{_letter}", f"optie{_letter}",
                  f"antwoord_{_letter}", f"answer_{_letter}", _letter):  # fmt: skip
        SYNONYMS[_name] = f"option_{_letter}"
    for _name in (f"notes_{_letter}", f"note_option_{_letter}", f"notitie_{_letter}",
                  f"notitie_optie_{_letter}", f"option_{_letter}_note",
                  f"optie_{_letter}_notitie"):  # fmt: skip
        SYNONYMS[_name] = f"note_{_letter}"


def _lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def _link(text: str) -> dict[str, str]:
    label, sep, url = text.rpartition("|")
    return {"label": label.strip(), "url": url.strip()} if sep else {"label": "", "url": text}


def _number(value: str, column: str, where: str, problems: list[Problem]) -> int:
    value = value.strip()
    if not value:
        return 0
    # isdigit() accepts '²'; only 0-9 make a number int() reads.
    if not re.fullmatch(r"[0-9]{1,6}", value):
        problems.append(
            Problem(
                where,
                QT_TRANSLATE_NOOP("Messages", "{column}: {value} is not a whole number"),
                {"column": column, "value": repr(value[:20])},
            )
        )
        return 0
    return int(value)


def deck_uid_for(title: str) -> str:
    """A CSV has no deck uid; one made from the title lets an edited file update its deck."""
    return "csv-" + (re.sub(r"[^a-z0-9]+", "-", fold(title)).strip("-") or "deck")


@dataclass(frozen=True)
class Sheet:
    """A deck read from a sheet, with what the reader decided on the way."""

    deck: Deck
    # Uids given to rows that had none: these cards are matched by content on re-import.
    anonymous: frozenset[str] = frozenset()
    encoding: str = "UTF-8"
    delimiter: str = ","
    # Whether the sheet named its deck (deck_uid): then it updates that deck by identity.
    names_its_deck: bool = False
    # For a file that leaves out card fields: what it gives for each card, by its uid here
    # (every card has one); empty when the file gives every field.
    given: dict[str, Given] = field(default_factory=dict)
    # The deck's own fields the file gives (title, description, …); None: all of them.
    deck_given: frozenset[str] | None = None
    source: str = ""


def column_for(header: str) -> str:
    """The field a header names ('Optie A' -> 'option_a'), or '' for none Workshop knows."""
    name = re.sub(r"[\s\-.]+", "_", fold(header).strip()).strip("_")
    if name in COLUMNS:
        return name
    return SYNONYMS.get(name, SYNONYMS.get(name.replace("_", ""), ""))


def decode_sheet(raw: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without a BOM, else Windows-1252 (Excel's "CSV")."""
    if raw.startswith(b"\xef\xbb\xbf"):
        try:
            return raw[3:].decode("utf-8"), "UTF-8 with BOM"
        except UnicodeDecodeError as exc:
            raise _not_text(raw, exc.start + 3, "UTF-8") from exc
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError as exc:
        raise _not_text(raw, exc.start, "UTF-8 or Windows-1252") from exc


class SheetTextError(ValueError):
    """Bytes no encoding reads; `line` is where the first of them is."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def _not_text(raw: bytes, start: int, encodings: str) -> SheetTextError:
    line = raw[:start].count(b"\n") + 1
    return SheetTextError(
        f"is not {encodings} text (byte 0x{raw[start]:02x}); save it as UTF-8", line
    )


def _delimiter(first_line: str) -> str:
    """Tab (a copy-paste), semicolon (Dutch Excel) or comma: the one the header uses most."""
    counts = {d: first_line.count(d) for d in ("\t", ";", ",")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _unclosed_quote(text: str, delimiter: str) -> int:
    """The line where a quoted cell opens and never closes, or 0 when every quote closes."""
    line, opened, quoted, at_start = 1, 0, False, True
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1
                else:
                    quoted = False
        elif ch == '"' and at_start:
            quoted, opened = True, line
        at_start = not quoted and ch in (delimiter, "\n", "\r")
        if ch == "\n":
            line += 1
        i += 1
    return opened if quoted else 0


def headers_of(text: str) -> list[str]:
    """The header cells of a sheet, as written ([] when there is none to read)."""
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    try:
        row = next(csv.reader(io.StringIO(first.rstrip("\r")), delimiter=_delimiter(first)), [])
    except csv.Error:
        return []
    return [h.strip() for h in row]


def deck_from_csv(text: str, title: str, source: str) -> Deck:
    """A deck from CSV text, or DeckFormatError naming the line and column of every problem."""
    return read_sheet(text, title, source, alone=True).deck


def read_sheet(
    text: str,
    title: str,
    source: str,
    encoding: str = "UTF-8",
    mapping: dict[str, str] | None = None,
    default_title: str = "",
    alone: bool = False,
) -> Sheet:
    """A sheet's deck, or DeckFormatError naming the line and column of every problem.

    `mapping` maps headers Workshop does not know to fields (the import dialog's choice);
    a header mapped to "" is ignored. `alone`: the deck is read on its own (not to update
    one), so every card is checked whole here even when the sheet leaves out columns.
    """
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = _delimiter(first)
    open_at = _unclosed_quote(text, delimiter)
    if open_at:
        raise DeckFormatError(
            source,
            [Problem(str(open_at), "a quoted cell starts here and its closing quote is missing")],
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[Problem] = []
    try:
        raw_header = [h.strip() for h in next(reader, [])]
    except csv.Error as exc:
        raise DeckFormatError(
            source,
            [
                Problem(
                    "1",
                    QT_TRANSLATE_NOOP("Messages", "the header cannot be read: {reason}"),
                    {"reason": str(exc)},
                )
            ],
        ) from exc
    mapping = mapping or {}
    header: list[str] = []
    for name in raw_header:
        if name in mapping:
            header.append(mapping[name])
            continue
        column = column_for(name)
        if name and not column:
            problems.append(
                Problem(
                    "1",
                    QT_TRANSLATE_NOOP("Messages", "{name}: is not a column Workshop knows"),
                    {"name": name},
                )
            )
        header.append(column)
    if "title" not in header:
        problems.append(
            Problem("1", QT_TRANSLATE_NOOP("Messages", "title: there is no title column"))
        )
    named = [h for h in header if h]
    if len(set(named)) != len(named):
        problems.append(Problem("1", QT_TRANSLATE_NOOP("Messages", "a column name appears twice")))
    # A sheet without a column says nothing about that field: a card it updates keeps it.
    present = set(named)
    whole = present >= set(CARD_COLUMNS) - {"uid"}
    plain = frozenset(name for name in PLAIN_FIELDS if name in present)
    given: dict[str, Given] = {}
    cards: list[dict[str, Any]] = []
    lines: list[int] = []
    anonymous: set[str] = set()
    deck_fields: dict[str, str] = {}
    line = reader.line_num + 1
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header) and any(c.strip() for c in row[len(header) :]):
                problems.append(
                    Problem(
                        str(start),
                        QT_TRANSLATE_NOOP("Messages", "has {cells} cells, the header {header}"),
                        {"cells": len(row), "header": len(header)},
                    )
                )
            cells = {k: v for k, v in zip(header, row, strict=False) if k}

            def get(key: str, cells: dict[str, str] = cells) -> str:
                return cells.get(key, "")

            for key in DECK_COLUMNS:
                if get(key).strip() and key not in deck_fields:
                    deck_fields[key] = get(key).strip()
            if not any(v.strip() for k, v in cells.items() if k in CARD_COLUMNS):
                continue  # the deck's own fields of a deck without cards
            where = str(start)
            letters = [x.lower() for x in OPTION_LETTERS]
            options = [(get(f"option_{x}").strip(), get(f"note_{x}").strip()) for x in letters]
            options = [o for o in options if o[0]]
            card: dict[str, Any] = {
                "kind": get("kind").strip().casefold() or "dilemma",
                "title": get("title"),
                "text": get("text"),
                "options": [o for o, _n in options],
                "option_notes": [n for _o, n in options],
                "questions": _lines(get("questions")),
                "notes": get("notes"),
                "tags": [t.strip() for t in get("tags").split(",") if t.strip()],
                "links": [_link(x) for x in _lines(get("links"))],
                "minutes": _number(get("minutes"), "minutes", where, problems),
                "group_size": _number(get("group_size"), "group_size", where, problems),
                "output": get("output"),
                "stages": _lines(get("stages")),
            }
            if get("uid").strip():
                card["uid"] = get("uid").strip()
            else:
                # A row without a uid is known by its content, not its place (see deckmerge).
                card["uid"] = f"row-{start}"
                anonymous.add(card["uid"])
            if not whole:
                slots = {
                    kind: tuple(
                        get(f"{kind}_{x}").strip() if f"{kind}_{x}" in present else None
                        for x in letters
                    )
                    for kind in ("option", "note")
                }
                given[card["uid"]] = Given(plain, slots["option"], slots["note"], f"{start}: ")
            cards.append(card)
            lines.append(start)
            if len(cards) > MAX_CARDS:
                # Stop at once: checking every card of a huge file first would take seconds.
                raise DeckFormatError(
                    source,
                    [
                        Problem(
                            str(start),
                            QT_TRANSLATE_NOOP("Messages", "the file has more than {most} cards"),
                            {"most": MAX_CARDS},
                        )
                    ],
                )
    except csv.Error as exc:
        problems.append(
            Problem(
                str(line),
                QT_TRANSLATE_NOOP("Messages", "the row cannot be read ({reason})"),
                {"reason": str(exc)},
            )
        )
    # The rows are checked even when the header has problems: every problem at once.
    # A title asked for wins; then the one the sheet carries; then the file's name.
    deck_title = title or deck_fields.get("deck_title", "") or default_title or "Deck"
    data = {
        "uid": deck_fields.get("deck_uid") or deck_uid_for(deck_title),
        "title": deck_title,
        "description": deck_fields.get("deck_description", ""),
        "language": deck_fields.get("deck_language", ""),
        "author": deck_fields.get("deck_author", ""),
        "licence": deck_fields.get("deck_licence", ""),
        "cards": cards,
    }
    try:
        deck = deck_from_data(data, source, whole or alone)
    except DeckFormatError as exc:
        problems += [_on_line(p, lines) for p in exc.problems]
    if problems:
        raise DeckFormatError(source, problems[:MAX_PROBLEMS])
    deck_given = frozenset(k.removeprefix("deck_") for k in DECK_COLUMNS if k in present)
    if title:
        deck_given |= {"title"}
    return Sheet(
        deck,
        frozenset(anonymous),
        encoding,
        delimiter,
        "deck_uid" in deck_fields,
        given,
        None if len(deck_given) == len(DECK_COLUMNS) else deck_given,
        source,
    )


def _on_line(problem: Problem, lines: list[int]) -> Problem:
    """'cards[3].title' from the JSON reader as 'LINE: title' of the CSV row."""
    match = re.match(r"cards\[(\d+)\]\.?(.*)", problem.where)
    if not match:
        return problem
    index, field = int(match.group(1)), match.group(2) or "row"
    field = re.sub(r"\[\d+\]", "", field)
    line = lines[index] if index < len(lines) else 0
    return Problem(f"{line}: {field}", problem.template, problem.params)


def deck_to_csv(deck: Deck) -> str:
    """The deck as CSV (comma separated, every field), read back by read_sheet as it was."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    deck_cells = [deck.uid, deck.title, deck.description, deck.language, deck.author, deck.licence]
    for n, card in enumerate(deck.cards):
        options = list(card.options) + [""] * (4 - len(card.options))
        notes = list(card.option_notes) + [""] * (4 - len(card.option_notes))
        writer.writerow(
            [
                card.kind.value,
                card.title,
                card.text,
                *options,
                "\n".join(card.questions),
                card.notes,
                ", ".join(card.tags),
                "\n".join(
                    f"{x.label} | {x.url}" if x.label != x.url else x.url for x in card.links
                ),
                card.minutes or "",
                card.group_size or "",
                card.output,
                "\n".join(card.stages),
                card.uid,
                *notes,
                *(deck_cells if n == 0 else [""] * len(deck_cells)),
            ]  # fmt: skip
        )
    if not deck.cards:
        writer.writerow([""] * len(CARD_COLUMNS) + deck_cells)
    return out.getvalue()
