"""The agenda and a showcase on the wall: the day's plan, and a presenter with a QR code."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter

from workshop.core.audience import AudienceView
from workshop.ui.widgets.room_paint import Placed, area_of, title_line
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

ROW_MAX_PX = 52
ROW_FLOOR_PX = 32


def layout_agenda(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """One row per activity, the clock time first; the running one stands out."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    rows = max(1, len(view.agenda_rows))
    px = max(ROW_FLOOR_PX * scale, min(ROW_MAX_PX * scale, (area.bottom() - top) / rows / 1.45))
    placed = [title]
    time_w = QFontMetricsF(wall_font(px, bold=True)).horizontalAdvance("00:00  ")
    for index, (time, name, state) in enumerate(view.agenda_rows):
        y = top + index * px * 1.45
        if y + px * 1.3 > area.bottom():
            break  # a longer day than a screen: the first ones show, which is what matters now
        font = wall_font(px, bold=state == "now")
        placed.append(Placed(QRectF(area.left(), y, time_w, px * 1.3), time, font, f"time-{state}"))
        text = QFontMetricsF(font).elidedText(name, Qt.ElideRight, area.width() - time_w)
        placed.append(Placed(QRectF(area.left() + time_w, y, area.width() - time_w, px * 1.3),
                             text, font, f"row-{state}"))  # fmt: skip
    return placed


def layout_showcase(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The work's title, who shows it, and a large QR code with its link written out."""
    area = area_of(canvas)
    placed = []
    qr_size = min(area.height() * 0.62, area.width() * 0.34) if view.link else 0
    text_w = area.width() - qr_size - (area.width() * 0.04 if view.link else 0)
    flags = int(Qt.TextWordWrap)
    title_font = wall_font(72 * scale, bold=True)
    title_h = (
        QFontMetricsF(title_font)
        .boundingRect(QRectF(0, 0, text_w, 1e6), flags, view.title)
        .height()
    )
    placed.append(Placed(QRectF(area.left(), area.top(), text_w, title_h), view.title,
                         title_font, "title"))  # fmt: skip
    name_font = wall_font(52 * scale)
    placed.append(Placed(QRectF(area.left(), area.top() + title_h + 30 * scale, text_w,
                                70 * scale), view.text, name_font, "name"))  # fmt: skip
    if view.link:
        qr = QRectF(area.right() - qr_size, area.top(), qr_size, qr_size)
        placed.append(Placed(qr, view.link, wall_font(10), "qr"))
        link_font = wall_font(30 * scale)
        placed.append(Placed(QRectF(area.left(), area.bottom() - 50 * scale, area.width(),
                                    50 * scale), view.link, link_font, "link"))  # fmt: skip
    if view.card_count > 1:
        counter = f"{view.card_number} / {view.card_count}"
        rect = QRectF(area.left(), area.bottom() - 110 * scale, text_w, 50 * scale)
        placed.append(Placed(rect, counter, wall_font(30 * scale), "muted"))
    return placed


def draw_qr(painter: QPainter, rect: QRectF, data: str) -> None:
    """A QR code filling `rect`, quiet zone included, dark on white whatever the theme."""
    # qrcode loads with the first code drawn, not at start-up.
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    module = rect.width() / len(matrix)
    painter.fillRect(rect, QColor("white"))
    for row, modules in enumerate(matrix):
        for col, dark in enumerate(modules):
            if dark:
                painter.fillRect(
                    QRectF(rect.left() + col * module, rect.top() + row * module, module, module),
                    QColor("black"),
                )


def paint_agenda(painter: QPainter, placed: list[Placed], theme: ProjectorTheme) -> None:
    """Draw what the agenda, showcase, summary or title layout placed."""
    for item in placed:
        if item.role == "qr":
            draw_qr(painter, item.rect, item.text)
            continue
        if item.role == "rule":
            painter.fillRect(item.rect, theme.accent)
            continue
        role, centred = item.role.removesuffix("-centre"), item.role.endswith("-centre")
        flags = int(Qt.TextWordWrap | Qt.AlignTop | (Qt.AlignHCenter if centred else Qt.AlignLeft))
        painter.setFont(item.font)
        if role.endswith("-now") or role in ("address", "accent"):
            painter.setPen(theme.accent)
        elif role.endswith("-done") or role in ("muted", "link"):
            painter.setPen(theme.muted)
        else:
            painter.setPen(theme.text)
        painter.drawText(item.rect, flags, item.text)
