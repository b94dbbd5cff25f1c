"""The agenda: activities with planned minutes, clock times from the start, and how it went."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from enum import StrEnum

from workshop.core.activity import Activity
from workshop.core.cards import Card, checked_link
from workshop.core.deckformat import card_from_data, card_to_data
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected

MAX_ITEMS = 60
MAX_MINUTES = 600


class Kind(StrEnum):
    """The kinds of activity an agenda holds."""

    GAME = "dilemma game"
    EXERCISE = "group exercise"
    BOARD = "tips board"
    SHOWCASE = "showcase"
    PRESENTATION = "presentation"
    BREAK = "break"
    WELCOME = "welcome"
    CLOSING = "closing"


# What the projector shows while an activity of each kind runs; the rest show the agenda.
WALL = {
    Kind.GAME: Activity.CARDS,
    Kind.EXERCISE: Activity.EXERCISE,
    Kind.BOARD: Activity.BOARD,
    Kind.SHOWCASE: Activity.SHOWCASE,
    # A break shows the session's title slide with the time the room is back.
    Kind.BREAK: Activity.TITLE,
    # The day ends with the summary's QR code on the wall, when there is an address to show.
    Kind.CLOSING: Activity.SUMMARY,
}


class Verdict(StrEnum):
    """The evaluation of an activity: what to do with it next time."""

    KEEP = "keep"
    CHANGE = "change"
    DROP = "drop"


@dataclass(frozen=True)
class Presenter:
    """Someone showing their own work: a name (not in the absentee summary), a title, a link."""

    name: str
    work: str = ""
    url: str = ""


@dataclass(frozen=True)
class Item:
    """One activity: what it is, how long it should take, and what actually happened."""

    id: int
    kind: Kind
    title: str
    minutes: int
    link: str = ""  # slides of a presentation
    card: Card | None = None  # the exercise card of a group exercise
    question: str = ""  # the tips board's question
    presenters: tuple[Presenter, ...] = ()
    started_at: float | None = None
    ended_at: float | None = None
    verdict: Verdict | None = None
    note: str = ""  # what to keep, change or drop next time
    last_note: str = ""  # the note of the session this one was copied from


@dataclass(frozen=True)
class Agenda:
    """The day's plan: a start time (HH:MM) and the activities; `current` is the one running."""

    start: str = "09:30"
    items: tuple[Item, ...] = ()
    current: int = -1
    presenter: int = 0  # the showcase's current presenter

    def next_id(self) -> int:
        return max((i.id for i in self.items), default=0) + 1

    def running(self) -> Item | None:
        return self.items[self.current] if 0 <= self.current < len(self.items) else None


def minutes_of(clock: str) -> int:
    """'09:30' as minutes after midnight, or CommandRejected."""
    try:
        moment = datetime.time.fromisoformat(clock.strip())
    except ValueError:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "“{time}” is not a time; write it like 09:30."),
            time=clock,
        ) from None
    return moment.hour * 60 + moment.minute


def clock(minutes: float) -> str:
    """Minutes after midnight as HH:MM (past midnight wraps round)."""
    whole = round(minutes) % (24 * 60)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def planned(agenda: Agenda) -> list[tuple[int, int]]:
    """Each activity's planned start and end, in minutes after midnight."""
    at = minutes_of(agenda.start)
    times = []
    for item in agenda.items:
        times.append((at, at + item.minutes))
        at += item.minutes
    return times


def _local_minutes(moment: float) -> float:
    stamp = datetime.datetime.fromtimestamp(moment)
    return stamp.hour * 60 + stamp.minute + stamp.second / 60


@dataclass(frozen=True)
class Forecast:
    """Where the day stands: expected start and end of every activity and the delay."""

    times: tuple[tuple[float, float], ...]
    delay: float  # minutes behind plan (negative: ahead)
    end: float


