"""Reading a deck from plain data (parsed JSON), checking every field, naming every problem."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from workshop.core.cards import (
    MAX_OPTIONS,
    MAX_QR_LINK,
    MIN_OPTIONS,
    Card,
    CardKind,
    Deck,
    Link,
    is_web_address,
    link_fits_qr,
)
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError, render
from workshop.core.quoting import excerpt

MAX_TEXT = 5000
MAX_CARDS = 10000
# The most items a card's lists hold (as deck.schema.json and the archive's schema say).
MAX_ITEMS = {"options": 4, "questions": 50, "tags": 50, "links": 50, "stages": 20}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a deck file: where it is and what is wrong (a marked message
    with {named} places, so it can be shown in the user's language)."""

    where: str
    template: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return self.template.format(**self.params) if self.params else self.template

    def translated(self, translate: Callable[[str], str]) -> str:
        """where: message, in the language `translate` gives."""
        return f"{translate(self.where)}: {render(self.template, self.params, translate)}"

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


# The one place name that is a word rather than a field or a line number.
FILE = QT_TRANSLATE_NOOP("Messages", "file")


def problem_line(
    source: str, problem: Problem, translate: Callable[[str], str] = lambda text: text
) -> str:
    """FILE:LINE: field: what is wrong (LINE where the format has lines)."""
    message = render(problem.template, problem.params, translate)
    if problem.where[:1].isdigit():
        return f"{source}:{problem.where}: {message}"
    return f"{source}: {translate(problem.where)}: {message}"


