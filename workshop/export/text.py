"""What every PDF of the app shares: safe user text, styles, headings with bookmarks, QR logs."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from bidi import get_display
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, SimpleDocTemplate

from workshop.export.fonts import BOLD, REGULAR, SYMBOLS, needs_symbol_font
from workshop.export.links import link_uri
from workshop.export.placed import draw_at
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


# An address breaks after '/', '.' or '-' only; a piece too long for a line is cut with this
# mark at the line's end, so a reader sees the address goes on (never a silent mid-word break).
BREAK_MARK = "↩"
_ADDRESS_PIECES = re.compile(r"[^/.\-]*[/.\-]+|[^/.\-]+")


def address_lines(value: str, width: float, font: str, size: float) -> list[str]:
    """An address cut into lines no wider than `width`, broken only after / . or -."""

    def wide(piece: str) -> float:
        return stringWidth(piece, font, size)

    lines: list[str] = []
    line = ""
    for piece in _ADDRESS_PIECES.findall(value):
        if wide(line + piece) <= width:
            line += piece
            continue
        if line:
            lines.append(line)
            line = ""
        while wide(piece) > width:  # no break point fits: cut with a visible mark
            cut = len(piece) - 1
            while cut > 1 and wide(piece[:cut] + BREAK_MARK) > width:
                cut -= 1
            lines.append(piece[:cut] + BREAK_MARK)
            piece = piece[cut:]
        line = piece
    if line:
        lines.append(line)
    return lines


class Address(Flowable):
    """A clickable address on its own lines, broken only at / . or - to fit the width.

    `shown` is what is printed (a short readable form); the link always holds the whole url.
    An address in plain letters is drawn line by line with a link over each line, where
    Paragraph would put them; other scripts and symbols go through a Paragraph."""

    # Flowable's per-instance defaults, kept on the class: a summary holds a thousand
    # addresses at once before the first page is drawn.
    width = height = 0.0
    wrapped = 0
    hAlign, vAlign = "LEFT", "BOTTOM"
    _traceInfo = _showBoundary = encoding = None
    _paragraph: Paragraph | None = None
    _lines: tuple[str, ...] | list[str] = ()
    _wrapped_for: float | None = None

    def __init__(self, url: str, style: ParagraphStyle, shown: str = "") -> None:
        # (No Flowable.__init__: its defaults are the class attributes above.)
        self.url = url
        self.shown = shown or url
        self.style = style
        # Plain: no markup, no right-to-left letters, nothing for the symbol font.
        self._plain = self.shown.isascii() or not (
            _has_right_to_left(self.shown) or _with_symbols(self.shown) != escape(self.shown)
        )

    def _as_paragraph(self, lines: tuple[str, ...] | list[str]) -> Paragraph:
        href = escape(self.url, {chr(34): "&quot;"})
        body = "<br/>".join(f'<link href="{href}">{text(line)}</link>' for line in lines)
        return Paragraph(body, self.style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._wrapped_for != available_width:  # platypus may ask twice at one width
            self._wrapped_for = available_width
            style = self.style
            self._lines = address_lines(self.shown, available_width, style.fontName, style.fontSize)
            self._paragraph = None if self._plain else self._as_paragraph(self._lines)
        if self._paragraph is not None:
            return self._paragraph.wrap(available_width, available_height)
        self.width, self.height = available_width, len(self._lines) * self.style.leading
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self._paragraph is not None:
            super().drawOn(canvas, x, y, _sW)
        else:  # the plain path saves and restores what it changes; its links read the origin
            draw_at(self, canvas, x, y, _sW)

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        canvas, style = self.canv, self.style
        size, leading = style.fontSize, style.leading
        y = self.height - size  # Paragraph's first baseline
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        words = canvas.beginText(0, y)
        words.setFont(style.fontName, size, leading)
        for line in self._lines:
            words._textOut(line, 1)  # then on to the next line (T*), as Paragraph writes it
            # The link's box where Paragraph puts it: from an eighth of the size below the
            # baseline, a leading high, as wide as the line's text.
            wide = stringWidth(line, style.fontName, size)
            low = y - size / 8.0
            link_uri(canvas, self.url, (0, low, wide, low + leading))
            y -= leading
        canvas.drawText(words)
        canvas.restoreState()

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter


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
        # Headings keep with what follows: none is left alone at the foot of a page.
        self.h1 = ParagraphStyle(
            "h1",
            fontName=BOLD,
            fontSize=17,
            leading=21,
            spaceBefore=16,
            spaceAfter=6,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=BOLD,
            fontSize=14,
            leading=18,
            spaceBefore=12,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h3 = ParagraphStyle(
            "h3",
            fontName=BOLD,
            fontSize=11.5,
            leading=14.5,
            spaceBefore=9,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.body = ParagraphStyle(
            "body", fontName=REGULAR, fontSize=10.5, leading=14.5, spaceAfter=4
        )
        self.small = ParagraphStyle("small", fontName=REGULAR, fontSize=9.5, leading=13)
        self.tiny = ParagraphStyle("tiny", fontName=REGULAR, fontSize=8.5, leading=11)
        # Addresses are set by Address, which breaks them only at / . or -.
        self.link = ParagraphStyle("link", fontName=REGULAR, fontSize=10, leading=13, spaceBefore=4)
        self.address = ParagraphStyle("address", fontName=REGULAR, fontSize=9.5, leading=12)


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

    def handle_frameBegin(self, resume: int = 0, pageTopFlowables: object = None) -> None:
        super().handle_frameBegin(resume, pageTopFlowables)
        # Platypus asks the frame for content generated for it before every flowable; a
        # frame with none answered through Frame.__getattr__ raising AttributeError. An
        # empty list answers the same (none), and add_generated_content extends it alike.
        self.frame.__dict__.setdefault("_generated_content", [])
        if type(self.frame) is Frame:  # the one SimpleDocTemplate.build made
            # (Frame's own __setattr__ would store the class as an ordinary attribute.)
            object.__setattr__(self.frame, "__class__", CopiedFrame)


# What copy.deepcopy returns as it is (its "atomic" types): a frame holds numbers and names.
_ATOMIC = (int, float, str, bool, type(None))


class CopiedFrame(Frame):
    """A Frame that copies itself quickly: platypus deep-copies the document's frame each
    time it measures a KeepTogether (every heading with what follows it), and
    copy.deepcopy's general path over the frame's two dozen attributes cost more than the
    measuring. Its numbers and names are shared, as deepcopy shares them; anything else
    (a list of frame backgrounds) is still deep-copied."""

    def __deepcopy__(self, memo: dict) -> CopiedFrame:
        copied = CopiedFrame.__new__(CopiedFrame)
        copied.__dict__.update(
            (k, v if type(v) in _ATOMIC else deepcopy(v, memo)) for k, v in self.__dict__.items()
        )
        return copied


def page_number(canvas, doc) -> None:
    """The page number at the foot of each page."""
    canvas.saveState()
    canvas.setFont(REGULAR, 9)
    canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 12 * mm, f"{doc.page}")
    canvas.restoreState()
