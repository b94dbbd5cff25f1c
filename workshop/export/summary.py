"""The session summary PDF: the summary outline (core/outline.py) set in reportlab."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from workshop.core.outline import (
    ClusterItem,
    ColumnItem,
    Cover,
    Edition,
    ExerciseItem,
    HighlightItem,
    LinkItem,
    ParticipantItem,
    RoundItem,
    Section,
    SectionKind,
    ShowcaseItem,
    SummaryOutline,
    TipItem,
    summary_outline,
)
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

__all__ = ["Edition", "write_summary"]  # Edition lives in core; imported from here too


class _Summary:
    """What every section needs: the outline, the styles, the words, the log of QR codes."""

    def __init__(self, outline: SummaryOutline) -> None:
        self.outline = outline
        self.s = Styles()
        self.t = Wording(outline.language)
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

    def heading(self, section: Section) -> Paragraph:
        """A section's heading, in the document's words, as a top-level bookmark."""
        return heading(self.t(section.heading_key), self.s.h1, section.kind.value)


def _cover(x: _Summary, cover: Cover) -> list[Flowable]:
    s, t = x.s, x.t
    # Each field is made safe on its own, so a right-to-left word never pulls its neighbours.
    place = [text(t.day(cover.date)), text(cover.venue), text(cover.organisation)]
    n = cover.participant_count
    who = [
        t("Facilitated by {names}", names=text(cover.facilitators)) if cover.facilitators else "",
        t.count(n, "{n} participant", "{n} participants") if n else "",
    ]
    deck = [t("Cards: {deck}", deck=text(cover.deck_title)) if cover.deck_title else ""]
    parts: list[Flowable] = [Paragraph(text(cover.title), s.title)]
    for line in (place, who, deck):
        if any(line):
            parts.append(Paragraph(" · ".join(v for v in line if v), s.meta))
    parts.append(Spacer(1, 6))
    parts += paragraphs(cover.introduction, s.body)
    if cover.follow_up_url:
        words = (
            f"<b>{t('Follow up')}</b><br/>"
            f"{t('Scan the code or open this address for the slides, links and what comes next:')}"
            f"<br/>{link(cover.follow_up_url)}"
        )
        parts += [Spacer(1, 6), x.qr_beside(cover.follow_up_url, words, 32 * mm)]
    return parts


def _highlight(x: _Summary, item: HighlightItem) -> list[Flowable]:
    block: list[Flowable] = [heading(item.title, x.s.h2, f"highlight-{item.round_index}", 1)]
    block += paragraphs(item.introduction, x.s.body)
    if item.url:
        words = f"<b>{x.t('Follow this up')}</b><br/>{link(item.url)}"
        block.append(x.qr_beside(item.url, words, 26 * mm))
    return [KeepTogether(block)]


def _answers_table(x: _Summary, item: RoundItem) -> Table:
    s = x.s
    rows = [
        [
            Paragraph(f"<b>{x.t('Group {group}', group=a.group)}</b>", s.small),
            Paragraph(f"<b>{text(a.option)}</b>", s.small),
            Paragraph(text(a.reason) or "—", s.small),
        ]
        for a in item.answers
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


def _round(x: _Summary, item: RoundItem) -> list[Flowable]:
    s, t = x.s, x.t
    mark = t(" — highlight") if item.highlight else ""
    head: list[Flowable] = [
        heading(
            f"{item.round_index + 1}. {item.title}{mark}", s.h2, f"round-{item.round_index}", 1
        ),
        *paragraphs(item.text, s.body),
    ]
    # The options stay beside their chart, so a page break never separates the two.
    votes: list[Flowable] = [
        Paragraph(f"<b>{o.letter}</b>  {text(o.text)}{t.chosen(o.count, item.plenary)}", s.body)
        for o in item.options
    ]
    rest: list[Flowable] = []
    if item.recorded:
        votes += [Spacer(1, 4), vote_chart([(o.letter, o.count) for o in item.options])]
        if item.answers:
            rest += [Spacer(1, 4), _answers_table(x, item)]
    else:
        rest.append(Paragraph(t("No choices were recorded for this card."), s.small))
    for card_link in item.links:
        rest.append(
            Paragraph(
                f"{t('Read more: {label}', label=text(card_link.label))}<br/>{link(card_link.url)}",
                s.link,
            )
        )
    return [KeepTogether(head[:2]), *head[2:], KeepTogether(votes), *rest]


def _exercise(x: _Summary, item: ExerciseItem, index: int) -> list[Flowable]:
    """An exercise run: its instructions, where each group stands, every group's output."""
    s, t = x.s, x.t
    parts: list[Flowable] = [heading(item.title, s.h2, f"exercise-{index}", 1)]
    parts += paragraphs(item.text, s.body)
    for stage in item.stages:
        here = [t("group {group}", group=text(g)) for g in stage.groups]
        placed = ", ".join(here) if here else "—"
        parts.append(Paragraph(f"<b>{stage.number}. {text(stage.name)}</b>: {placed}", s.body))
    if not item.outputs:
        parts.append(Paragraph(t("No outputs were recorded for this exercise."), s.small))
        return parts
    rows = [
        [
            Paragraph(f"<b>{t('Group {group}', group=text(o.group))}</b>", s.small),
            Paragraph(
                (f"<i>{text(o.stage)}</i> — " if o.stage else "") + (text(o.text) or "—"),
                s.small,
            ),
        ]
        for o in item.outputs
    ]
    table = Table(rows, colWidths=[32 * mm, None])
    table.setStyle(
        TableStyle(
            [*TABLE_BASE, ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]
        )
    )  # fmt: skip
    return [*parts, Spacer(1, 4), table]


