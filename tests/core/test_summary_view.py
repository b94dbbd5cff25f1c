"""The summary's QR code on the wall: which address it shows, and what shows without one."""

from __future__ import annotations

from workshop.core import agenda as ag
from workshop.core.activity import Activity
from workshop.core.agenda import WALL, Agenda, Item, Kind
from workshop.core.archive import session_from_archive, session_to_archive
from workshop.core.audience import ViewMode, audience_view
from workshop.core.details import SessionDetails
from workshop.core.session import Session

FOLLOW_UP = "https://example.org/after"
SHARE = "http://192.168.1.20:40000/abcdefghijklmnopqrstuv/"


def summary_session(follow_up_url: str = "", **fields) -> Session:
    details = SessionDetails("Day", "2026-11-22", follow_up_url)
    return Session(details, activity=Activity.SUMMARY, **fields)


def test_the_room_share_goes_before_the_follow_up_address():
    session = summary_session(follow_up_url=FOLLOW_UP, room_share=SHARE)
    view = audience_view(session)
    assert (view.mode, view.link, view.room_share) == (ViewMode.SUMMARY, SHARE, True)
    session.room_share = ""  # the share stopped: the published address is left
    view = audience_view(session)
    assert (view.mode, view.link, view.room_share) == (ViewMode.SUMMARY, FOLLOW_UP, False)
    assert view.plain_text() == f"Day\n{FOLLOW_UP}"


def test_without_any_address_the_wall_shows_the_plan_or_the_title():
    assert audience_view(summary_session()).mode is ViewMode.TITLE
    plan = ag.add_item(Agenda(), Item(0, Kind.CLOSING, "Closing", 10))
    assert audience_view(summary_session(agenda=plan)).mode is ViewMode.AGENDA


def test_the_closing_activity_puts_the_summary_on_the_wall():
    assert WALL[Kind.CLOSING] is Activity.SUMMARY


def test_the_room_share_is_never_archived_but_the_summary_on_the_wall_is():
    session = summary_session(follow_up_url=FOLLOW_UP, room_share=SHARE)
    data = session_to_archive(session)
    assert SHARE not in repr(data)
    back = session_from_archive(data, "test.json")
    assert back.activity is Activity.SUMMARY and back.room_share == ""
