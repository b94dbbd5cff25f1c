"""On a light wall a QR code's white quiet zone would melt into the white background: the
code's plate is framed, its quiet zone whole; on a dark wall the white plate is frame enough."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from workshop.core.audience import AudienceView, ViewMode
from workshop.core.palette import contrast
from workshop.ui.widgets.agenda_paint import FRAME_SHARE, draw_qr
from workshop.ui.widgets.phone_paint import paint_phone_prompt, phone_panel
from workshop.ui.widgets.theme import DARK, HIGH_CONTRAST, LIGHT, ProjectorTheme

LINK = "https://example.org/workshop/summary"
SIDE = 500


def _drawn(theme: ProjectorTheme, draw) -> QImage:
    image = QImage(SIDE + 200, SIDE + 200, QImage.Format_RGB32)
    image.fill(theme.background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    draw(painter)
    painter.end()
    return image


def _colour(image: QImage, x: float, y: float) -> str:
    return image.pixelColor(round(x), round(y)).name()


def _ring(image: QImage, rect: QRectF, inset: float) -> set[str]:
    """The colours on a square `inset` pixels inside `rect`'s edge, along all four sides."""
    inner = rect.adjusted(inset, inset, -inset, -inset)
    points = []
    for t in range(5, 96, 10):
        f = t / 100
        x = inner.left() + inner.width() * f
        y = inner.top() + inner.height() * f
        points += [(x, inner.top()), (x, inner.bottom()), (inner.left(), y), (inner.right(), y)]
    return {_colour(image, x, y) for x, y in points}


def test_on_a_light_wall_the_code_is_framed_and_keeps_its_quiet_zone(qapp):
    rect = QRectF(100, 100, SIDE, SIDE)
    image = _drawn(LIGHT, lambda p: draw_qr(p, rect, LINK, LIGHT))
    frame = _ring(image, rect, 2)
    assert frame == {LIGHT.muted.name()}, "a frame all round, in the theme's muted colour"
    assert contrast(LIGHT.muted.name(), LIGHT.background.name()) >= 4.5, "seen on the wall"
    # Inside the frame: the quiet zone, four modules of white on every side (a module is
    # about 1/37 of this code; 2.5 modules in is well inside it).
    assert _ring(image, rect, SIDE * 0.02 + SIDE / 37 * 2.5) == {"#ffffff"}
    outside = _ring(image, rect.adjusted(-6, -6, 6, 6), 0)
    assert outside == {LIGHT.background.name()}, "nothing drawn outside the code's box"


@pytest.mark.parametrize("theme", [DARK, HIGH_CONTRAST], ids=["dark", "high-contrast"])
def test_on_a_dark_wall_the_white_plate_reaches_the_code_s_edge(qapp, theme):
    rect = QRectF(100, 100, SIDE, SIDE)
    image = _drawn(theme, lambda p: draw_qr(p, rect, LINK, theme))
    assert _ring(image, rect, 2) == {"#ffffff"}


def test_the_phones_panel_is_framed_on_a_light_wall(qapp):
    canvas = QRectF(0, 0, SIDE + 200, SIDE + 200)
    view = AudienceView(mode=ViewMode.CARD, phone_prompt="Send your tip", phone_link=LINK)
    panel, code, _words = phone_panel(canvas, canvas.height() / 1080)
    light = _drawn(LIGHT, lambda p: paint_phone_prompt(p, view, canvas, canvas.height() / 1080,
                                                       LIGHT))  # fmt: skip
    edge = max(2.0, panel.width() * FRAME_SHARE)
    assert _ring(light, panel, edge / 2) == {LIGHT.muted.name()}
    assert _ring(light, code, 2) == {"#ffffff"}, "the code's quiet zone stays white"
    dark = _drawn(DARK, lambda p: paint_phone_prompt(p, view, canvas, canvas.height() / 1080,
                                                     DARK))  # fmt: skip
    assert _ring(dark, panel, edge / 2) == {"#ffffff"}
    assert QColor(_colour(light, panel.center().x(), panel.top() + 1)) != QColor("white")