def forecast(agenda: Agenda, now: float, local=_local_minutes) -> Forecast:
    """Done activities at their actual times, the running one until at least now, the rest
    after it at their planned lengths."""
    plan = planned(agenda)
    times: list[tuple[float, float]] = []
    at: float | None = None
    for index, item in enumerate(agenda.items):
        if item.started_at is not None and item.ended_at is not None:
            start, end = local(item.started_at), local(item.ended_at)
        elif item.started_at is not None:
            start = local(item.started_at)
            end = max(start + item.minutes, local(now))
        else:
            start = plan[index][0] if at is None else at
            end = start + item.minutes
        times.append((start, end))
        at = end
    delay = 0.0
    running = agenda.current if 0 <= agenda.current < len(times) else -1
    if running >= 0:
        delay = times[running][1] - plan[running][1]
    elif times and agenda.items and agenda.items[-1].ended_at is not None:
        delay = times[-1][1] - plan[-1][1]
    end = times[-1][1] if times else minutes_of(agenda.start)
    return Forecast(tuple(times), delay, end)


def checked_item(item: Item) -> Item:
    """An activity tidied, or CommandRejected saying what is wrong."""
    title = " ".join(item.title.split())
    if not title:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "An activity needs a title."))
    if not 0 <= item.minutes <= MAX_MINUTES:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "An activity lasts 0 to {most} minutes."),
            most=MAX_MINUTES,
        )
    link = checked_link(item.link, QT_TRANSLATE_NOOP("Messages", "The slides' link"))
    presenters = tuple(
        Presenter(
            " ".join(p.name.split()),
            " ".join(p.work.split()),
            checked_link(p.url, QT_TRANSLATE_NOOP("Messages", "A presenter's link")),
        )
        for p in item.presenters
        if p.name.strip() or p.work.strip()
    )
    return replace(item, title=title[:200], link=link, presenters=presenters,
                   note=item.note.strip()[:1000])  # fmt: skip


def add_item(agenda: Agenda, item: Item, at: int | None = None) -> Agenda:
    if len(agenda.items) >= MAX_ITEMS:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "An agenda has at most {most} activities."),
            most=MAX_ITEMS,
        )
    item = replace(checked_item(item), id=agenda.next_id())
    items = list(agenda.items)
    where = len(items) if at is None else at
    items.insert(where, item)
    # At or before the running one it moves down; added after a finished day (current just
    # past the end) the new activity is planned, not marked running or done.
    current = agenda.current + (1 if where <= agenda.current else 0)
    return replace(agenda, items=tuple(items), current=current)


def replace_item(agenda: Agenda, item: Item) -> Agenda:
    item = checked_item(item)
    items = tuple(item if i.id == item.id else i for i in agenda.items)
    return replace(agenda, items=items)


def remove_item(agenda: Agenda, item_id: int) -> Agenda:
    index = [i.id for i in agenda.items].index(item_id)
    if index == agenda.current:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "The running activity cannot be removed.")
        )
    items = tuple(i for i in agenda.items if i.id != item_id)
    current = agenda.current - (1 if index < agenda.current else 0)
    return replace(agenda, items=items, current=current)


def move_item(agenda: Agenda, item_id: int, step: int) -> Agenda:
    """`step` places up (negative) or down; the running activity keeps running."""
    ids = [i.id for i in agenda.items]
    index = ids.index(item_id)
    target = index + step
    if not 0 <= target < len(ids):
        return agenda
    items = list(agenda.items)
    items.insert(target, items.pop(index))
    running = agenda.running()
    current = [i.id for i in items].index(running.id) if running else agenda.current
    return replace(agenda, items=tuple(items), current=current)


def set_start(agenda: Agenda, start: str) -> Agenda:
    return replace(agenda, start=clock(minutes_of(start)))


def is_done(agenda: Agenda) -> bool:
    """True once the day has run to its end (activities added later wait, planned)."""
    return bool(agenda.items) and agenda.current >= len(agenda.items)


def next_activity(agenda: Agenda, now: float) -> Agenda:
    """End the running activity and start the next (the first, if none ran yet)."""
    items = list(agenda.items)
    if agenda.current >= len(items) - 1 and agenda.running() is not None:
        items[agenda.current] = replace(items[agenda.current], ended_at=now)
        return replace(agenda, items=tuple(items), current=len(items))
    if is_done(agenda):
        # Activities added after the end: the first of them that never ran starts.
        last = max((i for i, x in enumerate(items) if x.started_at is not None), default=-1)
        if last + 1 < len(items):
            return start_activity(agenda, items[last + 1].id, now)
    if not items or agenda.current >= len(items):
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "The agenda is done."))
    if agenda.running() is not None:
        items[agenda.current] = replace(items[agenda.current], ended_at=now)
    nxt = agenda.current + 1
    items[nxt] = replace(items[nxt], started_at=now, ended_at=None)
    return replace(agenda, items=tuple(items), current=nxt, presenter=0)


