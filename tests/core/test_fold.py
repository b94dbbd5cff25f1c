"""Search folding: case first, then the letters Unicode does not decompose, then accents."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from workshop.core.fold import SPECIAL_LETTERS, fold

# Every letter of the table in every case Python knows for it, plus plain and accented letters.
TABLE_LETTERS = sorted(
    {c for letter in SPECIAL_LETTERS for c in (letter, letter.upper(), letter.title())}
)
ALPHABET = "".join(TABLE_LETTERS) + string.ascii_letters + "éÉëËçÇåÅñÑ -"


def test_every_table_letter_folds_the_same_in_every_case():
    for letter, base in SPECIAL_LETTERS.items():
        for form in (letter, letter.upper(), letter.title(), letter.lower()):
            assert fold(form) == base, (form, fold(form), base)


def test_the_letters_the_issue_named():
    assert fold("Ħ") == "h" and fold("Ð") == "d"
    assert fold("ĦAĐ Ðorđe") == fold("had dorde") == "had dorde"


@given(st.text(alphabet=ALPHABET))
def test_case_never_matters_and_the_result_is_plain(text: str):
    folded = fold(text)
    assert fold(text.upper()) == folded == fold(text.lower())
    assert folded.isascii(), folded
    assert folded == folded.lower()


@given(st.text())
def test_folding_twice_changes_nothing(text: str):
    assert fold(fold(text)) == fold(text)
