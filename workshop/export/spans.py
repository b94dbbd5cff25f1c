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
from collections.abc import Iterable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph

from workshop.export.fonts import BOLD, SYMBOLS, needs_symbol_font
from workshop.export.text import _has_right_to_left, chunks, text

GREY_TAIL = colors.HexColor("#666666")
# Text Paragraph treats in ways a light paragraph does not: a break, tab-like spaces that
# do not break, a soft hyphen.
_SPECIAL = re.compile("[\n\r\u00a0\u00ad\u2007\u202f]")
_TOKENS = re.compile(r"\S+|\s+")
_SHRINK = rl_config.spaceShrinkage

# Widths of words, by (font, size): a summary repeats most of its words many times.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _width_table(font: str, size: float) -> dict[str, float]:
    table = _WIDTHS.get((font, size))
    if table is None or len(table) > 100_000:  # bounded: a long-running app writes many PDFs
        table = _WIDTHS[(font, size)] = {}
    return table


class Run:
    """A piece of text in one font and colour; text is the user's, not markup; no font is
    the paragraph style's own."""

    __slots__ = ("color", "font", "text")

    def __init__(self, text: str, font: str = "", color: Color | None = None) -> None:
        self.text = text
        self.font = font
        self.color = color


def bold(text: str) -> Run:
    """A run in the bold face."""
    return Run(text, BOLD)


def grey(text: str) -> Run:
    """A run in the grey of a tip's or a top tip's tail: who, where from."""
    return Run(text, "", GREY_TAIL)


def _resolved(run: Run | str, font: str) -> tuple[str, str, Color | None]:
    """A run's text, font (the style's when it names none) and colour (None: the style's)."""
    if isinstance(run, str):
        return run, font, None
    return run.text, run.font or font, run.color


def _markup(run: Run | str, font: str) -> str:
    value, face, color = _resolved(run, font)
    value = text(value)  # in drawing order, symbols in their font, breaks kept
    if face == BOLD:
        value = f"<b>{value}</b>"
    if color is not None:
        value = f"<font color='{color.hexval().replace('0x', '#')}'>{value}</font>"
    return value


def _needs_paragraph(runs: Iterable[Run | str]) -> bool:
    for run in runs:
        value = run if isinstance(run, str) else run.text
        if "\n" in value or "\r" in value:
            return True
        if not value.isascii() and (_SPECIAL.search(value) or _has_right_to_left(value)):
            return True
    return False


def _with_symbol_runs(runs: tuple[Run | str, ...], font: str) -> tuple[Run | str, ...]:
    """Runs with emoji and symbols the main font lacks moved into the symbol font, as
    text.text() does with markup (runs in plain ASCII pass as they are)."""
    if all((r if isinstance(r, str) else r.text).isascii() for r in runs):
        return runs
    out: list[Run | str] = []
    for run in runs:
        value, face, color = _resolved(run, font)
        if value.isascii():
            out.append(run)
            continue
        piece: list[str] = []
        symbols = False
        for ch in value:
            wanted = needs_symbol_font(ch)
            if wanted != symbols and piece:
                out.append(Run("".join(piece), SYMBOLS if symbols else face, color))
                piece = []
            symbols = wanted
            piece.append(ch)
        if piece:
            out.append(Run("".join(piece), SYMBOLS if symbols else face, color))
    return tuple(out)


def spans(style: ParagraphStyle, *runs: Run | str) -> Flowable:
    """A paragraph of runs (a str is a plain run): light when it can be, else a Paragraph.

    A run naming no font is in the style's font (bold in a bold heading style)."""
    if _needs_paragraph(runs):
        return Paragraph("".join(_markup(r, style.fontName) for r in runs), style)
    return Spans(_with_symbol_runs(runs, style.fontName), style)


# A word is a list of pieces (text, font, colour), its width, and the width of the space
# after it (in the font of its last piece, as Paragraph measures it; that piece may be an
# empty one in the font of the run the space is typed in).
Piece = tuple[str, str, Color | None]


class _Word:
    __slots__ = ("pieces", "space", "width")

    def __init__(self, pieces: list[Piece], width: float, space: float) -> None:
        self.pieces = pieces
        self.width = width
        self.space = space


