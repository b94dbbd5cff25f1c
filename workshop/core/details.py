"""What a session is about and who took part: its details and the rules they follow."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from workshop.core.cards import checked_link
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
           "september", "oktober", "november", "december"),
}  # fmt: skip
_DUTCH_NAMES = {"nl", "nld", "dut", "nederlands", "dutch", "vlaams", "flemish"}


def document_language(language: str) -> str:
    """'nl' for a day held in Dutch (nl, nl-BE, Nederlands, …), else 'en'."""
    name = language.strip().lower().replace("_", "-")
    return "nl" if name.split("-")[0] in _DUTCH_NAMES else "en"


def written_date(day: str, language: str) -> str:
    """A stored year-month-day date as the day's language writes it ("30 november 2026");
    a date kept in free text (older sessions) as it was typed."""
    try:
        date = datetime.date.fromisoformat(day.strip())
    except ValueError:
        return day
    return f"{date.day} {MONTHS[document_language(language)][date.month - 1]} {date.year}"


MAX_TITLE_LENGTH = 200
MAX_LINE_LENGTH = 300
MAX_INTRODUCTION_LENGTH = 3000
MAX_PARTICIPANTS = 2000


@dataclass(frozen=True)
class Participant:
    """One person in the room; the organisation helps spread colleagues over groups."""

    name: str
    organisation: str = ""


@dataclass(frozen=True)
class SessionDetails:
    """The facts on the summary's cover; names of participants appear only where allowed."""

    title: str
    date: str = ""
    follow_up_url: str = ""
    venue: str = ""
    organisation: str = ""
    facilitators: str = ""
    introduction: str = ""
    participant_count: int = 0
    participants: tuple[Participant, ...] = ()
    language: str = ""  # the language the day is held in, e.g. "nl"
    notes: str = ""  # the facilitator's own notes, never projected or exported


def parse_participants(text: str) -> tuple[Participant, ...]:
    """Participants pasted one per line, optionally as `name, organisation`."""
    people = []
    for line in text.splitlines():
        name, _, organisation = line.partition(",")
        name = " ".join(name.split())
        if name:
            people.append(Participant(name[:MAX_LINE_LENGTH], " ".join(organisation.split())))
    return tuple(people)


def participants_text(people: tuple[Participant, ...]) -> str:
    """The inverse of parse_participants, for editing."""
    return "\n".join(f"{p.name}, {p.organisation}" if p.organisation else p.name for p in people)


def _line(value: str) -> str:
    return " ".join(value.split())[:MAX_LINE_LENGTH]


def _checked_date(day: str) -> str:
    day = day.strip()
    if day:
        try:
            datetime.date.fromisoformat(day)
        except ValueError:
            raise CommandRejected(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{day}” is not a date; write it as year-month-day, like 2026-03-05.",
                ),
                day=day,
            ) from None
    return day


def is_iso_date(day: str) -> bool:
    """True for a year-month-day date such as 2026-11-30 (what the date picker stores)."""
    try:
        datetime.date.fromisoformat(day.strip())
    except ValueError:
        return False
    return len(day.strip()) == 10


def checked_details(details: SessionDetails, kept_date: str = "") -> SessionDetails:
    """The details tidied, or CommandRejected saying what is wrong.

    A new date must be year-month-day; `kept_date`, the date the session already has, passes
    as it is, so a session dated in free text (older libraries) still loads and can be edited."""
    title = " ".join(details.title.split())
    if not title:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "A session needs a title."))
    if len(title) > MAX_TITLE_LENGTH:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "A title has at most {most} characters."),
            most=MAX_TITLE_LENGTH,
        )
    url = checked_link(
        details.follow_up_url, QT_TRANSLATE_NOOP("Messages", "The follow-up address")
    )
    if len(details.participants) > MAX_PARTICIPANTS or not (
        0 <= details.participant_count <= MAX_PARTICIPANTS
    ):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "A session has at most {most} participants."),
            most=MAX_PARTICIPANTS,
        )
    introduction = details.introduction.strip()
    if len(introduction) > MAX_INTRODUCTION_LENGTH:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "The introduction has at most {most} characters."),
            most=MAX_INTRODUCTION_LENGTH,
        )
    return replace(
        details,
        title=title,
        date=(
            _line(details.date)
            if kept_date.strip() and details.date.strip() == kept_date.strip()
            else _checked_date(details.date)
        ),
        follow_up_url=url,
        venue=_line(details.venue),
        organisation=_line(details.organisation),
        facilitators=_line(details.facilitators),
        introduction=introduction,
        language=_line(details.language)[:20],
        notes=details.notes.strip()[:MAX_INTRODUCTION_LENGTH],
        # Names pasted in count as participants even when the count was left lower.
        participant_count=max(details.participant_count, len(details.participants)),
    )


def detail_fields(details: SessionDetails) -> dict[str, str | int]:
    """The details as plain columns (participants, a list, are kept apart)."""
    return {
        name: getattr(details, name)
        for name in SessionDetails.__dataclass_fields__
        if name != "participants"
    }
