"""Importing a deck file into the library: find the deck it updates, preview, then apply."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from workshop.core.deckcsv import Sheet
from workshop.core.deckmerge import ImportPlan, content_key, plan_import
from workshop.store.decks import DeckRepository, _card_row
from workshop.store.transactions import write_transaction

# Annotations only: sqlite-utils loads on first use (store/database.py).
if TYPE_CHECKING:
    from sqlite_utils import Database


def target_deck(
    db: Database, sheet: Sheet, into: int | None = None, as_copy: bool = False
) -> int | None:
    """The id of the deck this file updates, or None for a new deck.

    A file that names its deck (a .wsdeck, a JSON, an exported CSV) updates that deck.
    A spreadsheet that does not updates the deck holding most of its cards' uids, else a
    deck of the same title whose cards match at least half its rows by content; two
    unrelated sheets that share a file name stay two decks.
    """
    if as_copy:
        return None
    if into is not None:
        DeckRepository(db).get(into)  # NotFound, in words, for a deck that is not there
        return into
    if sheet.names_its_deck:
        row = db.execute("select id from decks where uid = ?", [sheet.deck.uid]).fetchone()
        return row[0] if row else None
    uids = [c.uid for c in sheet.deck.cards if c.uid not in sheet.anonymous]
    if uids:
        holders = Counter(
            r[0]
            for r in db.execute(
                f"select deck_id from cards where uid in ({','.join('?' * len(uids))})", uids
            ).fetchall()
        )
        if holders:
            return holders.most_common(1)[0][0]
    rows = [c for c in sheet.deck.cards if c.uid in sheet.anonymous]
    if not rows:
        return None
    keys = {content_key(c.title) for c in rows}
    for deck_id, title in db.execute("select id, title from decks order by id").fetchall():
        if content_key(title) != content_key(sheet.deck.title):
            continue
        stored = {content_key(r[0]) for r in db.execute(
            "select title from cards where deck_id = ?", [deck_id]).fetchall()}  # fmt: skip
        if len(keys & stored) * 2 >= len(keys):
            return deck_id
    return None


def plan_for(
    db: Database,
    sheet: Sheet,
    into: int | None = None,
    as_copy: bool = False,
    keep_details: bool = False,
) -> tuple[int | None, ImportPlan]:
    """(deck id or None, the plan): what importing would do, with nothing written.

    `keep_details`: the deck keeps its own title and details (a sheet poured into a deck
    the trainer chose does not rename it after the file).
    """
    deck_id = target_deck(db, sheet, into, as_copy)
    stored = DeckRepository(db).get(deck_id) if deck_id is not None else None
    incoming = sheet.deck
    if stored is not None:
        # Kept: all of the deck's details, or those the file has no column (key) for.
        details = ("title", "description", "language", "author", "licence")
        kept = details if keep_details else [
            k for k in details if sheet.deck_given is not None and k not in sheet.deck_given
        ]  # fmt: skip
        incoming = replace(incoming, **{k: getattr(stored, k) for k in kept})
    return deck_id, plan_import(stored, incoming, sheet.anonymous, sheet.given, sheet.source)


def apply_import(
    db: Database,
    sheet: Sheet,
    into: int | None = None,
    as_copy: bool = False,
    keep_details: bool = False,
    remove_missing: bool = False,
) -> tuple[int, ImportPlan]:
    """Import as previewed, in one transaction after a backup; returns (deck id, the plan).

    Cards no longer in the file are kept unless `remove_missing`; sessions keep the cards
    as they were played either way (a session holds its own copy).
    """
    from workshop.store.backups import backup_before_import

    backup_before_import(db.conn)
    with write_transaction(db):
        # Planned again inside the transaction, so it applies to the deck as it is now.
        deck_id, plan = plan_for(db, sheet, into, as_copy, keep_details)
        if deck_id is None:
            deck = plan.deck
            taken = db.execute("select 1 from decks where uid = ?", [deck.uid]).fetchone()
            if taken or not sheet.names_its_deck:
                # A sheet's made-up uid (from its title) would tie unrelated sheets together.
                deck = replace(deck, uid=str(uuid.uuid4()))
            return DeckRepository(db).add(deck), plan
        deck = plan.deck
        db.table("decks").update(
            deck_id,
            {
                "title": deck.title,
                "description": deck.description,
                "language": deck.language,
                "author": deck.author,
                "licence": deck.licence,
                "updated_at": _now(),
            },
        )
        current = {
            r["uid"]: dict(r) for r in db.query("select * from cards where deck_id = ?", [deck_id])
        }
        next_id = db.execute("select coalesce(max(id), 0) + 1 from cards").fetchone()[0]
        for position, card in enumerate(plan.final_cards(remove_missing)):
            row = _card_row(deck_id, position, card)
            old = current.get(card.uid)
            if old is None:
                db.table("cards").insert({"id": next_id, **row})
                next_id += 1
            elif any(old.get(k) != v for k, v in row.items()):
                db.table("cards").update(old["id"], row)
        if remove_missing and plan.missing:
            gone = [current[c.uid]["id"] for c in plan.missing]
            db.execute(f"delete from cards where id in ({','.join('?' * len(gone))})", gone)
        return deck_id, plan


def _now() -> str:
    from workshop.store.deck_edits import _now as now

    return now()
