"""What the room sees: one plain description that the projector and its mirrors draw."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace
from enum import StrEnum
from itertools import compress, repeat
from operator import is_, is_not
from typing import NamedTuple

from workshop.core.activity import Activity
from workshop.core.agenda import Kind, clock, forecast, planned
from workshop.core.board import Board, Column, Rows, Tip
from workshop.core.details import written_date
from workshop.core.groups import Group
from workshop.core.palette import group_round
from workshop.core.session import (
    Blank,
    PlayMode,
    Position,
    ResultStyle,
    RevealStep,
    Session,
    reveal_steps,
)


class ViewMode(StrEnum):
    """The kinds of screen the projector can show."""

    BLANK = "blank"
    TITLE = "title"
    CARD = "card"
    RESULTS = "results"
    BOARD = "board"
    GROUPS = "groups"
    EXERCISE = "exercise"
    SCALE = "scale"
    AGENDA = "agenda"
    SHOWCASE = "showcase"
    SUMMARY = "summary"


@dataclass(frozen=True)
class GroupShown:
    """A group on the wall: number, name, colour, members' names, its stage (or None), output."""

    number: int
    name: str = ""
    colour: str = "#999999"
    members: tuple[str, ...] = ()
    stage: int | None = None
    output: str = ""  # what the group handed in, on the scale

    def label(self) -> str:
        return f"{self.number}. {self.name}" if self.name else str(self.number)

    @property
    def round(self) -> int:
        """Which pass through the palette: the wall draws each pass's mark in its own shape."""
        return group_round(self.number)


class BoardItem(NamedTuple):
    """One line of a board column on the wall: a tip, or a cluster's title above its tips.

    A named tuple rather than a frozen dataclass: a 6,000-tip board makes 6,000 of them per
    view, and a tuple is made several times faster.
    """

    text: str
    votes: int = 0
    highlight: bool = False
    cluster_title: bool = False
    in_cluster: bool = False
    brought_in: bool = False

    def wall_text(self) -> str:
        """As the wall writes it: votes first, a star for a highlight, ↩ if brought in."""
        marks = ("★ " if self.highlight else "") + ("↩ " if self.brought_in else "")
        votes = f"+{self.votes}  " if self.votes else ""
        return f"{votes}{marks}{self.text}"


