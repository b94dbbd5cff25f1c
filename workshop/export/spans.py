"""Light paragraphs: plain or lightly styled text set without reportlab's markup parser.

Most of a summary is user text in one style with at most a bold lead-in or a grey tail.
reportlab's Paragraph parses markup into fragments, measures every word again on each wrap
and draws through a general fragment machine; `Spans` takes its runs ready made (text in
drawing order, font, colour), measures each distinct word once per font and size, wraps once
per width and draws each line with one text object. It breaks lines by Paragraph's own rules
(including its 5 % space shrinkage and word spacing on a shrunk line), so the page looks the
same. Text these rules do not cover (right-to-left or shaped scripts, line breaks, soft
hyphens, no-break spaces, a word wider than the line) is set by a Paragraph instead.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import cast

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from workshop.export.inking import Encoded, encode_all, encoded, fill_colour
from workshop.export.placed import draw_at, number
from workshop.export.runs import (  # noqa: F401  (Run, bold, grey: the summary's)
    Run,
    _markup,
    _resolved_runs,
    _with_symbol_runs,
    bold,
    grey,
)
from workshop.export.text import _has_right_to_left, chunks
from workshop.export.wordwrap import (
    Plain,
    Word,
    break_plain,
    break_styled,
    joined,
    plain_words,
    styled_words,
    width_table,
)

# Text Paragraph treats in ways a light paragraph does not: a break, tab-like spaces that
# do not break, a soft hyphen.
_SPECIAL = re.compile("[\n\r\u00a0\u00ad\u2007\u202f]")


def spans(style: ParagraphStyle, *runs: Run | str) -> Flowable:
    """A paragraph of runs (a str is a plain run): light when it can be, else a Paragraph.

    A run naming no font is in the style's font (bold in a bold heading style)."""
    ascii_only = True
    for run in runs:
        value = run if isinstance(run, str) else run.text
        if value.isascii():
            if "\n" in value or "\r" in value:
                return Paragraph("".join(_markup(r, style.fontName) for r in runs), style)
        else:
            ascii_only = False
            if _SPECIAL.search(value) or _has_right_to_left(value):
                return Paragraph("".join(_markup(r, style.fontName) for r in runs), style)
    return Spans(runs if ascii_only else _with_symbol_runs(runs, style.fontName), style)


