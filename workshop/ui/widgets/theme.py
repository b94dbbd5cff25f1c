"""Projector colours and the font family, shared by every view that draws for the room."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFontDatabase

from workshop import paths

FONT_FAMILY = "DejaVu Sans"


@dataclass(frozen=True)
class ProjectorTheme:
    """Colours for the wall: high contrast, readable from the back row."""

    background: QColor
    text: QColor
    muted: QColor
    accent: QColor


DARK = ProjectorTheme(
    background=QColor("#101418"),
    text=QColor("#f4f4f0"),
    muted=QColor("#a9b1ba"),
    accent=QColor("#f0b429"),
)


def load_fonts() -> None:
    """Load the bundled font so the wall renders every language even without system fonts."""
    for bold in (False, True):
        QFontDatabase.addApplicationFont(str(paths.font_file(bold)))
