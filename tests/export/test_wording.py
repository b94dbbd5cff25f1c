"""The documents' fixed words: Dutch for a day held in Dutch, every word with its Dutch."""

from __future__ import annotations

import ast
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.export.test_summary import pdf_text
from workshop.core.outline import HEADINGS
from workshop.core.session import Highlight, Session
from workshop.export.card_sheets import KIND_NAMES
from workshop.export.handout import write_handout
from workshop.export.summary import write_summary
from workshop.export.wording import DUTCH, Wording, document_language
from workshop.share.page import share_page

PACKAGE = Path(__file__).parents[2] / "workshop"
SOURCES = [*(PACKAGE / "export").glob("*.py"), *(PACKAGE / "share").glob("*.py")]


def wording_calls() -> set[str]:
    """Every literal given to a Wording: t("…"), x.t("…"), t.count(n, "…", "…")."""
    found: set[str] = set()
    for file in SOURCES:
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            named_t = (isinstance(func, ast.Name) and func.id == "t") or (
                isinstance(func, ast.Attribute) and func.attr == "t"
            )
            counting = isinstance(func, ast.Attribute) and func.attr == "count"
            args = node.args[:1] if named_t else node.args[1:3] if counting else []
            found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}  # fmt: skip  # noqa: E501
    return found


def test_every_fixed_word_has_dutch_and_every_dutch_word_is_used():
    used = wording_calls() | set(KIND_NAMES.values()) | set(HEADINGS.values())
    assert len(used) > 30
    assert sorted(used - set(DUTCH)) == [], "words without Dutch"
    assert sorted(set(DUTCH) - used) == [], "Dutch for words no longer used"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("nl", "nl"), ("NL-be", "nl"), ("Nederlands", "nl"), ("nl_NL", "nl"), ("Dutch", "nl"),
     ("", "en"), ("en", "en"), ("de", "en"), ("nlx", "en")],
)  # fmt: skip
def test_the_document_language_follows_the_day(language, expected):
    assert document_language(language) == expected
    assert Wording(language)("The dilemmas") == (
        "De dilemma's" if expected == "nl" else "The dilemmas"
    )


def dutch_day(session: Session) -> Session:
    session.details = replace(session.details, language="nl")
    session.details = replace(session.details, participant_count=1)
    session.details = replace(session.details, facilitators="Eva")
    session.highlights[0] = Highlight(0, "Waarom dit telt", "https://example.org/meer")
    return session


def test_a_dutch_day_gets_a_dutch_summary_and_handout(three_card_session, tmp_path):
    session = dutch_day(three_card_session)
    summary = tmp_path / "samenvatting.pdf"
    write_summary(session, summary)
    words = pdf_text(summary)
    for dutch in ("In één oogopslag", "De dilemma's", "Begeleid door Eva", "1 deelnemer",
                  "Voor deze kaart zijn geen keuzes vastgelegd.", "Vervolglinks"):  # fmt: skip
        assert dutch in words
    for english in ("For people who were not here", "The dilemmas", "Follow-up links"):
        assert english not in words
    reader = PdfReader(summary)
    assert reader.trailer["/Root"]["/Lang"] == "nl"
    assert reader.metadata["/Subject"] == "Samenvatting van de sessie"
    handout = tmp_path / "vervolg.pdf"
    write_handout(session, handout)
    assert PdfReader(handout).metadata["/Subject"] == "Vervolgblad"


def test_a_dutch_day_gets_a_dutch_phone_page(three_card_session):
    page = share_page(dutch_day(three_card_session), "summary.pdf", 2048).decode("utf-8")
    assert '<html lang="nl">' in page
    assert "Download de samenvatting (pdf, 2 kB)" in page and "<h2>De dilemma's</h2>" in page
    assert "Download the summary" not in page
