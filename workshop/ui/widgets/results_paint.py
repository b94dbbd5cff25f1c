"""Painting results for the room: a bar per option, or the groups' choices side by side."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen

from workshop.core.audience import AudienceView
from workshop.core.session import ResultStyle
from workshop.core.timer import TimerPhase
from workshop.ui.widgets.theme import ProjectorTheme, wall_font

# Pixels on a 1080-line screen; they scale with the screen's height.
RESULT_TITLE_PX = 64
BAR_LABEL_PX = 56
OPTION_TEXT_PX = 40  # the card's floor size: still readable from the back row
TILE_LETTER_PX = 88
TILE_TEXT_PX = 34
TIMER_PX = 56
# Below this a reason is no longer readable from the back; longer ones are cut with "…".
TILE_FLOOR_PX = 26


def paint_results(
    painter: QPainter, view: AudienceView, canvas: QRectF, scale: float, theme: ProjectorTheme
) -> None:
    """The results view: the card's title, then bars or group tiles below it."""
    margin = canvas.height() * 0.07
    area = canvas.adjusted(margin * 1.4, margin, -margin * 1.4, -margin * 1.1)
    painter.setPen(theme.text)
    painter.setFont(wall_font(RESULT_TITLE_PX * scale, bold=True))
    title_rect = QRectF(area.left(), area.top(), area.width(), RESULT_TITLE_PX * scale * 1.3)
    painter.drawText(
        title_rect,
        int(Qt.AlignLeft | Qt.AlignVCenter),
        _elided(painter, view.title, title_rect.width()),
    )
    body = area.adjusted(0, title_rect.height() + margin * 0.6, 0, 0)
    if view.result_style is ResultStyle.SIDE_BY_SIDE and view.groups:
        _paint_tiles(painter, view, body, scale, theme)
    else:
        _paint_bars(painter, view, body, scale, theme)


def _elided(painter: QPainter, text: str, width: float) -> str:
    return QFontMetricsF(painter.font()).elidedText(text, Qt.ElideRight, width)


def _paint_bars(
    painter: QPainter, view: AudienceView, area: QRectF, scale: float, theme: ProjectorTheme
) -> None:
    rows = max(1, len(view.counts))
    row_h = min(area.height() / rows, BAR_LABEL_PX * scale * 3.4)
    most = max((n for _, _, n in view.counts), default=0) or 1
    letter_w = BAR_LABEL_PX * scale * 1.6
    count_w = BAR_LABEL_PX * scale * 2.8
    track_w = area.width() - letter_w - count_w
    for i, (letter, text, n) in enumerate(view.counts):
        top = area.top() + i * row_h
        painter.setPen(theme.accent)
        painter.setFont(wall_font(BAR_LABEL_PX * scale, bold=True))
        painter.drawText(
            QRectF(area.left(), top, letter_w, row_h * 0.55),
            int(Qt.AlignLeft | Qt.AlignVCenter),
            letter,
        )
        bar = QRectF(area.left() + letter_w, top + row_h * 0.1, track_w, row_h * 0.38)
        painter.fillRect(bar, theme.track)
        painter.fillRect(QRectF(bar.left(), bar.top(), track_w * n / most, bar.height()), theme.bar)
        painter.setPen(theme.text)
        painter.drawText(
            QRectF(bar.right(), top, count_w, row_h * 0.55),
            int(Qt.AlignRight | Qt.AlignVCenter),
            str(n),
        )
        painter.setPen(theme.muted)
        painter.setFont(wall_font(OPTION_TEXT_PX * scale))
        label = QRectF(bar.left(), top + row_h * 0.52, track_w, row_h * 0.46)
        painter.drawText(label, int(Qt.AlignLeft | Qt.AlignTop), _elided(painter, text, track_w))


