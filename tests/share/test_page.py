"""The share's phone page: the summary's content, every user text escaped, no names."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from workshop.core.details import Participant
from workshop.core.outline import Edition
from workshop.core.session import GroupChoice, Highlight, Position, Session
from workshop.share.page import CONTENT_SECURITY_POLICY, STYLE, share_page

SCRIPT = "<script>alert(1)</script>"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.hrefs += [v for k, v in attrs if k == "href"]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: bytes) -> _Collect:
    collect = _Collect()
    collect.feed(page.decode("utf-8"))
    return collect


def hostile_session(session: Session) -> Session:
    session.details = replace(session.details, title=f"Title {SCRIPT} AT&T")
    session.rounds[0] = replace(session.rounds[0], title=SCRIPT)
    session.details = replace(session.details, venue='"><img src=x onerror=alert(2)>')
    session.details = replace(session.details, participants=(Participant("Anna Secret", "Org"),))
    session.choices[(0, 1)] = GroupChoice(0, 1, "A", "because <i>reasons</i>")
    session.highlights[1] = Highlight(1, "Why it matters", "javascript:alert(3)")
    return session


def test_user_text_is_text_and_nothing_can_run(three_card_session):
    session = hostile_session(three_card_session)
    page = share_page(session, "summary.pdf", 40_000)
    seen = parsed(page)
    words = "".join(seen.text)
    assert SCRIPT in words and f"Title {SCRIPT} AT&T" in words
    assert "because <i>reasons</i>" in words
    assert set(seen.tags) <= {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3",
                              "p", "a", "ul", "ol", "li", "b", "i", "span", "nav", "details",
                              "summary"}  # fmt: skip
    # Only web addresses and the PDF become links; a javascript: address stays words.
    assert all(h == "summary.pdf" or h.startswith(("https://", "http://", "#"))
               for h in seen.hrefs)  # fmt: skip
    assert "javascript:alert(3)" not in seen.hrefs


def test_the_page_has_the_summary_content(three_card_session):
    session = three_card_session
    session.choices[(0, 2)] = GroupChoice(0, 2, "B", "one colleague two days a week")
    words = "".join(parsed(share_page(session, "summary.pdf", 40_000)).text)
    assert session.details.title in words
    # Only rounds played: the first card is on the wall, the others were never reached.
    assert session.rounds[0].title in words
    assert all(card.title not in words for card in session.rounds[1:])
    session.position = Position(len(session.rounds) - 1)
    words = "".join(parsed(share_page(session, "summary.pdf", 40_000)).text)
    for card in session.rounds:
        assert card.title in words
    assert "Group 2: B — one colleague two days a week" in words
    assert "Download the summary (PDF, 39 kB)" in words


def test_the_absentee_page_names_no_participant(three_card_session):
    session = hostile_session(three_card_session)
    assert b"Anna Secret" not in share_page(session, "summary.pdf", 1)
    everyone = share_page(session, "summary.pdf", 1, Edition.PARTICIPANTS)
    assert b"Anna Secret (Org)" in everyone


def test_the_policy_allows_the_page_style_and_nothing_else():
    import base64
    import hashlib

    digest = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in CONTENT_SECURITY_POLICY
    assert re.search(r"default-src 'none'", CONTENT_SECURITY_POLICY)
