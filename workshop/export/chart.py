"""A round's chart in the PDFs: one vector bar per option, in the option's own colour."""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from workshop.core.cards import OPTION_LETTERS
from workshop.core.palette import option_colour
from workshop.export.fonts import REGULAR

TRACK = colors.HexColor("#e6edf5")
BAR_WIDTH = 34 * mm


def bar_colour(letter: str) -> colors.Color:
    """The option's own colour, the same as on the wall (core.palette)."""
    return colors.HexColor(option_colour(max(0, OPTION_LETTERS.find(letter))))


def option_bar(letter: str, count: int, most: int) -> Drawing:
    """One option's bar of the round's chart, its count written beside it."""
    height = 4 * mm
    track = BAR_WIDTH - 8 * mm
    drawing = Drawing(BAR_WIDTH, height)
    drawing.add(Rect(0, 0.5 * mm, track, height - 1 * mm, fillColor=TRACK, strokeColor=None))
    if count:
        width = track * count / (most or 1)
        fill = bar_colour(letter)
        drawing.add(Rect(0, 0.5 * mm, width, height - 1 * mm, fillColor=fill, strokeColor=None))
    drawing.add(String(track + 1.5 * mm, 1.2 * mm, str(count), fontName=REGULAR, fontSize=9))
    return drawing