@dataclass(frozen=True)
class AudienceView:
    """Everything the projector draws, and nothing it may not (no facilitator notes)."""

    mode: ViewMode
    blank: Blank | None = None
    title: str = ""
    text: str = ""
    options: tuple[tuple[str, str], ...] = ()
    questions: tuple[str, ...] = ()
    card_number: int = 0
    card_count: int = 0
    step: RevealStep = RevealStep.SITUATION
    # The same card fully revealed: drawn nowhere, it only sets the text size, so the
    # situation stays put while the options and questions appear below it.
    sizing: AudienceView | None = None
    # Results of a round, revealed together: votes per option and each group's choice.
    counts: tuple[tuple[str, str, int], ...] = ()
    groups: tuple[tuple[int, str, str], ...] = ()
    result_style: ResultStyle = ResultStyle.CHART
    plenary: bool = False
    # The tips board: (column title, its items) left to right, and the page to show.
    board: tuple[tuple[str, tuple[BoardItem, ...]], ...] = ()
    page: int = 0
    # Groups and exercises: the groups shown, an exercise's output to hand in, its stages.
    groups_shown: tuple[GroupShown, ...] = ()
    output: str = ""
    stages: tuple[str, ...] = ()
    # The agenda: (clock time, title, "done" | "now" | "next") rows; a showcase's link.
    agenda_rows: tuple[tuple[str, str, str], ...] = ()
    link: str = ""
    # The summary's QR code: True when the link is the room share, so phones need this network.
    room_share: bool = False
    # The title slide's facts (date, venue, organisation); a break's or a running activity's
    # planned end (HH:MM); a showcase's next presenter.
    facts: tuple[str, ...] = ()
    until: str = ""
    next_up: str = ""
    # Who is here, on the groups screen before groups are formed.
    people: tuple[str, ...] = ()
    # While phones may send: what the wall asks of them, and the address its code holds.
    phone_prompt: str = ""
    phone_link: str = ""

    def plain_text(self) -> str:
        """The view's words in reading order, for tests, mirrors and screen readers."""
        # Kept on the (frozen) view: a big board's text is asked for several times per view.
        known = self.__dict__.get("_plain_text")
        if known is None:
            known = self._plain_text()
            object.__setattr__(self, "_plain_text", known)
        return known

    def _plain_text(self) -> str:
        if self.mode is ViewMode.AGENDA:
            rows = [f"{time}  {title}" for time, title, _state in self.agenda_rows]
            return "\n".join([self.title, *rows])
        if self.mode in (ViewMode.SHOWCASE, ViewMode.SUMMARY):
            return "\n".join(x for x in (self.title, self.text, self.link, self.next_up) if x)
        if self.mode is ViewMode.TITLE:
            return "\n".join(x for x in (self.title, *self.facts, self.text, self.until) if x)
        if self.mode in (ViewMode.GROUPS, ViewMode.EXERCISE, ViewMode.SCALE):
            lines = [self.title, self.text, self.output, *self.stages]
            for group in self.groups_shown:
                lines.append(group.label())
                lines += list(group.members)
                if self.mode is ViewMode.SCALE and group.output:
                    lines.append(group.output)
            lines += list(self.people)
            return "\n".join(line for line in lines if line)
        if self.mode is ViewMode.BOARD:
            lines = [self.title]
            for index, (column, items) in enumerate(self.board):
                lines += [column, _column_words(items, index)]
            return "\n".join(line for line in lines if line)
        if self.mode is ViewMode.RESULTS:
            lines = [self.title]
            if self.result_style is ResultStyle.SIDE_BY_SIDE and self.groups:
                lines += [f"{g}  {letter}  {reason}".rstrip() for g, letter, reason in self.groups]
            else:
                lines += [f"{letter}  {text}  {n}" for letter, text, n in self.counts]
            return "\n".join(lines)
        lines = [self.title, self.text]
        lines += [f"{letter}  {text}" for letter, text in self.options]
        lines += list(self.questions)
        return "\n".join(line for line in lines if line)


# A column's words by its items tuple, which board_view keeps while the column is unchanged:
# a new tip joins the words of its own column again, not of the whole board.
_WORDS: dict[int, tuple[tuple[BoardItem, ...], str]] = {}
_WORDS_MOST = 64
_LAST_WORDS: dict[int, tuple[tuple[BoardItem, ...], str]] = {}  # by the column's place


def _column_words(items: tuple[BoardItem, ...], column: int = 0) -> str:
    known = _WORDS.get(id(items))
    if known is not None and known[0] is items:
        return known[1]
    if len(_WORDS) >= _WORDS_MOST:
        _WORDS.clear()
        _LAST_WORDS.clear()
    # A tip added at the end of the column: the words so far, and the new tip's.
    last = _LAST_WORDS.get(column)
    if last is not None and len(last[0]) < len(items) and items[: len(last[0])] == last[0]:
        more = _words(items[len(last[0]) :])
        words = "\n".join(x for x in (last[1], more) if x)
    else:
        words = _words(items)
    _WORDS[id(items)] = (items, words)  # the tuple is held, so its id is not reused meanwhile
    _LAST_WORDS[column] = (items, words)
    return words


def _words(items: tuple[BoardItem, ...]) -> str:
    return "\n".join(text for text in (item.wall_text() for item in items) if text)


def audience_view(session: Session, position: Position | None = None) -> AudienceView:
    """The projector's content for a session, at its own position or at another one."""
    view = _content_view(session, position)
    if position is None and session.phone_prompt and session.room_share and view.mode in (
        ViewMode.BOARD, ViewMode.CARD, ViewMode.RESULTS,
    ):  # fmt: skip
        return replace(view, phone_prompt=session.phone_prompt, phone_link=session.room_share)
    return view


