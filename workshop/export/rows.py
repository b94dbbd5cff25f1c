"""Rows of flowables side by side, placed as a reportlab Table places them, drawn directly.

The summary's round charts, link lists and exercise outputs were Tables only for layout:
a Table's sizing and per-cell drawing cost more than the words in them. `Rows` keeps the
geometry of those tables exactly (column widths, a None column taking what is left, the
cells' padding, top alignment, a rule below each row and above a carried-over part, a split
between rows) so the pages
render the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.platypus import Flowable

# A reportlab Table's default cell padding (TableStyle's defaults).
LEFT, RIGHT, TOP, BOTTOM = 6.0, 6.0, 3.0, 3.0
# What a Table gives a cell to wrap in when it measures the rows (its `_listCellGeom`).
_MEASURE_HEIGHT = 72000.0


class Padding:
    """One cell's padding: left, right, top, bottom, in points."""

    __slots__ = ("bottom", "left", "right", "top")

    def __init__(
        self, left: float = LEFT, right: float = RIGHT, top: float = TOP, bottom: float = BOTTOM
    ) -> None:
        self.left, self.right, self.top, self.bottom = left, right, top, bottom


class Rows(Flowable):
    """Rows of one flowable per cell, top-aligned, placed and split as a Table's rows."""

    def __init__(
        self,
        rows: Sequence[Sequence[Flowable]],
        widths: Sequence[float | None],
        padding: Sequence[Padding],
        rule: tuple[float, colors.Color] | None = None,
        rule_above: bool = False,
    ) -> None:
        super().__init__()
        self.rows = [list(row) for row in rows]
        self.widths = list(widths)
        self.padding = list(padding)  # one per column
        self.rule = rule  # a line below every row: its width and colour
        # A Table split under a ruled row repeats that rule above the rows it carries over.
        self.rule_above = rule_above and rule is not None
        self._heights: list[float] = []
        self._cells: list[list[float]] = []  # each cell's wrapped height
        self._columns: list[float] = []

    def _resolve(self, available_width: float) -> list[float]:
        # As a Table whose None columns share what the fixed ones leave.
        fixed = sum(w for w in self.widths if w is not None)
        loose = sum(1 for w in self.widths if w is None)
        rest = (available_width - fixed) / loose if loose else 0.0
        return [rest if w is None else w for w in self.widths]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._columns = self._resolve(available_width)
        canvas = getattr(self, "canv", None)  # set only while drawing; wrap can come first
        self._heights, self._cells = [], []
        for row in self.rows:
            tallest, cells = 0.0, []
            for cell, width, pad in zip(row, self._columns, self.padding, strict=True):
                inner = _MEASURE_HEIGHT - pad.top - pad.bottom
                _, high = cell.wrapOn(canvas, width - pad.left - pad.right, inner)
                cells.append(high)
                tallest = max(tallest, high + pad.top + pad.bottom)
            self._heights.append(tallest)
            self._cells.append(cells)
        self.width, self.height = sum(self._columns), sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        # As a Table splits by row: the rows that fit, then the rest; nothing if none fits.
        self.wrap(available_width, available_height)
        used, fit = 0.0, 0
        for high in self._heights:
            if used + high > available_height:
                break
            used += high
            fit += 1
        if fit == 0:
            return []
        if fit == len(self.rows):
            return [self]
        return [
            Rows(self.rows[:fit], self.widths, self.padding, self.rule, self.rule_above),
            Rows(self.rows[fit:], self.widths, self.padding, self.rule, rule_above=True),
        ]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(colors.black)  # what a Table's cell style sets before its cells
        top = self.height
        for row, tallest, cells in zip(self.rows, self._heights, self._cells, strict=True):
            x = 0.0
            for cell, width, pad, high in zip(row, self._columns, self.padding, cells, strict=True):
                cell.drawOn(canvas, x + pad.left, top - pad.top - high)
                x += width
            top -= tallest
        if self.rule is not None:
            weight, colour = self.rule
            canvas.saveState()
            canvas.setLineCap(1)  # a Table's line defaults: round caps and joins
            canvas.setLineJoin(1)
            canvas.setStrokeColor(colour)
            canvas.setLineWidth(weight)
            y = self.height
            if self.rule_above:
                canvas.line(0, y, self.width, y)
            for tallest in self._heights:
                y -= tallest
                canvas.line(0, y, self.width, y)
            canvas.restoreState()
        canvas.restoreState()