class Spans(Flowable):
    """A paragraph of styled runs, wrapped and drawn as reportlab's Paragraph would."""

    # Flowable's per-instance defaults, kept on the class: a summary holds thousands of
    # these at once, so each carries only its own runs and style until it is wrapped.
    width = height = 0.0
    wrapped = 0
    hAlign, vAlign = "LEFT", "BOTTOM"
    _traceInfo = _showBoundary = encoding = None
    # Lines as (room left, first word, end) of a one-style paragraph's words, or (room
    # left, words) of a styled one's; replaced, never changed.
    _lines: list = []
    _wrapped_for: float | None = None
    _fallback: Paragraph | None = None
    # Whether the runs have more than one style, known when first cut; a one-style
    # paragraph's font and colour (the style's when it has no text).
    _styled: bool | None = None
    _key: tuple[str, Color] = ("", colors.black)

    def __init__(
        self,
        runs: tuple[Run | str, ...],
        style: ParagraphStyle,
        words: Plain | list[Word] | None = None,
        styled: bool | None = None,
        key: tuple[str, Color] | None = None,
    ) -> None:
        # (No Flowable.__init__: its defaults are the class attributes above.)
        self.style = style
        self.runs = runs
        # Words are cut when the paragraph is first wrapped and let go once it is drawn:
        # a whole summary's words held at once took ten times the memory of its pages.
        self._cut = words
        if styled is not None and key is not None:  # a part split off: as its whole
            self._styled, self._key = styled, key

    @property
    def _words(self) -> Plain | list[Word]:
        if self._cut is None or self._styled is None:
            runs = [r for r in _resolved_runs(self.runs, self.style) if r[0]]
            size = self.style.fontSize
            style = self.style
            self._styled = False
            self._key = runs[0][1:] if runs else (style.fontName, style.textColor)
            font, color = self._key
            for _, other_font, other_color in runs:  # another font, or a colour of another value
                if other_font != font or (other_color is not color and other_color != color):
                    self._styled = True
                    break
            if self._cut is not None:
                pass
            elif self._styled:
                self._cut = styled_words(runs, size)
            elif len(runs) == 1:
                self._cut = plain_words(runs[0][0], runs[0][1], size)
            elif all(
                a[0][-1].isspace() or b[0][0].isspace() for a, b in pairwise(runs)
            ):  # no word runs on from one run into the next: each is one piece, as one run's
                self._cut = plain_words("".join(r[0] for r in runs), runs[0][1], size)
            else:
                self._cut = joined(styled_words(runs, size))
        return self._cut

    # Platypus asks these of every flowable; a Paragraph answers from its style.
    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def _paragraph(self) -> Paragraph:
        if self._fallback is None:
            markup = "".join(_markup(r, self.style.fontName) for r in self.runs)
            self._fallback = Paragraph(markup, self.style)
        return self._fallback

    def _break(self, max_width: float) -> list | None:
        """Lines by Paragraph's rules; None if a word is too wide for them."""
        cut = self._words
        if self._styled:
            return break_styled(cast(list[Word], cut), max_width)
        space = width_table(self._key[0], self.style.fontSize)[" "]
        return break_plain(cast(Plain, cut)[1], space, max_width)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self._wrapped_for != available_width:  # platypus wraps again for splits and keeps
            self._wrapped_for = available_width
            style = self.style
            room = available_width - style.leftIndent - style.rightIndent
            lines = self._break(room)
            if lines is None:
                self._fallback = self._paragraph()
            else:
                self._fallback = None
                self._lines = lines
        if self._fallback is not None:
            return self._fallback.wrap(available_width, available_height)
        self.height = len(self._lines) * self.style.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        if self._fallback is not None:
            return self._fallback.split(available_width, available_height)
        leading = self.style.leading
        fit = int(available_height / float(leading))
        if fit <= 1:  # no orphan line at a page's foot (Paragraph's rule)
            return []
        lines = self._lines
        if len(lines) <= fit:
            return [self]
        head: Plain | list[Word]
        tail: Plain | list[Word]
        if self._styled:
            head = [w for _, ws in lines[:fit] for w in ws]
            tail = [w for _, ws in lines[fit:] for w in ws]
        else:
            words, widths = cast(Plain, self._words)
            end = lines[fit - 1][2]
            head, tail = (words[:end], widths[:end]), (words[end:], widths[end:])
        first = Spans(self.runs, self.style, head, self._styled, self._key)
        first._lines, first._wrapped_for = lines[:fit], available_width
        first.width, first.height = available_width, fit * leading
        return [first, Spans(self.runs, self.style, tail, self._styled, self._key)]

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        """As Flowable.drawOn, without saving the canvas's state: drawing text leaves it
        as it was (a changed colour is kept inside the text's own q/Q)."""
        if self._fallback is not None:
            super().drawOn(canvas, x, y, _sW)
        else:
            draw_at(self, canvas, x, y, _sW)

    def draw(self) -> None:
        if self._wrapped_for is None:  # drawn once already (its words let go): cut again
            self.wrap(self.width, self.height)
        if self._fallback is not None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        canvas = self.canv
        style = self.style
        size = style.fontSize
        # The text object's operators, as canvas.beginText(x, y) starts them and Paragraph
        # writes them: a font only when it or its subset changes, a colour only when it
        # differs from what the page has.
        # Paragraph's first baseline (fp_str of two numbers is theirs joined by a space)
        origin = f"{number(style.leftIndent)} {number(self.height - size)}"
        code = ["BT", f"1 0 0 1 {origin} Tm" if canvas.bottomup else f"1 0 0 -1 {origin} Tm"]
        if len(self._lines) > 1:  # T* moves down by the leading; a single line never moves
            code.append(f"{number(style.leading)} TL")
        tf = f" {number(size)} Tf"
        if self._styled:
            recolored = self._draw_styled(code, tf)
        else:
            recolored = self._draw_plain(code, tf)
        code.append("ET")
        if recolored:  # the text's colour stays in the page's state after ET: keep it inside
            canvas._code += ("q", " ".join(code), "Q")
        else:
            canvas._code.append(" ".join(code))
        self._cut, self._lines, self._wrapped_for = None, [], None  # drawn: let the words go

    def _draw_plain(self, code: list[str], tf: str) -> bool:
        """A one-style paragraph's lines: each joined from its words' codes, one Tj."""
        font, color = self._key
        enc = encoded(self.canv._doc, font)
        first = enc.first
        joins = enc.plain_space()
        words = cast(Plain, self._words)[0]
        recolored = False
        current: int | None = None  # the subset the text object has set
        lines = self._lines
        last = len(lines) - 1
        for n, (room, start, end) in enumerate(lines):
            shrunk = room < -1e-8 and end - start > 1
            if shrunk:  # a line a little over full: Paragraph narrows its spaces
                code.append(f"{fp_str(room / (end - start - 1))} Tw")
            if n == 0 and color is not (shown := self.canv._fillColorObj) and color != shown:
                recolored = True
                fill_colour(self.canv, code, color)
            text = None
            if joins:  # every word drawn before and in the first subset: join them
                try:
                    text = " ".join([first[w] for w in words[start:end]])
                except KeyError:
                    pass
            if text is not None:
                if current != 0:
                    current = 0
                    code.append(enc.subset_name(0) + tf)
                code.append(f"({text}) Tj")
            else:  # encode the words not drawn yet, in order, as a whole line would be
                spaced = [" "] * (2 * (end - start) - 1)
                spaced[::2] = words[start:end]
                for subset, parts in encode_all(enc, spaced):
                    if current != subset:
                        current = subset
                        code.append(enc.subset_name(subset) + tf)
                    code.append(f"({''.join(parts)}) Tj")
            if shrunk:
                code.append("0 Tw")
            if n < last:  # the next line, by the leading (no position measured per line)
                code.append("T*")
        return recolored

    def _draw_styled(self, code: list[str], tf: str) -> bool:
        """A styled paragraph's lines: each in segments of one font and colour (adjacent
        words' pieces of one style merged), a segment's words joined from their codes."""
        canvas = self.canv
        doc = canvas._doc
        color: Color | None = canvas._fillColorObj  # what the page shows needs no operator
        recolored = False
        current: tuple[str, int] | None = None  # the font and subset the text object has set
        fonts: dict[str, Encoded] = {}

        def flush(font: str, piece_color: Color, texts: list[str]) -> None:
            nonlocal color, recolored, current
            if piece_color is not color and piece_color != color:  # (Color's == is slow)
                color, recolored = piece_color, True
                fill_colour(canvas, code, piece_color)
            enc = fonts.get(font)
            if enc is None:
                enc = fonts[font] = encoded(doc, font)
            try:  # every piece drawn before and in the first subset: join them
                joined = "".join([enc.first[t] for t in texts])
            except KeyError:  # encode the pieces not drawn yet, in order
                chunks = encode_all(enc, texts)
            else:
                chunks = [[0, [joined]]] if joined else []
            for subset, parts in chunks:
                if current != (font, subset):
                    current = (font, subset)
                    code.append(enc.subset_name(subset) + tf)
                code.append(f"({''.join(parts)}) Tj")

        lines = self._lines
        last = len(lines) - 1
        for n, (room, words) in enumerate(lines):
            shrunk = room < -1e-8 and len(words) > 1
            if shrunk:  # a line a little over full: Paragraph narrows its spaces
                code.append(f"{fp_str(room / (len(words) - 1))} Tw")
            key_font: str | None = None
            key_color: Color | None = None
            texts: list[str] = []  # the segment's pieces and spaces
            final = words[-1]
            for word in words:
                for piece, piece_font, piece_color in word[2]:
                    if piece_color is not key_color or piece_font != key_font:
                        if key_font is not None:
                            flush(key_font, key_color, texts)
                        key_font, key_color, texts = piece_font, piece_color, []
                    texts.append(piece)
                if word is not final:  # the space after a word, in its last piece's style
                    texts.append(" ")
            if key_font is not None:
                flush(key_font, key_color, texts)
            if shrunk:
                code.append("0 Tw")
            if n < last:  # the next line, by the leading (no position measured per line)
                code.append("T*")
        return recolored

    def minWidth(self) -> float:
        """The widest word, as Paragraph answers a table sizing its columns."""
        cut = self._words
        if self._styled:
            widths = [w[0] for w in cast(list[Word], cut)]
        else:
            widths = cast(Plain, cut)[1]
        return max(widths, default=0.0) + self.style.leftIndent + self.style.rightIndent


def light_paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Long user text as a run of light paragraphs (text.paragraphs, without markup)."""
    return [spans(style, piece) for piece in chunks(value)]


def heading(title: str, style: ParagraphStyle, key: str, level: int = 0) -> Flowable:
    """A heading that becomes an entry in the PDF's outline (text.heading, light)."""
    flowable = spans(style, title)
    flowable.outline = (key, title, level)  # read by OutlinedDoc.afterFlowable
    return flowable
