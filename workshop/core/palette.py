"""Colours the room tells apart: groups and answer options, the same on the wall and in the PDF.

Plain hex strings, so the wall (Qt) and the summary's chart (reportlab) share one source.
"""

from __future__ import annotations

# Okabe and Ito's palette, safe for the common kinds of colour blindness. Each group and
# each option also shows its number or letter, so colour is never the only sign.
PALETTE = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#999999")
# Options are read against each other on one chart: the seven distinct hues, grey last.
OPTION_PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442")

BLACK = "#000000"
WHITE = "#FFFFFF"


def group_colour(number: int) -> str:
    """A group's colour by its number; it repeats after eight groups (see `group_round`)."""
    return PALETTE[(number - 1) % len(PALETTE)]


def group_round(number: int) -> int:
    """0 for groups 1-8, 1 for 9-16, …: the wall draws a later round's mark in another shape,
    so groups 1 and 9 (both orange) differ in shape as well as in number."""
    return (number - 1) // len(PALETTE)


def option_colour(index: int) -> str:
    """The colour of the option at `index` (A = 0) on every chart and tile."""
    return OPTION_PALETTE[index % len(OPTION_PALETTE)]


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#rrggbb'."""
    code = colour.lstrip("#")
    r, g, b = (int(code[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def ink_on(colour: str) -> str:
    """Black or white, whichever reads better on `colour` (the higher contrast)."""
    return BLACK if contrast(BLACK, colour) >= contrast(WHITE, colour) else WHITE
