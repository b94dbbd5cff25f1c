"""A vote chart: one vector bar per option, its count written beside it."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from workshop.core.cards import OPTION_LETTERS
from workshop.core.palette import option_colour
from workshop.export.fonts import BOLD, REGULAR

TRACK = colors.HexColor("#e6edf5")
ROW = 6.5 * mm


def vote_chart(counts: list[tuple[str, int]], width: float = 110 * mm) -> Drawing:
    """Bars for (letter, count) pairs, longest for the most votes, each option in its own
    colour (the wall's, from core.palette); letters and counts as text."""
    most = max((n for _, n in counts), default=0) or 1
    drawing = Drawing(width, ROW * len(counts) + 2)
    label_width = 8 * mm
    count_width = 12 * mm
    track = width - label_width - count_width
    for i, (letter, n) in enumerate(counts):
        y = drawing.height - (i + 1) * ROW
        drawing.add(String(0, y + 1.8 * mm, letter, fontName=BOLD, fontSize=10))
        drawing.add(
            Rect(label_width, y + 1 * mm, track, ROW - 2 * mm, fillColor=TRACK, strokeColor=None)
        )
        if n:
            drawing.add(
                Rect(
                    label_width,
                    y + 1 * mm,
                    track * n / most,
                    ROW - 2 * mm,
                    fillColor=colors.HexColor(option_colour(max(0, OPTION_LETTERS.find(letter)))),
                    strokeColor=None,
                )
            )
        drawing.add(
            String(
                label_width + track + 2 * mm, y + 1.8 * mm, str(n), fontName=REGULAR, fontSize=10
            )
        )
    return drawing
