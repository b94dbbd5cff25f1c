"""Re-importing a deck file: which of its cards are new, changed, the same, or gone.

A card is known by its uid. A row of a spreadsheet without one is known by its content:
its title (folded, spaces collapsed), else its text. Never by its place in the file, so
deleting or moving a row does not shift every later card's identity.

A file that leaves out a column (a sheet without "notes", a JSON card without "tags") says
nothing about that field: the card it updates keeps it (see Given and merge_card).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace

from workshop.core.cards import MAX_OPTIONS, Card, Deck
from workshop.core.deckformat import DeckFormatError, Problem, card_problems
from workshop.core.fold import fold

# The fields a trainer sees, in the order the form shows them, with their names.
FIELD_NAMES = {
    "kind": "kind", "title": "title", "text": "text", "options": "options",
    "option_notes": "option notes", "questions": "questions", "notes": "notes", "tags": "tags",
    "links": "links", "minutes": "minutes", "group_size": "group size", "output": "output",
    "stages": "stages",
}  # fmt: skip


# Fields a file gives whole or not at all; options and their notes go by letter (slots).
PLAIN_FIELDS = tuple(name for name in FIELD_NAMES if name not in ("options", "option_notes"))
NO_SLOTS: tuple[str | None, ...] = (None,) * MAX_OPTIONS
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class Given:
    """What a file that leaves out fields says about one card.

    `fields` are the PLAIN_FIELDS it has; `options` and `notes` hold option A to D and
    their notes by letter, None where the file has no column (or key) for that letter.
    `where` starts the place of a problem ("12: " for a sheet's line, "cards[3]." in JSON).
    """

    fields: frozenset[str]
    options: tuple[str | None, ...] = NO_SLOTS
    notes: tuple[str | None, ...] = NO_SLOTS
    where: str = ""


def _slots(values: tuple[str, ...]) -> list[str]:
    return list(values) + [""] * (MAX_OPTIONS - len(values))


def merge_card(old: Card, new: Card, given: Given) -> Card:
    """`old` with the fields the file gives taken from `new`; the rest as they were.

    An empty cell in a column the file has is the user's edit: it clears that field.
    """
    plain = {name: getattr(new if name in given.fields else old, name) for name in PLAIN_FIELDS}
    options, notes = _slots(old.options), _slots(old.option_notes)
    for i in range(MAX_OPTIONS):
        if given.options[i] is not None:
            options[i] = given.options[i] or ""
        if given.notes[i] is not None:
            notes[i] = given.notes[i] or ""
    # An option emptied by the file goes, and its note with it; the rest close up.
    kept = [(o, n) for o, n in zip(options, notes, strict=True) if o]
    kept_notes = tuple(n for _o, n in kept)
    return replace(
        old,
        **plain,
        options=tuple(o for o, _n in kept),
        option_notes=kept_notes if any(kept_notes) else (),
    )


def given_problems(card: Card, given: Given) -> list[Problem]:
    """What is wrong with a card as a file that leaves out fields makes it, at its place."""
    return [Problem(given.where + p.where, p.template, p.params) for p in card_problems(card)]


def checked_deck(deck: Deck, given: Mapping[str, Given], source: str) -> Deck:
    """The deck itself, each card checked whole (a file read as a new deck, not an update)."""
    problems = [p for c in deck.cards if c.uid in given for p in given_problems(c, given[c.uid])]
    if problems:
        raise DeckFormatError(source, problems[:MAX_PROBLEMS])
    return deck


def content_key(text: str) -> str:
    """Text as a match key: no case, no accents, whitespace collapsed."""
    return " ".join(fold(text).split())


def changed_fields(old: Card, new: Card) -> list[str]:
    """The names of the fields that differ between two versions of a card."""
    names = []
    for f in fields(Card):
        if f.name in FIELD_NAMES and getattr(old, f.name) != getattr(new, f.name):
            if f.name == "options":
                names += _changed_options(old, new)
            else:
                names.append(FIELD_NAMES[f.name])
    return names


def _changed_options(old: Card, new: Card) -> list[str]:
    """'option B' for a changed option; 'options' when their number changed."""
    if len(old.options) != len(new.options):
        return ["options"]
    return [f"option {'ABCD'[i]}" for i, (a, b) in enumerate(zip(old.options, new.options,
            strict=True)) if a != b]  # fmt: skip


@dataclass(frozen=True)
class Update:
    """A card in the deck that the file changes."""

    old: Card
    new: Card
    changes: tuple[str, ...]


@dataclass(frozen=True)
class ImportPlan:
    """What importing a file into a deck would do; nothing has changed yet."""

    deck: Deck  # the deck as the file would make it (the file's cards, in the file's order)
    target_title: str  # the deck it goes into ("" for a new deck)
    added: tuple[Card, ...] = ()
    updated: tuple[Update, ...] = ()
    unchanged: tuple[Card, ...] = ()
    missing: tuple[Card, ...] = ()  # in the deck, no longer in the file
    reordered: bool = False
    renamed: bool = False
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def is_new_deck(self) -> bool:
        return not self.target_title

    def changes_anything(self, remove_missing: bool) -> bool:
        """Whether applying it would write anything."""
        return bool(
            self.is_new_deck or self.added or self.updated or self.reordered or self.renamed
            or (remove_missing and self.missing)
        )  # fmt: skip

    def final_cards(self, remove_missing: bool) -> tuple[Card, ...]:
        """The deck's cards after the import: the file's in its order, then any kept."""
        return self.deck.cards + (() if remove_missing else self.missing)


def plan_import(
    stored: Deck | None,
    incoming: Deck,
    anonymous: frozenset[str] = frozenset(),
    given: Mapping[str, Given] | None = None,
    source: str = "",
) -> ImportPlan:
    """How `incoming` changes `stored` (None: a new deck); `anonymous` are uids the file did
    not give (rows without a uid), matched to stored cards by content.

    `given`, by the file's uid, says which fields a file that leaves out some gives for each
    card: a card it updates keeps the others, and every such card is checked whole here
    (DeckFormatError, naming its place in `source`).
    """
    given = given or {}
    if stored is None:
        checked_deck(incoming, given, source)
        new = tuple(
            replace(c, uid=str(uuid.uuid4())) if c.uid in anonymous else c for c in incoming.cards
        )
        return ImportPlan(replace(incoming, cards=new), "", added=new)
    by_uid = {c.uid: c for c in stored.cards}
    claimed = {c.uid for c in incoming.cards if c.uid not in anonymous and c.uid in by_uid}
    free = [c for c in stored.cards if c.uid not in claimed]
    resolved: dict[str, str] = {}
    # Titles first, then texts: a row whose title was edited is still found by its text.
    for key in (lambda c: content_key(c.title), lambda c: content_key(c.text)):
        waiting: dict[str, list[Card]] = {}
        for card in free:
            if key(card):
                waiting.setdefault(key(card), []).append(card)
        for card in incoming.cards:
            if card.uid in anonymous and card.uid not in resolved and waiting.get(key(card)):
                match = waiting[key(card)].pop(0)
                resolved[card.uid] = match.uid
                free.remove(match)
                for others in waiting.values():
                    if match in others:
                        others.remove(match)
    cards: list[Card] = []
    problems: list[Problem] = []
    for card in incoming.cards:
        part = given.get(card.uid)
        if card.uid in anonymous:
            card = replace(card, uid=resolved.get(card.uid) or str(uuid.uuid4()))
        if part is not None:
            old = by_uid.get(card.uid)
            card = merge_card(old, card, part) if old is not None else card
            problems += given_problems(card, part)
        cards.append(card)
    if problems:
        raise DeckFormatError(source, problems[:MAX_PROBLEMS])
    added: list[Card] = []
    updated: list[Update] = []
    unchanged: list[Card] = []
    for card in cards:
        old = by_uid.get(card.uid)
        if old is None:
            added.append(card)
        elif old == card:
            unchanged.append(card)
        else:
            updated.append(Update(old, card, tuple(changed_fields(old, card))))
    kept_uids = {c.uid for c in cards}
    missing = tuple(c for c in stored.cards if c.uid not in kept_uids)
    same_order = [c.uid for c in stored.cards if c.uid in kept_uids] == [
        c.uid for c in cards if c.uid in by_uid
    ]
    deck = replace(incoming, uid=stored.uid, cards=tuple(cards))
    renamed = (deck.title, deck.description, deck.language, deck.author, deck.licence) != (
        stored.title, stored.description, stored.language, stored.author, stored.licence
    )  # fmt: skip
    return ImportPlan(
        deck,
        stored.title,
        tuple(added),
        tuple(updated),
        tuple(unchanged),
        missing,
        reordered=not same_order,
        renamed=renamed,
    )


def preview_lines(plan: ImportPlan, remove_missing: bool, most: int = 20) -> list[str]:
    """The plan in words, one line each: the summary first, then the cards it touches."""
    if plan.is_new_deck:
        head = f"A new deck “{plan.deck.title}” with {len(plan.added)} cards."
    else:
        fate = "removed" if remove_missing else "kept"
        head = (
            f"Into “{plan.target_title}”: {len(plan.added)} added, {len(plan.updated)} updated, "
            f"{len(plan.unchanged)} unchanged, {len(plan.missing)} no longer in the file ({fate})."
        )
    lines = [head]
    if plan.is_new_deck:
        return lines
    if plan.renamed and plan.deck.title != plan.target_title:
        lines.append(f"  the deck's title becomes “{plan.deck.title}”")
    elif plan.renamed:
        lines.append("  the deck's details change")
    if plan.reordered:
        lines.append("  the cards take the file's order")
    rows = [f"  + added: “{c.title}”" for c in plan.added]
    rows += [f"  ~ updated: “{u.new.title}” ({', '.join(u.changes)})" for u in plan.updated]
    sign = "-" if remove_missing else "="
    fate = "removed" if remove_missing else "kept"
    rows += [f"  {sign} not in the file ({fate}): “{c.title}”" for c in plan.missing]
    lines += rows[:most]
    if len(rows) > most:
        lines.append(f"  … and {len(rows) - most} more")
    return lines
