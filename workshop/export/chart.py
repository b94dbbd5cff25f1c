"""A round's chart in the PDFs: one vector bar per option, in the option's own colour."""

from __future__ import annotations

from reportlab.graphics.shapes import Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from workshop.core.cards import OPTION_LETTERS
from workshop.core.palette import option_colour
from workshop.export.fonts import REGULAR
from workshop.export.inking import draw_string
from workshop.export.placed import draw_at

TRACK = colors.HexColor("#e6edf5")
BAR_WIDTH = 34 * mm
BAR_HEIGHT = 4 * mm


def bar_colour(letter: str) -> colors.Color:
    """The option's own colour, the same as on the wall (core.palette)."""
    return colors.HexColor(option_colour(max(0, OPTION_LETTERS.find(letter))))


class OptionBar(Flowable):
    """One option's bar of the round's chart, its count written beside it.

    Drawn straight on the canvas: a graphics Drawing of the same three shapes cost more to
    render than the round's words. `contents` gives those shapes as a Drawing would."""

    # Flowable's per-instance defaults on the class: a summary holds every round's bars at once.
    width, height = BAR_WIDTH, BAR_HEIGHT
    wrapped = 0
    hAlign, vAlign = "LEFT", "BOTTOM"
    _traceInfo = _showBoundary = encoding = None

    def __init__(self, letter: str, count: int, most: int) -> None:
        # (No Flowable.__init__: its defaults are the class attributes above.)
        self.letter, self.count, self.most = letter, count, most

    def _rects(self) -> list[tuple[float, float, float, float, colors.Color]]:
        """The track, then the bar if any: x, y, width, height, fill."""
        track = BAR_WIDTH - 8 * mm
        rects = [(0.0, 0.5 * mm, track, BAR_HEIGHT - 1 * mm, TRACK)]
        if self.count:
            wide = track * self.count / (self.most or 1)
            rects.append((0.0, 0.5 * mm, wide, BAR_HEIGHT - 1 * mm, bar_colour(self.letter)))
        return rects

    def _label(self) -> tuple[float, float, str]:
        return BAR_WIDTH - 8 * mm + 1.5 * mm, 1.2 * mm, str(self.count)

    @property
    def contents(self) -> list[Rect | String]:
        """What is drawn, as graphics shapes (for checking, not for drawing)."""
        shapes: list[Rect | String] = [
            Rect(x, y, w, h, fillColor=fill, strokeColor=None) for x, y, w, h, fill in self._rects()
        ]
        x, y, label = self._label()
        return [*shapes, String(x, y, label, fontName=REGULAR, fontSize=9)]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        draw_at(self, canvas, x, y, _sW)  # draw saves and restores what it changes

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        for x, y, w, h, fill in self._rects():
            canvas.setFillColor(fill)
            canvas.rect(x, y, w, h, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(REGULAR, 9)
        x, y, label = self._label()
        draw_string(canvas, x, y, label)  # as canvas.drawString writes it
        canvas.restoreState()


def option_bar(letter: str, count: int, most: int) -> OptionBar:
    """One option's bar of the round's chart, its count written beside it."""
    return OptionBar(letter, count, most)
