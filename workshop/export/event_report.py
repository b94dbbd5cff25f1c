"""One report for a whole event: its cover, a combined "At a glance", a chapter per session.

A 3-day event runs in several rooms on several laptops; each room's archive comes in, and
the report keeps each session's summary outline (so an edition's rules hold: the absentee
edition names no one) and draws one QR code only, to the event's follow-up address.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.outline import (
    TOP_TIPS,
    Edition,
    GlanceItem,
    SectionKind,
    SummaryOutline,
    TopTip,
    readable_address,
    summary_outline,
)
from workshop.core.session import Session
from workshop.export.files import atomic_path
from workshop.export.fonts import register_fonts
from workshop.export.packed import PackedCanvas
from workshop.export.summary import SummaryParts, section_flowables, summary_doc
from workshop.export.text import Address, Written, heading, page_number, paragraphs, text
from workshop.export.wording import glance_facts


def _combined_glance(outlines: list[SummaryOutline]) -> GlanceItem:
    """Every room's day in one: counts added up, all highlights, the best tips across rooms."""
    glances = [
        item
        for o in outlines
        if (s := o.section(SectionKind.GLANCE)) is not None
        for item in s.items
        if isinstance(item, GlanceItem)
    ]
    tops = [
        TopTip(f"{o.title}: {top.column}", top.tip)
        for o, g in zip(outlines, glances, strict=True)
        for top in g.top_tips
    ]
    tops.sort(key=lambda t: -t.tip.votes)
    return GlanceItem(
        "",
        sum(g.rounds for g in glances),
        sum(g.groups for g in glances),
        sum(g.exercises for g in glances),
        sum(g.tips for g in glances),
        sum(g.works for g in glances),
        tuple(h for g in glances for h in g.highlights),
        tuple(tops[:TOP_TIPS]),
    )


def _event_glance(
    x: SummaryParts, outlines: list[SummaryOutline], title: str, date: str, follow_up: str
) -> list[Flowable]:
    s, t = x.s, x.t
    combined = _combined_glance(outlines)
    parts: list[Flowable] = [Paragraph(text(title), s.title)]
    if date:
        parts.append(Paragraph(text(date), s.meta))
    rooms = t.count(len(outlines), "{n} session", "{n} sessions")
    parts.append(Paragraph(f"{rooms}: " + ", ".join(text(o.title) for o in outlines), s.meta))
    parts.append(heading(t("At a glance"), s.h1, "event-glance"))
    facts = glance_facts(t, combined)
    if facts:
        parts.append(Paragraph(facts, s.meta))
    if combined.highlights:
        parts.append(Paragraph(t("Highlights"), s.h3))
        for outline in outlines:
            glance = outline.section(SectionKind.GLANCE)
            item = glance.items[0] if glance else None
            if not isinstance(item, GlanceItem):
                continue
            for h in item.highlights:
                parts.append(Paragraph(f"<b>{text(h.title)}</b> ({text(outline.title)})", s.small))
                parts += paragraphs(h.introduction, s.tiny)
                if h.url:
                    parts.append(Address(h.url, s.tiny, readable_address(h.url)))
    if combined.top_tips:
        parts.append(Paragraph(t("The tips with the most votes"), s.h3))
        for top in combined.top_tips:
            line = f"<b>+{top.tip.votes}</b>  {text(top.tip.text)}"
            parts.append(
                Paragraph(f"{line} <font color='#666666'>({text(top.column)})</font>", s.body)
            )
    if follow_up:
        parts.append(Paragraph(t("What happens next"), s.h3))
        words = t("Scan the code or open this address for the slides, links and what comes next:")
        x.qr = True  # the event's one code
        parts.append(x.qr_beside(follow_up, words, 30 * mm))
        x.qr = False
    return parts


def _chapter(x: SummaryParts, number: int) -> list[Flowable]:
    """One session: its facts and introduction, then every section but its own glance."""
    s, t, cover = x.s, x.t, x.outline.cover
    parts: list[Flowable] = [
        PageBreak(),
        heading(f"{number}. {cover.title}", s.title, f"s{number}", 0),
    ]
    meta = " · ".join(text(v) for v in (cover.date, cover.venue, cover.organisation) if v)
    if meta:
        parts.append(Paragraph(meta, s.meta))
    glance = x.outline.section(SectionKind.GLANCE)
    item = glance.items[0] if glance else None
    if isinstance(item, GlanceItem):
        parts += paragraphs(item.introduction, s.body)
        facts = glance_facts(t, item)
        if facts:
            parts.append(Paragraph(facts, s.meta))
        for h in item.highlights:  # listed here as words; the report's one QR is the event's
            parts.append(Paragraph(f"★ <b>{text(h.title)}</b>", s.small))
            parts += paragraphs(h.introduction, s.tiny)
            if h.url:
                parts.append(Address(h.url, s.tiny, readable_address(h.url)))
    for section in x.outline.sections:
        if section.kind is not SectionKind.GLANCE:
            parts += section_flowables(x, section)
    return parts


def write_event_report(
    sessions: list[Session],
    target: Path,
    title: str,
    follow_up: str = "",
    date: str = "",
    paper: str = "a4",
    edition: Edition = Edition.ABSENTEE,
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write one PDF for an event from its sessions, through a temporary file."""
    if not sessions:
        raise WorkshopError(QT_TRANSLATE_NOOP("Messages", "An event report needs a session."))
    register_fonts()
    outlines = [summary_outline(session, Edition(edition)) for session in sessions]
    first = SummaryParts(outlines[0], qr=False)
    story = _event_glance(first, outlines, title, date, follow_up)
    qr_links = first.qr_links
    for number, outline in enumerate(outlines, start=1):
        chapter = SummaryParts(outline, key=f"s{number}-", qr=False)
        story += _chapter(chapter, number)
        qr_links += chapter.qr_links
    target = Path(target)
    with atomic_path(target) as temp:
        doc = summary_doc(temp, title, first, paper, progress, "")
        doc.build(
            story, onFirstPage=page_number, onLaterPages=page_number, canvasmaker=PackedCanvas
        )
    return Written(target, doc.page, qr_links)
