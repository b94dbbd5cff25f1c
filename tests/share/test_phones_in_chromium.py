"""A phone's form in a real browser with scripts switched off: typed, tapped, received."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workshop.core.phones import InputKind, Moderation
from workshop.core.session import Session
from workshop.store.library import open_library

from .cdp import DevTools
from .room import Room
from .test_in_chromium import CHROMIUM, FLAGS

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")


@pytest.fixture
def room(tmp_path: Path, three_card_session: Session) -> Iterator[Room]:
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    library.close()
    running = Room(path, session_id)
    yield running
    running.stop()


def test_chromium_without_javascript_sends_a_tip_and_a_groups_choice(room: Room, tmp_path):
    assert CHROMIUM is not None
    room.open(InputKind.TIPS, Moderation.WALL)
    browser = DevTools(CHROMIUM, FLAGS, tmp_path / "profile")
    address = f"http://127.0.0.1:{room.port}/{room.token}/"
    try:
        browser.call("Page.enable")
        browser.call("Page.navigate", url=address)
        browser.wait_for("Send your tip")
        browser.click("#text")
        browser.type("<i>Typed</i> on a phone")
        browser.click("button[type=submit]")
        page = browser.wait_for("Received")
        assert "it is on the wall" in page
        tips = [t.text for t in room.session().board.tips.values()]
        assert tips == ["<i>Typed</i> on a phone"]

        room.open(InputKind.CHOICES, Moderation.WALL)
        browser.call("Page.navigate", url=address)
        browser.wait_for("Send your group")
        browser.click("#group")
        browser.type("2")
        browser.click("input[name=option][value=B]")
        browser.click("#text")
        browser.type("we argued")
        browser.click("button[type=submit]")
        browser.wait_for("Received")
        choice = room.session().choices[(0, 2)]
        assert (choice.option, choice.reason) == ("B", "we argued")
    finally:
        browser.close()