def _showcase(x: _Summary, item: ShowcaseItem) -> list[Flowable]:
    who = f"<br/>{text(item.presenter)}" if item.presenter else ""
    words = f"<b>{text(item.work)}</b>{who}"
    if item.url:
        return [Spacer(1, 4), x.qr_beside(item.url, f"{words}<br/>{link(item.url)}", 22 * mm)]
    return [Paragraph(words, x.s.body)]


def _tip_line(x: _Summary, tip: TipItem) -> str:
    marks = ("★ " if tip.highlight else "") + (f"<b>+{tip.votes}</b>  " if tip.votes else "")
    extra = []
    if tip.group:
        extra.append(x.t("group {group}", group=tip.group))
    if tip.author:
        extra.append(text(tip.author))
    if tip.source:
        extra.append(x.t("from {source}", source=text(tip.source)))
    tail = f" <font color='#666666'>({', '.join(extra)})</font>" if extra else ""
    return f"{marks}{text(tip.text)}{tail}"


def _column(x: _Summary, column: ColumnItem, index: int) -> list[Flowable]:
    """A column of the board: clusters under their titles, votes, highlights starred."""
    s = x.s
    indented = ParagraphStyle("in-cluster", parent=s.body, leftIndent=14)
    parts: list[Flowable] = [heading(column.title, s.h2, f"board-{index}", 1)]
    for entry in column.entries:
        if isinstance(entry, ClusterItem):
            parts.append(Paragraph(f"<b>{text(entry.title)}</b>", s.body))
            parts += [Paragraph(_tip_line(x, tip), indented) for tip in entry.tips]
        else:
            parts.append(Paragraph(_tip_line(x, entry), s.body))
    return parts


def _link(x: _Summary, item: LinkItem) -> list[Flowable]:
    label = (
        x.t("This session's follow-up page")
        if item.follow_up
        else f"{item.label} ({item.card_title})"
    )
    words = f"<b>{text(label)}</b><br/>{link(item.url)}"
    return [Spacer(1, 4), x.qr_beside(item.url, words, 22 * mm)]


def _participant(x: _Summary, item: ParticipantItem) -> list[Flowable]:
    who = item.name + (f" ({item.organisation})" if item.organisation else "")
    return [Paragraph(text(who), x.s.body)]


def _section(x: _Summary, section: Section) -> list[Flowable]:
    """A section's heading, its lead line, then each of its items."""
    parts: list[Flowable] = [x.heading(section)]
    if section.lead:
        parts.append(Paragraph(f"<i>{text(section.lead)}</i>", x.s.body))
    if section.kind is SectionKind.BOARD:
        parts.append(Paragraph(x.t("★ marks a highlight; +n is the number of votes."), x.s.small))
    for index, item in enumerate(section.items):
        match item:
            case HighlightItem():
                parts += _highlight(x, item)
            case RoundItem():
                parts += _round(x, item)
            case ExerciseItem():
                parts += _exercise(x, item, index)
            case ColumnItem():
                parts += _column(x, item, index)
            case ShowcaseItem():
                parts += _showcase(x, item)
            case LinkItem():
                parts += _link(x, item)
            case ParticipantItem():
                parts += _participant(x, item)
    return parts


def _story(x: _Summary) -> list[Flowable]:
    story = _cover(x, x.outline.cover)
    for section in x.outline.sections:
        story += _section(x, section)
    return story


def write_summary(
    session: Session,
    target: Path,
    paper: str = "a4",
    edition: Edition = Edition.ABSENTEE,
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write the summary PDF to `target` through a temporary file; say what was written."""
    register_fonts()
    outline = summary_outline(session, Edition(edition))
    x = _Summary(outline)
    story = _story(x)
    target = Path(target)
    with atomic_path(target) as temp:
        doc = OutlinedDoc(
            str(temp),
            progress=progress,
            pagesize=PAPER[paper],
            title=outline.title,
            author=outline.cover.facilitators or outline.cover.organisation or "Workshop",
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
