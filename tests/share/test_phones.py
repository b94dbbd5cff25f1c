"""Phones writing over real HTTP on 127.0.0.1: accepted while open, refused otherwise."""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop import cli
from workshop.core.phones import InputKind, Moderation, Status
from workshop.core.session import PlayMode, Session
from workshop.share.page import share_page
from workshop.store.library import open_library
from workshop.store.phone_rows import PhoneEntries

from .client import get, raw_request
from .room import Room

XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def library_path(tmp_path: Path, three_card_session: Session) -> tuple[Path, int]:
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    three_card_session.modes[1] = PlayMode.PLENARY
    session_id = library.sessions.create(three_card_session)
    library.close()
    return path, session_id


@pytest.fixture
def room(library_path: tuple[Path, int]) -> Iterator[Room]:
    running = Room(*library_path)
    yield running
    running.stop()


def _tips(session: Session) -> list[str]:
    return [t.text for t in session.board.tips.values() if not t.deleted]


def test_a_tip_goes_straight_to_the_board_as_text_and_is_escaped_on_the_page(room: Room) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    status, headers, body = room.post({"form": room.form_token(), "text": XSS, "group": "2"})
    assert status == 200, body
    assert b"it is on the wall" in body
    assert "form-action 'self'" in headers["content-security-policy"]
    assert "default-src 'none'" in headers["content-security-policy"]
    assert "script-src" not in headers["content-security-policy"]
    session = room.session()
    assert _tips(session) == [XSS]
    assert next(iter(session.board.tips.values())).group == 2
    page = share_page(session, "summary.pdf", 1000).decode()
    assert "<script>" not in page and "&lt;script&gt;" in page
    # The summary page is still at its own path while the address shows the form.
    status, _, summary = get(room.port, f"/{room.token}/summary")
    assert status == 200 and b"Download the summary" in summary


