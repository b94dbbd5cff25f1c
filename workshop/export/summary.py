"""The session summary PDF: cover, highlights, every round, links; empty parts left out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from workshop.core.agenda import Kind
from workshop.core.board import Tip
from workshop.core.session import Session
from workshop.export.chart import vote_chart
from workshop.export.files import atomic_path
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.qr import QrFlowable
from workshop.export.text import (
    PAPER,
    RULE,
    TABLE_BASE,
    OutlinedDoc,
    Styles,
    Written,
    heading,
    link,
    page_number,
    paragraphs,
    text,
)
from workshop.export.wording import Wording


class Edition(StrEnum):
    """Who a summary is for: the absentee edition names no participant."""

    ABSENTEE = "absentee"
    PARTICIPANTS = "participants"


class _Summary:
    """What every section needs: the session, the styles, the edition, the log of QR codes."""

    def __init__(self, session: Session, edition: Edition) -> None:
        self.session = session
        self.edition = edition
        self.s = Styles()
        self.t = Wording(session.language)
        self.qr_links: list[str] = []

    def qr_beside(self, url: str, words: str, size: float = 30 * mm) -> Table:
        """A QR code with words and the address written out beside it."""
        table = Table(
            [[QrFlowable(url, size, self.qr_links), Paragraph(words, self.s.link)]],
            colWidths=[size + 6 * mm, None],
        )
        table.setStyle(
            TableStyle(
                [
                    *TABLE_BASE,
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (0, 0), 0),
                ]
            )
        )
        return table


def _people(x: _Summary) -> str:
    n = x.session.participant_count
    return x.t.count(n, "{n} participant", "{n} participants") if n else ""


def _cover(x: _Summary) -> list[Flowable]:
    session, s, t = x.session, x.s, x.t
    # Each field is made safe on its own, so a right-to-left word never pulls its neighbours.
    place = [text(session.date), text(session.venue), text(session.organisation)]
    who = [
        t("Facilitated by {names}", names=text(session.facilitators))
        if session.facilitators
        else "",
        _people(x),
    ]
    deck = [t("Cards: {deck}", deck=text(session.deck_title)) if session.deck_title else ""]
    parts: list[Flowable] = [Paragraph(text(session.title), s.title)]
    for line in (place, who, deck):
        if any(line):
            parts.append(Paragraph(" · ".join(v for v in line if v), s.meta))
    parts.append(Spacer(1, 6))
    parts += paragraphs(session.introduction, s.body)
    if session.follow_up_url:
        words = (
            f"<b>{t('Follow up')}</b><br/>"
            f"{t('Scan the code or open this address for the slides, links and what comes next:')}"
            f"<br/>{link(session.follow_up_url)}"
        )
        parts += [Spacer(1, 6), x.qr_beside(session.follow_up_url, words, 32 * mm)]
    return parts


def _highlights(x: _Summary) -> list[Flowable]:
    session, s = x.session, x.s
    if not session.highlights:
        return []
    parts: list[Flowable] = [heading(x.t("For people who were not here"), s.h1, "highlights")]
    for index in sorted(session.highlights):
        card = session.rounds[index]
        highlight = session.highlights[index]
        block: list[Flowable] = [heading(card.title, s.h2, f"highlight-{index}", 1)]
        block += paragraphs(highlight.introduction or card.text, s.body)
        url = session.highlight_link(index)
        if url:
            words = f"<b>{x.t('Follow this up')}</b><br/>{link(url)}"
            block.append(x.qr_beside(url, words, 26 * mm))
        parts.append(KeepTogether(block))
    return parts


def _choices_table(x: _Summary, index: int) -> Table:
    s = x.s
    rows = [
        [
            Paragraph(f"<b>{x.t('Group {group}', group=c.group)}</b>", s.small),
            Paragraph(f"<b>{c.option}</b>", s.small),
            Paragraph(text(c.reason) or "—", s.small),
        ]
        for c in x.session.choices_for(index)
    ]
    table = Table(rows, colWidths=[22 * mm, 10 * mm, None])
    table.setStyle(
        TableStyle(
            [
                *TABLE_BASE,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


def _round(x: _Summary, index: int) -> list[Flowable]:
    session, s = x.session, x.s
    card = session.rounds[index]
    choices = session.choices_for(index)
    counts = Counter(c.option for c in choices)
    t = x.t
    mark = t(" — highlight") if index in session.highlights else ""
    head: list[Flowable] = [
        heading(f"{index + 1}. {card.title}{mark}", s.h2, f"round-{index}", 1),
        *paragraphs(card.text, s.body),
    ]
    # The options stay beside their chart, so a page break never separates the two.
    votes: list[Flowable] = []
    for letter, option in card.lettered_options():
        n = counts.get(letter, 0)
        chosen = t.count(n, " — chosen by {n} group", " — chosen by {n} groups") if n else ""
        votes.append(Paragraph(f"<b>{letter}</b>  {text(option)}{chosen}", s.body))
    rest: list[Flowable] = []
    if choices:
        chart = vote_chart(
            [(letter, counts.get(letter, 0)) for letter, _ in card.lettered_options()]
        )
        votes += [Spacer(1, 4), chart]
        rest += [Spacer(1, 4), _choices_table(x, index)]
    else:
        rest.append(Paragraph(t("No choices were recorded for this card."), s.small))
    for card_link in card.links:
        rest.append(
            Paragraph(
                f"{t('Read more: {label}', label=text(card_link.label))}<br/>{link(card_link.url)}",
                s.link,
            )
        )
    return [KeepTogether(head[:2]), *head[2:], KeepTogether(votes), *rest]


def _rounds(x: _Summary) -> list[Flowable]:
    if not x.session.rounds:
        return []
    parts: list[Flowable] = [heading(x.t("The dilemmas"), x.s.h1, "rounds")]
    for index in range(len(x.session.rounds)):
        parts += _round(x, index)
    return parts


def _exercises(x: _Summary) -> list[Flowable]:
    """Each exercise run: its instructions, every group's output and where it stands."""
    session, s = x.session, x.s
    if not session.exercises:
        return []
    labels = {g.number: g.label() for g in session.forming.groups}
    t = x.t
    parts: list[Flowable] = [heading(t("Group exercises"), s.h1, "exercises")]
    for index, card in enumerate(session.exercises):
        parts.append(heading(card.title, s.h2, f"exercise-{index}", 1))
        parts += paragraphs(card.text, s.body)
        outputs = session.outputs_of(index)
        named = {o.group: text(labels.get(o.group, str(o.group))) for o in outputs}
        if card.stages:
            for stage_index, stage in enumerate(card.stages):
                here = [t("group {group}", group=named[o.group]) for o in outputs
                        if o.stage == stage_index]  # fmt: skip
                placed = ", ".join(here) if here else "—"
                parts.append(
                    Paragraph(f"<b>{stage_index + 1}. {text(stage)}</b>: {placed}", s.body)
                )
        if outputs:
            rows = [
                [
                    Paragraph(
                        f"<b>{t('Group {group}', group=named[o.group])}</b>",
                        s.small,
                    ),
                    Paragraph(
                        (f"<i>{text(card.stages[o.stage])}</i> — " if o.stage is not None else "")
                        + (text(o.text) or "—"),
                        s.small,
                    ),
                ]
                for o in outputs
            ]
            table = Table(rows, colWidths=[32 * mm, None])
            table.setStyle(
                TableStyle(
                    [*TABLE_BASE, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
                )
            )  # fmt: skip
            parts += [Spacer(1, 4), table]
        else:
            parts.append(Paragraph(t("No outputs were recorded for this exercise."), s.small))
    return parts


def _showcase(x: _Summary) -> list[Flowable]:
    """Work people showed of their own, each with its link; names only for participants."""
    shows = [i for i in x.session.agenda.items if i.kind is Kind.SHOWCASE and i.presenters]
    if not shows:
        return []
    parts: list[Flowable] = [heading(x.t("Showcase"), x.s.h1, "showcase")]
    for item in shows:
        for presenter in item.presenters:
            who = (
                f"<br/>{text(presenter.name)}"
                if presenter.name and x.edition is Edition.PARTICIPANTS
                else ""
            )
            words = f"<b>{text(presenter.work or item.title)}</b>{who}"
            if presenter.url:
                parts += [Spacer(1, 4),
                          x.qr_beside(presenter.url, f"{words}<br/>{link(presenter.url)}", 22 * mm)]  # fmt: skip  # noqa: E501
            else:
                parts.append(Paragraph(words, x.s.body))
    return parts


def _tip_line(x: _Summary, tip: Tip) -> str:
    marks = ("★ " if tip.highlight else "") + (f"<b>+{tip.votes}</b>  " if tip.votes else "")
    extra = []
    if tip.group:
        extra.append(x.t("group {group}", group=tip.group))
    if tip.author and x.edition is Edition.PARTICIPANTS:
        extra.append(text(tip.author))
    if tip.source:
        extra.append(x.t("from {source}", source=text(tip.source)))
    tail = f" <font color='#666666'>({', '.join(extra)})</font>" if extra else ""
    return f"{marks}{text(tip.text)}{tail}"


def _board(x: _Summary) -> list[Flowable]:
    """The tips board by column: clusters under their titles, votes, highlights starred."""
    board, s = x.session.board, x.s
    columns = [c for c in board.live_columns() if any(not t.hidden for t in board.live_tips(c.id))]
    if not columns:
        return []
    parts: list[Flowable] = [heading(x.t("Tips and tricks"), s.h1, "board")]
    if board.question:
        parts.append(Paragraph(f"<i>{text(board.question)}</i>", s.body))
    parts.append(Paragraph(x.t("★ marks a highlight; +n is the number of votes."), s.small))
    indented = ParagraphStyle("in-cluster", parent=s.body, leftIndent=14)
    for column in columns:
        parts.append(heading(column.title, s.h2, f"board-{column.id}", 1))
        done: set[int] = set()
        for tip in board.live_tips(column.id):
            if tip.hidden or tip.cluster in done:
                continue
            if tip.cluster:
                done.add(tip.cluster)
                title = board.clusters[tip.cluster].title
                parts.append(Paragraph(f"<b>{text(title)}</b>", s.body))
                for member in board.live_tips(column.id):
                    if member.cluster == tip.cluster and not member.hidden:
                        parts.append(Paragraph(_tip_line(x, member), indented))
            else:
                parts.append(Paragraph(_tip_line(x, tip), s.body))
    return parts


def _links(x: _Summary) -> list[Flowable]:
    session = x.session
    found: dict[str, str] = {}
    if session.follow_up_url:
        found[session.follow_up_url] = x.t("This session's follow-up page")
    for card in session.rounds:
        for card_link in card.links:
            found.setdefault(card_link.url, f"{card_link.label} ({card.title})")
    if not found:
        return []
    parts: list[Flowable] = [heading(x.t("Follow-up links"), x.s.h1, "links")]
    for url, label in found.items():
        parts += [Spacer(1, 4), x.qr_beside(url, f"<b>{text(label)}</b><br/>{link(url)}", 22 * mm)]
    return parts


def _participants(x: _Summary) -> list[Flowable]:
    if x.edition is not Edition.PARTICIPANTS or not x.session.participants:
        return []
    parts: list[Flowable] = [heading(x.t("Who took part"), x.s.h1, "participants")]
    for person in x.session.participants:
        who = person.name + (f" ({person.organisation})" if person.organisation else "")
        parts.append(Paragraph(text(who), x.s.body))
    return parts


# Each section gives its flowables, or none when it has nothing to say.
SECTIONS: list[Callable[[_Summary], list[Flowable]]] = [
    _cover,
    _highlights,
    _rounds,
    _exercises,
    _board,
    _showcase,
    _links,
    _participants,
]


def write_summary(
    session: Session,
    target: Path,
    paper: str = "a4",
    edition: Edition = Edition.ABSENTEE,
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write the summary PDF to `target` through a temporary file; say what was written."""
    register_fonts()
    x = _Summary(session, Edition(edition))
    story: list[Flowable] = []
    for section in SECTIONS:
        story += section(x)
    target = Path(target)
    with atomic_path(target) as temp:
        doc = OutlinedDoc(
            str(temp),
            progress=progress,
            pagesize=PAPER[paper],
            title=session.title,
            author=session.facilitators or session.organisation or "Workshop",
            subject=x.t("Session summary"),
            creator="Workshop",
            initialFontName=REGULAR,
            initialFontSize=10,
            lang=x.t.language,
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
        )
        doc.build(story, onFirstPage=page_number, onLaterPages=page_number)
    return Written(target, doc.page, x.qr_links)
