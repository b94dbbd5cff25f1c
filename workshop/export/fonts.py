"""The embedded Unicode font, registered once with reportlab."""

from __future__ import annotations

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from workshop import paths

REGULAR = "WorkshopSans"
BOLD = "WorkshopSans-Bold"


def register_fonts() -> None:
    """Register DejaVu Sans (Latin, Greek, Cyrillic) so every language's text is embedded."""
    # Charts and canvases start in this font, so no PDF asks for the unembedded Helvetica.
    rl_config.canvas_basefontname = rl_config.defaultGraphicsFontName = REGULAR
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(paths.font_file())))
    pdfmetrics.registerFont(TTFont(BOLD, str(paths.font_file(bold=True))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