def _content_view(session: Session, position: Position | None) -> AudienceView:
    at = position or session.position
    if position is None and session.blank is not None:
        return AudienceView(mode=ViewMode.BLANK, blank=session.blank)
    if position is None and session.activity is Activity.BOARD:
        return board_view(session)
    if position is None and session.activity in ROOM_ACTIVITIES:
        return room_view(session)
    if position is None and session.activity is Activity.AGENDA:
        return agenda_view(session)
    if position is None and session.activity is Activity.SHOWCASE:
        return showcase_view(session)
    if position is None and session.activity is Activity.SUMMARY:
        return summary_view(session)
    if position is None and session.activity is Activity.TITLE:
        return title_view(session)
    if not 0 <= at.round_index < len(session.rounds):
        return title_view(session)
    card = session.rounds[at.round_index]
    if position is None and session.results_shown:
        return results_view(session, at.round_index)
    full = AudienceView(
        mode=ViewMode.CARD,
        title=card.title,
        text=card.text,
        options=tuple(card.lettered_options()),
        questions=card.questions,
        card_number=at.round_index + 1,
        card_count=len(session.rounds),
        step=reveal_steps(card)[-1],
    )
    return replace(
        full,
        options=full.options if at.step >= RevealStep.OPTIONS else (),
        questions=full.questions if at.step >= RevealStep.QUESTIONS else (),
        step=at.step,
        sizing=full,
    )


def board_view(session: Session) -> AudienceView:
    """The tips board as the wall shows it: no hidden or deleted tips, clusters together.

    The same board unchanged gives the same view object (the wall and its strip both ask
    after every edit, and the wall's layout is kept per view object); a column none of whose
    tips changed keeps its very items tuple, so what is drawn from it can be kept too.
    """
    board = session.board
    key = (board.version(), board.question, session.board_page)
    last = _LAST_BOARD.get("view")
    if last is not None and last[0]() is board and last[1] == key:
        return last[2]
    table = board.tip_table
    items_of: dict[int, tuple[Tip, BoardItem]] = table.memo.setdefault("wall", {})
    # column id -> (its row, its tips' stamp, the clusters table and its version; its
    # items; the live tips they were made from)
    kept: dict[int, tuple[tuple[Column, int, object, int], tuple[BoardItem, ...], list[Tip]]]
    kept = table.memo.setdefault("wall columns", {})
    clusters = board.clusters
    clusters_version = clusters.version if isinstance(clusters, Rows) else -1
    columns = []
    for column in board.live_columns():
        stamp = table.column_stamp(column.id)
        known = kept.get(column.id)
        same = (
            known is not None
            and known[0][0] is column  # rows are frozen: a renamed or resorted column is new
            and known[0][2] is clusters
            and known[0][3] == clusters_version
            and clusters_version >= 0
        )
        if same and known is not None and known[0][1] == stamp:
            items = known[1]
        else:
            tips = board.live_tips(column.id)
            quick = None
            if same and known is not None:
                quick = _quick_items(known[2], known[1], tips, items_of)
            items = quick if quick is not None else _column_items(board, tips, items_of)
            kept[column.id] = ((column, stamp, clusters, clusters_version), items, tips)
        columns.append((column.title, items))
    view = AudienceView(
        mode=ViewMode.BOARD, title=board.question, board=tuple(columns), page=session.board_page
    )
    _LAST_BOARD["view"] = (weakref.ref(board), key, view)
    return view


def _quick_items(
    was: list[Tip],
    items: tuple[BoardItem, ...],
    tips: list[Tip],
    items_of: dict[int, tuple[Tip, BoardItem]],
) -> tuple[BoardItem, ...] | None:
    """The common writes to a column, with no walk of it in Python: a tip typed at its end,
    one tip edited in its place (text, mark, a vote in typed order), one tip deleted. The
    tips are compared by identity at C speed (`map` of `operator.is_not`); the changed tip's
    item is found by identity too. None for anything else (a cluster's tip, a reorder,
    several tips), which builds the column's items again."""
    if len(tips) == len(was) + 1:
        last = tips[-1]
        if last.cluster or tips[: len(was)] != was:
            return None
        if last.hidden:
            return items
        item = _item(last)
        items_of[last.id] = (last, item)
        return (*items, item)
    if len(tips) == len(was):
        changed = list(compress(range(len(tips)), map(is_not, was, tips)))
        if len(changed) != 1:
            return None
        old, new = was[changed[0]], tips[changed[0]]
        if old.id != new.id or old.cluster or new.cluster or old.hidden or new.hidden:
            return None
        at = _place(items, old, items_of)
        if at is None:
            return None
        item = _item(new)
        items_of[new.id] = (new, item)
        return (*items[:at], item, *items[at + 1 :])
    if len(tips) == len(was) - 1:
        gone = next(compress(range(len(tips)), map(is_not, was, tips)), len(tips))
        old = was[gone]
        if old.cluster or was[gone + 1 :] != tips[gone:]:
            return None
        if old.hidden:
            return items
        at = _place(items, old, items_of)
        return None if at is None else (*items[:at], *items[at + 1 :])
    return None


