"""What every PDF of the app shares: safe user text, styles, headings with bookmarks, QR logs."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from workshop.export.fonts import BOLD, REGULAR, SYMBOLS, needs_symbol_font
from workshop.export.shaping import shaped

PAPER = {"a4": A4, "letter": LETTER}
# Paragraph layout grows quadratically with length; long text is set as several paragraphs.
MAX_PARAGRAPH = 1500
# Tables otherwise switch to Helvetica, which is not embedded and lacks many letters.
TABLE_BASE = [("FONTNAME", (0, 0), (-1, -1), REGULAR)]
GREY = colors.HexColor("#444444")
RULE = colors.HexColor("#bbbbbb")


@dataclass
class Written:
    """What an export wrote: the file, its number of pages, and every QR code's link."""

    path: Path
    pages: int = 0
    qr_links: list[str] = field(default_factory=list)


def _has_right_to_left(value: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in value)


def visual(value: str) -> str:
    """Text in the order it is drawn: reportlab draws left to right, so Hebrew or Arabic words
    are reordered here (per line; a right-to-left paragraph that wraps keeps its line order)."""
    if not _has_right_to_left(value):
        return value
    # Arabic is joined first (in reading order), then reordered for drawing.
    return "\n".join(get_display(shaped(line)) for line in value.split("\n"))


def _with_symbols(value: str) -> str:
    """Escaped text; runs of emoji and symbols the main font lacks are set in the symbol font."""
    if value.isascii():
        return escape(value)
    out: list[str] = []
    run: list[str] = []
    symbols = False
    for ch in value + "\0":
        wanted = ch != "\0" and needs_symbol_font(ch)
        if (wanted != symbols or ch == "\0") and run:
            piece = escape("".join(run))
            out.append(f'<font face="{SYMBOLS}">{piece}</font>' if symbols else piece)
            run = []
        symbols = wanted
        run.append(ch)
    return "".join(out)


def text(value: str) -> str:
    """User text made safe for reportlab's Paragraph markup, in drawing order."""
    return _with_symbols(visual(value)).replace("\n", "<br/>")


def link(url: str) -> str:
    """A clickable address, written out so it also works on paper."""
    return f'<link href="{escape(url, {chr(34): "&quot;"})}">{text(url)}</link>'


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


class Styles:
    """The paragraph styles of the app's PDFs, all in the embedded font."""

    def __init__(self) -> None:
        self.title = ParagraphStyle("title", fontName=BOLD, fontSize=22, leading=27, spaceAfter=4)
        self.meta = ParagraphStyle(
            "meta", fontName=REGULAR, fontSize=11, leading=15, textColor=GREY
        )
        self.h1 = ParagraphStyle(
            "h1", fontName=BOLD, fontSize=17, leading=21, spaceBefore=16, spaceAfter=6
        )
        self.h2 = ParagraphStyle(
            "h2", fontName=BOLD, fontSize=14, leading=18, spaceBefore=12, spaceAfter=5
        )
        self.body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=10.5, leading=14.5, spaceAfter=4
        )
        self.small = ParagraphStyle("small", fontName=REGULAR, fontSize=9.5, leading=13)
        # reportlab splits a word longer than a line, so long addresses still wrap.
        self.link = ParagraphStyle("link", fontName=REGULAR, fontSize=10, leading=13, spaceBefore=4)


def heading(title: str, style: ParagraphStyle, key: str, level: int = 0) -> Paragraph:
    """A heading that becomes an entry in the PDF's outline (bookmarks)."""
    para = Paragraph(text(title), style)
    para.outline = (key, title, level)
    return para


class OutlinedDoc(SimpleDocTemplate):
    """A document whose headings become bookmarks, with page numbers and a progress hook."""

    def __init__(self, *args, progress: Callable[[int], None] | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress = progress

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline:
            key, title, level = outline
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(title, key, level=level)

    def afterPage(self) -> None:
        if self.progress is not None:
            self.progress(self.page)


def page_number(canvas, doc) -> None:
    """The page number at the foot of each page."""
    canvas.saveState()
    canvas.setFont(REGULAR, 9)
    canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 12 * mm, f"{doc.page}")
    canvas.restoreState()
