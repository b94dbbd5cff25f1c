"""Cutting a light paragraph's runs into words and breaking them into lines, by Paragraph's rules.

A paragraph in one font and colour (half of a summary's) is cut into plain strings and their
widths; a styled one into words of pieces (text, font, colour). Each distinct word is
measured once per font and size for the whole process, and lines are broken in one pass:
for a styled paragraph, Paragraph's space shrinkage over the line's fragments is kept as a
running sum instead of being added up again for every word.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

_SHRINK = rl_config.spaceShrinkage

# Widths of words, by (font, size): a summary repeats most of its words many times.
_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def width_table(font: str, size: float) -> dict[str, float]:
    """The widths of words measured so far in this font and size (the space among them)."""
    table = _WIDTHS.get((font, size))
    if table is None or len(table) > 100_000:  # bounded: a long-running app writes many PDFs
        table = _WIDTHS[(font, size)] = {" ": stringWidth(" ", font, size)}
    return table


def _measured(table: dict[str, float], word: str, font: str, size: float) -> float:
    found = table[word] = stringWidth(word, font, size)
    return found


# A word is a list of pieces (text, font, colour), its width, and the width of the space
# after it (in the font of its last piece, as Paragraph measures it; that piece may be an
# empty one in the font of the run the space is typed in).
Piece = tuple[str, str, Color | None]
Plain = tuple[list[str], list[float]]  # a one-style paragraph's words and their widths


# A word of a styled paragraph: its width, the space after it and its pieces. A plain
# tuple: a summary cuts a hundred thousand of them, and a class's instance costs four times
# as much to make.
Word = tuple[float, float, list[Piece]]


def plain_words(value: str, font: str, size: float) -> Plain:
    """The words of one run of text in one style, and their widths."""
    table = width_table(font, size)
    words = value.split()
    get = table.get
    widths = [w if (w := get(t)) is not None else _measured(table, t, font, size) for t in words]
    return words, widths


def joined(words: list[Word]) -> Plain:
    """Words of one style cut from several runs, as plain words (a word's width is still
    the sum of its pieces', as Paragraph sums it)."""
    return ["".join(p[0] for p in w[2]) for w in words], [w[0] for w in words]


def styled_words(runs: list[tuple[str, str, Color]], size: float) -> list[Word]:
    """The words of runs (text, font, colour) as Paragraph cuts them: a word runs on from
    one run into the next when no space is between them."""
    words: list[Word] = []
    pieces: list[Piece] = []  # the word under way, which may run on into the next run
    wide = 0.0
    space = 0.0
    tables: dict[str, dict[str, float]] = {}
    for value, font, color in runs:
        if not value:
            continue
        table = tables.get(font)
        if table is None:
            table = tables[font] = width_table(font, size)
        run_space = table[" "]
        tokens = value.split()
        if pieces and (not tokens or value[0].isspace()):
            words.append(_closed(pieces, wide, font, color, run_space))
            pieces = []
        if not tokens:
            continue
        get = table.get
        token = tokens[0]
        found = get(token)
        if found is None:
            found = _measured(table, token, font, size)
        # Summed as Paragraph sums a word's pieces (a lone piece: its own width).
        wide = wide + found if pieces else found
        pieces.append((token, font, color))
        space = run_space
        if len(tokens) > 1:  # the words between this run's first and last stand alone
            words.append(_closed(pieces, wide, font, color, run_space))
            for token in tokens[1:-1]:
                found = get(token)
                if found is None:
                    found = _measured(table, token, font, size)
                words.append((found, run_space, [(token, font, color)]))
            token = tokens[-1]
            found = get(token)
            wide = found if found is not None else _measured(table, token, font, size)
            pieces = [(token, font, color)]
        if value[-1].isspace():
            words.append(_closed(pieces, wide, font, color, run_space))
            pieces = []
    if pieces:
        words.append((wide, space, pieces))
    return words


def _closed(pieces: list[Piece], wide: float, font: str, color: Color, space: float) -> Word:
    # The space after a word is in the font of the run it is typed in (Paragraph gives the
    # word an empty piece of that run). Colours are compared by identity: Color's own == is
    # slow, and runs share them.
    last = pieces[-1]
    if last[1] != font or last[2] is not color:
        pieces.append(("", font, color))
    return (wide, space, pieces)


def break_plain(
    widths: list[float], space: float, max_width: float
) -> list[tuple[float, int, int]] | None:
    """Lines of one-style words as (room left, first word, end); None if a word is too wide."""
    if not widths:
        return []
    if max(widths) > max_width:
        return None  # Paragraph would cut the word: let it
    lines: list[tuple[float, int, int]] = []
    unit = _SHRINK * space  # Paragraph lets a line run over by this much per space
    start, current = 0, widths[0]
    for i in range(1, len(widths)):
        width = widths[i]
        new = current + space + width
        if new <= max_width + unit * (i - start):
            current = new
        else:
            lines.append((max_width - current, start, i))
            start, current = i, width
    lines.append((max_width - current, start, len(widths)))
    return lines


def break_styled(words: list[Word], max_width: float) -> list[tuple[float, list[Word]]] | None:
    """Lines of styled words as (room left, words); None if a word is too wide.

    Paragraph lets a line run over by a share of its spaces, each counted in its fragment's
    font: a fragment is a run of one style on the line, a word's first piece joining the
    fragment before it when their styles match. The closed fragments' shares are kept in
    order (summed in Paragraph's order, so a line breaks at the very same word)."""
    lines: list[tuple[float, list[Word]]] = []
    line: list[Word] = []
    current = 0.0
    space = 0.0  # the width of the space after the line's last word
    terms: list[float] = []  # closed fragments' spaces × their width, those with any
    count, width_each = 0, 0.0  # the last fragment's spaces and their width
    # The last fragment's style (compared as a tuple of them would be: identity, then ==).
    last_font: str | None = None
    last_color: Color | None = None
    for word in words:
        width, after, pieces = word
        if width > max_width:
            return None  # Paragraph would cut the word: let it
        if line:
            new = current + space + width
            shrink = space
            if terms:
                for term in terms:
                    shrink += term
            if count:
                shrink += count * width_each
            if new <= max_width + shrink * _SHRINK:
                line.append(word)
                current = new
                count += 1
                width_each = space
                space = after
                first = pieces[0]
                if (
                    len(pieces) > 1
                    or first[1] != last_font
                    or (first[2] is not last_color and first[2] != last_color)
                ):  # new fragments: the last one closes
                    if count:
                        terms.append(count * width_each)
                    count, width_each = 0, 0.0
                    end = pieces[-1]
                    last_font, last_color = end[1], end[2]
                continue
            lines.append((max_width - current, line))
        line, current, space = [word], width, after
        terms = []
        count, width_each = 0, 0.0
        end = pieces[-1]
        last_font, last_color = end[1], end[2]
    if line:
        lines.append((max_width - current, line))
    return lines
