"""Entries from phones: cleaned, checked, and turned into the commands typing makes."""

from __future__ import annotations

import pytest

from workshop.core.activity import Activity
from workshop.core.board_edits import BoardEdit
from workshop.core.commands import RecordGroupChoice, ShowActivity
from workshop.core.errors import CommandRejected
from workshop.core.game import SetHands, SetPlayMode
from workshop.core.phones import (
    InputKind,
    InputWindow,
    Moderation,
    check_entry,
    clean_text,
    command_for,
    entry_from_form,
    still_current,
    window_for,
)
from workshop.core.session import PlayMode, Session


def test_clean_text_drops_control_and_format_characters_and_collapses_space() -> None:
    assert clean_text("  a\x00b\x1b[31m\u202e c\r\n\td  ", 50) == "ab[31m c d"
    assert clean_text("x" * 300, 200) == "x" * 200


def test_a_tip_form_becomes_an_entry_and_then_the_add_tip_command(
    three_card_session: Session,
) -> None:
    session = three_card_session
    window = InputWindow(InputKind.TIPS)
    entry = entry_from_form(window, {"text": " <b>Ask</b>\nfirst ", "group": "2", "name": "Ann"})
    assert (entry.text, entry.group, entry.author) == ("<b>Ask</b> first", 2, "Ann")
    command = command_for(session, entry)  # an empty board: a column and the tip, one step
    command.apply(session)
    first = session.board.live_columns()[0]
    tips = session.board.live_tips(first.id)
    assert [(t.text, t.group, t.author) for t in tips] == [("<b>Ask</b> first", 2, "Ann")]
    command.revert(session)
    assert session.board.live_columns() == []
    again = command_for(session, entry)
    again.apply(session)
    second = command_for(session, entry)  # now the column is there: add_tip itself
    assert isinstance(second, BoardEdit)
    second.apply(session)
    assert len(session.board.live_tips(session.board.live_columns()[0].id)) == 2


@pytest.mark.parametrize(
    ("form", "kind"),
    [
        ({"text": "   "}, InputKind.TIPS),
        ({"text": "y" * 201}, InputKind.TIPS),
        ({"text": "ok", "group": "x1"}, InputKind.TIPS),
        ({"text": "ok", "group": "100"}, InputKind.TIPS),
        ({"option": "E", "group": "1"}, InputKind.CHOICES),
        ({"option": "A", "group": "0"}, InputKind.CHOICES),
        ({"option": ""}, InputKind.VOTES),
    ],
)
def test_bad_forms_are_refused_with_a_reason(form: dict[str, str], kind: InputKind) -> None:
    with pytest.raises(CommandRejected):
        entry_from_form(InputWindow(kind, round_index=0), form)


def test_a_choice_becomes_record_group_choice_and_a_vote_adds_a_hand(
    three_card_session: Session,
) -> None:
    session = three_card_session
    choice = entry_from_form(
        InputWindow(InputKind.CHOICES, round_index=0),
        {"option": "b", "group": "3", "text": "because"},
    )
    command = command_for(session, choice)
    assert command == RecordGroupChoice(0, 3, "B", "because")
    command.apply(session)
    assert session.choices[(0, 3)].option == "B"
    vote = entry_from_form(InputWindow(InputKind.VOTES, round_index=0), {"option": "A"})
    session.hands[(0, "A")] = 7  # counted in the room by hands
    hands = command_for(session, vote)
    assert isinstance(hands, SetHands)
    hands.apply(session)
    assert session.hands[(0, "A")] == 8
    hands.revert(session)
    assert session.hands[(0, "A")] == 7


def test_an_option_not_on_the_card_is_refused_before_it_waits(
    three_card_session: Session,
) -> None:
    session = three_card_session
    session.rounds[0] = session.rounds[0].__class__(
        **{**session.rounds[0].__dict__, "options": session.rounds[0].options[:2]}
    )
    entry = entry_from_form(
        InputWindow(InputKind.CHOICES, round_index=0), {"option": "D", "group": "1"}
    )
    with pytest.raises(CommandRejected, match="not on this card"):
        check_entry(session, entry)


def test_form_tokens_belong_to_one_window_only() -> None:
    secret = b"s" * 32
    first = InputWindow(InputKind.TIPS)
    again = InputWindow(InputKind.TIPS)  # the same kind, opened again: a new serial
    assert first.accepts(secret, first.form_token(secret))
    assert not again.accepts(secret, first.form_token(secret))
    assert not first.accepts(b"t" * 32, first.form_token(secret))
    assert not first.accepts(secret, "")


def test_the_window_follows_the_activity(three_card_session: Session) -> None:
    session = three_card_session
    window = window_for(session)
    assert window is not None and window.kind is InputKind.CHOICES
    assert window.moderation is Moderation.QUEUE
    SetPlayMode(0, PlayMode.PLENARY).apply(session)
    assert window_for(session).kind is InputKind.VOTES  # type: ignore[union-attr]
    ShowActivity(Activity.BOARD).apply(session)
    tips = window_for(session)
    assert tips is not None and tips.kind is InputKind.TIPS
    assert still_current(session, tips) and not still_current(session, window)
