"""What phones in the room send (tips, group choices, votes) as plain data, and the commands
an approved entry becomes: the very commands a facilitator's typing makes."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum

from workshop.core.activity import Activity
from workshop.core.board_edits import add_column, add_tip
from workshop.core.cards import OPTION_LETTERS
from workshop.core.commands import MAX_GROUPS, Command, RecordGroupChoice
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.game import SetHands
from workshop.core.session import PlayMode, RevealStep, Session
from workshop.core.steps import Composite

MAX_TIP_FROM_PHONE = 200
MAX_REASON_FROM_PHONE = 300
MAX_NAME = 60
# The column a phone's tip opens on a board that has none yet.
FIRST_COLUMN = "Tips"


class InputKind(StrEnum):
    """What the room may send while input is open."""

    TIPS = "tips"
    CHOICES = "choices"
    VOTES = "votes"


class Moderation(StrEnum):
    """Queue: the facilitator approves each entry; wall: entries go straight to the wall."""

    QUEUE = "queue"
    WALL = "wall"


class Status(StrEnum):
    """Where an entry stands: waiting, on the wall (approved) or turned down."""

    QUEUED = "queued"
    APPROVED = "approved"
    REJECTED = "rejected"


# How many entries one phone may send while one window is open: a vote once per round, a
# group's choice a few times (a later one replaces the earlier), tips a handful.
CAPS = {InputKind.TIPS: 10, InputKind.CHOICES: 3, InputKind.VOTES: 1}


@dataclass(frozen=True)
class InputWindow:
    """Input opened for one activity: its kind, the round or board it belongs to, and a
    random serial, so a page from an earlier opening can never write into this one."""

    kind: InputKind
    moderation: Moderation = Moderation.QUEUE
    round_index: int = -1  # the card of a choice or vote; -1 for the tips board
    serial: str = field(default_factory=lambda: secrets.token_hex(8))

    def form_token(self, secret: bytes) -> str:
        """The token a form page carries: bound to this window, unguessable without `secret`."""
        message = f"{self.serial}|{self.kind}|{self.round_index}".encode()
        return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]

    def accepts(self, secret: bytes, token: str) -> bool:
        """Whether a page's token belongs to this window (compared in constant time)."""
        return hmac.compare_digest(
            self.form_token(secret).encode(), token.encode("utf-8", "replace")
        )


@dataclass(frozen=True)
class Entry:
    """One thing a phone sent, cleaned; `client` identifies the phone only for the caps."""

    kind: InputKind
    text: str = ""  # the tip, or a choice's reason
    round_index: int = -1
    group: int = 0
    option: str = ""
    column: int = 0  # 0: the board's first column
    author: str = ""  # optional, shown only in the participants' edition
    client: str = ""
    id: int = 0  # its row in the library once kept
    status: Status = Status.QUEUED
    receipt: str = ""  # the key its phone looks it up by; kept in memory only

    def describe(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """One line for the facilitator's queue, as plain text, in `translate`'s language."""
        if self.kind is InputKind.TIPS:
            if self.group:
                line = QT_TRANSLATE_NOOP("Messages", "Tip (group {0}): {1}")
                return translate(line).format(self.group, self.text)
            return translate(QT_TRANSLATE_NOOP("Messages", "Tip: {0}")).format(self.text)
        if self.kind is InputKind.CHOICES:
            if self.text:
                line = QT_TRANSLATE_NOOP("Messages", "Group {0}: {1} — {2}")
                return translate(line).format(self.group, self.option, self.text)
            line = QT_TRANSLATE_NOOP("Messages", "Group {0}: {1}")
            return translate(line).format(self.group, self.option)
        return translate(QT_TRANSLATE_NOOP("Messages", "Vote: {0}")).format(self.option)


def clean_text(value: str, most: int) -> str:
    """Plain text on one line: control and format characters gone, spaces collapsed, cut."""
    kept = "".join(
        " " if ch in "\t\r\n" else ch
        for ch in value
        if ch in "\t\r\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    )
    return " ".join(kept.split())[:most]


# A place in a message ("{what} must be a number."), translated with it.
_THE_GROUP = QT_TRANSLATE_NOOP("Messages", "The group")


def _number(value: str, what: str) -> int:
    value = value.strip()
    if not value:
        return 0
    if not value.isascii() or not value.isdigit() or len(value) > 4:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "{what} must be a number."), what=what)
    return int(value)


