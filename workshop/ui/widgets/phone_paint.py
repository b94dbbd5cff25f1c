"""While phones may send: the code and what the room is asked, in the wall's lower right."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from workshop.core.audience import AudienceView
from workshop.ui.widgets.agenda_paint import draw_qr
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

# The code's side as a share of the wall's height: scanned from the middle of a room.
CODE_SHARE = 0.26


def phone_panel(canvas: QRectF, scale: float) -> tuple[QRectF, QRectF, QRectF]:
    """The panel, its code and its words: in the lower right, clear of the edges."""
    side = canvas.height() * CODE_SHARE
    pad = 16 * scale
    words_h = 56 * scale
    width, height = side + 2 * pad, side + words_h + 3 * pad
    panel = QRectF(canvas.right() - width - pad, canvas.bottom() - height - pad, width, height)
    words = QRectF(panel.left() + pad, panel.top() + pad, side, words_h)
    code = QRectF(panel.left() + pad, words.bottom() + pad, side, side)
    return panel, code, words


def paint_phone_prompt(
    painter: QPainter, view: AudienceView, canvas: QRectF, scale: float, theme: ProjectorTheme
) -> None:
    """The prompt drawn as plain text above the code (nothing a phone sent is drawn here)."""
    if not view.phone_prompt or not view.phone_link:
        return
    panel, code, words = phone_panel(canvas, scale)
    painter.fillRect(panel, QColor("white"))
    painter.setPen(QColor("#101418"))
    size = 40 * scale
    font = wall_font(size, bold=True)
    painter.setFont(font)
    flags = int(Qt.AlignCenter | Qt.TextWordWrap)
    # Shrinks to fit its box: a long prompt in another language stays inside the panel.
    while size > 18 * scale:
        box = painter.boundingRect(words, flags, view.phone_prompt)
        if box.height() <= words.height() and box.width() <= words.width():
            break
        size *= 0.9
        font = wall_font(size, bold=True)
        painter.setFont(font)
    painter.drawText(words, flags, view.phone_prompt)
    draw_qr(painter, code, view.phone_link)
    del theme  # the panel is black on white whatever the theme: codes scan that way round
