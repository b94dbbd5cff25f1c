"""The phone page as a real browser sees it: Debian's Chromium, headless, over HTTP."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from workshop.core.session import Position, Session
from workshop.share.server import RoomShare, summary_files

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCRIPT = "<script>alert(1)</script>"
# No network, no updates, no first-run pages: this machine's network is closed.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--enable-logging=stderr",
    "--v=0",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it as root)"
)


def open_in_chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *extra, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def test_chromium_shows_the_titles_as_text_and_runs_nothing(three_card_session: Session, tmp_path):
    session = three_card_session
    session.rounds[1] = replace(session.rounds[1], title=SCRIPT)
    session.position = Position(len(session.rounds) - 1)  # every round played
    share = RoomShare(summary_files(session), "127.0.0.1")
    try:
        shown = open_in_chromium(share.address, tmp_path / "profile", "--dump-dom")
    finally:
        share.stop()
    dom = shown.stdout
    assert f"<h1>{session.details.title}</h1>" in dom
    for index, card in enumerate(session.rounds):
        if card.title != SCRIPT:
            assert f"{index + 1}. {card.title}</h3>" in dom
    # The hostile title arrived as words: escaped in the DOM, never a script element.
    assert "2. &lt;script&gt;alert(1)&lt;/script&gt;</h3>" in dom
    assert "<script" not in dom
    # The page's own style passed its strict policy: the browser blocked nothing.
    console = [line for line in shown.stderr.splitlines() if ":CONSOLE" in line]
    assert not [line for line in console if "Content Security Policy" in line], console
    assert share.fetches.page == 1
