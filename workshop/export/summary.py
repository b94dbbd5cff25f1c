"""The session summary PDF: what was played, what groups chose and why, where to follow up."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from workshop.core.cards import Card
from workshop.core.session import Session
from workshop.export.files import atomic_path
from workshop.export.fonts import BOLD, REGULAR, register_fonts
from workshop.export.qr import QrFlowable

# Paragraph layout grows quadratically with length; long text is set as several paragraphs.
MAX_PARAGRAPH = 1500
# Tables otherwise switch to Helvetica, which is not embedded and lacks many letters.
_TABLE_BASE = [("FONTNAME", (0, 0), (-1, -1), REGULAR)]


def _link(url: str) -> str:
    """A clickable address, written out so it also works on paper."""
    return f'<link href="{text(url)}">{text(url)}</link>'


def text(value: str) -> str:
    """User text made safe for reportlab's Paragraph markup."""
    return escape(value).replace("\n", "<br/>")


def chunks(value: str, limit: int = MAX_PARAGRAPH) -> list[str]:
    """Text split at line breaks, and long lines at spaces, into pieces of at most `limit`."""
    pieces: list[str] = []
    for line in value.splitlines():
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            cut = cut if cut > limit // 2 else limit
            pieces.append(line[:cut])
            line = line[cut:].lstrip()
        if line.strip():
            pieces.append(line)
    return pieces


def paragraphs(value: str, style: ParagraphStyle) -> list[Paragraph]:
    """Long user text as a run of paragraphs, so layout stays fast and nothing is cut."""
    return [Paragraph(text(piece), style) for piece in chunks(value)]


class _Styles:
    """The few paragraph styles the summary uses, all in the embedded font."""

    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=27, spaceAfter=4)
        self.meta = ParagraphStyle(
            "meta", fontName=REGULAR, fontSize=11, leading=15, textColor=colors.HexColor("#444444")
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=BOLD, fontSize=15, leading=19, spaceBefore=14, spaceAfter=6
        )
        self.body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=10.5, leading=14.5, spaceAfter=4
        )
        self.small = ParagraphStyle("small", fontName=REGULAR, fontSize=9.5, leading=13)
        # reportlab splits a word longer than a line, so long addresses still wrap.
        self.link = ParagraphStyle("link", fontName=REGULAR, fontSize=10, leading=13, spaceBefore=4)


class _SummaryDoc(SimpleDocTemplate):
    """Adds a PDF outline entry for each round heading."""

    def afterFlowable(self, flowable: Flowable) -> None:
        key = getattr(flowable, "outline_key", None)
        if key:
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.outline_title, key, level=0)


def _heading(title: str, key: str, style: ParagraphStyle) -> Paragraph:
    heading = Paragraph(text(title), style)
    heading.outline_key = key
    heading.outline_title = title
    return heading


def _follow_up(session: Session, s: _Styles) -> list[Flowable]:
    if not session.follow_up_url:
        return []
    words = Paragraph(
        "<b>Follow up</b><br/>Scan the code or open this address for the slides, "
        f"links and what comes next:<br/>{_link(session.follow_up_url)}",
        s.link,
    )
    table = Table([[QrFlowable(session.follow_up_url, 32 * mm), words]], colWidths=[38 * mm, None])
    table.setStyle(
        TableStyle(
            [
                *_TABLE_BASE,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
            ]
        )
    )
    return [Spacer(1, 6), table]


def _round(index: int, card: Card, session: Session, s: _Styles) -> list[Flowable]:
    choices = session.choices_for(index)
    counts = Counter(c.option for c in choices)
    parts: list[Flowable] = [
        _heading(f"{index + 1}. {card.title}", f"round-{index}", s.h2),
        *paragraphs(card.text, s.body),
    ]
    for letter, option in card.lettered_options():
        n = counts.get(letter, 0)
        chosen = f" — chosen by {n} group{'s' if n != 1 else ''}" if n else ""
        parts.append(Paragraph(f"<b>{letter}</b>  {text(option)}{chosen}", s.body))
    if choices:
        rows = [
            [
                Paragraph(f"<b>Group {c.group}</b>", s.small),
                Paragraph(f"<b>{c.option}</b>", s.small),
                Paragraph(text(c.reason) or "—", s.small),
            ]
            for c in choices
        ]
        table = Table(rows, colWidths=[22 * mm, 10 * mm, None])
        table.setStyle(
            TableStyle(
                [
                    *_TABLE_BASE,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#bbbbbb")),
                ]
            )
        )
        parts += [Spacer(1, 4), table]
    else:
        parts.append(Paragraph("No choices were recorded for this card.", s.small))
    for link in card.links:
        parts.append(
            Paragraph(
                f"Read more: {text(link.label)}<br/>{_link(link.url)}",
                s.link,
            )
        )
    return [KeepTogether(parts[:3]), *parts[3:]]


def _page_number(canvas, doc) -> None:
    canvas.saveState()
    canvas.setFont(REGULAR, 9)
    canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 12 * mm, f"{doc.page}")
    canvas.restoreState()


def write_summary(session: Session, target: Path, pagesize: tuple[float, float] = A4) -> Path:
    """Write the summary PDF to `target` through a temporary file; return the path."""
    register_fonts()
    s = _Styles()
    story: list[Flowable] = [
        Paragraph(text(session.title), s.title),
        Paragraph(" · ".join(text(x) for x in (session.date, session.deck_title) if x), s.meta),
        *_follow_up(session, s),
    ]
    if not session.rounds:
        story.append(Paragraph("No cards were played in this session.", s.body))
    for index, card in enumerate(session.rounds):
        story += _round(index, card, session, s)
    target = Path(target)
    with atomic_path(target) as temp:
        doc = _SummaryDoc(
            str(temp),
            pagesize=pagesize,
            title=session.title,
            author="Workshop",
            subject="Session summary",
            initialFontName=REGULAR,
            initialFontSize=10,
            lang="en",
            leftMargin=20 * mm,
            rightMargin=20 * mm,
            topMargin=18 * mm,
            bottomMargin=20 * mm,
        )
        doc.build(story, onFirstPage=_page_number, onLaterPages=_page_number)
    return target
