"""Projector colours and the font family, shared by every view that draws for the room."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QColor, QIcon, QImage

from workshop import paths

if TYPE_CHECKING:
    from PySide6.QtGui import QFont

FONT_FAMILY = "DejaVu Sans"


# A NamedTuple, not a frozen dataclass: made at every start, in a fifth of the time.
class ProjectorTheme(NamedTuple):
    """Colours for the wall, readable from the back row: every text colour on the background,
    the tiles and the chips meets WCAG AA (tests/ui/test_wall_layout.py computes it)."""

    name: str
    background: QColor
    text: QColor
    muted: QColor
    accent: QColor
    bar: QColor
    track: QColor
    warning: QColor
    alarm: QColor
    chip: QColor  # a group's card on the scale, on a tile
    # The organisation's logo (Settings), on the title slide and in a corner of the wall.
    logo: QImage | None = None


DARK = ProjectorTheme(
    name="dark",
    background=QColor("#101418"),
    text=QColor("#f4f4f0"),
    muted=QColor("#a9b1ba"),
    accent=QColor("#f0b429"),
    bar=QColor("#4a90d9"),
    track=QColor("#232a31"),
    warning=QColor("#f0b429"),
    alarm=QColor("#ff5a4f"),
    chip=QColor("#2e3740"),
)

# Pure black and white with yellow: for washed-out projectors and sunny rooms.
HIGH_CONTRAST = ProjectorTheme(
    name="high-contrast",
    background=QColor("#000000"),
    text=QColor("#ffffff"),
    muted=QColor("#ffffff"),
    accent=QColor("#ffff00"),
    bar=QColor("#ffff00"),
    track=QColor("#333333"),
    warning=QColor("#ffff00"),
    alarm=QColor("#ff4040"),
    chip=QColor("#1a1a1a"),
)

# Dark text on white: for daylight rooms and weak projectors, where a dark wall looks grey.
LIGHT = ProjectorTheme(
    name="light",
    background=QColor("#ffffff"),
    text=QColor("#14181c"),
    muted=QColor("#4a5561"),
    accent=QColor("#8a4b00"),
    bar=QColor("#0072b2"),
    track=QColor("#eef1f4"),
    warning=QColor("#8a4b00"),
    alarm=QColor("#b3261e"),
    chip=QColor("#ffffff"),
)

THEMES = {theme.name: theme for theme in (DARK, LIGHT, HIGH_CONTRAST)}


_FONTS_LOADED: list[bool] = []


def load_fonts() -> None:
    """Load the bundled font so the wall renders every language even without system fonts."""
    # Qt's font classes (PySide6 makes a Python enum of each of their enum types when a
    # class is first imported) load with the first wall drawn, not with the home window.
    from PySide6.QtGui import QFontDatabase

    if not _FONTS_LOADED:
        for bold in (False, True):
            QFontDatabase.addApplicationFont(str(paths.font_file(bold)))
        _FONTS_LOADED.append(True)


def wall_font(px: float, bold: bool = False) -> QFont:
    """The wall's font at a pixel size (sizes on the wall follow the screen, not points)."""
    from PySide6.QtGui import QFont

    load_fonts()  # on the first wall drawn, not at start-up: the home page shows no wall
    font = QFont(FONT_FAMILY)
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


def app_icon() -> QIcon:
    """Workshop's icon at every size shipped (packaging/render_icons.py draws them)."""
    icon = QIcon()
    for png in sorted((paths.resources_dir() / "icons").glob("workshop-*.png")):
        icon.addFile(str(png))
    return icon
