"""The embedded Unicode fonts, registered once with reportlab."""

from __future__ import annotations

from functools import cache

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from workshop import paths

REGULAR = "WorkshopSans"
BOLD = "WorkshopSans-Bold"
# For what DejaVu Sans lacks: emoji and other symbols.
SYMBOLS = "WorkshopSymbols"


_reportlab_cmap = ttfonts.makeToUnicodeCMap


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode map, with characters beyond U+FFFF written as UTF-16 (the PDF
    rule): reportlab writes them as five hex digits, which readers reject, and the emoji
    would then be lost when text is copied or searched."""
    cmap = _reportlab_cmap(fontname, subset)
    for i, code in enumerate(subset):
        if code > 0xFFFF:
            utf16 = chr(code).encode("utf-16-be").hex().upper()
            cmap = cmap.replace(f"<{i:02X}> <{code:04X}>", f"<{i:02X}> <{utf16}>")
    return cmap


def register_fonts() -> None:
    """Register DejaVu Sans (Latin, Greek, Cyrillic) so every language's text is embedded."""
    # Charts and canvases start in this font, so no PDF asks for the unembedded Helvetica.
    rl_config.canvas_basefontname = rl_config.defaultGraphicsFontName = REGULAR
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(REGULAR, str(paths.font_file())))
    pdfmetrics.registerFont(TTFont(BOLD, str(paths.font_file(bold=True))))
    pdfmetrics.registerFont(TTFont(SYMBOLS, str(paths.resources_dir() / "fonts" / "Symbola.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    addMapping(SYMBOLS, 0, 0, SYMBOLS)
    addMapping(SYMBOLS, 1, 0, SYMBOLS)
    addMapping(SYMBOLS, 0, 1, SYMBOLS)
    addMapping(SYMBOLS, 1, 1, SYMBOLS)


@cache
def _coverage() -> tuple[frozenset[int], frozenset[int]]:
    register_fonts()
    main = pdfmetrics.getFont(REGULAR).face.charToGlyph
    symbols = pdfmetrics.getFont(SYMBOLS).face.charToGlyph
    return frozenset(main), frozenset(symbols)


def needs_symbol_font(ch: str) -> bool:
    """True for a character the main font lacks and the symbol font has."""
    main, symbols = _coverage()
    code = ord(ch)
    return code not in main and code in symbols


def in_main_font(value: str) -> bool:
    """True when the main font has every character of the text (none needs the symbols')."""
    main, _ = _coverage()
    return main.issuperset(map(ord, value))
