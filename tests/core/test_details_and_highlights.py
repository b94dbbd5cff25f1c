"""Session details, participants and highlights: tidied, checked, undone."""

from __future__ import annotations

import copy

import pytest

from workshop.core.cards import MAX_QR_LINK
from workshop.core.commands import EditSessionDetails
from workshop.core.details import (
    Participant,
    SessionDetails,
    checked_details,
    parse_participants,
    participants_text,
)
from workshop.core.errors import CommandRejected
from workshop.core.highlights import SetHighlight
from workshop.core.session import Highlight


def test_participants_are_pasted_one_per_line_with_an_optional_organisation():
    people = parse_participants("  Anna  de Vries , Oxfam\n\nBram\nChloé, Stad, Gent\n")
    assert people == (
        Participant("Anna de Vries", "Oxfam"),
        Participant("Bram", ""),
        Participant("Chloé", "Stad, Gent"),
    )
    assert parse_participants(participants_text(people)) == people


def test_names_count_as_participants_even_when_the_count_is_lower():
    people = parse_participants("A\nB\nC")
    assert (
        checked_details(
            SessionDetails("T", participant_count=2, participants=people)
        ).participant_count
        == 3
    )
    assert checked_details(SessionDetails("T", participant_count=65)).participant_count == 65


def test_a_follow_up_address_too_long_for_a_qr_code_is_refused_when_entered():
    fits = "https://example.org/" + "a" * (MAX_QR_LINK - 20)
    assert checked_details(SessionDetails("T", follow_up_url=fits)).follow_up_url == fits
    with pytest.raises(CommandRejected, match="QR code"):
        checked_details(SessionDetails("T", follow_up_url=fits + "b"))


def test_editing_details_is_undone_whole(three_card_session):
    session = three_card_session
    before = copy.deepcopy(vars(session))
    edit = EditSessionDetails(
        SessionDetails(
            "Masterclass",
            "2026-11-22",
            "https://example.org/m",
            venue="Pakhuis, Utrecht",
            facilitators="Ed, Fee",
            introduction="Why we met.",
            participants=parse_participants("Anna, Oxfam\nBram"),
        )
    )
    edit.apply(session)
    assert (session.details.venue, session.details.participant_count) == ("Pakhuis, Utrecht", 2)
    edit.revert(session)
    assert copy.deepcopy(vars(session)) == before


def test_a_highlight_is_marked_changed_and_unmarked(three_card_session):
    session = three_card_session
    mark = SetHighlight(1, Highlight(1, "  Groups split evenly here. ", "https://example.org/h"))
    change = mark.apply(session)
    assert change.highlights == {1}
    assert session.highlights[1] == Highlight(
        1, "Groups split evenly here.", "https://example.org/h"
    )
    assert session.highlight_link(1) == "https://example.org/h"
    unmark = SetHighlight(1, None)
    unmark.apply(session)
    assert session.highlights == {}
    unmark.revert(session)
    mark.revert(session)
    assert session.highlights == {}


def test_a_highlight_without_a_link_points_to_the_card_or_the_session(three_card_session):
    session = three_card_session
    SetHighlight(0, Highlight(0, "intro")).apply(session)
    card = session.rounds[0]
    expected = card.links[0].url if card.links else session.details.follow_up_url
    assert session.highlight_link(0) == expected


@pytest.mark.parametrize(
    "highlight, fragment",
    [
        (Highlight(0, "x", "javascript:alert(1)"), "must start with http"),
        (Highlight(0, "x", "https://example.org/" + "a" * MAX_QR_LINK), "QR code"),
        (Highlight(0, "x" * 1001), "at most 1000"),
    ],
)
def test_bad_highlights_are_refused_and_change_nothing(three_card_session, highlight, fragment):
    with pytest.raises(CommandRejected, match=fragment):
        SetHighlight(0, highlight).apply(three_card_session)
    assert three_card_session.highlights == {}
    with pytest.raises(CommandRejected, match="no card 9"):
        SetHighlight(8, Highlight(8)).apply(three_card_session)


def test_a_date_kept_in_free_text_passes_and_a_new_one_must_be_a_date():
    from workshop.core.details import SessionDetails, checked_details, is_iso_date

    old = SessionDetails("Day", "5 maart, middag")
    assert checked_details(old, kept_date="5 maart, middag").date == "5 maart, middag"
    with pytest.raises(CommandRejected, match="not a date"):
        checked_details(old)
    with pytest.raises(CommandRejected, match="not a date"):
        checked_details(SessionDetails("Day", "tomorrow"), kept_date="5 maart, middag")
    assert checked_details(SessionDetails("Day", "2026-11-30")).date == "2026-11-30"
    assert is_iso_date("2026-11-30") and not is_iso_date("20261130") and not is_iso_date("")
