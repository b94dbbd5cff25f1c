"""Decks as CSV the way spreadsheets write it: one row a card, named columns in any order."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from workshop.core.cards import OPTION_LETTERS, Deck
from workshop.core.deckformat import MAX_CARDS, DeckFormatError, Problem, deck_from_data
from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.core.fold import fold

COLUMNS = (
    "kind", "title", "text", "option_a", "option_b", "option_c", "option_d", "questions",
    "notes", "tags", "links", "minutes", "group_size", "output", "stages", "uid",
)  # fmt: skip
MAX_PROBLEMS = 50


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


def deck_from_csv(text: str, title: str, source: str) -> Deck:
    """A deck from CSV text, or DeckFormatError naming the line and column of every problem."""
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    problems: list[Problem] = []
    try:
        header = [h.strip().casefold() for h in next(reader, [])]
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
    if "title" not in header:
        problems.append(
            Problem("1", QT_TRANSLATE_NOOP("Messages", "title: there is no title column"))
        )
    for name in header:
        if name and name not in COLUMNS:
            problems.append(
                Problem(
                    "1",
                    QT_TRANSLATE_NOOP("Messages", "{name}: is not a column Workshop knows"),
                    {"name": name},
                )
            )
    if len(set(header)) != len(header):
        problems.append(Problem("1", QT_TRANSLATE_NOOP("Messages", "a column name appears twice")))
    cards: list[dict[str, Any]] = []
    lines: list[int] = []
    line = reader.line_num + 1
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                problems.append(
                    Problem(
                        str(start),
                        QT_TRANSLATE_NOOP("Messages", "has {cells} cells, the header {header}"),
                        {"cells": len(row), "header": len(header)},
                    )
                )
            cells = dict(zip(header, row, strict=False))

            def get(key: str, cells: dict[str, str] = cells) -> str:
                return cells.get(key, "")

            where = str(start)
            card: dict[str, Any] = {
                "kind": get("kind").strip().casefold() or "dilemma",
                "title": get("title"),
                "text": get("text"),
                "options": [
                    o for o in (get(f"option_{x.lower()}").strip() for x in OPTION_LETTERS) if o
                ],  # fmt: skip
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
    data = {"uid": deck_uid_for(title), "title": title, "cards": cards}
    try:
        deck = deck_from_data(data, source)
    except DeckFormatError as exc:
        problems += [_on_line(p, lines) for p in exc.problems]
    if problems:
        raise DeckFormatError(source, problems[:MAX_PROBLEMS])
    return deck


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
    """The deck as CSV (comma separated, every column), readable by deck_from_csv."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for card in deck.cards:
        options = list(card.options) + [""] * (4 - len(card.options))
        writer.writerow(
            [
                card.kind.value,
                card.title,
                card.text,
                *options,
                "\n".join(card.questions),
                card.notes,
                ", ".join(card.tags),
                "\n".join(f"{x.label} | {x.url}" if x.label else x.url for x in card.links),
                card.minutes or "",
                card.group_size or "",
                card.output,
                "\n".join(card.stages),
                card.uid,
            ]  # fmt: skip
        )
    return out.getvalue()
