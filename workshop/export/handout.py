"""The follow-up handout: one highlight per page, a large QR code and its link, to pin up."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.session import Session
from workshop.export.files import atomic_path
from workshop.export.fonts import BOLD, REGULAR, register_fonts
from workshop.export.qr import QrFlowable
from workshop.export.text import (
    PAPER,
    OutlinedDoc,
    Styles,
    Written,
    heading,
    link,
    paragraphs,
    text,
)
from workshop.export.wording import Wording

QR_WIDTH = 95 * mm


def _page(session: Session, index: int, s: Styles, log: list[str]) -> list[Flowable]:
    card = session.rounds[index]
    highlight = session.highlights[index]
    day = Wording(session.details.language).day(session.details.date)  # "30 november 2026"
    big = ParagraphStyle("big", parent=s.title, fontSize=26, leading=31, spaceAfter=8)
    intro = ParagraphStyle("intro", parent=s.body, fontSize=13, leading=18)
    url_style = ParagraphStyle("url", parent=s.link, fontName=BOLD, fontSize=13, leading=17)
    parts: list[Flowable] = [
        Paragraph(" · ".join(text(x) for x in (session.details.title, day) if x), s.meta),
        Spacer(1, 10 * mm),
        heading(card.title, big, f"handout-{index}"),
        *paragraphs(highlight.introduction or card.text, intro),
        Spacer(1, 10 * mm),
    ]
    url = session.highlight_link(index)
    if url:
        qr = QrFlowable(url, QR_WIDTH, log)
        qr.hAlign = "CENTER"
        parts += [qr, Spacer(1, 6 * mm), Paragraph(link(url), url_style)]
    return parts


def write_handout(
    session: Session,
    target: Path,
    paper: str = "a4",
    progress: Callable[[int], None] | None = None,
) -> Written:
    """Write one page per highlight to `target`; refuses a session without highlights."""
    if not session.highlights:
        raise WorkshopError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This session has no highlights to hand out yet; mark a card as a highlight first.",
            )
        )
    register_fonts()
    t = Wording(session.details.language)
    s = Styles()
    log: list[str] = []
    story: list[Flowable] = []
    for index in sorted(session.highlights):
        if story:
            story.append(PageBreak())
        story += _page(session, index, s, log)
    target = Path(target)
    with atomic_path(target) as temp:
        doc = OutlinedDoc(
            str(temp),
            progress=progress,
            pagesize=PAPER[paper],
            title=t("{title}: follow-up", title=session.details.title),
            author=session.details.facilitators or session.details.organisation or "Workshop",
            subject=t("Follow-up handout"),
            creator="Workshop",
            initialFontName=REGULAR,
            lang=t.language,
            leftMargin=25 * mm,
            rightMargin=25 * mm,
            topMargin=20 * mm,
            bottomMargin=20 * mm,
        )
        doc.build(story)
    return Written(target, doc.page, log)
