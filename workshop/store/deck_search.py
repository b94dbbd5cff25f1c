"""Searching cards across all decks or one, for the card browser."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

from workshop.core.deckquery import CardQuery
from workshop.core.fold import fold

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


class Hit(NamedTuple):
    """One card found: what the results table shows (a tuple: 10,000 are made per key)."""

    card_id: int
    deck_id: int
    title: str
    kind: str
    tags_json: str  # the card's tags as stored; `tags` reads them when shown
    deck: str
    changed: str  # the deck's last change (cards carry no time of their own)

    @property
    def tags(self) -> tuple[str, ...]:
        return tuple(json.loads(self.tags_json or "[]"))


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def search_cards(db: Database, query: CardQuery, deck_id: int | None = None) -> list[Hit]:
    """The cards matching the query, in deck and card order."""
    where: list[str] = []
    args: list[Any] = []
    # A card's folded search text holds its tags too: the index narrows tag: at once, and
    # the exact tag is checked after on the few rows left.
    match = " ".join(filter(None, [query.fts(), *(_quoted(t) for t in query.tags)]))
    if match:
        where.append("c.id in (select rowid from cards_fts where cards_fts match ?)")
        args.append(match)
    if query.fts_without():
        where.append("c.id not in (select rowid from cards_fts where cards_fts match ?)")
        args.append(query.fts_without())
    decks = [deck_id] if deck_id is not None else None
    if query.decks:
        # Few decks: their titles are matched here, the cards by id in SQL.
        decks = [
            i
            for i, title in db.execute("select id, title from decks").fetchall()
            if all(d in fold(title) for d in query.decks) and (decks is None or i in decks)
        ]
    if decks is not None:
        where.append(f"c.deck_id in ({','.join('?' * len(decks))})" if decks else "0")
        args += decks
    if query.kinds:
        where.append(f"c.kind in ({','.join('?' * len(query.kinds))})")
        args += list(query.kinds)
    sql = (
        "select c.id, c.deck_id, c.title, c.kind, c.tags, d.title, coalesce(d.updated_at, '') "
        "from cards c join decks d on d.id = c.deck_id"
        + (" where " + " and ".join(where) if where else "")
        + " order by d.title collate nocase, d.id, c.position, c.id"
    )
    rows = db.execute(sql, args).fetchall()
    if query.tags or query.not_tags:
        rows = [r for r in rows if _tagged(r[4], query)]
    return [Hit._make(r) for r in rows]


def _tagged(tags_json: str, query: CardQuery) -> bool:
    folded = {fold(t) for t in json.loads(tags_json or "[]")}
    return all(t in folded for t in query.tags) and not any(t in folded for t in query.not_tags)