def _place(
    items: tuple[BoardItem, ...], tip: Tip, items_of: dict[int, tuple[Tip, BoardItem]]
) -> int | None:
    """Where a tip's own item (the very object made from this very row) is in the items."""
    known = items_of.get(tip.id)
    if known is None or known[0] is not tip:
        return None
    try:
        return list(map(is_, items, repeat(known[1]))).index(True)
    except ValueError:
        return None


def _column_items(
    board: Board, tips: list[Tip], items_of: dict[int, tuple[Tip, BoardItem]]
) -> tuple[BoardItem, ...]:
    """One column's lines on the wall, in one pass over its tips."""
    # One pass to gather each cluster's members, in column order: linear in the tips.
    members: dict[int, list[Tip]] = {}
    for tip in tips:
        if tip.cluster:
            members.setdefault(tip.cluster, []).append(tip)
    items: list[BoardItem] = []
    for tip in tips:
        if tip.hidden:
            continue
        if tip.cluster:
            group = members.pop(tip.cluster, None)
            if group is None:
                continue  # its cluster's title and members are shown already
            shown = [t for t in group if not t.hidden]
            title = board.clusters[tip.cluster].title
            items.append(BoardItem(title, sum(t.votes for t in shown), cluster_title=True))
            items += [_item(t, in_cluster=True) for t in shown]
        else:
            # A tip unchanged since the last view (the very same row) keeps its item.
            known = items_of.get(tip.id)
            if known is None or known[0] is not tip:
                known = items_of[tip.id] = (tip, _item(tip))
            items.append(known[1])
    return tuple(items)


# The last board view. Each tip's item is kept in its table's memo with the row it was made
# from, compared by identity: rows are frozen, so a changed tip is a new object.
_LAST_BOARD: dict[str, tuple[weakref.ref[Board], tuple[object, ...], AudienceView]] = {}


def _item(tip: Tip, in_cluster: bool = False) -> BoardItem:
    return BoardItem(tip.text, tip.votes, tip.highlight, False, in_cluster, bool(tip.source))


ROOM_ACTIVITIES = (Activity.GROUPS, Activity.EXERCISE, Activity.SCALE)


def room_view(session: Session) -> AudienceView:
    """Who is in which group; an exercise and the groups; or the groups on its scale."""
    names = [p.name for p in session.details.participants]
    running = 0 <= session.exercise_index < len(session.exercises)
    groups = session.forming.groups or tuple(Group(n) for n in range(1, session.group_count + 1))
    shown = []
    for group in groups:
        output = session.outputs.get((session.exercise_index, group.number)) if running else None
        shown.append(
            GroupShown(
                group.number,
                group.name,
                group.colour,
                tuple(names[m] for m in group.members if 0 <= m < len(names)),
                output.stage if output else None,
                output.text if output else "",
            )
        )
    if session.activity is Activity.GROUPS or not running:
        if not session.forming.groups:
            # Not formed yet: who is here, rather than empty numbered tiles.
            return AudienceView(mode=ViewMode.GROUPS, title=session.details.title,
                                people=tuple(names))  # fmt: skip
        return AudienceView(
            mode=ViewMode.GROUPS, title=session.details.title, groups_shown=tuple(shown)
        )
    card = session.exercises[session.exercise_index]
    if session.activity is Activity.SCALE and card.stages:
        return AudienceView(
            mode=ViewMode.SCALE, title=card.title, stages=card.stages, groups_shown=tuple(shown)
        )
    return AudienceView(
        mode=ViewMode.EXERCISE,
        title=card.title,
        text=card.text,
        output=card.output,
        groups_shown=tuple(GroupShown(g.number, g.name, g.colour) for g in shown),
    )


