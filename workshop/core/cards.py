"""Cards and decks: what a trainer writes and a facilitator plays."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlparse

from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected

OPTION_LETTERS = "ABCD"
MIN_OPTIONS = 2
MAX_OPTIONS = 4
# A longer address needs a QR code above version 10, too dense to scan from a seat.
MAX_QR_LINK = 200


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
    # An exercise's: minutes, people per group, what each group hands in, and the named
    # stages of a scale groups place themselves on (text holds the instructions).
    minutes: int = 0
    group_size: int = 0
    output: str = ""
    stages: tuple[str, ...] = ()
    # A dilemma's note per option, for the facilitator (what choosing it tends to mean).
    option_notes: tuple[str, ...] = ()

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


def link_fits_qr(url: str) -> bool:
    """True when the address makes a QR code that still scans well on paper and on the wall."""
    return len(url.encode("utf-8")) <= MAX_QR_LINK


def checked_link(url: str, what: str) -> str:
    """A web address tidied, '' for none, or CommandRejected naming `what` and the problem."""
    url = url.strip()
    if url and not is_web_address(url):
        raise CommandRejected(
            QT_TRANSLATE_NOOP(
                "Messages", "{what} must start with http:// or https:// and name a site."
            ),
            what=what,
        )
    if not link_fits_qr(url):
        raise CommandRejected(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{what} is {length} characters long; a QR code that scans well holds at most "
                "{most}. Use a shorter address.",
            ),
            what=what,
            length=len(url.encode("utf-8")),
            most=MAX_QR_LINK,
        )
    return url
