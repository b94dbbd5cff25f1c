"""Commands apply and revert to the same state; navigation and recording follow the rules."""

from __future__ import annotations

import copy

import pytest

from workshop.core.audience import ViewMode, audience_view, next_view
from workshop.core.commands import (
    EditSessionDetails,
    MoveTo,
    RecordGroupChoice,
    ToggleBlank,
    clean_reason,
    step_back,
    step_forward,
)
from workshop.core.details import SessionDetails
from workshop.core.errors import CommandRejected
from workshop.core.session import Blank, Position, RevealStep, Session


def snapshot(session: Session) -> dict:
    return copy.deepcopy(vars(session))


@pytest.mark.parametrize(
    "make",
    [
        lambda s: step_forward(s),
        lambda s: MoveTo(Position(2, RevealStep.OPTIONS)),
        lambda s: ToggleBlank(Blank.BLACK),
        lambda s: ToggleBlank(Blank.WHITE),
        lambda s: RecordGroupChoice(0, 2, "b", "one colleague, two days"),
        lambda s: EditSessionDetails(
            SessionDetails("New title", "2026-12-01", "https://example.org/x")
        ),
    ],
    ids=["forward", "move", "blank", "white", "record", "details"],
)
def test_each_command_applies_and_reverts_to_the_same_state(three_card_session, make):
    session = three_card_session
    before = snapshot(session)
    command = make(session)
    change = command.apply(session)
    assert not change.is_empty()
    assert snapshot(session) != before
    command.revert(session)
    assert snapshot(session) == before


def test_replacing_a_choice_reverts_to_the_earlier_choice(three_card_session):
    session = three_card_session
    RecordGroupChoice(0, 1, "A", "first").apply(session)
    second = RecordGroupChoice(0, 1, "C", "second thoughts")
    second.apply(session)
    assert session.choices[(0, 1)].option == "C"
    second.revert(session)
    assert session.choices[(0, 1)].reason == "first"


def test_forward_reveals_steps_then_moves_to_the_next_card(three_card_session):
    session = three_card_session
    seen = []
    for _ in range(10):
        seen.append((session.position.round_index, int(session.position.step)))
        step_forward(session).apply(session)
    assert seen[:7] == [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (2, 0)]
    assert seen[-1] == (2, 2), "forward stops at the last step of the last card"


def test_back_returns_to_the_previous_card_fully_revealed(three_card_session):
    session = three_card_session
    MoveTo(Position(1)).apply(session)
    step_back(session).apply(session)
    assert session.position == Position(0, RevealStep.QUESTIONS)
    MoveTo(Position(0)).apply(session)
    step_back(session).apply(session)
    assert session.position == Position(0), "back stops at the first step of the first card"


def test_audience_view_shows_only_what_is_revealed_and_never_notes(three_card_session):
    session = three_card_session
    card = session.rounds[0]
    view = audience_view(session)
    assert view.mode is ViewMode.CARD and view.title == card.title and view.options == ()
    step_forward(session).apply(session)
    assert [text for _, text in audience_view(session).options] == list(card.options)
    assert audience_view(session).questions == ()
    step_forward(session).apply(session)
    assert audience_view(session).questions == card.questions
    assert card.notes not in audience_view(session).plain_text()


def test_next_view_previews_the_forward_key(three_card_session):
    session = three_card_session
    assert next_view(session).step is RevealStep.OPTIONS
    MoveTo(Position(2, RevealStep.QUESTIONS)).apply(session)
    assert next_view(session) is None


def test_blank_hides_everything_and_toggles_back(three_card_session):
    session = three_card_session
    ToggleBlank().apply(session)
    assert audience_view(session).mode is ViewMode.BLANK
    assert audience_view(session).plain_text() == ""
    ToggleBlank().apply(session)
    assert audience_view(session).mode is ViewMode.CARD


@pytest.mark.parametrize(
    "round_index, group, option, fragment",
    [
        (0, 1, "E", "not on this card"),
        (0, 0, "A", "not a group"),
        (5, 1, "A", "no card 6"),
        (0, 1, "", "Type the letter"),
    ],
)
def test_bad_choices_are_rejected_and_change_nothing(
    three_card_session, round_index, group, option, fragment
):
    session = three_card_session
    before = snapshot(session)
    with pytest.raises(CommandRejected, match=fragment):
        RecordGroupChoice(round_index, group, option, "why").apply(session)
    assert snapshot(session) == before


def test_reasons_are_one_line_and_capped():
    assert clean_reason("  two\nlines\tand  spaces ") == "two lines and spaces"
    assert len(clean_reason("x" * 1000)) == 300


@pytest.mark.parametrize(
    "title, day, url, fragment",
    [
        ("", "", "", "needs a title"),
        ("T", "5 March", "", "not a date"),
        ("T", "", "ftp://x.org", "must start with http"),
        ("T", "", "https://", "must start"),
    ],
)
def test_bad_session_details_are_refused(three_card_session, title, day, url, fragment):
    before = snapshot(three_card_session)
    with pytest.raises(CommandRejected, match=fragment):
        EditSessionDetails(SessionDetails(title, day, url)).apply(three_card_session)
    assert snapshot(three_card_session) == before


def test_session_details_are_tidied(three_card_session):
    EditSessionDetails(
        SessionDetails("  Two   words ", " 2026-03-05 ", " https://example.org ")
    ).apply(three_card_session)
    assert (
        three_card_session.details.title,
        three_card_session.details.date,
        three_card_session.details.follow_up_url,
    ) == ("Two words", "2026-03-05", "https://example.org")


def test_a_new_session_follows_the_same_rules_and_is_dated_today(starter_deck):
    import datetime

    from workshop.core.session import start_session

    with pytest.raises(CommandRejected, match="must start with http"):
        start_session(starter_deck, follow_up_url="www.example.org")
    session = start_session(starter_deck)
    assert session.details.title == starter_deck.title
    assert session.details.date == datetime.date.today().isoformat()