def _words(runs: tuple[Run | str, ...], style: ParagraphStyle) -> list[_Word]:
    words: list[_Word] = []
    pieces: list[Piece] = []
    wide = 0.0
    space = 0.0
    size, default = style.fontSize, style.textColor
    for run in runs:
        value, font, color = _resolved(run, style.fontName)
        color = color or default
        table = _width_table(font, size)
        run_space = table.get(" ")
        if run_space is None:
            run_space = table[" "] = stringWidth(" ", font, size)
        for token in _TOKENS.findall(value):
            if token[0].isspace():
                if pieces:
                    # The space after a word is in the font of the run it is typed in
                    # (Paragraph gives the word an empty piece of that run). Colours are
                    # compared by identity: Color's own == is slow, and runs share them.
                    last = pieces[-1]
                    if last[1] != font or last[2] is not color:
                        pieces.append(("", font, color))
                    words.append(_Word(pieces, wide, run_space))
                    pieces, wide = [], 0.0
            else:
                found = table.get(token)
                if found is None:
                    found = table[token] = stringWidth(token, font, size)
                # Summed as Paragraph sums a word's pieces (a lone piece: its own width).
                wide = wide + found if pieces else found
                pieces.append((token, font, color))
                space = run_space
    if pieces:
        words.append(_Word(pieces, wide, space))
    return words


class Spans(Flowable):
    """A paragraph of styled runs, wrapped and drawn as reportlab's Paragraph would."""

    # Flowable's per-instance defaults, kept on the class: a summary holds thousands of
    # these at once, so each carries only its own runs and style until it is wrapped.
    width = height = 0.0
    wrapped = 0
    hAlign, vAlign = "LEFT", "BOTTOM"
    _traceInfo = _showBoundary = encoding = None
    _lines: list[tuple[float, list[_Word]]] = []  # replaced, never changed
    _wrapped_for: float | None = None
    _fallback: Paragraph | None = None

    def __init__(
        self, runs: tuple[Run | str, ...], style: ParagraphStyle, words: list[_Word] | None = None
    ) -> None:
        # (No Flowable.__init__: its defaults are the class attributes above.)
        self.style = style
        self.runs = runs
        # Words are cut when the paragraph is first wrapped and let go once it is drawn:
        # a whole summary's words held at once took ten times the memory of its pages.
        self._cut = words
        styles = set()
        for run in runs:
            value, font, color = _resolved(run, style.fontName)
            if value:
                styles.add((font, color or style.textColor))
        self._styled = len(styles) > 1

    @property
    def _words(self) -> list[_Word]:
        if self._cut is None:
            self._cut = _words(self.runs, self.style)
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

    def _break(self, max_width: float) -> list[tuple[float, list[_Word]]] | None:
        """Lines as (room left, words), by Paragraph's rules; None if a word is too wide."""
        lines: list[tuple[float, list[_Word]]] = []
        line: list[_Word] = []
        current = 0.0
        styled = self._styled
        # Paragraph's fragments on the line (styled text): each one's style and its spaces
        # between words, a space counted in the fragment of the word before it.
        keys: list[tuple[str, Color | None]] = []
        counts: list[int] = []
        spaces: list[float] = []
        for word in self._words:
            if word.width > max_width:
                return None  # Paragraph would cut the word: let it
            if line:
                last = line[-1]
                new = current + last.space + word.width
                if styled:
                    shrink = last.space
                    for n, space in zip(counts, spaces, strict=True):
                        if n:
                            shrink += n * space
                    limit = max_width + shrink * _SHRINK
                else:
                    limit = max_width + _SHRINK * last.space * len(line)
                if new <= limit:
                    line.append(word)
                    current = new
                    if styled:
                        counts[-1] += 1
                        spaces[-1] = last.space
                        _add_fragments(word, keys, counts, spaces, True)
                    continue
                lines.append((max_width - current, line))
            line, current = [word], word.width
            if styled:
                keys.clear()
                counts.clear()
                spaces.clear()
                _add_fragments(word, keys, counts, spaces, False)
        if line:
            lines.append((max_width - current, line))
        return lines

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
        if len(self._lines) <= fit:
            return [self]
        first = Spans(self.runs, self.style, [w for _, ws in self._lines[:fit] for w in ws])
        first._lines, first._wrapped_for = self._lines[:fit], available_width
        first.width, first.height = available_width, fit * leading
        rest = Spans(self.runs, self.style, [w for _, ws in self._lines[fit:] for w in ws])
        return [first, rest]

    def draw(self) -> None:
        if self._wrapped_for is None:  # drawn once already (its words let go): cut again
            self.wrap(self.width, self.height)
        if self._fallback is not None:
            self._fallback.drawOn(self.canv, 0, 0)
            return
        canvas = self.canv
        style = self.style
        size = style.fontSize
        x = style.leftIndent
        y = self.height - size  # the first baseline, as Paragraph places it
        ink = canvas.beginText(x, y)
        code = ink._code  # the text object's operators, written here as Paragraph would
        lines = self._lines
        if len(lines) > 1:  # T* moves down by the leading; a single line never moves
            code.append(f"{fp_str(style.leading)} TL")
        doc = canvas._doc
        escape = canvas._escape
        tf = f" {fp_str(size)} Tf"
        # What the page already shows needs no operator: the colour the canvas has set, and
        # the font and subset the text object has set.
        color: Color | None = canvas._fillColorObj
        recolored = False
        current: tuple[str, int] | None = None
        last = len(lines) - 1
        for n, (room, words) in enumerate(lines):
            shrunk = room < -1e-8 and len(words) > 1
            if shrunk:  # a line a little over full: Paragraph narrows its spaces
                code.append(f"{fp_str(room / (len(words) - 1))} Tw")
            for segment, (piece_font, piece_color) in _segments(words):
                if piece_color != color:
                    color, recolored = piece_color, True
                    ink.setFillColor(piece_color)
                font = getFont(piece_font)
                for subset, encoded in font.splitString(segment, doc):
                    if current != (piece_font, subset):
                        current = (piece_font, subset)
                        code.append(font.getSubsetInternalName(subset, doc) + tf)
                    code.append(f"({escape(encoded)}) Tj")
            if shrunk:
                code.append("0 Tw")
            if n < last:  # the next line, by the leading (no position measured per line)
                code.append("T*")
        if recolored:  # the text's colour stays in the page's state after ET: keep it inside
            canvas.saveState()
            canvas.drawText(ink)
            canvas.restoreState()
        else:
            canvas.drawText(ink)
        self._cut, self._lines, self._wrapped_for = None, [], None  # drawn: let the words go

    def minWidth(self) -> float:
        """The widest word, as Paragraph answers a table sizing its columns."""
        widest = max((w.width for w in self._words), default=0.0)
        return widest + self.style.leftIndent + self.style.rightIndent