def entry_from_form(window: InputWindow, form: dict[str, str], client: str = "") -> Entry:
    """The entry a phone's form describes, cleaned and checked; refused with a clear reason."""
    text = form.get("text", "")
    if window.kind is InputKind.TIPS:
        tip = clean_text(text, MAX_TIP_FROM_PHONE + 1)
        if not tip:
            raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "Write a tip first."))
        if len(tip) > MAX_TIP_FROM_PHONE:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "A tip has at most {most} characters."),
                most=MAX_TIP_FROM_PHONE,
            )
        group = _number(form.get("group", ""), _THE_GROUP)
        if group > MAX_GROUPS:
            raise CommandRejected(
                QT_TRANSLATE_NOOP("Messages", "Group {group} is not a group number (1 to {most})."),
                group=group,
                most=MAX_GROUPS,
            )
        return Entry(
            InputKind.TIPS,
            tip,
            group=group,
            column=_number(form.get("column", ""), QT_TRANSLATE_NOOP("Messages", "The column")),
            author=clean_text(form.get("name", ""), MAX_NAME),
            client=client,
        )
    option = clean_text(form.get("option", ""), 2).upper()
    if len(option) != 1 or option not in OPTION_LETTERS:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "Choose one of the options."))
    if window.kind is InputKind.VOTES:
        return Entry(InputKind.VOTES, round_index=window.round_index, option=option, client=client)
    group = _number(form.get("group", ""), _THE_GROUP)
    if not 1 <= group <= MAX_GROUPS:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "Choose your group's number."),
        )
    return Entry(
        InputKind.CHOICES,
        clean_text(text, MAX_REASON_FROM_PHONE),
        round_index=window.round_index,
        group=group,
        option=option,
        client=client,
    )


def check_entry(session: Session, entry: Entry) -> None:
    """Refuse an entry the session cannot take (a card gone, an option not on it) before it
    waits in a queue, so the facilitator never approves what cannot be applied."""
    if entry.kind is InputKind.TIPS:
        return
    if not 0 <= entry.round_index < len(session.rounds):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "There is no card {number} in this session."),
            number=entry.round_index + 1,
        )
    letters = [x for x, _ in session.rounds[entry.round_index].lettered_options()]
    if entry.option not in letters:
        raise CommandRejected(
            QT_TRANSLATE_NOOP(
                "Messages", "Option {option} is not on this card; choose one of {letters}."
            ),
            option=entry.option,
            letters=", ".join(letters),
        )


def _tip_command(session: Session, entry: Entry) -> Command:
    columns = session.board.live_columns()
    wanted = [c for c in columns if c.id == entry.column]
    column = wanted[0] if wanted else columns[0]
    return add_tip(session.board, column.id, entry.text, entry.group, entry.author)


def command_for(session: Session, entry: Entry) -> Command:
    """The command an approved entry becomes: the same one typing it in would make."""
    if entry.kind is InputKind.TIPS:
        if not session.board.live_columns():
            # A board with no column yet gets one, in the same undoable step as the tip.
            def parts(now: Session) -> Iterator[Command]:
                yield add_column(now.board, FIRST_COLUMN)
                yield _tip_command(now, entry)

            return Composite("add tip", parts)
        return _tip_command(session, entry)
    if entry.kind is InputKind.CHOICES:
        return RecordGroupChoice(entry.round_index, entry.group, entry.option, entry.text)
    # A phone's vote adds one hand to those counted in the room.
    counted = session.hands.get((entry.round_index, entry.option), 0)
    return SetHands(entry.round_index, entry.option, counted + 1)


def window_for(session: Session, moderation: Moderation = Moderation.QUEUE) -> InputWindow | None:
    """The input the activity on the wall takes: tips for the board, choices or votes for a
    card (by how its round is played); None when the wall shows something else."""
    if session.activity is Activity.BOARD:
        return InputWindow(InputKind.TIPS, moderation)
    card = session.current_card()
    if session.activity is Activity.CARDS and card is not None:
        index = session.position.round_index
        plenary = session.mode(index) is PlayMode.PLENARY
        kind = InputKind.VOTES if plenary else InputKind.CHOICES
        return InputWindow(kind, moderation, index)
    return None


def options_shown(session: Session, window: InputWindow) -> bool:
    """Whether the wall has shown the options of the window's card (its reveal step reached
    them, or the results are up): a phone's form names them only then, never before."""
    if window.kind is InputKind.TIPS:
        return False
    at = session.position
    return at.round_index == window.round_index and (
        at.step >= RevealStep.OPTIONS or session.results_shown
    )


def window_of_kind(
    session: Session, kind: InputKind, moderation: Moderation = Moderation.QUEUE
) -> InputWindow:
    """A window for a kind asked for by name (the command line): a card's kinds need a card."""
    if kind is InputKind.TIPS:
        return InputWindow(kind, moderation)
    if session.current_card() is None:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "This session has no card to send choices or votes to.")
        )
    return InputWindow(kind, moderation, session.position.round_index)


def still_current(session: Session, window: InputWindow) -> bool:
    """Whether the wall still shows the activity the window was opened for."""
    if window.kind is InputKind.TIPS:
        return session.activity is Activity.BOARD
    return session.activity is Activity.CARDS and session.position.round_index == window.round_index


def edited(entry: Entry, text: str) -> Entry:
    """The entry with the facilitator's correction of its text (a tip, or a reason)."""
    most = MAX_TIP_FROM_PHONE if entry.kind is InputKind.TIPS else MAX_REASON_FROM_PHONE
    return replace(entry, text=clean_text(text, most))


@dataclass
class Tally:
    """How many entries phones sent, and what became of them, for the control window."""

    received: int = 0
    approved: int = 0
    rejected: int = 0
    refused: int = 0  # turned away at the door: closed, stale, too many, malformed

    @property
    def waiting(self) -> int:
        return self.received - self.approved - self.rejected
