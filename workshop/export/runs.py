"""Runs of a light paragraph: text in one font and colour, as the summary gives them."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle

from workshop.export.fonts import BOLD, SYMBOLS, in_main_font, needs_symbol_font
from workshop.export.text import text

GREY_TAIL = colors.HexColor("#666666")
Styled = tuple[str, str, Color]  # a run's text, font and colour, resolved


class Run:
    """A piece of text in one font and colour; text is the user's, not markup; no font is
    the paragraph style's own."""

    __slots__ = ("color", "font", "text")

    def __init__(self, text: str, font: str = "", color: Color | None = None) -> None:
        self.text = text
        self.font = font
        self.color = color


def bold(text: str) -> Run:
    """A run in the bold face."""
    return Run(text, BOLD)


def grey(text: str) -> Run:
    """A run in the grey of a tip's or a top tip's tail: who, where from."""
    return Run(text, "", GREY_TAIL)


def _resolved(run: Run | str, font: str) -> tuple[str, str, Color | None]:
    """A run's text, font (the style's when it names none) and colour (None: the style's)."""
    if isinstance(run, str):
        return run, font, None
    return run.text, run.font or font, run.color


def _markup(run: Run | str, font: str) -> str:
    value, face, color = _resolved(run, font)
    value = text(value)  # in drawing order, symbols in their font, breaks kept
    if face == BOLD:
        value = f"<b>{value}</b>"
    if color is not None:
        value = f"<font color='{color.hexval().replace('0x', '#')}'>{value}</font>"
    return value


def _with_symbol_runs(runs: tuple[Run | str, ...], font: str) -> tuple[Run | str, ...]:
    """Runs with emoji and symbols the main font lacks moved into the symbol font, as
    text.text() does with markup (runs in plain ASCII pass as they are)."""
    if all((r if isinstance(r, str) else r.text).isascii() for r in runs):
        return runs
    out: list[Run | str] = []
    for run in runs:
        value, face, color = _resolved(run, font)
        if value.isascii() or in_main_font(value):
            out.append(run)
            continue
        piece: list[str] = []
        symbols = False
        for ch in value:
            wanted = needs_symbol_font(ch)
            if wanted != symbols and piece:
                out.append(Run("".join(piece), SYMBOLS if symbols else face, color))
                piece = []
            symbols = wanted
            piece.append(ch)
        if piece:
            out.append(Run("".join(piece), SYMBOLS if symbols else face, color))
    return tuple(out)


def _resolved_runs(runs: tuple[Run | str, ...], style: ParagraphStyle) -> list[Styled]:
    """The runs' text, font and colour, the style's where a run names none."""
    font, default = style.fontName, style.textColor
    out: list[Styled] = []
    for run in runs:
        if isinstance(run, str):
            out.append((run, font, default))
        else:
            out.append((run.text, run.font or font, run.color or default))
    return out
