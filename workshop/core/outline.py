"""The summary as plain data: which sections, which items, and what each edition may see.

Both the summary PDF (export/summary.py) and the room share's phone page (share/page.py)
render this outline and decide nothing about content themselves, so the two cannot drift.
The rule "the absentee edition names no one" lives here and only here, and so do the rules
of a summary that reads in five minutes: "At a glance" first, tips by votes, the top of each
column in the body and the rest in an appendix, QR codes only where a reader needs one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlparse

from workshop.core.agenda import Kind
from workshop.core.board import Board, Tip
from workshop.core.cards import Link
from workshop.core.session import GroupChoice, PlayMode, Session


class Edition(StrEnum):
    """Who a summary is for: the absentee edition names no participant."""

    ABSENTEE = "absentee"
    PARTICIPANTS = "participants"


class SectionKind(StrEnum):
    """The sections of a summary, in the order they appear."""

    GLANCE = "glance"
    ROUNDS = "rounds"
    EXERCISES = "exercises"
    BOARD = "board"
    SHOWCASE = "showcase"
    LINKS = "links"
    PARTICIPANTS = "participants"
    APPENDIX = "appendix"


# The body shows this many tips of each column (a cluster is never split); the rest go to the
# appendix. Ten keeps a 600-tip board to about two pages and still shows every column's best.
TOP_OF_COLUMN = 10
# "At a glance" names this many tips: the most votes across the whole board.
TOP_TIPS = 5


@dataclass(frozen=True)
class Cover:
    """The facts at the top: what, when, where, who led it, how many came, which cards."""

    title: str
    date: str = ""
    venue: str = ""
    organisation: str = ""
    facilitators: str = ""
    participant_count: int = 0
    deck_title: str = ""
    introduction: str = ""
    follow_up_url: str = ""


@dataclass(frozen=True)
class HighlightItem:
    """A round worth following for people who were not there: why, and where to read on."""

    round_index: int
    title: str
    introduction: str  # the highlight's own introduction, else the card's text
    url: str = ""


@dataclass(frozen=True)
class OptionCount:
    """One option of a round and how many chose it (groups, or hands in a plenary round)."""

    letter: str
    text: str
    count: int


@dataclass(frozen=True)
class Answer:
    """One group's choice in a round and the reason it gave."""

    group: int
    option: str
    reason: str = ""


@dataclass(frozen=True)
class RoundItem:
    """A round played: the card, the counts per option (the chart's data), each group's answer."""

    round_index: int
    title: str
    text: str
    options: tuple[OptionCount, ...]
    answers: tuple[Answer, ...] = ()  # empty in a plenary round: the room raised hands
    plenary: bool = False
    highlight: bool = False
    links: tuple[Link, ...] = ()

    @property
    def recorded(self) -> bool:
        """True when the room's choices were recorded, so there is a chart to draw."""
        return bool(self.answers) or any(o.count for o in self.options)


@dataclass(frozen=True)
class Stage:
    """A stage of an exercise's scale and the groups that placed themselves on it."""

    number: int  # 1-based, as the room saw it
    name: str
    groups: tuple[str, ...] = ()  # group labels


@dataclass(frozen=True)
class Output:
    """What one group handed in for an exercise, and the stage it chose ('' for none)."""

    group: str  # the group's label: its number and, if it has one, its name
    text: str = ""
    stage: str = ""


@dataclass(frozen=True)
class ExerciseItem:
    """An exercise run: its instructions, where each group stands, what each handed in."""

    title: str
    text: str
    stages: tuple[Stage, ...] = ()
    outputs: tuple[Output, ...] = ()


@dataclass(frozen=True)
class TipItem:
    """One tip as the summary shows it; `author` is '' wherever the edition names no one."""

    text: str
    votes: int = 0
    highlight: bool = False
    group: int = 0
    author: str = ""
    source: str = ""


