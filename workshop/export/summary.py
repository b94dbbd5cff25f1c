"""The session summary PDF: the summary outline (core/outline.py) set in reportlab.

It reads in five minutes: the first page is "At a glance", the rounds are compact (a bar per
option, each group's choice and reason in one paragraph), the body shows the top of each
column of tips and the appendix the rest. QR codes only where a reader needs one: the
follow-up page, the highlights and showcase works; other links are a list of addresses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from workshop.core.outline import (
    ClusterItem,
    ColumnItem,
    Cover,
    Edition,
    ExerciseItem,
    GlanceItem,
    HighlightItem,
    LinkItem,
    ParticipantItem,
    RoundItem,
    Section,
    SectionKind,
    ShowcaseItem,
    SummaryOutline,
    TipItem,
    readable_address,
    summary_outline,
)
from workshop.core.session import Session
from workshop.export.chart import BAR_WIDTH, option_bar
from workshop.export.collector import collector_paused
from workshop.export.files import atomic_path
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.packed import PackedCanvas
from workshop.export.qr import QrFlowable
from workshop.export.rows import Padding, Rows
from workshop.export.spans import Run, bold, grey, heading, light_paragraphs, spans
from workshop.export.text import (
    PAPER,
    RULE,
    TABLE_BASE,
    Address,
    OutlinedDoc,
    Styles,
    Written,
    page_number,
    paragraphs,
    text,
)
from workshop.export.wording import Wording, glance_facts

__all__ = ["Edition", "SummaryParts", "summary_story", "write_summary"]  # Edition: core


class SummaryParts:
    """What every section needs: the outline, the styles, the words, the log of QR codes."""

    def __init__(self, outline: SummaryOutline, key: str = "", qr: bool = True) -> None:
        self.outline = outline
        self.s = Styles()
        self.t = Wording(outline.language)
        self.qr_links: list[str] = []
        self.key = key  # keeps bookmarks apart when several summaries share one document
        self.qr = qr  # an event report draws one QR code only: its chapters list addresses

    def qr_beside(
        self, url: str, words: str, size: float = 30 * mm, style: ParagraphStyle | None = None
    ) -> Table:
        """A QR code with words and the address written out beside it."""
        if not self.qr:
            return Table(
                [[[Paragraph(words, style or self.s.body), Address(url, self.s.address)]]],
                style=TableStyle([*TABLE_BASE, ("LEFTPADDING", (0, 0), (-1, -1), 0)]),
            )
        table = Table(
            [
                [
                    QrFlowable(url, size, self.qr_links),
                    [Paragraph(words, style or self.s.body), Address(url, self.s.address)],
                ]
            ],
            colWidths=[size + 4 * mm, None],
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
        """A section's heading, in the document's words, as a bookmark."""
        level = 1 if self.key else 0
        return heading(self.t(section.heading_key), self.s.h1, self.key + section.kind.value, level)


def _cover(x: SummaryParts, cover: Cover) -> list[Flowable]:
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
    return parts


def _glance(x: SummaryParts, item: GlanceItem) -> list[Flowable]:
    """The first page: what the day was, highlights with QR, the best tips, what comes next."""
    s, t = x.s, x.t
    parts: list[Flowable] = [*paragraphs(item.introduction, s.body)]
    facts = glance_facts(t, item)
    if facts:
        parts.append(Paragraph(facts, s.meta))
    if item.highlights:
        parts.append(Paragraph(t("Highlights"), s.h3))
        cells = [_glance_highlight(x, h) for h in item.highlights]
        rows = [
            cells[i : i + 2] + [""] * (2 - len(cells[i : i + 2])) for i in range(0, len(cells), 2)
        ]
        table = Table(rows, colWidths=[None, None])
        table.setStyle(
            TableStyle(
                [*TABLE_BASE, ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (0, -1), 0)]
            )
        )  # fmt: skip
        parts.append(table)
    if item.top_tips:
        parts.append(Paragraph(t("The tips with the most votes"), s.h3))
        for top in item.top_tips:
            parts.append(
                spans(
                    s.body,
                    bold(f"+{top.tip.votes}"),
                    "  ",
                    top.tip.text,
                    grey(" ("),
                    grey(top.column),
                    grey(")"),
                )
            )
    if item.follow_up_url:
        parts.append(Paragraph(t("What happens next"), s.h3))
        words = t("Scan the code or open this address for the slides, links and what comes next:")
        parts.append(x.qr_beside(item.follow_up_url, words, 28 * mm))
    return parts


def _glance_highlight(x: SummaryParts, item: HighlightItem) -> Flowable:
    """A highlight in the first page's grid: a small QR code beside its title and introduction."""
    words: list[Flowable] = [
        Paragraph(f"<b>{text(item.title)}</b>", x.s.small),
        *paragraphs(item.introduction, x.s.tiny),
    ]
    if not item.url:
        return KeepTogether(words)
    words.append(Address(item.url, x.s.tiny, readable_address(item.url)))
    size = 20 * mm
    cell = Table([[QrFlowable(item.url, size, x.qr_links), words]], colWidths=[size + 3 * mm, None])
    cell.setStyle(
        TableStyle(
            [*TABLE_BASE, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, 0), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 0)]
        )
    )  # fmt: skip
    return cell


