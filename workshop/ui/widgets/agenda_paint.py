"""The agenda and a showcase on the wall: the day's plan, and a presenter with a QR code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath

from workshop.core.audience import AudienceView
from workshop.core.palette import contrast
from workshop.ui.widgets.room_paint import FLOOR_PX, LINE, Placed, area_of, title_line
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

ROW_MAX_PX = 64

# A wall whose background is this close to white gets a frame round its codes' white plate.
PLATE_CONTRAST = 3.0
# The frame's width as a share of the code's side: seen from the back, inside the code's box.
FRAME_SHARE = 0.015


def layout_agenda(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The day as a timeline: a dot per activity on a line, the clock time, the title; done
    ones quiet and ticked, the running one large with its planned end, the next ones plain.
    A day longer than the screen folds its earlier done activities into one line."""
    area = area_of(canvas)
    title, top = title_line(view, area, scale)
    floor = FLOOR_PX * scale
    rows = list(view.agenda_rows)
    now = next((i for i, row in enumerate(rows) if row[2] == "now"), -1)
    space = area.bottom() - top

    def height(count: int, px: float, folded: bool) -> float:
        extra = px * LINE * 0.9 if now >= 0 and view.until else 0.0  # the "until" line
        return (count + (1 if folded else 0)) * px * LINE * 1.25 + extra

    px = ROW_MAX_PX * scale
    skip = 0
    while height(len(rows) - skip, px, skip > 0) > space:
        if px > floor:
            px = max(floor, px * 0.95)
        elif skip < max(0, now - 1) or (now < 0 and skip < len(rows) - 1):
            skip += 1  # the earliest done activities fold into "✓ N done"
        else:
            break
    placed = [title]
    step = px * LINE * 1.25
    time_w = QFontMetricsF(wall_font(px, bold=True)).horizontalAdvance("00:00") + px * 0.8
    dot = px * 0.5
    line_x = area.left() + dot
    text_left = area.left() + dot * 2 + px * 0.8
    y = top
    first_y = y
    if skip:
        words = QCoreApplication.translate("AgendaWall", "✓ done: {0}").format(skip)
        placed.append(Placed(QRectF(text_left, y, area.width(), px * LINE), words,
                             wall_font(px), "time-done"))  # fmt: skip
        y += step
    for time, name, state in rows[skip:]:
        if y + px * LINE > area.bottom() + 0.5:
            break
        bold = state == "now"
        font = wall_font(px, bold=bold)
        centre = y + px * LINE / 2
        placed.append(Placed(QRectF(line_x - dot / 2, centre - dot / 2, dot, dot), "",
                             font, f"dot-{state}"))  # fmt: skip
        placed.append(Placed(QRectF(text_left, y, time_w, px * LINE), time, font, f"time-{state}"))
        width = area.right() - text_left - time_w
        text = QFontMetricsF(font).elidedText(
            ("✓ " if state == "done" else "") + name, Qt.ElideRight, width
        )
        placed.append(Placed(QRectF(text_left + time_w, y, width, px * LINE), text, font,
                             f"row-{state}"))  # fmt: skip
        y += step
        if state == "now" and view.until:
            words = QCoreApplication.translate("AgendaWall", "now · until {0}").format(view.until)
            small = wall_font(floor)
            placed.append(Placed(QRectF(text_left + time_w, y - step + px * LINE, width,
                                        floor * LINE), words, small, "time-now"))  # fmt: skip
            y += px * LINE * 0.9
    if y > first_y + step:
        placed.insert(1, Placed(QRectF(line_x - 2 * scale, first_y + px * LINE / 2,
                                       4 * scale, y - step - first_y), "", wall_font(floor),
                                "line"))  # fmt: skip
    return placed