def previous_activity(agenda: Agenda, now: float) -> Agenda:
    """Back one activity: the running one is planned again, the one before runs again."""
    items = list(agenda.items)
    if agenda.current < 0 or not items:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "No activity has started yet."))
    if agenda.current == 0:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "The first activity is running; none came before it.")
        )
    back = min(agenda.current, len(items)) - 1
    if agenda.current < len(items):
        items[agenda.current] = replace(items[agenda.current], started_at=None, ended_at=None)
    started = items[back].started_at
    items[back] = replace(items[back], started_at=now if started is None else started,
                          ended_at=None)  # fmt: skip
    return replace(agenda, items=tuple(items), current=back, presenter=0)


def start_activity(agenda: Agenda, item_id: int, now: float) -> Agenda:
    """Jump: end the running activity and start the chosen one (again, if it ran before)."""
    ids = [i.id for i in agenda.items]
    if item_id not in ids:
        raise CommandRejected(QT_TRANSLATE_NOOP("Messages", "That activity is not on the agenda."))
    index = ids.index(item_id)
    items = list(agenda.items)
    if index == agenda.current:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "“{title}” is already running."), title=items[index].title
        )
    if agenda.running() is not None:
        items[agenda.current] = replace(items[agenda.current], ended_at=now)
    items[index] = replace(items[index], started_at=now, ended_at=None)
    return replace(agenda, items=tuple(items), current=index, presenter=0)


def evaluate(agenda: Agenda, item_id: int, verdict: Verdict | None, note: str) -> Agenda:
    items = tuple(
        replace(i, verdict=verdict, note=note.strip()[:1000]) if i.id == item_id else i
        for i in agenda.items
    )
    return replace(agenda, items=items)


def as_template(agenda: Agenda) -> Agenda:
    """The same plan for another day: times and evaluations cleared, notes kept as last time's."""
    items = tuple(
        replace(i, started_at=None, ended_at=None, verdict=None, note="",
                last_note=" · ".join(x for x in ((i.verdict or ""), i.note) if x) or i.last_note)
        for i in agenda.items
    )  # fmt: skip
    return replace(agenda, items=items, current=-1, presenter=0)


def agenda_to_data(agenda: Agenda) -> dict:
    """Plain data for an agenda (the library and session archives keep it as JSON)."""
    return {
        "start": agenda.start,
        "current": agenda.current,
        "presenter": agenda.presenter,
        "items": [
            {
                "id": i.id,
                "kind": i.kind.value,
                "title": i.title,
                "minutes": i.minutes,
                "link": i.link,
                "card": card_to_data(i.card) if i.card else None,
                "question": i.question,
                "presenters": [[p.name, p.work, p.url] for p in i.presenters],
                "started_at": i.started_at,
                "ended_at": i.ended_at,
                "verdict": i.verdict.value if i.verdict else None,
                "note": i.note,
                "last_note": i.last_note,
            }
            for i in agenda.items
        ],
    }


def agenda_from_data(data: dict) -> Agenda:
    """An agenda from plain data already checked (by the store's own writing, or a schema)."""
    items = tuple(
        Item(
            id=int(i["id"]),
            kind=Kind(i["kind"]),
            title=i["title"],
            minutes=int(i["minutes"]),
            link=i.get("link", ""),
            card=card_from_data(i["card"]) if i.get("card") else None,
            question=i.get("question", ""),
            presenters=tuple(Presenter(*p) for p in i.get("presenters", [])),
            started_at=i.get("started_at"),
            ended_at=i.get("ended_at"),
            verdict=Verdict(i["verdict"]) if i.get("verdict") else None,
            note=i.get("note", ""),
            last_note=i.get("last_note", ""),
        )
        for i in data.get("items", [])
    )
    return Agenda(data.get("start", "09:30"), items, int(data.get("current", -1)),
                  int(data.get("presenter", 0)))  # fmt: skip
