"""A summary that reads in five minutes: the 3-day event fits in 25 pages before its appendix,
with every tip, choice, reason and link still in the document; addresses break only at / . -."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.export.pdfs import decode_all_qr_codes, pdf_links, running_text, squeezed
from workshop.cli import main
from workshop.core.outline import readable_address
from workshop.core.session import Session
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.summary import write_summary
from workshop.export.text import BREAK_MARK, address_lines
from workshop.store.library import open_library

EVENT_URL = "https://example.org/event"


@pytest.fixture(scope="module")
def event(tmp_path_factory) -> Session:
    """The `demo --scale event` session: 60 rounds, 13 groups, 600 tips, 80 links."""
    path = tmp_path_factory.mktemp("event") / "library.sqlite"
    assert main(["--library", str(path), "demo", "--scale", "event", "--follow-up", EVENT_URL]) == 0
    library = open_library(path, for_writing=False)
    try:
        return library.sessions.load(library.sessions.summaries()[0].id)
    finally:
        library.close()


@pytest.fixture(scope="module")
def event_pdf(event: Session, tmp_path_factory) -> Path:
    return write_summary(event, tmp_path_factory.mktemp("pdf") / "event.pdf").path


def start_page(pdf: Path, title: str) -> int:
    """The 1-based page a top-level bookmark points to."""
    reader = PdfReader(pdf)
    for item in reader.outline:
        if not isinstance(item, list) and item.title == title:
            return reader.get_destination_page_number(item) + 1
    raise AssertionError(f"no bookmark {title!r}")


def test_the_event_summary_reads_in_25_pages_before_its_appendix(event_pdf: Path):
    appendix = start_page(event_pdf, "Appendix: the other tips")
    assert appendix - 1 <= 25
    assert start_page(event_pdf, "The dilemmas") == 2  # "At a glance" is the whole first page
    first = PdfReader(event_pdf).pages[0].extract_text()
    assert "At a glance" in first and "What happens next" in first
    assert "The tips with the most votes" in first and "Highlights" in first


def test_nothing_is_lost_every_tip_choice_reason_and_link_is_in_the_document(
    event: Session, event_pdf: Path
):
    words = squeezed(running_text(event_pdf))
    tips = [t for t in event.board.tips.values() if not t.deleted and not t.hidden]
    assert len(tips) >= 590
    assert [t.text for t in tips if squeezed(t.text) not in words] == []
    choices = [c for r in range(len(event.rounds)) for c in event.choices_for(r)]
    assert len(choices) > 700
    said = [f"Group{c.group}:{c.option}{squeezed(c.reason)}" for c in choices]
    assert [s for s in said if s not in words] == []
    links = {link.url for card in event.rounds for link in card.links} | {EVENT_URL}
    assert len(links) > 60
    assert links <= pdf_links(event_pdf)
    assert [u for u in links if squeezed(readable_address(u)) not in words] == []


def test_the_event_summary_draws_qr_codes_only_for_follow_up_and_highlights(
    event: Session, event_pdf: Path, tmp_path: Path
):
    expected = {EVENT_URL} | {event.highlight_link(i) for i in event.highlights}
    decoded = decode_all_qr_codes(event_pdf, tmp_path / "pages", dpi=110)
    assert set(decoded) == expected and len(decoded) == len(expected)


def test_addresses_break_only_after_a_slash_dot_or_hyphen():
    register_fonts()
    url = "https://www.example-organisation.org/events/2026/three-days/summary/notes.html"
    for width in (120, 160, 400):
        lines = address_lines(url, width, REGULAR, 9.5)
        assert "".join(lines) == url
        assert all(line[-1] in "/.-" for line in lines[:-1])
    # A piece with no break point longer than the line is cut with a visible mark.
    lines = address_lines("https://example.org/" + "x" * 300, 150, REGULAR, 9.5)
    assert len(lines) > 3 and all(line.endswith(BREAK_MARK) for line in lines[1:-1])
    assert "".join(line.removesuffix(BREAK_MARK) for line in lines) == (
        "https://example.org/" + "x" * 300
    )


def test_the_event_phone_page_is_small_folded_and_starts_at_a_glance(event: Session):
    from workshop.share.page import share_page

    page = share_page(event, "summary.pdf", 180_000).decode("utf-8")
    assert len(page.encode("utf-8")) < 2_000_000
    assert "<script" not in page
    contents = page.index("<nav>")
    first = page.index("<details", contents)
    assert page.startswith('<details id="glance" open>', first)
    assert page.count("<details") == 6 and page.count(" open>") == 1  # the rest fold away
    assert "overflow-wrap:anywhere" in page  # a 300-letter word wraps instead of running off


def lowest_line(page) -> tuple[float, float, str]:
    """(height on the page, font size, text) of the lowest line above the page number."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: list, tm: list, font: dict, size: float) -> None:
        if text.strip():
            found.append((tm[5] * cm[3] + cm[5], (tm[0] or 1) * size, text.strip()))

    page.extract_text(visitor_text=visit)
    return min((f for f in found if f[0] > 45), key=lambda f: f[0])


def test_no_heading_is_left_alone_at_the_foot_of_a_page(event_pdf: Path):
    pages = PdfReader(event_pdf).pages
    feet = [lowest_line(page) for page in pages]
    assert len(feet) > 25
    # Headings are 11.5 pt and larger; the text under them is 10.5 pt and smaller.
    stranded = [(n, text) for n, (_, size, text) in enumerate(feet, 1) if size >= 11.5]
    assert stranded == []
