"""A room share running on loopback for each test that asks for one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from workshop.core.session import Session
from workshop.share.server import RoomShare, summary_files


@pytest.fixture
def shared_session(three_card_session: Session) -> Session:
    session = three_card_session
    session.details = replace(session.details, title="Room share <b>test</b>")
    return session


@pytest.fixture
def share(shared_session: Session) -> Iterator[RoomShare]:
    running = RoomShare(summary_files(shared_session), "127.0.0.1")
    yield running
    running.stop()
