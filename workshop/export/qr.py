"""QR codes drawn as vector squares from the qrcode matrix, with a four-module quiet zone."""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

QUIET_ZONE = 4
MIN_MODULE = 0.5 * mm


def qr_matrix(data: str) -> list[list[bool]]:
    """The code's modules, quiet zone included, at error correction level M."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QUIET_ZONE)
    code.add_data(data)
    code.make(fit=True)
    return code.get_matrix()


class QrFlowable(Flowable):
    """A QR code of a given width, never with modules smaller than half a millimetre."""

    def __init__(self, data: str, width: float = 35 * mm) -> None:
        super().__init__()
        self.data = data
        self.matrix = qr_matrix(data)
        self.size = max(width, len(self.matrix) * MIN_MODULE)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        canvas = self.canv
        n = len(self.matrix)
        module = self.size / n
        canvas.saveState()
        canvas.setFillColor(colors.white)
        canvas.rect(0, 0, self.size, self.size, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        path = canvas.beginPath()
        for row, modules in enumerate(self.matrix):
            y = self.size - (row + 1) * module
            col = 0
            while col < n:
                if modules[col]:
                    start = col
                    while col < n and modules[col]:
                        col += 1
                    # One rectangle per run of dark modules keeps the PDF small.
                    path.rect(start * module, y, (col - start) * module, module)
                else:
                    col += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()
