"""Arabic letters joined into their positional forms for the PDFs, through HarfBuzz (uharfbuzz).

reportlab draws one glyph per character and knows nothing of Arabic joining: "لا" would come
out as an isolated lam and an isolated alef. HarfBuzz shapes each Arabic run with the PDFs'
own font; every glyph it picks is written back as the character the font maps to it (the
presentation forms, U+FB50-U+FEFF, which DejaVu Sans covers), so the reordering for
right-to-left text, the escaping and the font switching downstream stay as they are.

reportlab's own shaping (ParagraphStyle.shaping) is not used: it shapes every word, and its
Latin ligatures ("ﬃ") would change the text of every English and Dutch PDF.
uharfbuzz is an optional extra (`pip install workshop-facilitator[arabic]`); without it the
text is left unjoined, as before.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from workshop import paths

try:
    import uharfbuzz
except ImportError:  # the optional extra is not installed: letters stay unjoined
    uharfbuzz = None

# Arabic letters and marks with what joins them: runs of these are shaped together.
_ARABIC_RUN = re.compile(
    "[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff\u200c\u200d]+"
)


def available() -> bool:
    """True when uharfbuzz is installed, so Arabic is joined."""
    return uharfbuzz is not None


@cache
def _font() -> tuple[Any, dict[int, str]]:
    """HarfBuzz's font for DejaVu Sans, and each glyph's character (the lowest code point
    that maps to it: a base letter where its isolated form is the same glyph)."""
    from reportlab.pdfbase import pdfmetrics

    from workshop.export.fonts import REGULAR, register_fonts

    register_fonts()
    face = uharfbuzz.Face(uharfbuzz.Blob(paths.font_file().read_bytes()))
    chars: dict[int, str] = {}
    for code, glyph in sorted(pdfmetrics.getFont(REGULAR).face.charToGlyph.items()):
        chars.setdefault(glyph, chr(code))
    return uharfbuzz.Font(face), chars


def _shape_run(run: str) -> str:
    font, chars = _font()
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(run)
    buffer.guess_segment_properties()
    uharfbuzz.shape(font, buffer, {})
    # Glyphs of a right-to-left run come in drawing order; by cluster they are in reading order.
    clusters: dict[int, list[int]] = {}
    for info in buffer.glyph_infos:
        clusters.setdefault(info.cluster, []).append(info.codepoint)
    starts = sorted(clusters)
    out = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(run)
        glyphs = clusters[start]
        if buffer.direction == "rtl":
            glyphs = glyphs[::-1]
        if all(g in chars for g in glyphs):
            out.append("".join(chars[g] for g in glyphs))
        else:  # a glyph with no character of its own: keep this cluster's letters as typed
            out.append(run[start:end])
    return "".join(out)


def shaped(value: str) -> str:
    """Text with its Arabic runs in joined forms (lam-alef as one ligature), still in reading
    order; other text, or everything when uharfbuzz is absent, unchanged."""
    if uharfbuzz is None or not _ARABIC_RUN.search(value):
        return value
    return _ARABIC_RUN.sub(lambda m: _shape_run(m.group(0)), value)
