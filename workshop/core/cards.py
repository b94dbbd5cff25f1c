"""Cards and decks: what a trainer writes and a facilitator plays."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlparse

OPTION_LETTERS = "ABCD"
MIN_OPTIONS = 2
MAX_OPTIONS = 4


class CardKind(StrEnum):
    """The three kinds of card a deck can hold."""

    DILEMMA = "dilemma"
    EXERCISE = "exercise"
    PROMPT = "prompt"


@dataclass(frozen=True)
class Link:
    """A follow-up link: a label a person reads and the address it points to."""

    label: str
    url: str


@dataclass(frozen=True)
class Card:
    """One card; a dilemma uses `options` and `questions`, other kinds may not."""

    uid: str
    title: str
    kind: CardKind = CardKind.DILEMMA
    text: str = ""
    options: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    notes: str = ""
    tags: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()

    def lettered_options(self) -> list[tuple[str, str]]:
        """The options paired with their letters, A first."""
        return list(zip(OPTION_LETTERS, self.options, strict=False))

    def option_text(self, letter: str) -> str:
        """The text of the option with this letter, or '' if there is none."""
        return dict(self.lettered_options()).get(letter.upper(), "")


@dataclass(frozen=True)
class Deck:
    """A named, ordered set of cards that travels between trainers."""

    uid: str
    title: str
    description: str = ""
    language: str = "en"
    author: str = ""
    licence: str = ""
    cards: tuple[Card, ...] = field(default_factory=tuple)


def is_web_address(url: str) -> bool:
    """True for an absolute http or https address with a host."""
    parsed = urlparse(url)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)