def _round(x: SummaryParts, item: RoundItem) -> list[Flowable]:
    s, t = x.s, x.t
    mark = t(" — highlight") if item.highlight else ""
    parts: list[Flowable] = [
        heading(
            f"{item.round_index + 1}. {item.title}{mark}",
            s.h3,
            f"{x.key}round-{item.round_index}",
            2 if x.key else 1,
        ),
        *light_paragraphs(item.text, s.small),
    ]
    if not item.recorded:
        parts += [spans(s.small, bold(o.letter), "  ", o.text) for o in item.options]
        parts.append(spans(s.tiny, t("No choices were recorded for this card.")))
    else:
        # The chart: a bar per option beside its words, kept together on one page.
        most = max(o.count for o in item.options)
        rows = [
            [
                spans(s.small, bold(o.letter)),
                option_bar(o.letter, o.count, most),
                spans(s.small, o.text, t.chosen(o.count, item.plenary)),
            ]
            for o in item.options
        ]
        # Laid out as a Table was (same widths and padding), drawn without its machinery.
        cell = Padding(top=1, bottom=1)
        padding = [Padding(0, top=1, bottom=1), cell, cell]
        parts.append(Rows(rows, [6 * mm, BAR_WIDTH + 2 * mm, None], padding))
    if item.answers:
        # Every group's choice and reason, as one paragraph: all there, a few lines long.
        said: list[Run | str] = []
        for a in item.answers:
            if said:
                said.append(" · ")
            # Each user field its own run: a right-to-left one is reordered on its own.
            said += [bold(f"{t('Group {group}', group=a.group)}: "), bold(a.option)]
            if a.reason:
                said.append(f" {a.reason}")
        parts.append(spans(s.tiny, *said))
    if item.links:
        parts.append(_link_table(x, [(t("Read more: {label}", label=k.label), k.url)
                                     for k in item.links]))  # fmt: skip
    return parts


def _exercise(x: SummaryParts, item: ExerciseItem, index: int) -> list[Flowable]:
    """An exercise run: its instructions, where each group stands, every group's output."""
    s, t = x.s, x.t
    parts: list[Flowable] = [
        heading(item.title, s.h2, f"{x.key}exercise-{index}", 2 if x.key else 1)
    ]
    parts += light_paragraphs(item.text, s.body)
    for stage in item.stages:
        here = [t("group {group}", group=g) for g in stage.groups]
        placed = ", ".join(here) if here else "—"
        parts.append(spans(s.small, bold(f"{stage.number}. "), bold(stage.name), f": {placed}"))
    if not item.outputs:
        parts.append(spans(s.small, t("No outputs were recorded for this exercise.")))
        return parts
    rows = [
        [
            spans(s.small, bold(t("Group {group}", group=o.group))),
            # (Italic is the regular face: the embedded font family has no italic.)
            spans(s.small, *([o.stage, " — "] if o.stage else []), o.text or "—"),
        ]
        for o in item.outputs
    ]
    table = Rows(rows, [32 * mm, None], [Padding(), Padding()], rule=(0.25, RULE))
    return [*parts, Spacer(1, 4), table]


