"""A room of phones sending tips at once while the facilitator approves: all kept, none twice."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from workshop.core.phones import InputKind, Moderation, Status
from workshop.core.session import Session
from workshop.store.library import open_library
from workshop.store.phone_rows import PhoneEntries

from .room import Room


@pytest.fixture
def room(tmp_path: Path, three_card_session: Session) -> Iterator[Room]:
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    library.close()
    running = Room(path, session_id)
    yield running
    running.stop()


def phones_send_tips(room: Room, phones: int, tips: int) -> list[float]:
    """Every phone from its own address, all at once; the seconds each tip took."""
    room.open(InputKind.TIPS, Moderation.QUEUE)
    room.approving = True

    def phone(n: int) -> list[float]:
        source = f"127.0.3.{n + 1}"
        return [room.send_tip(f"phone {n} tip {k}", source) for k in range(tips)]

    with ThreadPoolExecutor(phones) as pool:
        times = [t for each in pool.map(phone, range(phones)) for t in each]
    # The facilitator approves what is still waiting, then the library is read afresh.
    room.call(lambda desk: room._approve_waiting(limit=phones * tips))
    return times


def check_all_kept_once(room: Room, phones: int, tips: int) -> None:
    session = room.session()
    texts = sorted(t.text for t in session.board.tips.values() if not t.deleted)
    expected = sorted(f"phone {n} tip {k}" for n in range(phones) for k in range(tips))
    assert texts == expected  # every tip, none lost, none doubled
    entries = room.call(lambda desk: PhoneEntries(desk.library.db).of_session(room.session_id))
    assert len(entries) == phones * tips
    assert {e.status for e in entries} == {Status.APPROVED}
    assert room.approved == phones * tips


def test_a_few_phones_send_tips_while_the_facilitator_approves(room: Room) -> None:
    phones_send_tips(room, 5, 3)  # within each phone's burst: no waiting
    check_all_kept_once(room, 5, 3)


@pytest.mark.slow
def test_65_phones_send_5_tips_each_while_the_facilitator_approves(room: Room) -> None:
    # The 4th and 5th tip of each phone wait out its write limit (one per 10 s after 3).
    phones_send_tips(room, 65, 5)
    check_all_kept_once(room, 65, 5)