@dataclass(frozen=True)
class ClusterItem:
    """Tips merged under a title."""

    title: str
    tips: tuple[TipItem, ...]


@dataclass(frozen=True)
class ColumnItem:
    """A column of the tips board: clusters and tips, most votes first (ties in board order).

    In the body `more` counts the column's tips left for the appendix; in the appendix it is 0."""

    title: str
    entries: tuple[TipItem | ClusterItem, ...]
    more: int = 0


@dataclass(frozen=True)
class TopTip:
    """One of the tips with the most votes, with the column it stands in."""

    column: str
    tip: TipItem


@dataclass(frozen=True)
class GlanceItem:
    """The first page: what the day was, its highlights, the best tips, what happens next.

    Someone who reads only this knows what they missed; the counts are words for renderers."""

    introduction: str = ""
    rounds: int = 0
    groups: int = 0
    exercises: int = 0
    tips: int = 0
    works: int = 0
    highlights: tuple[HighlightItem, ...] = ()
    top_tips: tuple[TopTip, ...] = ()
    follow_up_url: str = ""


@dataclass(frozen=True)
class ShowcaseItem:
    """Work shown in a showcase that ran; `presenter` is '' wherever the edition names no one."""

    work: str
    presenter: str = ""
    url: str = ""


@dataclass(frozen=True)
class LinkItem:
    """A follow-up link: the session's own page, or a card's link named with its card."""

    url: str
    label: str = ""
    card_title: str = ""
    follow_up: bool = False  # the session's follow-up page: renderers word its label


@dataclass(frozen=True)
class ParticipantItem:
    """Someone who took part (only ever in the participants edition)."""

    name: str
    organisation: str = ""


Item = (
    GlanceItem
    | HighlightItem
    | RoundItem
    | ExerciseItem
    | ColumnItem
    | ShowcaseItem
    | LinkItem
    | ParticipantItem
)

HEADINGS = {
    SectionKind.GLANCE: "At a glance",
    SectionKind.ROUNDS: "The dilemmas",
    SectionKind.EXERCISES: "Group exercises",
    SectionKind.BOARD: "Tips and tricks",
    SectionKind.SHOWCASE: "Showcase",
    SectionKind.LINKS: "Follow-up links",
    SectionKind.PARTICIPANTS: "Who took part",
    SectionKind.APPENDIX: "Appendix: the other tips",
}


@dataclass(frozen=True)
class Section:
    """One section: its kind, its heading (an English key the renderers translate), its items."""

    kind: SectionKind
    heading_key: str
    items: tuple[Item, ...]
    lead: str = ""  # a line under the heading: the tips board's question


@dataclass(frozen=True)
class SummaryOutline:
    """Everything a summary shows, in order; empty sections are left out."""

    title: str
    cover: Cover
    sections: tuple[Section, ...]
    language: str = ""
    edition: Edition = Edition.ABSENTEE

    def section(self, kind: SectionKind) -> Section | None:
        """The section of this kind, or None when it was left out."""
        return next((s for s in self.sections if s.kind is kind), None)

    @property
    def body(self) -> tuple[Section, ...]:
        """The sections before the appendix: what a reader reads."""
        return tuple(s for s in self.sections if s.kind is not SectionKind.APPENDIX)