def _showcase(x: SummaryParts, item: ShowcaseItem) -> list[Flowable]:
    who = f"<br/>{text(item.presenter)}" if item.presenter else ""
    words = f"<b>{text(item.work)}</b>{who}"
    if item.url:
        return [Spacer(1, 4), x.qr_beside(item.url, words, 22 * mm)]
    return [Paragraph(words, x.s.body)]


def _tip_line(x: SummaryParts, tip: TipItem, style: ParagraphStyle) -> Flowable:
    runs: list[Run | str] = ["★ " if tip.highlight else ""]
    if tip.votes:
        runs += [bold(f"+{tip.votes}"), "  "]
    runs.append(tip.text)
    extra = []
    if tip.group:
        extra.append(x.t("group {group}", group=tip.group))
    if tip.author:
        extra.append(tip.author)
    if tip.source:
        extra.append(x.t("from {source}", source=tip.source))
    if extra:  # each field its own run, so a right-to-left one is reordered on its own
        runs.append(grey(" ("))
        for i, part in enumerate(extra):
            runs += [grey(", "), grey(part)] if i else [grey(part)]
        runs.append(grey(")"))
    return spans(style, *runs)


def _column(x: SummaryParts, column: ColumnItem, index: int, appendix: bool) -> list[Flowable]:
    """A column of the board: most votes first, clusters under their titles, highlights starred."""
    s, t = x.s, x.t
    style = s.tiny if appendix else s.small
    indented = ParagraphStyle("in-cluster", parent=style, leftIndent=12)
    key = f"{x.key}{'appendix' if appendix else 'board'}-{index}"
    parts: list[Flowable] = [heading(column.title, s.h3, key, 2 if x.key else 1)]
    for entry in column.entries:
        if isinstance(entry, ClusterItem):
            parts.append(spans(style, bold(entry.title)))
            parts += [_tip_line(x, tip, indented) for tip in entry.tips]
        else:
            parts.append(_tip_line(x, entry, style))
    if column.more:
        more = t.count(column.more, "… and {n} more tip in the appendix",
                       "… and {n} more tips in the appendix")  # fmt: skip
        # The note stays with the column's last tip: never a line alone on a page.
        # (Italic is the regular face: the embedded font family has no italic.)
        parts[-1] = KeepTogether([parts[-1], spans(s.tiny, more)])
    return parts


def _link_table(x: SummaryParts, links: list[tuple[str, str]], rule: bool = False) -> Rows:
    """Links as rows: what each is, and its address in short readable form."""
    rows = [
        [spans(x.s.tiny, label), Address(url, x.s.tiny, readable_address(url))]
        for label, url in links
    ]
    padding = [Padding(0, top=1, bottom=1), Padding(top=1, bottom=1)]
    return Rows(rows, [None, 70 * mm], padding, rule=(0.25, RULE) if rule else None)


def _links(x: SummaryParts, items: list[LinkItem]) -> list[Flowable]:
    """Follow-up links as a list: what each is, and its address in short readable form."""
    labelled = [
        (
            x.t("This session's follow-up page")
            if item.follow_up
            else f"{item.label} ({item.card_title})",
            item.url,
        )
        for item in items
    ]
    # Tables of a few rows each: the heading keeps with the first, and a long list still
    # starts right under it instead of moving whole to the next page.
    return [_link_table(x, labelled[i : i + 8], rule=True) for i in range(0, len(labelled), 8)]


def _participant(x: SummaryParts, item: ParticipantItem) -> list[Flowable]:
    who = item.name + (f" ({item.organisation})" if item.organisation else "")
    return [spans(x.s.body, who)]


def _section(x: SummaryParts, section: Section) -> list[Flowable]:
    """A section's heading, its lead line, then each of its items."""
    return list(_section_parts(x, section))