def test_queued_tips_wait_until_approved_from_the_command_line(
    room: Room, library_path: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    room.open(InputKind.TIPS, Moderation.QUEUE)
    for text in ("first", "second"):
        status, _, body = room.post({"form": room.form_token(), "text": text})
        assert status == 200 and b"after a look" in body
    assert _tips(room.session()) == []  # nothing reaches the board unapproved
    room.stop()
    path, session_id = library_path
    assert cli.main(["--library", str(path), "session", "queue", str(session_id)]) == 0
    listed = capsys.readouterr().out
    assert "Tip: first" in listed and "2 waiting" in listed
    number = listed.split(".")[0]
    assert cli.main(["--library", str(path), "session", "queue", str(session_id),
                     "--approve", number]) == 0  # fmt: skip
    assert cli.main(["--library", str(path), "session", "queue", str(session_id),
                     "--reject", "77"]) == 1  # fmt: skip
    assert "77 is not the number" in capsys.readouterr().err
    assert cli.main(["--library", str(path), "session", "queue", str(session_id),
                     "--reject", "all"]) == 0  # fmt: skip
    library = open_library(path)
    try:
        assert _tips(library.sessions.load(session_id)) == ["first"]
        statuses = [e.status for e in PhoneEntries(library.db).of_session(session_id)]
        assert statuses == [Status.APPROVED, Status.REJECTED]
    finally:
        library.close()


def test_choices_and_votes_arrive_as_the_typed_commands_would_record_them(room: Room) -> None:
    room.open(InputKind.CHOICES, Moderation.WALL)
    token = room.form_token()
    status, _, body = room.post({"form": token, "group": "3", "option": "b", "text": "why"})
    assert status == 200, body
    status, _, body = room.post({"form": token, "group": "0", "option": "A"}, "127.0.0.2")
    assert status == 400 and b"group&#x27;s number" in body
    choices = room.session().choices
    assert choices[(0, 3)].option == "B" and choices[(0, 3)].reason == "why"

    def to_card_two(desk) -> None:  # type: ignore[no-untyped-def]
        from workshop.core.commands import MoveTo
        from workshop.core.session import Position

        desk.runner.run(MoveTo(Position(1)))

    room.call(to_card_two)
    room.open(InputKind.VOTES, Moderation.WALL)
    for phone in ("127.0.0.5", "127.0.0.6", "127.0.0.7"):
        status, _, body = room.post({"form": room.form_token(phone), "option": "A"}, phone)
        assert status == 200, body
    # A phone votes once per round.
    status, _, body = room.post({"form": room.form_token(), "option": "A"}, "127.0.0.5")
    assert status == 429 and b"as much as this activity takes" in body
    assert room.session().hands[(1, "A")] == 3


def test_closed_input_refuses_with_403_and_changes_nothing(room: Room) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    token = room.form_token()
    room.close()
    status, _, body = room.post({"form": token, "text": "late"})
    assert status == 403 and b"Input is closed" in body
    assert _tips(room.session()) == []
    # With input closed the address shows the summary again.
    status, _, page = get(room.port, f"/{room.token}/")
    assert status == 200 and b"Download the summary" in page


def test_a_wrong_token_is_the_same_404_as_any_unknown_path(room: Room) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    status, _, _ = room.post({"form": room.form_token(), "text": "x"}, token="A" * 23)
    assert status == 404
    assert _tips(room.session()) == []


def test_a_page_from_an_earlier_activity_is_refused_clearly(room: Room) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    old = room.form_token()
    room.open(InputKind.TIPS, Moderation.WALL)  # closed and opened again: a new window
    status, _, body = room.post({"form": old, "text": "stale"})
    assert status == 409 and b"earlier activity" in body
    assert _tips(room.session()) == []


@pytest.mark.parametrize(
    "raw",
    [
        b"text=" + b"x" * 1100,  # over 1 kB: refused before it is read
        b"text=%ff%fe&form=1",  # not UTF-8
    ],
)
def test_oversized_and_malformed_bodies_are_refused(room: Room, raw: bytes) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    status, _, _ = room.post({}, raw=raw)
    assert status in (400, 413)
    assert _tips(room.session()) == []


def test_a_flood_of_posts_from_one_phone_is_held_to_three_at_once(room: Room) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    token = room.form_token("127.0.0.9")
    statuses = [room.post({"form": token, "text": f"tip {n}"}, "127.0.0.9")[0] for n in range(6)]
    assert statuses == [200, 200, 200, 429, 429, 429]
    assert sorted(_tips(room.session())) == ["tip 0", "tip 1", "tip 2"]


def test_after_1000_bad_requests_a_good_phone_still_gets_through(room: Room) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    bad = [
        b"POST /" + b"A" * 23 + b"/send HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Content-Length: 4\r\n\r\ntext",
        b"POST /" + room.token.encode() + b"/send HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9\r\n\r\nform=nope",
        b"GARBAGE\r\n\r\n",
    ]
    refused = 0

    def attacker(source: str) -> None:
        nonlocal refused
        for n in range(250):
            try:
                status, _, _ = raw_request(room.port, bad[n % len(bad)], source)
            except (OSError, IndexError, ValueError):
                status = 0
            refused += status != 200

    threads = [threading.Thread(target=attacker, args=(f"127.0.1.{n}",)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert refused == 1000
    status, _, body = room.post({"form": room.form_token("127.0.0.33"), "text": "good"},
                                "127.0.0.33")  # fmt: skip
    assert status == 200, body
    assert _tips(room.session()) == ["good"]


def test_entries_arriving_together_commit_together_and_one_refusal_spares_the_rest(
    room: Room,
) -> None:
    from workshop.core.phones import Entry

    window = room.open(InputKind.CHOICES, Moderation.WALL)
    batch = [
        Entry(InputKind.CHOICES, "one", round_index=0, group=1, option="A"),
        Entry(InputKind.CHOICES, "", round_index=0, group=2, option="Z"),  # not on the card
        Entry(InputKind.CHOICES, "three", round_index=0, group=3, option="B"),
    ]
    receipts = room.call(lambda desk: desk.receive_all(batch))
    assert [r.saved for r in receipts] == [True, False, True]
    assert "not on this card" in receipts[1].message
    choices = room.session().choices
    assert sorted(choices) == [(0, 1), (0, 3)] and window.round_index == 0


@pytest.fixture
def dutch_room(tmp_path: Path, three_card_session: Session) -> Iterator[Room]:
    from dataclasses import replace

    path = tmp_path / "dutch.sqlite"
    library = open_library(path)
    session = three_card_session
    session.details = replace(session.details, language="nl")
    # The first card with three options, so a phone can name one it does not have (D).
    session.rounds[0] = replace(session.rounds[0], options=session.rounds[0].options[:3])
    session_id = library.sessions.create(session)
    library.close()
    running = Room(path, session_id)
    yield running
    running.stop()


def test_refusals_reach_phones_in_the_days_language(dutch_room: Room) -> None:
    room = dutch_room
    room.open(InputKind.TIPS, Moderation.WALL)
    status, _, body = room.post({"form": room.form_token(), "text": "ok", "group": "x"})
    # The message and the phrase in its place ("The group") both in Dutch.
    assert status == 400 and b"Het groepsnummer moet een getal zijn." in body, body
    assert b'<html lang="nl">' in body and b"Niet bewaard" in body
    room.open(InputKind.CHOICES, Moderation.WALL)
    status, _, body = room.post({"form": room.form_token("127.0.0.2"), "option": "A"},
                                "127.0.0.2")  # fmt: skip
    assert status == 400 and b"Kies het nummer van je groep." in body, body
    # Refused by the session's owner after the form was read: a card without option D.
    status, _, body = room.post(
        {"form": room.form_token("127.0.0.3"), "group": "1", "option": "D"}, "127.0.0.3"
    )
    assert status == 503 and b"Optie D staat niet op deze kaart; kies uit A, B, C." in body, body
    assert room.session().choices == {}


def test_refusals_stay_in_english_on_an_english_day(room: Room) -> None:
    room.open(InputKind.TIPS, Moderation.WALL)
    status, _, body = room.post({"form": room.form_token(), "text": "ok", "group": "x"})
    assert status == 400 and b"The group must be a number." in body, body


def test_a_dutch_choice_form_asks_for_the_letter_until_the_options_are_shown(
    dutch_room: Room,
) -> None:
    from workshop.core.session import Position, RevealStep

    room = dutch_room
    room.open(InputKind.CHOICES, Moderation.WALL)
    card = room.session().rounds[0]
    page = get(room.port, f"/{room.token}/")[2].decode()
    assert "De opties komen op de muur; stuur tot dan de letter." in page
    assert 'value="C"' in page and not any(t in page for _, t in card.lettered_options())

    def reveal(desk) -> None:  # type: ignore[no-untyped-def]
        desk.session.position = Position(0, RevealStep.OPTIONS)

    room.call(reveal)
    room.open(InputKind.CHOICES, Moderation.WALL)
    page = get(room.port, f"/{room.token}/")[2].decode()
    assert "De opties komen" not in page
    assert all(html.escape(t) in page for _, t in card.lettered_options())