def readable_address(url: str) -> str:
    """An address as people say it: no scheme, no leading www., no trailing slash.

    Printed in link lists, where the link itself still carries the whole address."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return url
    short = url.split("://", 1)[1]
    short = short[4:] if short.lower().startswith("www.") else short
    return short[:-1] if short.endswith("/") and short.count("/") == 1 else short


def played_rounds(session: Session) -> list[int]:
    """The rounds the room played: reached by the session's position, or holding choices,
    hands or a highlight (a round recorded after stepping back still counts)."""
    reached = session.position.round_index
    touched = {r for r, _ in session.choices} | set(session.highlights)
    touched |= {r for (r, _), n in session.hands.items() if n}
    return [i for i in range(len(session.rounds)) if i <= reached or i in touched]


def _highlights(session: Session, played: list[int]) -> tuple[HighlightItem, ...]:
    return tuple(
        HighlightItem(
            index,
            session.rounds[index].title,
            session.highlights[index].introduction or session.rounds[index].text,
            session.highlight_link(index),
        )
        for index in sorted(session.highlights)
        if index in played
    )


def _round(session: Session, index: int, choices: list[GroupChoice]) -> RoundItem:
    card = session.rounds[index]
    counts = dict(session.counts(index, choices))
    plenary = session.mode(index) is PlayMode.PLENARY
    # As on the wall: a plenary round shows its hands, a group round each group's answer.
    answers = () if plenary else tuple(Answer(c.group, c.option, c.reason) for c in choices)
    return RoundItem(
        index,
        card.title,
        card.text,
        tuple(OptionCount(x, text, counts.get(x, 0)) for x, text in card.lettered_options()),
        answers,
        plenary,
        index in session.highlights,
        card.links,
    )


def _exercise(session: Session, index: int) -> ExerciseItem:
    card = session.exercises[index]
    labels = {g.number: g.label() for g in session.forming.groups}
    outputs = session.outputs_of(index)

    def label(group: int) -> str:
        return labels.get(group, str(group))

    def stage_name(stage: int | None) -> str:
        return card.stages[stage] if stage is not None and 0 <= stage < len(card.stages) else ""

    stages = tuple(
        Stage(n + 1, name, tuple(label(o.group) for o in outputs if o.stage == n))
        for n, name in enumerate(card.stages)
    )
    return ExerciseItem(
        card.title,
        card.text,
        stages,
        tuple(Output(label(o.group), o.text, stage_name(o.stage)) for o in outputs),
    )


def _tip(tip: Tip, edition: Edition) -> TipItem:
    author = tip.author if edition is Edition.PARTICIPANTS else ""
    return TipItem(tip.text, tip.votes, tip.highlight, tip.group, author, tip.source)


def _tip_rank(tip: TipItem | ClusterItem) -> int:
    """Most votes first; a cluster ranks by its best tip, so it stays together."""
    if isinstance(tip, ClusterItem):
        return max((t.votes for t in tip.tips), default=0)
    return tip.votes


def _sorted_columns(board: Board, edition: Edition) -> list[ColumnItem]:
    """Columns with something visible: clusters and tips by votes, ties in the board's order."""
    columns = []
    for column in board.live_columns():
        shown = [t for t in board.live_tips(column.id) if not t.hidden]
        if not shown:
            continue
        entries: list[TipItem | ClusterItem] = []
        done: set[int] = set()
        for tip in shown:
            cluster = board.clusters.get(tip.cluster) if tip.cluster else None
            if cluster is None:
                entries.append(_tip(tip, edition))
            elif cluster.id not in done:
                done.add(cluster.id)
                members = [_tip(m, edition) for m in shown if m.cluster == cluster.id]
                members.sort(key=lambda t: -t.votes)  # stable: ties keep the board's order
                entries.append(ClusterItem(cluster.title, tuple(members)))
        entries.sort(key=lambda e: -_tip_rank(e))
        columns.append(ColumnItem(column.title, tuple(entries)))
    return columns


def _tip_count(entry: TipItem | ClusterItem) -> int:
    return len(entry.tips) if isinstance(entry, ClusterItem) else 1


def _split_column(column: ColumnItem) -> tuple[ColumnItem, ColumnItem | None]:
    """The top of a column for the body and the rest for the appendix; a cluster is never split."""
    top: list[TipItem | ClusterItem] = []
    count = 0
    for entry in column.entries:
        if count >= TOP_OF_COLUMN:
            break
        top.append(entry)
        count += _tip_count(entry)
    rest = column.entries[len(top) :]
    if not rest:
        return column, None
    more = sum(_tip_count(e) for e in rest)
    return ColumnItem(column.title, tuple(top), more), ColumnItem(column.title, rest)


