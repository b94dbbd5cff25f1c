"""One word for each of the product's things: the Dutch translation follows the glossary."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

from workshop import paths
from workshop.export.wording import DUTCH

TRANSLATIONS = paths.resources_dir() / "translations"


def glossary() -> list[tuple[str, tuple[str, ...]]]:
    """(English word, the Dutch forms that count as using it) for each row of glossary.tsv."""
    rows = []
    for line in (TRANSLATIONS / "glossary.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            english, *dutch = line.split("\t")
            rows.append((english, tuple(d.lower() for d in dutch if d)))
    return rows


def plain(text: str) -> str:
    """Without the & of a keyboard shortcut ("Kaart&spellen"), lower case."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").lower()


def mentions(english: str, source: str) -> bool:
    # Not in a {place}, a quoted command ('workshop deck list'), a name (workshop-facilitator).
    words = re.sub(r"\{\w*\}|(?<!\w)'[^']*'(?!\w)", " ", source)
    return re.search(rf"(?<![-\w/]){re.escape(english)}(s|es)?\b", words, re.I) is not None


def pairs(ts: Path) -> list[tuple[str, str, str]]:
    """(context, English, Dutch) of every message; each plural form is its own Dutch."""
    found = []
    for context in ElementTree.parse(ts).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] or [
                translation.text or ""
            ]
            found += [(context.findtext("name"), message.findtext("source"), f) for f in forms]
    return found


def departures(translated: list[tuple[str, str, str]]) -> list[str]:
    words = glossary()
    return [
        f"{context}: “{source}” -> “{dutch}” does not say {forms[0]!r} for {english!r}"
        for context, source, dutch in translated
        for english, forms in words
        if mentions(english, source) and not any(f in plain(dutch) for f in forms)
    ]


def test_the_glossary_holds_the_products_words():
    english = [e for e, _ in glossary()]
    for word in ("deck", "card", "round", "group", "tip", "board", "highlight", "showcase"):
        assert word in english
    assert "summary" in english and "handout" in english
    assert len(english) == len(set(english)), "one row per word"


def test_the_app_uses_the_glossarys_dutch_everywhere():
    problems = departures(pairs(TRANSLATIONS / "workshop_nl.ts"))
    assert not problems, "\n".join(problems)


def test_the_documents_use_the_glossarys_dutch():
    problems = departures([("wording", english, dutch) for english, dutch in DUTCH.items()])
    assert not problems, "\n".join(problems)


def test_the_check_finds_a_second_word_for_deck():
    # "Stapels" on the home page and "Kaartspellen" in the deck dialog: the example.
    found = departures([("HomePanel", "&Decks", "Sta&pels"), ("DecksDialog", "Decks", "Spellen")])
    assert len(found) == 2
    assert not departures([("DecksDialog", "&Decks", "Kaart&spellen")])
