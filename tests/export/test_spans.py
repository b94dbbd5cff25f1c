"""Light paragraphs (export/spans.py) look exactly as reportlab's Paragraph of the same markup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from tests.export.pdfs import page_images, pdf_text
from workshop.export.fonts import BOLD, REGULAR, register_fonts
from workshop.export.spans import Run, Spans, bold, grey, spans
from workshop.export.text import Address, text

SMALL = ParagraphStyle("small", fontName=REGULAR, fontSize=9.5, leading=13)
HEADING = ParagraphStyle("h", fontName=BOLD, fontSize=14, leading=18, spaceBefore=12)
INDENTED = ParagraphStyle("in", parent=SMALL, leftIndent=12, spaceAfter=4)

WORDS = (
    "An agency convinced your board that an online community would bring members closer. "
    "The site was built and launched with a party. Six months later the last post is from "
    "the launch week. Nobody on staff was given time to look after it. "
)
# (the runs, the same as Paragraph markup, the style)
CASES: list[tuple[list[Run | str], str, ParagraphStyle]] = [
    ([WORDS * 3], text(WORDS * 3), SMALL),
    (["Group work & <notes>"], "Group work &amp; &lt;notes&gt;", HEADING),
    (
        [bold("+12"), "  ", WORDS, grey(" ("), grey("group 3"), grey(", "), grey("Ann"), grey(")")],
        f"<b>+12</b>  {text(WORDS)} <font color='#666666'>(group 3, Ann)</font>",
        INDENTED,
    ),
    # Many short bold and plain runs: lines a little over full, their spaces narrowed.
    (
        [r for n in range(1, 14) for r in (bold(f"Group {n}: C"), " It fits the hours · ")],
        "".join(f"<b>Group {n}: C</b> It fits the hours · " for n in range(1, 14)),
        SMALL,
    ),
    # A symbol the main font lacks, set in the symbol font as text() does.
    (["★ Keep it small 🎉 and soon"], text("★ Keep it small 🎉 and soon"), SMALL),
]


def _render(flowables: list[Flowable], target: Path) -> list[Image.Image]:
    register_fonts()
    doc = SimpleDocTemplate(str(target), pagesize=A6, leftMargin=8 * mm, rightMargin=8 * mm,
                            topMargin=8 * mm, bottomMargin=8 * mm)  # fmt: skip
    doc.build(flowables)
    return [Image.open(p).convert("RGB") for p in page_images(target, target.parent / target.stem)]


def _same_pages(ours: list[Image.Image], theirs: list[Image.Image]) -> None:
    assert len(ours) == len(theirs)
    for a, b in zip(ours, theirs, strict=True):
        assert ImageChops.difference(a, b).getbbox() is None  # not one pixel differs


@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_light_paragraph_draws_what_paragraph_draws(case: int, tmp_path: Path):
    runs, markup, style = CASES[case]
    light = spans(style, *runs)
    assert isinstance(light, Spans)  # these all take the light path
    ours = _render([light], tmp_path / "light.pdf")
    theirs = _render([Paragraph(markup, style)], tmp_path / "paragraph.pdf")
    _same_pages(ours, theirs)


def test_split_over_pages_the_light_way_matches_paragraph(tmp_path: Path):
    """A run of paragraphs longer than a page: the same lines on the same pages."""
    many = [spans(SMALL, bold(f"{n}."), " ", WORDS) for n in range(12)]
    marked = [Paragraph(f"<b>{n}.</b> {text(WORDS)}", SMALL) for n in range(12)]
    ours = _render(many, tmp_path / "light.pdf")
    theirs = _render(marked, tmp_path / "paragraph.pdf")
    assert len(ours) > 2
    _same_pages(ours, theirs)


def test_right_to_left_and_line_breaks_fall_back_to_paragraph(tmp_path: Path):
    for value in ("שלום עולם", "مرحبا بالعالم", "one\ntwo", "no\u00a0break"):
        assert isinstance(spans(SMALL, value), Paragraph), value
    hebrew = spans(SMALL, bold("Group 1: "), "שלום עולם")
    _render([hebrew], tmp_path / "rtl.pdf")
    assert "םולש" in pdf_text(tmp_path / "rtl.pdf") or "שלום" in pdf_text(tmp_path / "rtl.pdf")


def test_a_word_wider_than_the_line_is_cut_as_paragraph_cuts_it(tmp_path: Path):
    word = "https://example.org/" + "x" * 120
    light = spans(SMALL, "see", word)
    ours = _render([light], tmp_path / "light.pdf")
    theirs = _render([Paragraph(f"see{word}", SMALL)], tmp_path / "paragraph.pdf")
    _same_pages(ours, theirs)


def test_an_address_draws_as_its_paragraph_did_with_its_link(tmp_path: Path):
    url = "https://example.org/a/long/path/for-the-slides-of-round-1/and-more"
    ours = _render([Address(url, SMALL)], tmp_path / "light.pdf")
    old = Address(url, SMALL)
    old._plain = False  # the Paragraph path, as every address was set before
    theirs = _render([old], tmp_path / "paragraph.pdf")
    _same_pages(ours, theirs)
    from tests.export.pdfs import pdf_links

    assert pdf_links(tmp_path / "light.pdf") == {url}