def layout_showcase(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The work's title large, who shows it, who is next; a large QR code to the work with
    its address written under it."""
    area = area_of(canvas)
    placed = []
    floor = FLOOR_PX * scale
    qr_size = min(area.height() - floor * LINE * 1.4, area.width() * 0.36) if view.link else 0
    text_w = area.width() - qr_size - (area.width() * 0.05 if view.link else 0)
    flags = int(Qt.TextWordWrap)
    lower = []
    if view.text:
        lower.append((view.text, 60 * scale, False, "name"))
    if view.next_up:
        words = QCoreApplication.translate("AgendaWall", "Next: {0}").format(view.next_up)
        lower.append((words, 44 * scale, False, "muted"))
    if view.card_count > 1:
        lower.append((f"{view.card_number} / {view.card_count}", floor, False, "muted"))

    def tall(text: str, px: float, bold: bool) -> float:
        metrics = QFontMetricsF(wall_font(px, bold=bold))
        return metrics.boundingRect(QRectF(0, 0, text_w, 1e6), flags, text).height()

    below = sum(tall(t, px, b) + px * 0.5 for t, px, b, _ in lower)
    px = 104 * scale
    while tall(view.title, px, True) > area.height() - below - 30 * scale and px > floor:
        px = max(floor, px * 0.94)
    title_h = tall(view.title, px, True)
    y = area.top() + max(0.0, (area.height() - title_h - below - 30 * scale) / 2)
    placed.append(Placed(QRectF(area.left(), y, text_w, title_h), view.title,
                         wall_font(px, bold=True), "title"))  # fmt: skip
    y += title_h + 30 * scale
    for text, size, bold, role in lower:
        h = tall(text, size, bold)
        placed.append(Placed(QRectF(area.left(), y, text_w, h), text, wall_font(size, bold=bold),
                             role))  # fmt: skip
        y += h + size * 0.5
    if view.link:
        qr = QRectF(area.right() - qr_size, area.top(), qr_size, qr_size)
        placed.append(Placed(qr, view.link, wall_font(floor), "qr"))
        link_font = wall_font(floor)
        # Under the code, as wide as the code: a long address loses its middle (the code
        # holds it whole), and never runs into the presenter's words.
        written = QFontMetricsF(link_font).elidedText(view.link, Qt.ElideMiddle, qr_size)
        width = QFontMetricsF(link_font).horizontalAdvance(written)
        left = qr.center().x() - width / 2
        placed.append(Placed(QRectF(left, qr.bottom() + 10 * scale, width, floor * LINE),
                             written, link_font, "link"))  # fmt: skip
    return placed


def light_wall(theme: ProjectorTheme | None) -> bool:
    """True when the wall is so light that a code's white quiet zone melts into it."""
    return theme is not None and contrast(theme.background.name(), "#ffffff") < PLATE_CONTRAST


def framed(painter: QPainter, rect: QRectF, theme: ProjectorTheme | None) -> QRectF:
    """On a light wall, a thin frame in the theme's muted colour round `rect`, drawn inside
    it; returns the white plate within (the whole of `rect` on a dark wall)."""
    if not light_wall(theme):
        return rect
    assert theme is not None
    edge = max(2.0, rect.width() * FRAME_SHARE)
    painter.fillRect(rect, theme.muted)
    return rect.adjusted(edge, edge, -edge, -edge)


def draw_qr(
    painter: QPainter, rect: QRectF, data: str, theme: ProjectorTheme | None = None
) -> None:
    """A QR code filling `rect`, quiet zone included, dark on white whatever the theme; on a
    light wall framed, so phones and eyes find the code (the quiet zone stays whole)."""
    # qrcode loads with the first code drawn, not at start-up.
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data(data)
    code.make(fit=True)
    plate = framed(painter, rect, theme)
    painter.fillRect(plate, QColor("white"))
    painter.fillPath(qr_path(code.get_matrix(), plate), QColor("black"))


def qr_path(matrix: list[list[bool]], rect: QRectF) -> QPainterPath:
    """The dark modules as one path: filled at once (winding rule), neighbouring modules
    share their edges, so anti-aliasing leaves no light seams between them. Each row's run
    of dark modules is one rectangle."""
    module = rect.width() / len(matrix)
    path = QPainterPath()
    path.setFillRule(Qt.WindingFill)
    for row, modules in enumerate(matrix):
        col = 0
        while col < len(modules):
            if not modules[col]:
                col += 1
                continue
            start = col
            while col < len(modules) and modules[col]:
                col += 1
            path.addRect(QRectF(rect.left() + start * module, rect.top() + row * module,
                                (col - start) * module, module))  # fmt: skip
    return path


def paint_agenda(painter: QPainter, placed: list[Placed], theme: ProjectorTheme) -> None:
    """Draw what the agenda, showcase, summary or title layout placed."""
    for item in placed:
        if item.role == "qr":
            draw_qr(painter, item.rect, item.text, theme)
            continue
        if item.role == "rule":
            painter.fillRect(item.rect, theme.accent)
            continue
        if item.role == "line":
            painter.fillRect(item.rect, theme.track if theme.track != theme.background
                             else theme.muted)  # fmt: skip
            continue
        if item.role.startswith("dot-"):
            state = item.role.removeprefix("dot-")
            colour = {"now": theme.accent, "done": theme.muted}.get(state, theme.text)
            painter.setPen(Qt.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(item.rect)
            painter.setBrush(Qt.NoBrush)
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
