"""`session publish`: a self-contained folder for the follow-up address, opened in Chromium
from file:// with no request leaving it; its QR code decodes to the address README names."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import replace

import pytest

from tests.export.pdfs import decode_all_qr_codes
from tests.share.test_in_chromium import CHROMIUM, open_in_chromium
from workshop.cli import main
from workshop.core.commands import RecordGroupChoice
from workshop.core.highlights import SetHighlight
from workshop.core.session import Highlight, Session
from workshop.share.publish import publish_session

HOSTILE = "<script>alert(1)</script>"
LONG_WORD = "x" * 300


@pytest.fixture
def day(three_card_session: Session) -> Session:
    session = three_card_session
    session.details = replace(
        session.details, introduction=f"A day {HOSTILE} with a {LONG_WORD} in it."
    )
    for group in (1, 2, 3):
        RecordGroupChoice(0, group, "A", f"reason {group} {HOSTILE}").apply(session)
    SetHighlight(0, Highlight(0, "Worth a read", "https://example.org/notes/1")).apply(session)
    return session


def test_the_folder_holds_the_page_the_pdfs_and_where_to_upload_it(day: Session, tmp_path):
    published = publish_session(day, tmp_path / "site", make_zip=True)
    folder = tmp_path / "site"
    assert sorted(p.name for p in folder.iterdir()) == [
        "README.txt", "handout.pdf", "index.html", "summary.pdf"
    ]  # fmt: skip
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    assert f"Upload this folder to {day.details.follow_up_url}\n" in readme
    # The summary's follow-up code points at that very address.
    decoded = decode_all_qr_codes(folder / "summary.pdf", tmp_path / "pages")
    assert day.details.follow_up_url in decoded
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"\ssrc=|<link\b|@import|url\(", page)  # nothing loaded from elsewhere
    assert 'href="summary.pdf"' in page and "Content-Security-Policy" in page
    with zipfile.ZipFile(published.zip_path) as archive:
        assert sorted(archive.namelist()) == [f"site/{n}" for n in sorted(published.files)]
    # Published again without highlights: the old handout goes, nothing else is left over.
    day.highlights.clear()
    again = publish_session(day, folder)
    assert "handout.pdf" not in again.files and not (folder / "handout.pdf").exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]


def test_the_command_publishes_and_refuses_a_file_for_a_folder(tmp_path, capsys):
    library = str(tmp_path / "lib.sqlite")
    url = "https://example.org/day"
    assert main(["--library", library, "demo", "--follow-up", url]) == 0
    assert (
        main(["--library", library, "session", "publish", "1", "--to", str(tmp_path / "out")]) == 0
    )
    assert f"Upload the folder to {url}" in capsys.readouterr().out
    assert (tmp_path / "out" / "index.html").exists()
    (tmp_path / "file").write_text("x")
    assert (
        main(["--library", library, "session", "publish", "1", "--to", str(tmp_path / "file")]) == 1
    )
    assert "is a file, not a folder" in capsys.readouterr().err


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_chromium_opens_the_folder_from_file_with_no_request_leaving_it(day: Session, tmp_path):
    publish_session(day, tmp_path / "site")
    log = tmp_path / "net.json"
    index = (tmp_path / "site" / "index.html").as_uri()
    shown = open_in_chromium(
        index, tmp_path / "profile", "--dump-dom", f"--log-net-log={log}", "--window-size=412,900"
    )
    assert "<h1>Three cards</h1>" in shown.stdout and "<script" not in shown.stdout
    console = [line for line in shown.stderr.splitlines() if ":CONSOLE" in line]
    assert not [line for line in console if "Content Security Policy" in line], console
    events = json.loads(log.read_text() or "{}").get("events", [])
    started = [e["params"] for e in events if "method" in e.get("params", {})]
    # Chromium's own background calls say "not an origin"; anything the page asked for has
    # the page's origin (null for file://) as its initiator. None may leave.
    from_page = [p["url"] for p in started if p.get("initiator") != "not an origin"]
    assert not [u for u in from_page if not u.startswith("file:")], from_page


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_the_net_log_check_sees_a_page_that_loads_from_elsewhere(tmp_path):
    """The check above can fail: a page with an outside image is caught by it."""
    page = tmp_path / "leaky.html"
    page.write_text('<img src="http://192.0.2.1/x.png"><p>leak</p>', encoding="utf-8")
    log = tmp_path / "net.json"
    open_in_chromium(page.as_uri(), tmp_path / "profile", "--dump-dom", f"--log-net-log={log}")
    events = json.loads(log.read_text() or "{}").get("events", [])
    started = [e["params"] for e in events if "method" in e.get("params", {})]
    assert any(p["url"].startswith("http://192.0.2.1") and p.get("initiator") != "not an origin"
               for p in started)  # fmt: skip
