"""The summary's QR code on the wall: scanned from the back row, its address written out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from workshop.core.audience import AudienceView
from workshop.ui.widgets.room_paint import FLOOR_PX, Placed, area_of
from workshop.ui.widgets.theme import wall_font

ADDRESS_MAX_PX = 56
ADDRESS_FLOOR_PX = FLOOR_PX


def _words() -> tuple[str, str, str]:
    return (
        QCoreApplication.translate("SummaryWall", "The summary, on your phone"),
        QCoreApplication.translate("SummaryWall", "Scan the code with your phone's camera."),
        QCoreApplication.translate(
            "SummaryWall", "Your phone must be on the same Wi-Fi as this laptop."
        ),
    )


def layout_summary(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """A QR code as tall as the screen allows on the left, the words beside it, the address
    across the bottom at the largest size that fits one line."""
    area = area_of(canvas)
    address_px = ADDRESS_MAX_PX * scale
    while address_px > ADDRESS_FLOOR_PX * scale:
        font = wall_font(address_px, bold=True)
        if QFontMetricsF(font).horizontalAdvance(view.link) <= area.width():
            break
        address_px = max(ADDRESS_FLOOR_PX * scale, address_px * 0.94)
    address_h = address_px * 1.4
    qr_size = min(area.height() - address_h - 20 * scale, area.width() * 0.5)
    qr = QRectF(area.left(), area.top(), qr_size, qr_size)
    gap = area.width() * 0.04
    left = qr.right() + gap
    width = area.right() - left
    heading, scan, same_network = _words()
    flags = int(Qt.TextWordWrap)
    placed = [Placed(qr, view.link, wall_font(FLOOR_PX * scale), "qr")]
    top = area.top()
    lines = [(heading, 84, True, "title"), (scan, 52, False, "text")]
    if view.room_share:
        lines.append((same_network, 44, False, "muted"))
    lines.append((view.title, 44, False, "muted"))
    for words, px, bold, role in lines:
        # A long session title shrinks, and is left out rather than run into the address.
        size = px * scale
        while True:
            font = wall_font(size, bold=bold)
            box = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, words)
            if top + box.height() <= qr.bottom() or size <= FLOOR_PX * scale:
                break
            size = max(FLOOR_PX * scale, size * 0.9)
        if top + box.height() > qr.bottom():
            break
        placed.append(Placed(QRectF(left, top, width, box.height()), words, font, role))
        top += box.height() + 36 * scale
    address = QRectF(area.left(), area.bottom() - address_h, area.width(), address_h)
    address_font = wall_font(address_px, bold=True)
    # A follow-up address too long for one line loses its middle; the code holds it whole.
    written = QFontMetricsF(address_font).elidedText(view.link, Qt.ElideMiddle, area.width())
    placed.append(Placed(address, written, address_font, "address"))
    return placed