def _segments(words: list[_Word]) -> list[tuple[str, tuple[str, Color | None]]]:
    """A line's text in runs of one font and colour, a space after each word but the last."""
    out: list[tuple[str, tuple[str, Color | None]]] = []
    buffer: list[str] = []
    key: tuple[str, Color | None] | None = None
    last = len(words) - 1
    for i, word in enumerate(words):
        pieces = word.pieces
        end = len(pieces) - 1
        for j, (piece, piece_font, piece_color) in enumerate(pieces):
            if key is None or piece_font != key[0] or piece_color is not key[1]:
                if buffer and key is not None:
                    out.append(("".join(buffer), key))
                buffer, key = [], (piece_font, piece_color)
            buffer.append(piece)
            if j == end and i < last:
                buffer.append(" ")
    if buffer and key is not None:
        out.append(("".join(buffer), key))
    return out


def _add_fragments(
    word: _Word,
    keys: list[tuple[str, Color | None]],
    counts: list[int],
    spaces: list[float],
    joins: bool,
) -> None:
    """A word's pieces as Paragraph's fragments: the first joins the line's last fragment
    when it has the same style, each further piece is a fragment of its own."""
    for i, (_, font, color) in enumerate(word.pieces):
        key = (font, color)
        if i == 0 and joins and keys and keys[-1] == key:
            continue
        keys.append(key)
        counts.append(0)
        spaces.append(0.0)


def light_paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Long user text as a run of light paragraphs (text.paragraphs, without markup)."""
    return [spans(style, piece) for piece in chunks(value)]


def heading(title: str, style: ParagraphStyle, key: str, level: int = 0) -> Flowable:
    """A heading that becomes an entry in the PDF's outline (text.heading, light)."""
    flowable = spans(style, title)
    flowable.outline = (key, title, level)  # read by OutlinedDoc.afterFlowable
    return flowable
