"""Decks and cards in the library."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from workshop.core.errors import QT_TRANSLATE_NOOP, NotFound
from workshop.core.fold import fold
from workshop.store.database import rows_of
from workshop.store.lookup import id_by_title_or_id
from workshop.store.rows import inserted_id
from workshop.store.transactions import write_transaction

# Annotations only: sqlite-utils loads on first use (store/database.py); the cards' classes
# when a deck is first read whole (the home page lists decks by their summaries).
if TYPE_CHECKING:
    from sqlite_utils import Database

    from workshop.core.cards import Card, CardKind, Deck


# A NamedTuple, not a frozen dataclass: made at every start, in a fifth of the time.
class DeckSummary(NamedTuple):
    """One line of the deck list."""

    id: int
    uid: str
    title: str
    language: str
    card_count: int
    updated_at: str
    dilemmas: int = 0


def search_text(row: dict[str, Any]) -> str:
    """A card row's words for search: title, text, options, questions and tags, folded."""
    parts = [row.get("title") or "", row.get("text") or ""]
    for key in ("options", "questions", "tags"):
        parts += json.loads(row.get(key) or "[]")
    return fold(" ".join(parts))


def _card_row(deck_id: int, position: int, card: Card) -> dict[str, Any]:
    row = _card_fields(deck_id, position, card)
    row["search"] = search_text(row)
    return row


def _card_fields(deck_id: int, position: int, card: Card) -> dict[str, Any]:
    return {
        "deck_id": deck_id,
        "uid": card.uid,
        "position": position,
        "kind": card.kind.value,
        "title": card.title,
        "text": card.text,
        "options": json.dumps(list(card.options), ensure_ascii=False),
        "questions": json.dumps(list(card.questions), ensure_ascii=False),
        "notes": card.notes,
        "tags": json.dumps(list(card.tags), ensure_ascii=False),
        "links": json.dumps([[x.label, x.url] for x in card.links], ensure_ascii=False),
        "exercise": json.dumps(
            {
                "minutes": card.minutes,
                "group_size": card.group_size,
                "output": card.output,
                "stages": list(card.stages),
                "option_notes": list(card.option_notes),
            },
            ensure_ascii=False,
        ),  # fmt: skip
    }


def _card_from_row(row: dict[str, Any]) -> Card:
    from workshop.core.cards import Card, CardKind, Link

    exercise = json.loads(row.get("exercise") or "{}")
    return Card(
        uid=row["uid"],
        title=row["title"],
        kind=CardKind(row["kind"]),
        text=row["text"] or "",
        options=tuple(json.loads(row["options"] or "[]")),
        questions=tuple(json.loads(row["questions"] or "[]")),
        notes=row["notes"] or "",
        tags=tuple(json.loads(row["tags"] or "[]")),
        links=tuple(Link(label, url) for label, url in json.loads(row["links"] or "[]")),
        minutes=exercise.get("minutes", 0),
        group_size=exercise.get("group_size", 0),
        output=exercise.get("output", ""),
        stages=tuple(exercise.get("stages", ())),
        option_notes=tuple(exercise.get("option_notes", ())),
    )


class DeckRepository:
    """Reads and writes decks; every write is one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, deck: Deck) -> int:
        """Store a new deck with its cards and return its id."""
        with write_transaction(self.db):
            deck_id = inserted_id(
                self.db.table("decks").insert(
                    {
                        "uid": deck.uid,
                        "title": deck.title,
                        "description": deck.description,
                        "language": deck.language,
                        "author": deck.author,
                        "licence": deck.licence,
                        "updated_at": datetime.now(UTC).isoformat(timespec="seconds"),
                    }
                )
            )
            self.db.table("cards").insert_all(
                _card_row(deck_id, i, card) for i, card in enumerate(deck.cards)
            )
        return deck_id

    def summaries(self) -> list[DeckSummary]:
        """Every deck with its number of cards, by title."""
        # Read on the connection: the home window lists decks before sqlite-utils is loaded.
        rows = rows_of(
            self.db.conn,
            "select d.id, d.uid, d.title, d.language, d.updated_at, count(c.id) as n, "
            "sum(c.kind = 'dilemma') as dilemmas "
            "from decks d left join cards c on c.deck_id = d.id "
            "group by d.id order by d.title collate nocase, d.id",
        )
        return [
            DeckSummary(
                r["id"],
                r["uid"],
                r["title"],
                r["language"],
                r["n"],
                r["updated_at"],
                r["dilemmas"] or 0,
            )  # fmt: skip
            for r in rows
        ]

    def first_id(self, language: str = "") -> int | None:
        """The first deck stored that has dilemmas to play (else the first deck), if any;
        of those, one in `language` (the UI's) first."""
        row = next(
            iter(
                self.db.query(
                    "select d.id from decks d order by exists (select 1 from cards c "
                    "where c.deck_id = d.id and c.kind = 'dilemma') desc, "
                    "lower(coalesce(d.language, '')) = lower(?) desc, d.id limit 1",
                    [language],
                )
            ),
            None,
        )
        return row["id"] if row else None

    def find_id(self, name: str) -> int:
        """The id of a deck named by its id or its exact title."""
        return id_by_title_or_id(
            self.db,
            "decks",
            name,
            QT_TRANSLATE_NOOP(
                "Messages", "There is no deck “{name}”; 'workshop deck list' shows them."
            ),
            QT_TRANSLATE_NOOP("Messages", "Several decks are called “{name}”; name one by its id."),
        )

    def cards_of_kind(self, *kinds: CardKind, language: str = "") -> list[tuple[str, Card]]:
        """Every card of these kinds in the library, with its deck's title, in deck order;
        the cards of decks in `language` (the UI's) first."""
        marks = ",".join("?" * len(kinds))
        rows = rows_of(
            self.db.conn,
            "select c.*, d.title as deck_title from cards c join decks d on d.id = c.deck_id "
            f"where c.kind in ({marks}) order by lower(coalesce(d.language, '')) = lower(?) "
            "desc, d.title collate nocase, d.id, c.position, c.id",
            [*(k.value for k in kinds), language],
        )
        return [(r["deck_title"], _card_from_row(r)) for r in rows]

    def tags(self, deck_id: int) -> list[str]:
        """Every tag of the deck's cards, once, by name: read without reading the cards whole
        (the home window lists them at start)."""
        rows = self.db.conn.execute(
            "select distinct t.value from cards c, json_each(coalesce(nullif(c.tags, ''), '[]')) t "
            "where c.deck_id = ?",
            [deck_id],
        )
        return sorted((str(tag) for (tag,) in rows), key=str.casefold)

    def get(self, deck_id: int) -> Deck:
        """The deck with this id, its cards in order."""
        rows = list(rows_of(self.db.conn, "select * from decks where id = ?", [deck_id]))
        if not rows:
            raise NotFound(
                QT_TRANSLATE_NOOP("Messages", "There is no deck with id {id}."), id=deck_id
            )
        row = rows[0]
        cards = rows_of(
            self.db.conn, "select * from cards where deck_id = ? order by position, id", [deck_id]
        )
        from workshop.core.cards import Deck

        return Deck(
            uid=row["uid"],
            title=row["title"],
            description=row["description"] or "",
            language=row["language"] or "en",
            author=row["author"] or "",
            licence=row["licence"] or "",
            cards=tuple(_card_from_row(r) for r in cards),
        )
