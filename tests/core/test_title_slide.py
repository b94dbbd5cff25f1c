"""A new session opens on its title slide; a card or the clicker leaves it; a break shows it."""

from __future__ import annotations

from dataclasses import replace

from workshop.core.activity import Activity
from workshop.core.agenda import Agenda, Item, Kind, _local_minutes, clock
from workshop.core.agenda_edits import SetAgenda
from workshop.core.audience import ViewMode, audience_view
from workshop.core.commands import MoveTo, step_forward
from workshop.core.session import Position, start_session
from workshop.core.steps import next_activity_step


def test_a_new_session_shows_its_title_venue_date_and_organisation_not_card_one(starter_deck):
    session = start_session(starter_deck, "Forum day", "2026-12-01")
    session.details = replace(session.details, venue="Utrecht", organisation="Forum Foundation")
    view = audience_view(session)
    assert view.mode is ViewMode.TITLE and view.title == "Forum day"
    assert view.facts == ("1 December 2026", "Utrecht", "Forum Foundation")
    assert session.rounds[0].text not in view.plain_text()


def test_the_title_slide_writes_the_date_in_the_days_language(starter_deck):
    session = start_session(starter_deck, "Forumdag", "2026-11-30")
    session.details = replace(session.details, language="nl")
    assert audience_view(session).facts == ("30 november 2026",)
    # A date typed as free text in an older version is shown as it was typed.
    session.details = replace(session.details, date="eind november")
    assert audience_view(session).facts == ("eind november",)


def test_moving_to_a_card_leaves_the_title_slide_and_undo_comes_back(starter_deck):
    session = start_session(starter_deck, "Forum day")
    move = step_forward(session)
    change = move.apply(session)
    assert change.wall, "the activity changed, so the store must write it"
    assert session.activity is Activity.CARDS
    assert audience_view(session).mode is ViewMode.CARD
    move.revert(session)
    assert audience_view(session).mode is ViewMode.TITLE
    MoveTo(Position(2)).apply(session)
    assert audience_view(session).title == session.rounds[2].title


def test_a_break_shows_the_title_slide_with_the_time_the_room_is_back(starter_deck):
    session = start_session(starter_deck, "Forum day")
    plan = Agenda(
        "09:30", (Item(1, Kind.WELCOME, "Welcome", 10), Item(2, Kind.BREAK, "Coffee", 15))
    )
    SetAgenda(plan).apply(session)
    next_activity_step(1_000_000.0).apply(session)
    assert audience_view(session).mode is ViewMode.AGENDA
    next_activity_step(1_000_600.0).apply(session)  # ten minutes later
    view = audience_view(session)
    assert session.activity is Activity.TITLE and view.mode is ViewMode.TITLE
    assert view.text == "Coffee" and view.until and view.until in view.plain_text()
    # The break began when N was pressed, so the room is back 15 minutes after that.
    assert view.until == clock(_local_minutes(1_000_600.0) + 15)
