"""Arabic in the PDFs is joined (uharfbuzz, an optional extra) as well as reordered; Hebrew,
which does not join, reads as before."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.export.test_summary import pdf_text
from workshop.export import shaping
from workshop.export.summary import write_summary
from workshop.export.text import visual

pytest.importorskip("uharfbuzz")

LAM_ALEF = "\u0644\u0627"  # "لا": two letters, one ligature when shaped
LIGATURE = "\ufefb"  # ARABIC LIGATURE LAM WITH ALEF ISOLATED FORM
GREETING = "سلام عليكم"
HEBREW = "שלום"


def test_lam_alef_is_one_glyph_in_the_pdf(three_card_session, tmp_path):
    session = three_card_session
    session.rounds[0] = replace(session.rounds[0], title=f"{LAM_ALEF} {GREETING} {HEBREW}")
    session.details = replace(session.details, title=f"Dag {LAM_ALEF}")
    words = pdf_text(write_summary(session, tmp_path / "s.pdf").path)
    # The PDF's text is what its glyphs map to: the ligature is one glyph, not lam then alef.
    assert LIGATURE in words
    assert LAM_ALEF not in words and LAM_ALEF[::-1] not in words
    # Joined forms of "سلام": initial seen, final lam-alef (pypdf puts runs in its own order).
    assert "\ufeb3" in words and "\ufefc" in words and "سلام" not in words
    assert HEBREW in words or HEBREW[::-1] in words, "Hebrew has nothing to join"


def test_without_uharfbuzz_the_letters_are_reordered_but_not_joined(monkeypatch):
    assert visual(LAM_ALEF) == LIGATURE
    monkeypatch.setattr(shaping, "uharfbuzz", None)
    assert not shaping.available()
    assert visual(LAM_ALEF) == LAM_ALEF[::-1]
    assert visual(HEBREW) == HEBREW[::-1]


def test_shaping_leaves_latin_and_hebrew_alone():
    for text in ("office fluffy Zoë Łódź", HEBREW, "a < b & c", "🎉"):
        assert shaping.shaped(text) == text


ARABIC = st.text(
    alphabet=st.sampled_from("ابتثجحخدذرزسشصضطظعغفقكلمنهوي ءآأؤإئة لا"), min_size=1, max_size=30
)


@given(ARABIC)
def test_shaping_keeps_every_letter(text: str):
    """Only the letters' forms change: folded back (NFKC) the text is what was typed."""
    shaped = shaping.shaped(text)
    assert unicodedata.normalize("NFKC", shaped) == unicodedata.normalize("NFKC", text)
    assert len(shaped) <= len(text)