def _section_parts(x: SummaryParts, section: Section) -> Iterator[Flowable]:
    """A section's flowables, item by item (made as the pages reach them)."""
    yield x.heading(section)
    if section.lead:
        yield spans(x.s.body, section.lead)  # italic: the regular face
    if section.kind in (SectionKind.BOARD, SectionKind.APPENDIX):
        words = x.t("Most votes first. ★ marks a highlight; +n is the number of votes.")
        yield spans(x.s.small, words)
    appendix = section.kind is SectionKind.APPENDIX
    links = [item for item in section.items if isinstance(item, LinkItem)]
    if links:
        yield from _links(x, links)
        return
    for index, item in enumerate(section.items):
        match item:
            case GlanceItem():
                yield from _glance(x, item)
            case RoundItem():
                yield from _round(x, item)
            case ExerciseItem():
                yield from _exercise(x, item, index)
            case ColumnItem():
                yield from _column(x, item, index, appendix)
            case ShowcaseItem():
                yield from _showcase(x, item)
            case ParticipantItem():
                yield from _participant(x, item)


def _story_parts(x: SummaryParts, cover: bool = True) -> Iterator[Flowable]:
    """The flowables of one summary in order: "At a glance" on the first page, then the rest."""
    outline = x.outline  # taken at the first flowable: write_summary lets x's sections go
    if cover:
        yield from _cover(x, outline.cover)
    for section in outline.sections:
        if section.kind is SectionKind.APPENDIX:
            yield PageBreak()
        yield from _section_parts(x, section)
        if section.kind is SectionKind.GLANCE:
            yield PageBreak()  # the first page stands alone: read it and you know


def summary_story(x: SummaryParts, cover: bool = True) -> list[Flowable]:
    """The flowables of one summary: "At a glance" on the first page, then the rest."""
    return list(_story_parts(x, cover))


class LazyStory(list):
    """A story that platypus reads as a list while its flowables are made a few hundred
    ahead of the page being set, so a long summary never holds all of them at once.

    Platypus only takes from the front (and puts split parts back there), looks a few
    flowables ahead for keep-with-next, and asks the length to know when it is done."""

    AHEAD = 200

    def __init__(self, source: Iterator[Flowable]) -> None:
        super().__init__()
        self._source: Iterator[Flowable] | None = source
        self._fill()

    def _fill(self) -> None:
        if self._source is None or list.__len__(self) >= self.AHEAD:
            return
        for flowable in self._source:
            self.append(flowable)
            if list.__len__(self) >= 2 * self.AHEAD:
                return
        self._source = None

    def __len__(self) -> int:
        self._fill()
        return list.__len__(self)

    def __getitem__(self, index):  # list's own overloads
        self._fill()
        return list.__getitem__(self, index)


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
    x = SummaryParts(outline)
    target = Path(target)
    with collector_paused(), atomic_path(target) as temp:
        story = LazyStory(_story_parts(x))
        doc = summary_doc(temp, outline.title, x, paper, progress,
                          outline.cover.facilitators or outline.cover.organisation)  # fmt: skip
        # The story has begun (LazyStory fills ahead at once) and holds the sections it has
        # yet to set; nothing else reads them, so they go when the last is set, before the
        # pages are written out, where the build's memory peaks.
        x.outline = replace(outline, sections=())
        del outline
        doc.build(
            story, onFirstPage=page_number, onLaterPages=page_number, canvasmaker=PackedCanvas
        )
    return Written(target, doc.page, x.qr_links)


def summary_doc(
    temp: Path,
    title: str,
    x: SummaryParts,
    paper: str,
    progress: Callable[[int], None] | None,
    author: str,
) -> OutlinedDoc:
    """The document a summary (or an event report) is built in."""
    return OutlinedDoc(
        str(temp),
        progress=progress,
        pagesize=PAPER[paper],
        title=title,
        author=author or "Workshop",
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


def section_flowables(x: SummaryParts, section: Section) -> list[Flowable]:
    """One section of a summary, for documents that combine several (the event report)."""
    return _section(x, section)
