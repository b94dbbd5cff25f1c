"""The session's title slide: title, date, venue and organisation; in a break, until when."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from workshop.core.audience import AudienceView
from workshop.ui.widgets.room_paint import Placed, area_of
from workshop.ui.widgets.theme import wall_font

# Pixels on a 1080-line screen; they scale with the screen's height.
TITLE_MAX_PX = 110
FACTS_PX = 48
BREAK_PX = 64
FLOOR_PX = 40


def _height(text: str, px: float, width: float, bold: bool) -> float:
    metrics = QFontMetricsF(wall_font(px, bold=bold))
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextWordWrap), text).height()


def break_line(view: AudienceView) -> str:
    """'Coffee · back at 10:45', or only the break's name when its end is unknown."""
    if not view.until:
        return view.text
    back = QCoreApplication.translate("TitleWall", "back at {0}").format(view.until)
    return f"{view.text} · {back}" if view.text else back


def layout_title(view: AudienceView, canvas: QRectF, scale: float) -> list[Placed]:
    """The title as large as fits in the upper part, a rule in the accent colour, the facts
    below it in one line each; a break's end stands out under them."""
    area = area_of(canvas)
    width = area.width() * 0.9
    left = area.left() + (area.width() - width) / 2
    lines: list[tuple[str, float, bool, str]] = []
    if view.facts:
        lines.append(("  ·  ".join(view.facts), FACTS_PX * scale, False, "muted"))
    if view.text or view.until:
        lines.append((break_line(view), BREAK_PX * scale, True, "accent"))
    below = sum(_height(t, px, width, bold) + px * 0.6 for t, px, bold, _ in lines)
    # The title takes what the facts leave, shrinking to the floor size.
    room = area.height() - below - 40 * scale
    px = TITLE_MAX_PX * scale
    while _height(view.title, px, width, True) > room and px > FLOOR_PX * scale:
        px = max(FLOOR_PX * scale, px * 0.94)
    title_h = _height(view.title, px, width, True)
    total = title_h + 40 * scale + below
    top = area.top() + max(0.0, (area.height() - total) / 2)
    placed = [Placed(QRectF(left, top, width, title_h), view.title, wall_font(px, bold=True),
                     "title-centre")]  # fmt: skip
    top += title_h + 16 * scale
    rule = QRectF(left + width * 0.4, top, width * 0.2, 8 * scale)
    placed.append(Placed(rule, "", wall_font(FLOOR_PX * scale), "rule"))
    top += 24 * scale
    for text, size, bold, role in lines:
        height = _height(text, size, width, bold)
        placed.append(Placed(QRectF(left, top, width, height), text, wall_font(size, bold=bold),
                             f"{role}-centre"))  # fmt: skip
        top += height + size * 0.6
    return placed
