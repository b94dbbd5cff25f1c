"""QR codes drawn as vector squares from the qrcode matrix, with a four-module quiet zone."""

from __future__ import annotations

from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

QUIET_ZONE = 4
MIN_MODULE = 0.5 * mm
Matrix = tuple[tuple[bool, ...], ...]


@lru_cache(maxsize=512)
def qr_matrix(data: str) -> Matrix:
    """The code's modules, quiet zone included, at error correction level M.

    Kept for reuse: choosing the best mask takes about 10 ms a code, and the same links
    return on the cover, in the link list and in every later export."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(data)
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


def qr_size(matrix: Matrix, width: float) -> float:
    """The drawn size: `width`, or larger if modules would be under half a millimetre."""
    return max(width, len(matrix) * MIN_MODULE)


def draw_qr(canvas: Canvas, matrix: Matrix, x: float, y: float, size: float) -> None:
    """Draw a QR code with its lower-left corner at (x, y)."""
    n = len(matrix)
    module = size / n
    canvas.saveState()
    canvas.setFillColor(colors.white)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    path = canvas.beginPath()
    for row, modules in enumerate(matrix):
        top = y + size - (row + 1) * module
        col = 0
        while col < n:
            if modules[col]:
                start = col
                while col < n and modules[col]:
                    col += 1
                # One rectangle per run of dark modules keeps the PDF small.
                path.rect(x + start * module, top, (col - start) * module, module)
            else:
                col += 1
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()


class QrFlowable(Flowable):
    """A QR code of a given width; each one drawn is logged, so tests can count them."""

    def __init__(self, data: str, width: float = 35 * mm, log: list[str] | None = None) -> None:
        super().__init__()
        self.data = data
        self.matrix = qr_matrix(data)
        self.size = qr_size(self.matrix, width)
        self.log = log

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.matrix, 0, 0, self.size)
        if self.log is not None:
            self.log.append(self.data)
