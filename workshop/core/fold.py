"""Text folded for search: no case, no accents, and letters like ł or ø as their base letter."""

from __future__ import annotations

import unicodedata

# Letters Unicode does not decompose into a base letter and an accent. Lower case only:
# fold() folds case first, so "Ħ" and "Ð" reach this table as "ħ" and "ð".
SPECIAL_LETTERS: dict[str, str] = {
    "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe",
    "þ": "th", "ð": "d",
}  # fmt: skip
_SPECIAL = str.maketrans(SPECIAL_LETTERS)


def fold(text: str) -> str:
    """'Łódź' and 'lodz' fold to the same; so do 'Zoë' and 'zoe', 'ĦAĐ' and 'had'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SPECIAL))
    # Casefold again: compatibility forms can decompose to capitals ("Ⅻ" is "XII").
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def fts_query(typed: str) -> str:
    """Any typed text as a safe FTS5 query: every word quoted, each a prefix to match."""
    words = fold(typed).split()
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)
