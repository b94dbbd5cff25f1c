"""Summary, handout and card sheets: every field read back literally, every QR code decoded."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest
from pypdf import PdfReader

from tests.export.pdfs import decode_all_qr_codes, outline_titles, pdf_links, pdf_text, squeezed
from workshop.core.cards import Link
from workshop.core.commands import EditSessionDetails, RecordGroupChoice
from workshop.core.demo import play_demo
from workshop.core.details import SessionDetails, parse_participants
from workshop.core.highlights import SetHighlight
from workshop.core.outline import readable_address
from workshop.core.session import Highlight, Session, start_session
from workshop.export.card_sheets import write_card_sheets
from workshop.export.handout import write_handout
from workshop.export.summary import Edition, write_summary

LONG_WORD = "Donaudampfschifffahrt" * 14 + "ende"  # 298 letters, no place to break
PROBES = [
    "<b>",
    "</i>",
    "AT&T",
    "a < b",
    '<img src="x.png">',
    "Zoë Łódź Ελληνικά кириллица",
    "שלום",
    "🎉 😀",
]
PROBE = " ".join(PROBES)
PEOPLE = "Anna Vermeulen, Oxfam\nBram Oosterhuis\nChloé Dumoulin, Stad Gent"
HIGHLIGHT_URL = "https://example.org/highlight/two"


@pytest.fixture
def rich(starter_deck) -> Session:
    """The whole starter deck played, every field holding markup and many scripts."""
    session = start_session(starter_deck, "x", "2026-11-22", "https://example.org/follow-up")
    first = session.rounds[0]
    session.rounds[0] = replace(
        first,
        title=f"card title {PROBE}",
        text=f"card text {PROBE} {LONG_WORD}",
        options=(f"option {PROBE}", *first.options[1:]),
        questions=(f"question {PROBE}",),
        links=(Link(f"link label {PROBE}", "https://example.org/a?x=1&y=<2>"),),
    )
    EditSessionDetails(
        SessionDetails(
            f"session title {PROBE}",
            "2026-11-22",
            "https://example.org/follow-up",
            f"venue {PROBE}",
            f"organisation {PROBE}",
            f"facilitators {PROBE}",
            f"introduction {PROBE} {LONG_WORD}",
            12,
            parse_participants(PEOPLE),
        )
    ).apply(session)
    play_demo(session, lambda command: command.apply(session))
    RecordGroupChoice(0, 1, "A", f"reason {PROBE}").apply(session)
    SetHighlight(0, Highlight(0, f"highlight intro {PROBE} {LONG_WORD}")).apply(session)
    SetHighlight(2, Highlight(2, "The room split.", HIGHLIGHT_URL)).apply(session)
    return session


FIELDS = [
    "session title",
    "venue",
    "organisation",
    "facilitators",
    "introduction",
    "card title",
    "card text",
    "option",
    "link label",
    "reason",
    "highlight intro",
]


def test_every_field_of_the_summary_reads_back_literally(rich, tmp_path):
    written = write_summary(rich, tmp_path / "s.pdf")
    words = squeezed(pdf_text(written.path))
    for field in FIELDS:
        assert squeezed(f"{field} {PROBE}") in words, field
    assert LONG_WORD in words
    assert words.count(LONG_WORD) == 3  # introduction, highlight, card text: nothing cut


def test_the_summary_has_bookmarks_page_numbers_and_metadata(rich, tmp_path):
    written = write_summary(rich, tmp_path / "s.pdf")
    reader = PdfReader(written.path)
    assert reader.metadata.title == rich.details.title
    assert reader.metadata.author == rich.details.facilitators
    assert reader.trailer["/Root"]["/Lang"] == "en"
    titles = outline_titles(written.path)
    assert titles[:2] == ["At a glance", "The dilemmas"]
    assert titles[2].startswith(f"1. {rich.rounds[0].title}")
    assert "The dilemmas" in titles and "Follow-up links" in titles
    assert sum(t.startswith(f"{i + 1}. ") for i in range(10) for t in titles) == 10
    assert reader.pages[-1].extract_text().split()[0] == str(len(reader.pages))


def test_every_qr_code_in_the_summary_decodes_to_its_printed_link(rich, tmp_path):
    written = write_summary(rich, tmp_path / "s.pdf")
    # QR codes only where a reader needs one: the follow-up page and the highlights.
    expected = {rich.details.follow_up_url, HIGHLIGHT_URL, rich.highlight_link(0)}
    assert set(written.qr_links) == expected
    decoded = decode_all_qr_codes(written.path, tmp_path / "pages")
    assert Counter(decoded) == Counter(written.qr_links)
    words = squeezed(pdf_text(written.path))
    for url in decoded:  # the address printed beside each code is the one it holds
        assert squeezed(readable_address(url)) in words
    # Every other link is listed, in short readable form, and opens its whole address.
    card_links = {link.url for card in rich.rounds for link in card.links}
    assert card_links <= pdf_links(written.path)
    for url in card_links:
        assert squeezed(readable_address(url)) in words


def test_the_absentee_edition_names_no_participant(rich, tmp_path):
    absentee = squeezed(pdf_text(write_summary(rich, tmp_path / "a.pdf").path))
    participants = squeezed(
        pdf_text(write_summary(rich, tmp_path / "p.pdf", edition=Edition.PARTICIPANTS).path)
    )
    for person in rich.details.participants:
        assert squeezed(person.name) not in absentee
        assert squeezed(person.name) in participants
    assert "12participants" in absentee


def test_empty_sections_are_left_out(rich, tmp_path):
    rich.highlights.clear()
    rich.details = replace(rich.details, follow_up_url="")
    rich.rounds = [replace(card, links=()) for card in rich.rounds]
    written = write_summary(rich, tmp_path / "s.pdf")
    titles = outline_titles(written.path)
    assert "For people who were not here" not in titles and "Follow-up links" not in titles
    assert written.qr_links == []


@pytest.mark.parametrize("paper, width", [("a4", 595.28), ("letter", 612.0)])
def test_paper_sizes(rich, tmp_path, paper, width):
    written = write_summary(rich, tmp_path / "s.pdf", paper)
    assert float(PdfReader(written.path).pages[0].mediabox.width) == pytest.approx(width, abs=0.1)


def test_the_handout_has_one_highlight_per_page_with_a_large_code(rich, tmp_path):
    written = write_handout(rich, tmp_path / "h.pdf")
    reader = PdfReader(written.path)
    assert len(reader.pages) == 2
    assert squeezed(f"highlight intro {PROBE}") in squeezed(reader.pages[0].extract_text())
    assert HIGHLIGHT_URL in reader.pages[1].extract_text()
    decoded = decode_all_qr_codes(written.path, tmp_path / "pages", dpi=72)
    assert decoded == [rich.highlight_link(0), HIGHLIGHT_URL] == written.qr_links


def test_a_handout_needs_highlights(rich, tmp_path):
    from workshop.core.errors import WorkshopError

    rich.highlights.clear()
    with pytest.raises(WorkshopError, match="no highlights"):
        write_handout(rich, tmp_path / "h.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("per_page, pages", [(4, 6), (8, 4)])
def test_card_sheets_print_every_card_front_and_back(starter_deck, tmp_path, per_page, pages):
    deck = replace(
        starter_deck,
        cards=(
            replace(starter_deck.cards[0], title=f"card title {PROBE}"),
            *starter_deck.cards[1:],
        ),
    )
    written = write_card_sheets(deck, tmp_path / "c.pdf", per_page)
    reader = PdfReader(written.path)
    assert len(reader.pages) == written.pages == pages
    fronts = squeezed("".join(reader.pages[i].extract_text() for i in range(0, pages, 2)))
    for card in deck.cards:
        assert squeezed(card.title) in fronts
    links = [card.links[0].url for card in deck.cards if card.links]
    assert written.qr_links == links
    assert Counter(decode_all_qr_codes(written.path, tmp_path / "pages")) == Counter(links)


def test_printed_exercise_and_prompt_cards_carry_what_a_room_without_a_projector_needs(
    tmp_path,
):
    from workshop.core.cards import Card, CardKind, Deck

    exercise = Card(
        "ex", "Where do we stand?", CardKind.EXERCISE, "Place your organisation.",
        minutes=20, group_size=5, output="The stage and one reason",
        stages=("Broadcasting", "Listening", "Conversing"),
    )  # fmt: skip
    prompt = Card("pr", "Tips for newcomers", CardKind.PROMPT, "One tip a line.",
                  stages=("Before", "During", "After"))  # fmt: skip
    for language, words in (
        ("en", ("20 minutes · groups of 5", "Hand in: The stage and one reason", "Stages:",
                "1. Broadcasting", "3. Conversing", "Columns:", "• During")),
        ("nl", ("20 minuten · groepen van 5", "Inleveren: The stage and one reason",
                "Stappen:", "Kolommen:")),
    ):  # fmt: skip
        deck = Deck("d", "Deck", language=language, cards=(exercise, prompt))
        written = write_card_sheets(deck, tmp_path / f"{language}.pdf", 4)
        front = squeezed(PdfReader(written.path).pages[0].extract_text())
        for word in words:
            assert squeezed(word) in front, (language, word)


def _number_positions(page) -> dict[str, float]:
    """x of each card number drawn alone on a page (the backs)."""
    found: dict[str, float] = {}

    def visit(text, cm, tm, font, size) -> None:
        if text.strip().isdigit():
            found[text.strip()] = tm[4] * cm[0] + cm[4]

    page.extract_text(visitor_text=visit)
    return found


def test_backs_mirror_the_fronts_so_they_line_up_in_duplex(starter_deck, tmp_path):
    written = write_card_sheets(starter_deck, tmp_path / "c.pdf", 4)
    back = _number_positions(PdfReader(written.path).pages[1])
    middle = PdfReader(written.path).pages[1].mediabox.width / 2
    # Card 1 is printed top left; its back must be top right, card 2's top left.
    assert back["1"] > middle > back["2"]
    assert back["3"] > middle > back["4"]


def test_fonts_are_embedded_in_every_export(rich, starter_deck, tmp_path):
    files = [
        write_summary(rich, tmp_path / "s.pdf").path,
        write_handout(rich, tmp_path / "h.pdf").path,
        write_card_sheets(starter_deck, tmp_path / "c.pdf").path,
    ]
    for path in files:
        for page in PdfReader(path).pages:
            for font in page["/Resources"]["/Font"].values():
                name = str(font.get_object()["/BaseFont"])
                assert "DejaVu" in name or "Symbola" in name, (path.name, name)


def test_the_board_section_lists_tips_by_column_without_hidden_ones_or_absent_authors(
    rich, tmp_path
):
    from workshop.core import board_edits as edits

    board = rich.board
    for title in (f"column {PROBE}", "After"):
        edits.add_column(board, title).apply(rich)
    first, second = (c.id for c in board.live_columns())
    edits.add_tip(board, first, f"tip {PROBE}", group=2, author="Kees Schrijver").apply(rich)
    edits.add_tip(board, first, "the second tip").apply(rich)
    edits.add_tip(board, second, "not for the wall").apply(rich)
    a, b, hidden = sorted(board.tips)
    edits.vote(board, a, 4).apply(rich)
    edits.mark(board, b, highlight=True).apply(rich)
    edits.mark(board, hidden, hidden=True).apply(rich)
    edits.merge_tips(board, [a, b], f"cluster {PROBE}").apply(rich)
    edits.SetQuestion(f"question {PROBE}").apply(rich)

    absentee = write_summary(rich, tmp_path / "a.pdf")
    words = squeezed(pdf_text(absentee.path))
    for field in ("column", "tip", "cluster", "question"):
        assert squeezed(f"{field} {PROBE}") in words, field
    assert squeezed("★ the second tip") in words and "+4" in words
    assert "notforthewall" not in words and "KeesSchrijver" not in words
    assert "Tips and tricks" in outline_titles(absentee.path)
    participants = write_summary(rich, tmp_path / "p.pdf", edition=Edition.PARTICIPANTS)
    assert "KeesSchrijver" in squeezed(pdf_text(participants.path))


def test_the_exercises_section_places_every_group_on_the_scale(rich, tmp_path):
    from tests.core.test_room import SCALE
    from workshop.core.exercise_edits import RecordOutput, RunExercise
    from workshop.core.group_edits import SetGroups
    from workshop.core.groups import form, rename_group

    forming = form(list(rich.details.participants), count=3, seed=1)
    SetGroups(rename_group(forming, 2, f"name {PROBE}")).apply(rich)
    RunExercise(SCALE).apply(rich)
    RecordOutput(0, 1, f"output {PROBE}", 3).apply(rich)
    RecordOutput(0, 2, "we listen", 1).apply(rich)
    written = write_summary(rich, tmp_path / "s.pdf")
    words = squeezed(pdf_text(written.path))
    assert squeezed(f"output {PROBE}") in words
    assert squeezed("4. Collaborating: group 1") in words
    assert squeezed(f"2. Listening: group 2. name {PROBE}") in words
    assert squeezed("5. Social organisation: —") in words
    assert "Group exercises" in outline_titles(written.path)
    for person in rich.details.participants:
        assert squeezed(person.name) not in words


def test_the_showcase_names_presenters_only_for_participants(rich, tmp_path):
    from workshop.core import agenda as ag
    from workshop.core.agenda_edits import SetAgenda

    show = ag.Item(0, ag.Kind.SHOWCASE, "Your work", 30, presenters=(
        ag.Presenter("Ada Showcaser", f"work {PROBE}", "https://example.org/ada"),))  # fmt: skip
    SetAgenda(ag.add_item(rich.agenda, show)).apply(rich)
    # A showcase that never started showed nothing: the summary leaves it out.
    planned = squeezed(pdf_text(write_summary(rich, tmp_path / "planned.pdf").path))
    assert squeezed(f"work {PROBE}") not in planned and "Showcase" not in planned
    SetAgenda(ag.next_activity(rich.agenda, 1_000_000.0)).apply(rich)
    absentee = write_summary(rich, tmp_path / "a.pdf")
    words = squeezed(pdf_text(absentee.path))
    assert squeezed(f"work {PROBE}") in words and "AdaShowcaser" not in words
    assert "https://example.org/ada" in absentee.qr_links
    participants = write_summary(rich, tmp_path / "p.pdf", edition=Edition.PARTICIPANTS)
    assert "AdaShowcaser" in squeezed(pdf_text(participants.path))


def _sizes(page) -> list[tuple[str, float]]:
    """Each piece of text on a page with the size it is drawn at (shrinking included)."""
    found: list[tuple[str, float]] = []

    def visit(text: str, cm: list, tm: list, font: dict, size: float) -> None:
        if text.strip():
            found.append((text.strip(), abs((tm[0] or 1) * (cm[0] or 1)) * size))

    page.extract_text(visitor_text=visit)
    return found


@pytest.mark.parametrize("per_page", [4, 8])
def test_a_cards_link_text_is_never_larger_than_its_body(starter_deck, tmp_path, per_page):
    first = starter_deck.cards[0]
    # Long enough to shrink to stay on its card, with a link of its own to find it by.
    long = replace(first, text=" ".join([first.text] * 6),
                   links=(Link("https://long.example.org/read", "Long read"),))  # fmt: skip
    deck = replace(starter_deck, cards=(long, *starter_deck.cards[1:per_page]))
    written = write_card_sheets(deck, tmp_path / "c.pdf", per_page)
    sizes = _sizes(PdfReader(written.path).pages[0])
    long_body = min(size for text, size in sizes if len(text) > 20 and text in long.text)
    long_link = max(size for text, size in sizes if "long.example.org" in text)
    assert long_body < 8  # it did shrink
    assert long_link <= long_body + 0.01