def _paint_tiles(
    painter: QPainter, view: AudienceView, area: QRectF, scale: float, theme: ProjectorTheme
) -> None:
    n = len(view.groups)
    cols = max(1, math.ceil(math.sqrt(n * area.width() / area.height() / 1.6)))
    rows = math.ceil(n / cols)
    gap = 18 * scale
    w = (area.width() - gap * (cols - 1)) / cols
    h = (area.height() - gap * (rows - 1)) / rows
    shrink = min(1.0, h / (TILE_LETTER_PX * scale * 2.6))
    for i, (group, letter, reason) in enumerate(view.groups):
        x = area.left() + (i % cols) * (w + gap)
        y = area.top() + (i // cols) * (h + gap)
        tile = QRectF(x, y, w, h)
        painter.fillRect(tile, theme.track)
        pad = 14 * scale
        inner = tile.adjusted(pad, pad * 0.6, -pad, -pad * 0.6)
        painter.setPen(theme.muted)
        small = max(TILE_FLOOR_PX, TILE_TEXT_PX * shrink) * scale
        painter.setFont(wall_font(small))
        head = QRectF(inner.left(), inner.top(), inner.width(), small * 1.3)
        label = QCoreApplication.translate("AudienceWidget", "Group {0}").format(group)
        painter.drawText(head, int(Qt.AlignLeft | Qt.AlignTop), label)
        painter.setPen(theme.accent)
        big = TILE_LETTER_PX * shrink * scale
        painter.setFont(wall_font(big, bold=True))
        painter.drawText(
            QRectF(inner.left(), inner.top(), inner.width(), big * 1.15),
            int(Qt.AlignRight | Qt.AlignTop),
            letter,
        )
        painter.setPen(theme.text)
        painter.setFont(wall_font(small))
        text_rect = QRectF(
            inner.left(), inner.top() + big * 1.15, inner.width(), inner.height() - big * 1.15
        )
        metrics = QFontMetricsF(painter.font())
        lines = max(1, int(text_rect.height() // metrics.lineSpacing()))
        painter.drawText(
            text_rect,
            int(Qt.AlignLeft | Qt.AlignTop | Qt.TextWordWrap),
            _fit_lines(metrics, reason, text_rect.width(), lines),
        )


def _fit_lines(metrics: QFontMetricsF, text: str, width: float, lines: int) -> str:
    """The reason cut with "…" so it fits `lines` wrapped lines (never a cut-off line)."""
    flags = int(Qt.TextWordWrap)
    if metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height() <= (
        lines * metrics.lineSpacing() + 1
    ):
        return text
    words = text.split()
    while words:
        words.pop()
        trial = " ".join(words) + " …"
        if metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, trial).height() <= (
            lines * metrics.lineSpacing() + 1
        ):
            return trial
    return "…"


def timer_colour(phase: TimerPhase, theme: ProjectorTheme) -> QColor:
    """The timer's colour: calm, amber at 20% left, red at 5% and when time is up."""
    return {
        TimerPhase.NORMAL: theme.text,
        TimerPhase.LOW: theme.warning,
        TimerPhase.CRITICAL: theme.alarm,
        TimerPhase.UP: theme.alarm,
    }[phase]


def paint_timer(
    painter: QPainter,
    text: str,
    phase: TimerPhase,
    canvas: QRectF,
    scale: float,
    theme: ProjectorTheme,
) -> None:
    """The time left in the bottom left corner, in the margin no text uses (the counter is on
    the right); when time is up, a quiet frame round the screen."""
    margin = canvas.height() * 0.07
    painter.setFont(wall_font(TIMER_PX * scale, bold=True))
    height = margin * 1.1
    rect = QRectF(
        canvas.left() + margin * 1.4, canvas.bottom() - height, canvas.width() / 3, height
    )
    painter.fillRect(rect, theme.background)
    painter.setPen(timer_colour(phase, theme))
    painter.drawText(rect, int(Qt.AlignLeft | Qt.AlignVCenter), text)
    if phase is TimerPhase.UP:
        pen = QPen(theme.alarm)
        pen.setWidthF(10 * scale)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        half = pen.widthF() / 2
        painter.drawRect(canvas.adjusted(half, half, -half, -half))
