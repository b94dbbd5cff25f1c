"""Drawing a flowable at its place with the operators Flowable.drawOn writes, cheaply.

Flowable.drawOn saves the canvas's whole Python state (two dozen attributes and the
graphics-state table), moves the origin, draws, and restores it all, for every flowable:
a summary draws thousands. For a flowable whose drawing restores whatever it changes
(its own saveState/restoreState around colours and fonts, or none changed at all), the
same operators (q, the move, the drawing, Q) can be written while only the transform the
canvas tracks is set and put back.
"""

from __future__ import annotations

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfgen import canvas as pdfgen_canvas
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

_NUMBERS: dict[float, str] = {}


def number(value: float) -> str:
    """fp_str(value), remembered: a document writes the same sizes and places again and
    again (fp_str of several numbers is theirs joined by spaces)."""
    found = _NUMBERS.get(value)
    if found is None:
        if len(_NUMBERS) > 50_000:  # bounded: a long-running app writes many PDFs
            _NUMBERS.clear()
        found = _NUMBERS[value] = fp_str(value)
    return found


def draw_at(flowable: Flowable, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
    """Flowable.drawOn(canvas, x, y) for a flowable that leaves the canvas as it found it."""
    if flowable._showBoundary:
        Flowable.drawOn(flowable, canvas, x, y, _sW)
        return
    x = flowable._hAlignAdjust(x, _sW)
    code = canvas._code
    code.append("q")
    code.append(f"1 0 0 1 {number(x)} {number(y)} cm")  # as canvas.translate writes it
    matrix = canvas._currentMatrix
    if pdfgen_canvas.ENABLE_TRACKING:  # links placed relative to the origin read it
        a0, b0, c0, d0, e0, f0 = matrix
        canvas._currentMatrix = (
            a0 * 1 + c0 * 0, b0 * 1 + d0 * 0, a0 * 0 + c0 * 1, b0 * 0 + d0 * 1,
            a0 * x + c0 * y + e0, b0 * x + d0 * y + f0,
        )  # fmt: skip
    flowable.canv = canvas
    try:
        flowable.draw()
    finally:
        del flowable.canv
        canvas._currentMatrix = matrix
    code.append("Q")