def title_view(session: Session) -> AudienceView:
    """The session's title slide: title, date, venue, organisation; in a break, until when."""
    details = session.details
    day = written_date(details.date, details.language)
    facts = tuple(x for x in (day, details.venue, details.organisation) if x)
    item = session.agenda.running()
    text = until = ""
    if item is not None and item.kind is Kind.BREAK:
        text, until = item.title, _planned_end(session, session.agenda.current)
    return AudienceView(
        mode=ViewMode.TITLE, title=details.title, facts=facts, text=text, until=until
    )


def _times(session: Session) -> list[tuple[float, float]]:
    """Each activity's start and end: as it went where it has begun, else as planned."""
    agenda = session.agenda
    stamps = [t for i in agenda.items for t in (i.started_at, i.ended_at) if t is not None]
    if stamps:
        return list(forecast(agenda, max(stamps)).times)
    return [(float(a), float(b)) for a, b in planned(agenda)]


def _planned_end(session: Session, index: int) -> str:
    """When an activity should end: its start (actual or planned) plus its planned length."""
    if not 0 <= index < len(session.agenda.items):
        return ""
    start = _times(session)[index][0]
    return clock(start + session.agenda.items[index].minutes)


def agenda_view(session: Session) -> AudienceView:
    """The day's plan with clock times: what is done, what runs now, what comes next."""
    agenda = session.agenda
    times = _times(session)
    rows = []
    for index, item in enumerate(agenda.items):
        start = times[index][0]
        if item.ended_at is not None:
            state = "done"
        elif index == agenda.current:
            state = "now"
        else:
            state = "next"
        rows.append((clock(start), item.title, state))
    return AudienceView(
        mode=ViewMode.AGENDA,
        title=session.details.title,
        agenda_rows=tuple(rows),
        until=_planned_end(session, agenda.current),
    )


def showcase_view(session: Session) -> AudienceView:
    """The presenter showing their work now, with the link the room can scan."""
    item = session.agenda.running()
    if item is None or not item.presenters:
        return agenda_view(session)
    index = min(session.agenda.presenter, len(item.presenters) - 1)
    presenter = item.presenters[index]
    following = item.presenters[index + 1] if index + 1 < len(item.presenters) else None
    return AudienceView(
        mode=ViewMode.SHOWCASE,
        title=presenter.work or item.title,
        text=presenter.name,
        link=presenter.url,
        card_number=index + 1,
        card_count=len(item.presenters),
        next_up=following.name if following else "",
    )


def summary_view(session: Session) -> AudienceView:
    """The summary's address as a large QR code; with no address, the day's plan instead."""
    address = session.summary_address()
    if not address:
        if session.agenda.items:
            return agenda_view(session)
        return title_view(session)
    return AudienceView(
        mode=ViewMode.SUMMARY,
        title=session.details.title,
        link=address,
        room_share=bool(session.room_share),
    )


def results_view(session: Session, round_index: int) -> AudienceView:
    """A round's results as the room sees them after 'reveal together'."""
    card = session.rounds[round_index]
    counts = dict(session.counts(round_index))
    plenary = session.mode(round_index) is PlayMode.PLENARY
    return AudienceView(
        mode=ViewMode.RESULTS,
        title=card.title,
        card_number=round_index + 1,
        card_count=len(session.rounds),
        counts=tuple((x, text, counts.get(x, 0)) for x, text in card.lettered_options()),
        groups=()
        if plenary
        else tuple((c.group, c.option, c.reason) for c in session.choices_for(round_index)),
        result_style=ResultStyle.CHART if plenary else session.result_style,
        plenary=plenary,
    )


def next_view(session: Session) -> AudienceView | None:
    """What the forward key will show next, or None at the very end."""
    following = session.next_position()
    if following == session.position:
        return None
    return audience_view(session, following)
