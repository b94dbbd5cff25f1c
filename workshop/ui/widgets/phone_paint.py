"""While phones may send: the code and what the room is asked, in the wall's lower right."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath

from workshop.core.audience import AudienceView
from workshop.ui.widgets.agenda_paint import framed
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


def beside_panel(view: AudienceView, canvas: QRectF, scale: float) -> QRectF:
    """What a card may use of the screen: all of it, or, while phones may send, the part
    left of their panel, so the panel never covers the card's words."""
    if not view.phone_prompt or not view.phone_link:
        return canvas
    panel = phone_panel(canvas, scale)[0]
    return QRectF(canvas.left(), canvas.top(), panel.left() - canvas.left(), canvas.height())


@lru_cache(maxsize=8)
def code_path(data: str) -> tuple[QPainterPath, int]:
    """The code's dark modules as one path in module units, and its side in modules.

    Made once per address (choosing the mask costs milliseconds, too much for every repaint
    of the wall) and filled as one shape, so no anti-aliased seams show between modules."""
    import qrcode  # loads with the first code drawn, not at start-up
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    path = QPainterPath()
    path.setFillRule(Qt.WindingFill)
    for row, modules in enumerate(matrix):
        col = 0
        while col < len(modules):
            if modules[col]:
                start = col
                while col < len(modules) and modules[col]:
                    col += 1
                path.addRect(QRectF(start, row, col - start, 1))
            else:
                col += 1
    return path.simplified(), len(matrix)


def draw_code(painter: QPainter, rect: QRectF, data: str) -> None:
    """The code filling `rect`, quiet zone included, dark on white."""
    path, side = code_path(data)
    painter.fillRect(rect, QColor("white"))
    painter.save()
    painter.translate(rect.topLeft())
    painter.scale(rect.width() / side, rect.height() / side)
    painter.fillPath(path, QColor("black"))
    painter.restore()


def paint_phone_prompt(
    painter: QPainter, view: AudienceView, canvas: QRectF, scale: float, theme: ProjectorTheme
) -> None:
    """The prompt drawn as plain text above the code (nothing a phone sent is drawn here)."""
    if not view.phone_prompt or not view.phone_link:
        return
    panel, code, words = phone_panel(canvas, scale)
    # On a light wall the white panel is framed, so the code does not melt into the wall.
    painter.fillRect(framed(painter, panel, theme), QColor("white"))
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
    # Black on white whatever the theme: codes scan that way round.
    draw_code(painter, code, view.phone_link)
