"""Core's messages for phones in the day's language, read from the compiled translation."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from workshop.core.errors import MESSAGES, CommandRejected
from workshop.share.words import message_in, read_qm

TRANSLATIONS = Path(__file__).parents[2] / "resources" / "translations"


def test_the_qm_reader_finds_every_finished_message_of_the_ts_file() -> None:
    table = read_qm((TRANSLATIONS / "workshop_nl.qm").read_bytes())
    expected = {}
    for context in ElementTree.parse(TRANSLATIONS / "workshop_nl.ts").iter("context"):
        if context.findtext("name") != MESSAGES:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("numerus") == "yes":
                continue
            if translation.get("type") is None and (translation.text or "").strip():
                expected[message.findtext("source")] = translation.text
    assert len(expected) > 50
    assert {k: table.get(k) for k in expected} == expected


def test_a_message_and_the_phrase_in_its_place_are_translated() -> None:
    error = CommandRejected("{what} must be a number.", what="The group")
    assert message_in("nl", error) == "Het groepsnummer moet een getal zijn."
    assert message_in("en", error) == "The group must be a number."
    # Not a marked message: it stays as it is, never an empty answer.
    assert message_in("nl", CommandRejected("Unheard of {x}.", x=1)) == "Unheard of 1."


def test_a_file_that_is_not_a_translation_gives_nothing() -> None:
    assert read_qm(b"") == {} and read_qm(b"\x00" * 64) == {}
