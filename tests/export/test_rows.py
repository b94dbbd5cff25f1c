"""Rows lays out and draws its cells exactly as the reportlab Table it replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.export.pdfs import page_images
from workshop.export.fonts import register_fonts
from workshop.export.rows import Padding, Rows
from workshop.export.spans import bold, spans
from workshop.export.text import TABLE_BASE, Address, Styles

RULE = colors.HexColor("#bbbbbb")


def cells(s: Styles, n: int) -> list[list[Flowable]]:
    # Rows of different heights: a long label wraps over lines, an address breaks at slashes.
    return [
        [
            spans(s.tiny, bold(f"Row {i}"), " word" * (3 + 17 * (i % 4))),
            Address(f"https://example.org/a/very/long/path/{i}/" + "x/" * (i % 5), s.tiny),
        ]
        for i in range(n)
    ]


def as_table(rows: list[list[Flowable]], rule: bool) -> Table:
    """The summary's link list as it was: a Table."""
    table = Table(rows, colWidths=[None, 70 * mm])
    style: list[tuple[object, ...]] = [
        *TABLE_BASE,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if rule:
        style.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE))
    table.setStyle(TableStyle(style))
    return table


def as_rows(rows: list[list[Flowable]], rule: bool) -> Rows:
    padding = [Padding(0, top=1, bottom=1), Padding(top=1, bottom=1)]
    return Rows(rows, [None, 70 * mm], padding, rule=(0.25, RULE) if rule else None)


@pytest.mark.parametrize("rule", [False, True])
def test_rows_wrap_and_split_where_the_table_does(rule):
    register_fonts()
    s = Styles()
    table, rows = as_table(cells(s, 12), rule), as_rows(cells(s, 12), rule)
    assert rows.wrap(400, 800) == pytest.approx(table.wrap(400, 800))
    for room in (5, 20, 37, 60, 111, 200, 400):
        ours = [size for part in rows.split(400, room) for size in part.wrap(400, 800)]
        theirs = [size for part in table.split(400, room) for size in part.wrap(400, 800)]
        assert ours == pytest.approx(theirs), room


@pytest.mark.parametrize("rule", [False, True])
def test_rows_draw_the_same_pixels_as_the_table_across_pages(tmp_path: Path, rule):
    register_fonts()
    s = Styles()
    images = []
    for name, make in (("table", as_table), ("rows", as_rows)):
        pdf = tmp_path / f"{name}.pdf"
        # Enough rows to split over three pages, starting part way down the first.
        story = [Spacer(1, 500), make(cells(s, 90), rule)]
        SimpleDocTemplate(str(pdf), pagesize=A4).build(story)
        images.append(page_images(pdf, tmp_path / name, dpi=100))
    table_pages, rows_pages = images
    assert len(table_pages) == len(rows_pages) >= 3
    for a, b in zip(table_pages, rows_pages, strict=True):
        first, second = Image.open(a).convert("RGB"), Image.open(b).convert("RGB")
        assert ImageChops.difference(first, second).getbbox() is None, a.name
