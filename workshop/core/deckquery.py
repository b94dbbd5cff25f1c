"""The card browser's query language: words, "phrases", tag:, deck:, kind:, and -word."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workshop.core.fold import fold

KINDS = {"dilemma": "dilemma", "exercise": "exercise", "prompt": "prompt",
         "oefening": "exercise", "stelling": "prompt"}  # fmt: skip
_TOKEN = re.compile(r'(-?)(?:(tag|deck|kind):)?("([^"]*)"?|\S+)', re.IGNORECASE)


@dataclass(frozen=True)
class CardQuery:
    """A parsed query; every text folded (no case, no accents)."""

    words: tuple[str, ...] = ()  # each a prefix of a word
    phrases: tuple[str, ...] = ()
    without: tuple[str, ...] = ()  # words or phrases the card must not hold
    tags: tuple[str, ...] = ()
    decks: tuple[str, ...] = ()  # a part of the deck's title
    kinds: tuple[str, ...] = ()
    not_tags: tuple[str, ...] = field(default_factory=tuple)

    def fts(self) -> str:
        """The FTS5 MATCH for the words and phrases ("" when there are none)."""
        return " ".join(_quoted(w) + "*" for w in self.words) + "".join(
            " " + _quoted(p) for p in self.phrases
        )

    def fts_without(self) -> str:
        """An FTS5 MATCH for any of the excluded words ("" when there are none)."""
        return " OR ".join(_quoted(w) + "*" for w in self.without)


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def parse_query(typed: str) -> CardQuery:
    """Any typed text as a query; nothing typed is an error (an unknown kind matches none)."""
    words: list[str] = []
    phrases: list[str] = []
    without: list[str] = []
    tags: list[str] = []
    not_tags: list[str] = []
    decks: list[str] = []
    kinds: list[str] = []
    for negate, prefix, raw, inner in _TOKEN.findall(typed):
        quoted = raw.startswith('"')
        value = " ".join(fold(inner if quoted else raw).split())
        if not value:
            continue
        prefix = prefix.lower()
        if prefix == "tag":
            (not_tags if negate else tags).append(value)
        elif prefix == "deck":
            decks.append(value)
        elif prefix == "kind":
            kinds.append(KINDS.get(value, value))
        elif negate:
            without.append(value)
        elif quoted:
            phrases.append(value)
        else:
            # Word characters only: FTS5 splits "at&t" in two, and so do we.
            words += re.findall(r"\w+", value)
    return CardQuery(tuple(words), tuple(phrases), tuple(without), tuple(tags), tuple(decks),
                     tuple(kinds), tuple(not_tags))  # fmt: skip
