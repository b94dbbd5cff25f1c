"""Text folded for search: no case, no accents, and letters like ł or ø as their base letter."""

from __future__ import annotations

import unicodedata

# Letters Unicode does not decompose into a base letter and an accent.
_SPECIAL = str.maketrans(
    {"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ħ": "h", "ı": "i",
     "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d"}
)  # fmt: skip


def fold(text: str) -> str:
    """'Łódź' and 'lodz' fold to the same; so do 'Zoë' and 'zoe'."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fts_query(typed: str) -> str:
    """Any typed text as a safe FTS5 query: every word quoted, each a prefix to match."""
    words = fold(typed).split()
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