class DeckFormatError(WorkshopError):
    """A deck file that cannot be read; lists every problem found."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        first = (
            problems[0] if problems else Problem(FILE, QT_TRANSLATE_NOOP("Messages", "unreadable"))
        )
        if len(problems) > 1:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Messages", "{source} is not a Workshop deck: {problem} (and {more} more)"
                ),
                source=source, problem=first, more=len(problems) - 1,
            )  # fmt: skip
        else:
            super().__init__(
                QT_TRANSLATE_NOOP("Messages", "{source} is not a Workshop deck: {problem}"),
                source=source, problem=first,
            )  # fmt: skip

    def lines(self, translate: Callable[[str], str] = lambda text: text) -> list[str]:
        """Every problem on its own line, as FILE:LINE: field: message."""
        return [problem_line(self.source, p, translate) for p in self.problems]


class _Reader:
    """Collects problems while turning plain data into cards."""

    def __init__(self, whole: bool = True) -> None:
        self.problems: list[Problem] = []
        # False for a file that leaves out fields: a card is checked whole (its number of
        # options) only once merged with the card it updates (deckmerge.plan_import).
        self.whole = whole

    def text(self, data: dict[str, Any], key: str, where: str, required: bool = False) -> str:
        value = data.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str):
            self.problems.append(
                Problem(f"{where}.{key}", QT_TRANSLATE_NOOP("Messages", "must be text"))
            )
            return ""
        value = value.strip()
        if required and not value:
            self.problems.append(
                Problem(f"{where}.{key}", QT_TRANSLATE_NOOP("Messages", "is required"))
            )
        if len(value) > MAX_TEXT:
            self.problems.append(
                Problem(
                    f"{where}.{key}",
                    QT_TRANSLATE_NOOP("Messages", "is longer than {most} characters"),
                    {"most": MAX_TEXT},
                )
            )
        return value

    def texts(self, data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(
                Problem(f"{where}.{key}", QT_TRANSLATE_NOOP("Messages", "must be a list of texts"))
            )
            return ()
        # The same bounds in every format (the JSON schema's), so a card that comes in whole
        # also goes out whole: in a session archive, a .wsdeck, a CSV.
        most = MAX_ITEMS[key]
        if len(value) > most:
            self.problems.append(
                Problem(
                    f"{where}.{key}",
                    QT_TRANSLATE_NOOP("Messages", "has more than {most} items"),
                    {"most": most},
                )
            )
        if any(len(v) > MAX_TEXT for v in value):
            self.problems.append(
                Problem(
                    f"{where}.{key}",
                    QT_TRANSLATE_NOOP("Messages", "has an item longer than {most} characters"),
                    {"most": MAX_TEXT},
                )
            )
        return tuple(v.strip() for v in value if v.strip())

    def notes_per_option(self, data: dict[str, Any], where: str, options: int) -> tuple[str, ...]:
        value = data.get("option_notes", [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problems.append(
                Problem(
                    f"{where}.option_notes",
                    QT_TRANSLATE_NOOP("Messages", "must be a list of texts"),
                )
            )
            return ()
        if len(value) > max(options, 0) and any(v.strip() for v in value[options:]):
            self.problems.append(
                Problem(
                    f"{where}.option_notes",
                    QT_TRANSLATE_NOOP("Messages", "has a note for no option"),
                )
            )
        notes = tuple(v.strip() for v in value[:options])
        return notes if any(notes) else ()

    def number(self, data: dict[str, Any], key: str, where: str, most: int) -> int:
        value = data.get(key, 0)
        if value is None:
            return 0
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
            self.problems.append(
                Problem(
                    f"{where}.{key}",
                    QT_TRANSLATE_NOOP("Messages", "must be a whole number 0 to {most}"),
                    {"most": most},
                )
            )
            return 0
        return value

    def links(self, data: dict[str, Any], where: str) -> tuple[Link, ...]:
        found = []
        raw = data.get("links", [])
        if not isinstance(raw, list):
            self.problems.append(
                Problem(f"{where}.links", QT_TRANSLATE_NOOP("Messages", "must be a list"))
            )
            return ()
        if len(raw) > MAX_ITEMS["links"]:
            self.problems.append(
                Problem(
                    f"{where}.links",
                    QT_TRANSLATE_NOOP("Messages", "has more than {most} items"),
                    {"most": MAX_ITEMS["links"]},
                )
            )
        for i, item in enumerate(raw):
            at = f"{where}.links[{i}]"
            if not isinstance(item, dict):
                self.problems.append(
                    Problem(at, QT_TRANSLATE_NOOP("Messages", "must have a label and a url"))
                )
                continue
            url = self.text(item, "url", at, required=True)
            label = self.text(item, "label", at) or url
            if url and not is_web_address(url):
                self.problems.append(
                    Problem(
                        f"{at}.url",
                        QT_TRANSLATE_NOOP("Messages", "{value} is not an http or https address"),
                        {"value": excerpt(url)},
                    )
                )
            elif not link_fits_qr(url):
                self.problems.append(
                    Problem(
                        f"{at}.url",
                        QT_TRANSLATE_NOOP(
                            "Messages", "is longer than {most} characters for a QR code"
                        ),
                        {"most": MAX_QR_LINK},
                    )
                )
            found.append(Link(label, url))
        return tuple(found)

    def card(self, data: Any, index: int) -> Card | None:
        where = f"cards[{index}]"
        if not isinstance(data, dict):
            self.problems.append(
                Problem(where, QT_TRANSLATE_NOOP("Messages", "must be an object with a title"))
            )
            return None
        kind_name = data.get("kind", "dilemma")
        try:
            kind = CardKind(kind_name)
        except (ValueError, TypeError):
            self.problems.append(
                Problem(
                    f"{where}.kind",
                    QT_TRANSLATE_NOOP("Messages", "{value} is not dilemma, exercise or prompt"),
                    {"value": excerpt(kind_name)},
                )
            )
            kind = CardKind.DILEMMA
        title = self.text(data, "title", where, required=True)
        options = self.texts(data, "options", where)
        if kind is CardKind.DILEMMA:
            # Options the file gives twice stay twice after any merge: always checked.
            if self.whole and not MIN_OPTIONS <= len(options) <= MAX_OPTIONS:
                self.problems.append(
                    Problem(
                        f"{where}.options",
                        QT_TRANSLATE_NOOP("Messages", "has {count} options; a dilemma has 2 to 4"),
                        {"count": len(options)},
                    )
                )
            elif len({o.casefold() for o in options}) != len(options):
                self.problems.append(
                    Problem(
                        f"{where}.options",
                        QT_TRANSLATE_NOOP("Messages", "has the same option twice"),
                    )
                )
        return Card(
            uid=self.text(data, "uid", where) or f"{index + 1}",
            title=title,
            kind=kind,
            text=self.text(data, "text", where),
            options=options,
            questions=self.texts(data, "questions", where),
            notes=self.text(data, "notes", where),
            tags=self.texts(data, "tags", where),
            links=self.links(data, where),
            minutes=self.number(data, "minutes", where, 600),
            group_size=self.number(data, "group_size", where, 100),
            output=self.text(data, "output", where),
            stages=self.texts(data, "stages", where),
            option_notes=self.notes_per_option(data, where, len(options)),
        )


def deck_from_data(data: Any, source: str, whole: bool = True) -> Deck:
    """A deck from parsed JSON; raises DeckFormatError naming every problem, changing nothing.

    `whole=False`: the file leaves out fields, so a dilemma's options are not checked here.
    """
    reader = _Reader(whole)
    if not isinstance(data, dict):
        raise DeckFormatError(
            source, [Problem(FILE, QT_TRANSLATE_NOOP("Messages", "must hold one deck object"))]
        )
    title = reader.text(data, "title", "deck", required=True)
    uid = reader.text(data, "uid", "deck", required=True)
    raw_cards = data.get("cards", [])
    if not isinstance(raw_cards, list):
        raise DeckFormatError(
            source,
            [Problem("deck.cards", QT_TRANSLATE_NOOP("Messages", "must be a list of cards"))],
        )
    if len(raw_cards) > MAX_CARDS:
        raise DeckFormatError(
            source,
            [
                Problem(
                    "deck.cards",
                    QT_TRANSLATE_NOOP("Messages", "has more than {most} cards"),
                    {"most": MAX_CARDS},
                )
            ],
        )
    cards = [reader.card(raw, i) for i, raw in enumerate(raw_cards)]
    uids = [c.uid for c in cards if c is not None]
    if len(set(uids)) != len(uids):
        reader.problems.append(
            Problem("deck.cards", QT_TRANSLATE_NOOP("Messages", "two cards share one uid"))
        )
    if reader.problems:
        raise DeckFormatError(source, reader.problems)
    return Deck(
        uid=uid,
        title=title,
        description=reader.text(data, "description", "deck"),
        language=reader.text(data, "language", "deck") or "en",
        author=reader.text(data, "author", "deck"),
        licence=reader.text(data, "licence", "deck"),
        cards=tuple(c for c in cards if c is not None),
    )


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """Plain data for a deck, the inverse of deck_from_data."""
    return {
        "uid": deck.uid,
        "title": deck.title,
        "description": deck.description,
        "language": deck.language,
        "author": deck.author,
        "licence": deck.licence,
        "cards": [card_to_data(c) for c in deck.cards],
    }


def card_to_data(card: Card) -> dict[str, Any]:
    """Plain data for one card."""
    return {
        "uid": card.uid,
        "kind": card.kind.value,
        "title": card.title,
        "text": card.text,
        "options": list(card.options),
        "questions": list(card.questions),
        "notes": card.notes,
        "tags": list(card.tags),
        "links": [{"label": link.label, "url": link.url} for link in card.links],
        "minutes": card.minutes,
        "group_size": card.group_size,
        "output": card.output,
        "stages": list(card.stages),
        "option_notes": list(card.option_notes),
    }


def card_from_data(data: dict[str, Any]) -> Card:
    """One card from trusted plain data (a snapshot this app wrote itself)."""
    return Card(
        uid=data["uid"],
        title=data["title"],
        kind=CardKind(data.get("kind", "dilemma")),
        text=data.get("text", ""),
        options=tuple(data.get("options", ())),
        questions=tuple(data.get("questions", ())),
        notes=data.get("notes", ""),
        tags=tuple(data.get("tags", ())),
        links=tuple(Link(x["label"], x["url"]) for x in data.get("links", ())),
        minutes=data.get("minutes", 0),
        group_size=data.get("group_size", 0),
        output=data.get("output", ""),
        stages=tuple(data.get("stages", ())),
        option_notes=tuple(data.get("option_notes", ())),
    )


def card_problems(card: Card) -> list[Problem]:
    """What is wrong with one card (as a deck file would say it); [] when it is fine."""
    reader = _Reader()
    reader.card(card_to_data(card), 0)
    return [Problem(p.where.removeprefix("cards[0]").lstrip("."), p.template, p.params)
            for p in reader.problems]  # fmt: skip
