"""Words encoded once per document (export/inking.py), lines broken in one pass
(export/wordwrap.py) and flowables drawn at their place (export/placed.py) write exactly
what reportlab's own paths write."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageChops
from reportlab.lib import colors
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from tests.export.pdfs import page_images, pdf_links
from workshop.export.chart import OptionBar
from workshop.export.fonts import BOLD, REGULAR, register_fonts
from workshop.export.inking import draw_string, encode_all, encoded, fill_colour
from workshop.export.placed import draw_at
from workshop.export.spans import Spans, bold, grey, spans
from workshop.export.text import Address, text
from workshop.export.wordwrap import _SHRINK, break_styled, styled_words

SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=9.5, leading=13)
# More distinct letters than a font subset holds (256 codes): words fall in two subsets.
LETTERS = (
    [chr(c) for c in range(0x100, 0x180)]  # Latin Extended-A
    + [chr(c) for c in range(0x391, 0x3CA) if c != 0x3A2]  # Greek
    + [chr(c) for c in range(0x410, 0x450)]  # Cyrillic
)
WIDE_WORDS = [
    "".join(LETTERS[(i * 5 + j) % len(LETTERS)] for j in range(5)) + "é" * (i % 2)
    for i in range(120)
]


def test_words_encoded_one_by_one_get_the_codes_of_a_whole_line():
    """Encoding each word when first drawn assigns every character the code reportlab
    gives it encoding whole lines, in both subsets."""
    register_fonts()
    ours, theirs = Canvas("/dev/null"), Canvas("/dev/null")
    font = getFont(REGULAR)
    enc = encoded(ours._doc, REGULAR)
    lines = [" ".join(WIDE_WORDS[i : i + 6]) for i in range(0, len(WIDE_WORDS), 6)]
    lines += lines[:3]  # words seen before come from the cache
    subsets = set()
    for line in lines:
        spaced = [" "] * (2 * len(line.split()) - 1)
        spaced[::2] = line.split()
        got = [(subset, "".join(parts)) for subset, parts in encode_all(enc, spaced)]
        want = [(s, ours._escape(b)) for s, b in font.splitString(line, theirs._doc)]
        assert got == want
        subsets |= {s for s, _ in got}
    assert subsets == {0, 1}


def _pages(flowables: list[Flowable], target: Path) -> list[Image.Image]:
    register_fonts()
    doc = SimpleDocTemplate(str(target), pagesize=A6, leftMargin=8 * mm, rightMargin=8 * mm,
                            topMargin=8 * mm, bottomMargin=8 * mm)  # fmt: skip
    doc.build(flowables)
    return [Image.open(p).convert("RGB") for p in page_images(target, target.parent / target.stem)]


def test_text_in_two_font_subsets_draws_as_paragraph(tmp_path: Path):
    """Light paragraphs whose words need a second subset, plain and styled, look exactly
    as Paragraph draws them."""
    words = " ".join(WIDE_WORDS)
    light = [spans(SMALL, words), spans(SMALL, bold("+3"), "  ", words, grey(" (Ann)"))]
    assert all(isinstance(f, Spans) for f in light)
    marked = [
        Paragraph(text(words), SMALL),
        Paragraph(f"<b>+3</b>  {text(words)}<font color='#666666'> (Ann)</font>", SMALL),
    ]
    ours = _pages(light, tmp_path / "light.pdf")
    theirs = _pages(marked, tmp_path / "paragraph.pdf")
    assert len(ours) == len(theirs) > 1
    for a, b in zip(ours, theirs, strict=True):
        assert ImageChops.difference(a, b).getbbox() is None


def test_one_style_in_several_runs_draws_as_paragraph(tmp_path: Path):
    """Runs of one style, with and without a word running on from one into the next."""
    words = "An agency convinced your board that an online community would bring members closer. "
    cases = [
        ([words * 2, " — chosen by 3 groups"], text(words * 2 + " — chosen by 3 groups")),
        ([words, "small", "er and ", words], text(words + "smaller and " + words)),
    ]
    for n, (runs, markup) in enumerate(cases):
        light = spans(SMALL, *runs)
        assert isinstance(light, Spans)
        ours = _pages([light], tmp_path / f"light-{n}.pdf")
        theirs = _pages([Paragraph(markup, SMALL)], tmp_path / f"paragraph-{n}.pdf")
        for a, b in zip(ours, theirs, strict=True):
            assert ImageChops.difference(a, b).getbbox() is None


def _break_by_summing(words, max_width):
    """The line breaking light paragraphs did before: every fragment's spaces summed
    again for each word (Paragraph's own rule, written plainly)."""
    lines, line, current = [], [], 0.0
    keys, counts, spaces = [], [], []
    for word in words:
        width, _, pieces = word
        if width > max_width:
            return None
        if line:
            before = line[-1][1]
            new = current + before + width
            shrink = before
            for n, space in zip(counts, spaces, strict=True):
                if n:
                    shrink += n * space
            if new <= max_width + shrink * _SHRINK:
                line.append(word)
                current = new
                counts[-1] += 1
                spaces[-1] = before
                for i, (_, font, color) in enumerate(pieces):
                    if i == 0 and keys and keys[-1] == (font, color):
                        continue
                    keys.append((font, color))
                    counts.append(0)
                    spaces.append(0.0)
                continue
            lines.append((max_width - current, line))
        line, current = [word], width
        keys = [(font, color) for _, font, color in pieces]
        counts, spaces = [0] * len(keys), [0.0] * len(keys)
    if line:
        lines.append((max_width - current, line))
    return lines


def test_breaking_with_a_running_sum_breaks_where_summing_again_does():
    register_fonts()
    pool = ["a", "tip", "board", "(group", "3,", "Ann)", "·", "+12", "workshop", "is"]
    styles = [(REGULAR, colors.black), (BOLD, colors.black), (REGULAR, colors.grey)]
    rng = random.Random(7)
    for _ in range(60):
        runs = []
        for _ in range(rng.randint(1, 12)):
            font, color = rng.choice(styles)
            value = " ".join(rng.choice(pool) for _ in range(rng.randint(0, 6)))
            value = rng.choice(["", " ", "  "]) + value + rng.choice(["", " "])
            runs.append((value, font, color))
        words = styled_words(runs, 9.5)
        for tenth in range(400, 1600, 3):  # widths a few tenths of a point apart
            width = tenth / 10
            assert break_styled(words, width) == _break_by_summing(words, width)


def test_a_fill_colour_is_written_as_a_text_object_writes_it():
    register_fonts()
    for color in (colors.HexColor("#666666"), colors.Color(0.2, 0.4, 0.6, alpha=0.5)):
        theirs, canvas = Canvas("/dev/null"), Canvas("/dev/null")
        ink = theirs.beginText()
        ink.setFillColor(color)
        ours: list[str] = ["BT", ink._code[1]]
        fill_colour(canvas, ours, color)
        assert ours == ink._code
        assert canvas._doc._pdfVersion == theirs._doc._pdfVersion
    assert ink._code[-1].endswith(" gs")  # the half-transparent colour set its alpha


def test_a_bar_count_is_written_as_draw_string_writes_it():
    register_fonts()
    ours, theirs = Canvas("/dev/null"), Canvas("/dev/null")
    for canvas in (ours, theirs):
        canvas.setFont(REGULAR, 9)
    for n, label in enumerate(["3", "12", "0", "7"]):
        draw_string(ours, 10 + n, 20.5, label)
        theirs.drawString(10 + n, 20.5, label)
    assert ours._code == theirs._code


def test_drawn_at_their_place_flowables_write_what_draw_on_writes(tmp_path: Path):
    """Bars, addresses and light paragraphs drawn without saving the canvas's state write
    the very file Flowable.drawOn writes, their links in the same boxes."""
    register_fonts()
    url = "https://example.org/a/long/path/for-the-slides"
    made = [
        lambda: OptionBar("B", 3, 7),
        lambda: Address(url, SMALL),
        lambda: spans(SMALL, bold("+3"), "  ", "Keep it small", grey(" (Ann)")),
    ]
    for n, make in enumerate(made):
        files = []
        for place in (draw_at, Flowable.drawOn):
            target = tmp_path / f"{n}-{place.__name__}.pdf"
            canvas = Canvas(str(target), invariant=1)
            canvas.translate(5, 7)  # the links read the origin the canvas tracks
            flowable = make()
            flowable.wrapOn(canvas, 120, 500)
            place(flowable, canvas, 30.25, 200.5)
            canvas.save()
            files.append(target)
        assert files[0].read_bytes() == files[1].read_bytes()
    assert pdf_links(tmp_path / "1-draw_at.pdf") == {url}