def _top_tips(columns: list[ColumnItem]) -> tuple[TopTip, ...]:
    """The tips with the most votes across the board; a tip without votes is never 'top'."""
    found = [
        TopTip(column.title, tip)
        for column in columns
        for entry in column.entries
        for tip in (entry.tips if isinstance(entry, ClusterItem) else (entry,))
        if tip.votes
    ]
    found.sort(key=lambda t: -t.tip.votes)
    return tuple(found[:TOP_TIPS])


def _showcase(session: Session, edition: Edition) -> tuple[ShowcaseItem, ...]:
    """The work of every presenter in a showcase that started; names only for participants."""
    return tuple(
        ShowcaseItem(
            presenter.work or item.title,
            presenter.name if edition is Edition.PARTICIPANTS else "",
            presenter.url,
        )
        for item in session.agenda.items
        if item.kind is Kind.SHOWCASE and item.started_at is not None
        for presenter in item.presenters
    )


def _links(session: Session, played: list[int]) -> tuple[LinkItem, ...]:
    """The follow-up page, then each played card's links; an address appears once."""
    found: dict[str, LinkItem] = {}
    if session.details.follow_up_url:
        found[session.details.follow_up_url] = LinkItem(
            session.details.follow_up_url, follow_up=True
        )
    for index in played:
        card = session.rounds[index]
        for card_link in card.links:
            found.setdefault(card_link.url, LinkItem(card_link.url, card_link.label, card.title))
    return tuple(found.values())


def _participants(session: Session, edition: Edition) -> tuple[ParticipantItem, ...]:
    if edition is not Edition.PARTICIPANTS:
        return ()
    return tuple(ParticipantItem(p.name, p.organisation) for p in session.details.participants)


def summary_outline(session: Session, edition: Edition = Edition.ABSENTEE) -> SummaryOutline:
    """What the summary of `session` shows in `edition`; sections with nothing are left out."""
    edition = Edition(edition)
    played = played_rounds(session)
    cover = Cover(
        session.details.title,
        session.details.date,
        session.details.venue,
        session.details.organisation,
        session.details.facilitators,
        session.details.participant_count,
        session.deck_title,
        session.details.introduction,
        session.details.follow_up_url,
    )
    columns = _sorted_columns(session.board, edition)
    split = [_split_column(c) for c in columns]
    highlights = _highlights(session, played)
    exercises = tuple(_exercise(session, i) for i in range(len(session.exercises)))
    showcase = _showcase(session, edition)
    glance = GlanceItem(
        session.details.introduction,
        len(played),
        session.group_count,
        len(exercises),
        sum(_tip_count(e) for c in columns for e in c.entries),
        len(showcase),
        highlights,
        _top_tips(columns),
        session.details.follow_up_url,
    )
    # Grouped once: choices_for per round would scan every choice for every round.
    by_round = session.choices_by_round()
    found: list[tuple[SectionKind, tuple[Item, ...], str]] = [
        (SectionKind.GLANCE, (glance,), ""),
        (SectionKind.ROUNDS, tuple(_round(session, i, by_round.get(i, [])) for i in played), ""),
        (SectionKind.EXERCISES, exercises, ""),
        (SectionKind.BOARD, tuple(top for top, _ in split), session.board.question),
        (SectionKind.SHOWCASE, showcase, ""),
        (SectionKind.LINKS, _links(session, played), ""),
        (SectionKind.PARTICIPANTS, _participants(session, edition), ""),
        (SectionKind.APPENDIX, tuple(rest for _, rest in split if rest is not None), ""),
    ]
    sections = tuple(
        Section(kind, HEADINGS[kind], items, lead) for kind, items, lead in found if items
    )
    return SummaryOutline(session.details.title, cover, sections, session.details.language, edition)
