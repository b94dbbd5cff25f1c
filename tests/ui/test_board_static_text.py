"""The wall draws the board's texts from laid-out static texts: the very pixels drawText
would draw, for plain tips, wrapped ones, markup-looking ones and words wider than a column."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from workshop.core.audience import AudienceView, BoardItem, ViewMode
from workshop.ui.widgets import board_paint
from workshop.ui.widgets.theme import DARK, LIGHT, load_fonts

LONG_WORD = "Gemeenschapsvrijwilligersondersteuningsprogrammaregelingen" * 2


def _view() -> AudienceView:
    tips = (
        BoardItem("Ask the quiet ones first", votes=3, highlight=True),
        BoardItem("<b>not bold</b> & not an entity &amp; either"),
        BoardItem(" ".join(["a tip long enough to wrap over several lines"] * 3)),
        BoardItem("Together", votes=4, cluster_title=True),
        BoardItem("in a cluster, indented", in_cluster=True),
        BoardItem("from an earlier session", brought_in=True),
        BoardItem(LONG_WORD),
    )
    return AudienceView(
        mode=ViewMode.BOARD,
        title="What helps a group keep going?",
        board=(("Before", tips), ("During", tips[::-1]), ("After", tips[2:])),
    )


def _drawn_by_text(painter: QPainter, layout: board_paint.BoardLayout, theme) -> None:
    """paint_board as first written: drawText into each rect, every paint."""
    flags = int(Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop)
    for placed in layout.placed:
        painter.setFont(placed.font)
        if placed.role in ("header", "cluster"):
            painter.setPen(theme.accent)
        elif placed.role == "page":
            painter.setPen(theme.muted)
            painter.drawText(placed.rect, int(Qt.AlignRight | Qt.AlignVCenter), placed.text)
            continue
        elif placed.item is not None and placed.item.brought_in:
            painter.setPen(theme.muted)
        else:
            painter.setPen(theme.text)
        painter.drawText(placed.rect, flags, placed.text)


def _image(paint, layout, theme, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("black"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setRenderHint(QPainter.TextAntialiasing)
    paint(painter, layout, theme)
    painter.end()
    return image


def test_static_texts_draw_the_pixels_draw_text_draws(qapp):
    load_fonts()  # the wall's own font, as the projector draws it
    view = _view()
    for theme, (width, height) in ((DARK, (1920, 1080)), (LIGHT, (1280, 720))):
        layout = board_paint.layout_board(view, QRectF(0, 0, width, height), height / 1080)
        assert any(p.text.endswith(LONG_WORD) for p in layout.placed)
        theirs = _image(_drawn_by_text, layout, theme, width, height)
        for _paint in range(2):  # laid out on the first paint, reused on the second
            ours = _image(board_paint.paint_board, layout, theme, width, height)
            assert ours == theirs
        # And something was drawn: the images are not both blank.
        blank = QImage(width, height, QImage.Format_ARGB32_Premultiplied)
        blank.fill(QColor("black"))
        assert theirs != blank
