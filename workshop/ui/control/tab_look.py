"""One look for the control window's tabs: margins, spacing, headings and empty states."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QGridLayout, QLabel, QWidget

from workshop.ui.early_enums import PLAIN_TEXT, TOP_LEFT

# Every tab sits the same distance from the window's edge, its rows the same distance apart,
# so switching tabs does not make the content jump.
MARGIN = 12
SPACING = 8


def frame(layout: QBoxLayout | QGridLayout) -> None:
    """The tab's outer layout: the shared margins and spacing."""
    layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
    layout.setSpacing(SPACING)


def heading(text: str, parent: QWidget) -> QLabel:
    """A tab area's heading: larger and bold, so the tab says at once what it is for."""
    label = QLabel(text, parent)
    label.setProperty("textFormat", PLAIN_TEXT)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def empty_state(parent: QWidget) -> QLabel:
    """What an empty area says instead of a blank box: what it is for and what to do next."""
    label = QLabel(parent)
    label.setProperty("textFormat", PLAIN_TEXT)
    label.setWordWrap(True)
    label.setProperty("alignment", TOP_LEFT)
    label.setContentsMargins(0, SPACING, 0, 0)
    return label
