"""Editing decks in the library: cards added, changed, moved, tagged, deleted; decks too.

Every edit names the card rows it touched, before and after, so the deck editor can undo it.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from workshop.core.cards import Card, Deck
from workshop.core.errors import QT_TRANSLATE_NOOP, NotFound
from workshop.core.fold import fts_query
from workshop.store.decks import _card_from_row, _card_row
from workshop.store.rows import inserted_id
from workshop.store.transactions import write_transaction

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


Rows = dict[int, dict[str, Any] | None]  # card id -> its row, or None for no row


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class DeckEditor:
    """Writes to decks and cards, one transaction each; reads cards by id for a lazy list."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # A deck's card order (id -> place), kept between keystrokes of a search; it is
        # made again after any write to the library, from this connection or another.
        self._order: tuple[tuple[int, int, int], dict[int, int]] | None = None

    # Decks

    def create_deck(self, title: str, language: str = "en") -> int:
        with write_transaction(self.db):
            return inserted_id(self.db.table("decks").insert({"uid": str(uuid.uuid4()),
                        "title": title, "description": "", "language": language, "author": "",
                        "licence": "", "updated_at": _now()}))  # fmt: skip

    def update_deck(self, deck_id: int, **fields: str) -> None:
        allowed = {"title", "description", "language", "author", "licence"}
        with write_transaction(self.db):
            self.db.table("decks").update(
                deck_id, {k: v for k, v in fields.items() if k in allowed} | {"updated_at": _now()}
            )

    def duplicate_deck(self, deck_id: int, title: str) -> int:
        from workshop.store.decks import DeckRepository

        with write_transaction(self.db):
            deck = DeckRepository(self.db).get(deck_id)
            return DeckRepository(self.db).add(replace(deck, uid=str(uuid.uuid4()), title=title))

    def delete_deck(self, deck_id: int) -> None:
        with write_transaction(self.db):
            self.db.execute("delete from cards where deck_id = ?", [deck_id])
            self.db.execute("delete from decks where id = ?", [deck_id])

    # Cards: reading

    def card_ids(self, deck_id: int, query: str = "", kind: str = "", tag: str = "") -> list[int]:
        """The ids of a deck's cards in order, narrowed by a search, a kind and a tag."""
        match = fts_query(query)
        if match and not kind and not tag:
            # Search as you type: the full-text index's hits, put in the deck's order from
            # a map kept between keystrokes. Joining every hit to its card row cost 3-4x
            # the match itself at 100,000 cards.
            order = self._deck_order(deck_id)
            hits = self.db.execute(
                "select rowid from cards_fts where cards_fts match ?", [match]
            ).fetchall()
            return sorted((r[0] for r in hits if r[0] in order), key=order.__getitem__)
        sql = "select c.id from cards c"
        args: list[Any] = []
        where = ["c.deck_id = ?"]
        args.append(deck_id)
        if match:
            # Matching first and joining after: one index lookup, not one match per card.
            where.append("c.id in (select rowid from cards_fts where cards_fts match ?)")
            args.append(match)
        if kind:
            where.append("c.kind = ?")
            args.append(kind)
        if tag:
            where.append("exists (select 1 from json_each(c.tags) t where t.value = ?)")
            args.append(tag)
        sql += " where " + " and ".join(where) + " order by c.position, c.id"
        return [r[0] for r in self.db.execute(sql, args).fetchall()]

    def _deck_order(self, deck_id: int) -> dict[int, int]:
        """Card id -> its place in the deck; made again after any write to the library."""
        conn = self.db.conn
        # total_changes counts this connection's writes, data_version another's commits.
        key = (deck_id, conn.total_changes, conn.execute("pragma data_version").fetchone()[0])
        if self._order is None or self._order[0] != key:
            rows = conn.execute(
                "select id from cards where deck_id = ? order by position, id", [deck_id]
            ).fetchall()
            self._order = (key, {r[0]: n for n, r in enumerate(rows)})
        return self._order[1]

    def card(self, card_id: int) -> Card:
        rows = list(self.db.query("select * from cards where id = ?", [card_id]))
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("Messages", "That card is not in the library."))
        return _card_from_row(rows[0])

    def tags(self, deck_id: int) -> list[str]:
        rows = self.db.execute(
            "select distinct t.value from cards c, json_each(c.tags) t where c.deck_id = ? "
            "order by t.value collate nocase",
            [deck_id],
        ).fetchall()
        return [r[0] for r in rows]

    def rows(self, ids: list[int]) -> Rows:
        """The full rows of these cards (None where there is none), for undo."""
        found: Rows = dict.fromkeys(ids)
        for row in self.db.query(
            f"select * from cards where id in ({','.join('?' * len(ids))})", ids
        ):
            found[row["id"]] = dict(row)
        return found

    # Cards: writing (each returns the rows before and after)

    def put_rows(self, rows: Rows) -> None:
        """Make these card rows exactly so (None deletes); the one path undo and redo use."""
        with write_transaction(self.db):
            decks = set()
            for card_id, row in rows.items():
                old = self.db.execute(
                    "select deck_id from cards where id = ?", [card_id]
                ).fetchone()
                if old:
                    decks.add(old[0])
                if row is None:
                    self.db.execute("delete from cards where id = ?", [card_id])
                else:
                    self.db.table("cards").upsert(row, pk="id")
                    decks.add(row["deck_id"])
            for deck_id in decks:
                self.db.table("decks").update(deck_id, {"updated_at": _now()})

    def _change(self, after: Rows) -> tuple[Rows, Rows]:
        # The rows before are read in the same transaction, so undo restores what was there.
        with write_transaction(self.db):
            before = self.rows(list(after))
            self.put_rows(after)
        return before, after

    def save_card(self, deck_id: int, card: Card, card_id: int | None = None):
        """A new card at the end of the deck, or a card changed in place."""
        with write_transaction(self.db):
            if card_id is None:
                position = self.db.execute(
                    "select coalesce(max(position), -1) + 1 from cards where deck_id = ?", [deck_id]
                ).fetchone()[0]
                card_id = self.db.execute("select coalesce(max(id), 0) + 1 from cards").fetchone()[
                    0
                ]
                if not card.uid:
                    card = replace(card, uid=str(uuid.uuid4()))
            else:
                row = self.rows([card_id])[card_id]
                if row is None:
                    raise NotFound(
                        QT_TRANSLATE_NOOP("Messages", "There is no card with id {id}."), id=card_id
                    )
                position = row["position"]
            return card_id, self._change(
                {card_id: {"id": card_id, **_card_row(deck_id, position, card)}}
            )

    def delete_cards(self, ids: list[int]) -> tuple[Rows, Rows]:
        return self._change(dict.fromkeys(ids))

    def tag_cards(self, ids: list[int], tag: str) -> tuple[Rows, Rows]:
        with write_transaction(self.db):
            after: Rows = {}
            for card_id, row in self.rows(ids).items():
                if row is not None:
                    card = _card_from_row(row)
                    if tag not in card.tags:
                        card = replace(card, tags=(*card.tags, tag))
                    after[card_id] = {
                        "id": card_id,
                        **_card_row(row["deck_id"], row["position"], card),
                    }
            return self._change(after)

    def move_cards(self, ids: list[int], deck_id: int) -> tuple[Rows, Rows]:
        """Cards to the end of another deck, keeping their order."""
        with write_transaction(self.db):
            start = self.db.execute(
                "select coalesce(max(position), -1) + 1 from cards where deck_id = ?", [deck_id]
            ).fetchone()[0]
            after: Rows = {}
            for offset, (card_id, row) in enumerate(sorted(self.rows(ids).items())):
                if row is not None:
                    after[card_id] = {**row, "deck_id": deck_id, "position": start + offset}
            return self._change(after)

    def reorder(self, deck_id: int, card_id: int, to_index: int) -> tuple[Rows, Rows]:
        """One card to another place in its deck; positions renumbered 0, 1, 2, …"""
        with write_transaction(self.db):
            ids = self.card_ids(deck_id)
            ids.remove(card_id)
            ids.insert(max(0, min(to_index, len(ids))), card_id)
            current = self.rows(ids)
            after: Rows = {}
            for position, cid in enumerate(ids):
                row = current[cid]
                if row is not None and row["position"] != position:
                    after[cid] = {**row, "position": position}
            return self._change(after)


def import_deck(db: Database, deck: Deck, as_copy: bool = False) -> tuple[int, int, int]:
    """Add a deck; a deck already here (same uid) is updated card by card unless `as_copy`.

    Returns (deck id, cards added, cards updated). Cards of the library's deck that the file
    no longer has are kept, and sessions keep the cards as they were played.
    """
    from workshop.core.deckcsv import Sheet
    from workshop.store.deck_import import apply_import

    deck_id, plan = apply_import(db, Sheet(deck, names_its_deck=True), as_copy=as_copy)
    return deck_id, len(plan.added), len(plan.updated)
