"""The summary outline: which sections and rounds, who each edition names, and both renderers
(the PDF and the phone page) showing every string it holds."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.core.test_room import SCALE
from tests.export.pdfs import pdf_links, pdf_text, squeezed
from workshop.core import agenda as ag
from workshop.core import board_edits as edits
from workshop.core.agenda_edits import SetAgenda
from workshop.core.cards import Deck
from workshop.core.commands import Command, EditSessionDetails, RecordGroupChoice
from workshop.core.demo import play_demo
from workshop.core.details import Participant
from workshop.core.exercise_edits import RecordOutput, RunExercise
from workshop.core.game import SetHands, SetPlayMode
from workshop.core.group_edits import SetGroups
from workshop.core.groups import form, rename_group
from workshop.core.highlights import SetHighlight
from workshop.core.outline import (
    TOP_OF_COLUMN,
    ClusterItem,
    ColumnItem,
    Edition,
    GlanceItem,
    RoundItem,
    SectionKind,
    ShowcaseItem,
    SummaryOutline,
    readable_address,
    summary_outline,
)
from workshop.core.session import Highlight, PlayMode, Position, Session, start_session

# Words every generated text is made of: markup, ampersands and several scripts, no emoji
# or right-to-left words (the PDF reorders those, so a plain substring test would not hold).
WORDS = ("tip", "AT&T", "<b>", "a < b", "Zoë", "Łódź", "Ελληνικά", "кириллица", "why", "host")
FOLLOW_UP = "https://example.org/follow-up"
# Fields the renderers translate or use without writing them out as they are.
NOT_WRITTEN = {"language", "kind", "edition", "letter"}
# Seeds whose generated sessions together reach every section, the appendix included.
SEEDS = (1, 2, 7, 13, 14)


def phrase(rng: random.Random, tag: str) -> str:
    """A text starting with its own tag, so finding it means finding this one."""
    return " ".join([tag, *(rng.choice(WORDS) for _ in range(rng.randint(1, 6)))])


def strings(value: object, field: str = "") -> list[tuple[str, str]]:
    """Every (field name, string) held anywhere in an outline, however deep."""
    if isinstance(value, str):
        return [(field, value)]
    if dataclasses.is_dataclass(value):
        found = []
        for f in dataclasses.fields(value):
            found += strings(getattr(value, f.name), f.name)
        return found
    if isinstance(value, tuple):
        return [pair for item in value for pair in strings(item, field)]
    return []


def generated_session(deck: Deck, seed: int) -> Session:
    """A session with some of everything, as the app's commands make it, chosen by `seed`."""
    rng = random.Random(seed)
    session = start_session(deck, phrase(rng, "title"), "2026-11-22", rng.choice(["", FOLLOW_UP]))
    session.rounds = session.rounds[: rng.randint(2, 6)]

    def run(command: Command) -> None:
        command.apply(session)

    people = tuple(
        Participant(f"Person{n} Qwerty", f"org{n % 3}") for n in range(rng.randint(0, 7))
    )
    run(
        EditSessionDetails(
            replace(
                session.details,
                venue=phrase(rng, "venue"),
                organisation=phrase(rng, "organisation"),
                facilitators=rng.choice(["", phrase(rng, "facilitators")]),
                introduction=phrase(rng, "introduction"),
                participants=people,
            )
        )
    )
    session.position = Position(rng.randrange(len(session.rounds)))
    for r, card in enumerate(session.rounds):
        roll = rng.random()
        if roll < 0.45:
            for group in range(1, session.group_count + 1):
                reason = rng.choice(["", phrase(rng, f"reason{r}.{group}")])
                run(RecordGroupChoice(r, group, "ABCD"[rng.randrange(len(card.options))], reason))
        elif roll < 0.6:
            run(SetPlayMode(r, PlayMode.PLENARY))
            run(SetHands(r, "A", rng.randint(0, 30)))
        if rng.random() < 0.3:
            url = rng.choice(["", f"https://example.org/highlight/{r}"])
            run(SetHighlight(r, Highlight(r, rng.choice(["", phrase(rng, f"why{r}")]), url)))
    if rng.random() < 0.8:
        _generated_board(session, rng, people)
    if people and rng.random() < 0.7:
        forming = form(list(people), count=min(3, len(people)), seed=seed)
        run(SetGroups(rename_group(forming, 1, f"owls{seed}")))
        run(RunExercise(SCALE))
        for group in forming.groups:
            if rng.random() < 0.8:
                stage = rng.choice([None, rng.randrange(len(SCALE.stages))])
                run(RecordOutput(0, group.number, phrase(rng, f"output{group.number}"), stage))
    if rng.random() < 0.7:
        _generated_agenda(session, rng, people)
    return session


def _generated_board(session: Session, rng: random.Random, people: tuple[Participant, ...]):
    board = session.board
    if rng.random() < 0.7:
        edits.SetQuestion(phrase(rng, "question")).apply(session)
    for c in range(rng.randint(1, 3)):
        edits.add_column(board, phrase(rng, f"column{c}")).apply(session)
    columns = [c.id for c in board.live_columns()]
    for n in range(rng.randint(0, 24)):  # sometimes past a column's top: an appendix
        author = rng.choice(["", *(p.name for p in people)])
        group = rng.randint(0, 3)
        edits.add_tip(board, rng.choice(columns), phrase(rng, f"tip{n}"), group, author).apply(
            session
        )
    ids = sorted(board.tips)
    for tip_id in ids:
        if rng.random() < 0.3:
            edits.vote(board, tip_id, rng.randint(1, 5)).apply(session)
        if rng.random() < 0.2:
            edits.mark(board, tip_id, highlight=True).apply(session)
        elif rng.random() < 0.15:
            edits.mark(board, tip_id, hidden=True).apply(session)
    if len(ids) >= 3 and rng.random() < 0.6:
        edits.merge_tips(board, rng.sample(ids, 2), phrase(rng, "cluster")).apply(session)
    if rng.random() < 0.4:
        edits.bring_in(board, [("Earlier", phrase(rng, "brought"), 2, False)],
                       phrase(rng, "source")).apply(session)  # fmt: skip


def _generated_agenda(session: Session, rng: random.Random, people: tuple[Participant, ...]):
    presenters = tuple(
        ag.Presenter(
            rng.choice([p.name for p in people] or ["Guest Speaker"]),
            rng.choice(["", phrase(rng, f"work{n}")]),
            rng.choice(["", f"https://example.org/work/{n}"]),
        )
        for n in range(rng.randint(1, 3))
    )
    plan = ag.add_item(session.agenda, ag.Item(0, ag.Kind.WELCOME, "Welcome", 10))
    show = ag.Item(0, ag.Kind.SHOWCASE, phrase(rng, "showcase"), 20, presenters=presenters)
    plan = ag.add_item(plan, show)
    for _ in range(rng.randint(0, 2)):
        plan = ag.next_activity(plan, 1_000_000.0)
    SetAgenda(plan).apply(session)


@pytest.fixture
def demo(starter_deck: Deck) -> Session:
    """The small demo: every card of the starter deck played, each group choosing."""
    session = start_session(starter_deck, "Demo", "2026-11-22", FOLLOW_UP)
    play_demo(session, lambda command: command.apply(session))
    return session


def kinds(outline: SummaryOutline) -> list[SectionKind]:
    return [s.kind for s in outline.sections]


def rounds_of(outline: SummaryOutline) -> list[int]:
    section = outline.section(SectionKind.ROUNDS)
    return [item.round_index for item in section.items] if section else []


def test_the_small_demo_has_its_rounds_and_links_and_leaves_out_what_is_empty(demo):
    outline = summary_outline(demo)
    assert kinds(outline) == [SectionKind.GLANCE, SectionKind.ROUNDS, SectionKind.LINKS]
    assert rounds_of(outline) == list(range(len(demo.rounds)))
    first = outline.section(SectionKind.ROUNDS).items[0]
    assert isinstance(first, RoundItem) and first.recorded and not first.plenary
    assert [(a.group, a.option, a.reason) for a in first.answers] == [
        (c.group, c.option, c.reason) for c in demo.choices_for(0)
    ]
    assert sum(o.count for o in first.options) == demo.group_count
    links = outline.section(SectionKind.LINKS).items
    assert links[0].follow_up and links[0].url == FOLLOW_UP
    assert len({link.url for link in links}) == len(links)


def test_sections_appear_once_they_have_something_to_show(demo, starter_deck):
    SetHighlight(2, Highlight(2, "Worth a read")).apply(demo)
    edits.add_column(demo.board, "Before").apply(demo)
    edits.add_tip(demo.board, next(iter(demo.board.columns)), "Name a host").apply(demo)
    RunExercise(SCALE).apply(demo)
    demo.details = replace(demo.details, participants=(Participant("Anna Example"),))
    outline = summary_outline(demo, Edition.PARTICIPANTS)
    assert outline.section(SectionKind.GLANCE).items[0].highlights[0].round_index == 2
    assert kinds(outline) == [
        SectionKind.GLANCE,
        SectionKind.ROUNDS,
        SectionKind.EXERCISES,
        SectionKind.BOARD,
        SectionKind.LINKS,
        SectionKind.PARTICIPANTS,
    ]
    # A board whose every tip is hidden shows nothing; an exercise with no outputs still ran.
    edits.mark(demo.board, next(iter(demo.board.tips)), hidden=True).apply(demo)
    assert SectionKind.BOARD not in kinds(summary_outline(demo, Edition.PARTICIPANTS))
    demo.details = replace(demo.details, follow_up_url="")
    demo.rounds = [replace(card, links=()) for card in demo.rounds]
    assert SectionKind.LINKS not in kinds(summary_outline(demo))


def test_only_rounds_played_are_listed(starter_deck):
    session = start_session(starter_deck, "Played", "2026-11-22")
    assert len(session.rounds) > 8
    assert rounds_of(summary_outline(session)) == [0]  # the first card is on the wall
    RecordGroupChoice(4, 1, "A", "late").apply(session)
    SetHighlight(6, Highlight(6, "worth it")).apply(session)
    SetPlayMode(8, PlayMode.PLENARY).apply(session)
    SetHands(8, "B", 0).apply(session)  # no hand went up: not played
    assert rounds_of(summary_outline(session)) == [0, 4, 6]
    SetHands(8, "B", 12).apply(session)
    session.position = Position(2)
    assert rounds_of(summary_outline(session)) == [0, 1, 2, 4, 6, 8]
    plenary = summary_outline(session).section(SectionKind.ROUNDS).items[-1]
    assert plenary.plenary and plenary.answers == ()
    assert [(o.letter, o.count) for o in plenary.options][:2] == [("A", 0), ("B", 12)]
    # The follow-up links are those of the rounds played, not of every card in the deck.
    links = summary_outline(session).section(SectionKind.LINKS)
    played_urls = {link.url for i in (0, 1, 2, 4, 6, 8) for link in session.rounds[i].links}
    assert {item.url for item in links.items} == played_urls


def test_only_showcases_that_started_are_listed(demo):
    presenter = ag.Presenter("Ada Showcaser", "Our forum", "https://example.org/ada")
    plan = ag.add_item(demo.agenda, ag.Item(0, ag.Kind.SHOWCASE, "Your work", 30,
                                            presenters=(presenter,)))  # fmt: skip
    SetAgenda(plan).apply(demo)
    assert summary_outline(demo, Edition.PARTICIPANTS).section(SectionKind.SHOWCASE) is None
    SetAgenda(ag.next_activity(plan, 1_000_000.0)).apply(demo)
    shown = summary_outline(demo, Edition.PARTICIPANTS).section(SectionKind.SHOWCASE).items
    assert shown == (ShowcaseItem("Our forum", "Ada Showcaser", "https://example.org/ada"),)
    absent = summary_outline(demo).section(SectionKind.SHOWCASE).items
    assert absent == (ShowcaseItem("Our forum", "", "https://example.org/ada"),)


def names_held(session: Session, outline: SummaryOutline) -> set[str]:
    held = " ".join(value for _, value in strings(outline))
    return {p.name for p in session.details.participants if p.name in held}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 10_000))
def test_the_absentee_edition_names_no_one_anywhere(starter_deck, seed):
    session = generated_session(starter_deck, seed)
    assert names_held(session, summary_outline(session, Edition.ABSENTEE)) == set()
    everyone = summary_outline(session, Edition.PARTICIPANTS)
    assert names_held(session, everyone) == {p.name for p in session.details.participants}


def test_the_participants_edition_names_authors_presenters_and_everyone(starter_deck):
    session = generated_session(starter_deck, 11)
    edits.add_column(session.board, "After").apply(session)
    column = session.board.live_columns()[-1].id
    edits.add_tip(session.board, column, "Thank the host", author="Bo Kramer").apply(session)
    outline = summary_outline(session, Edition.PARTICIPANTS)
    authors = [value for field, value in strings(outline) if field == "author"]
    assert "Bo Kramer" in authors
    assert all(value == "" for field, value in strings(summary_outline(session))
               if field in ("author", "presenter"))  # fmt: skip
    assert "Bo Kramer" not in " ".join(value for _, value in strings(summary_outline(session)))


def test_a_cluster_stands_where_its_first_tip_stands(demo):
    board = demo.board
    edits.add_column(board, "Before").apply(demo)
    column = next(iter(board.columns))
    for text in ("one", "two", "three", "four"):
        edits.add_tip(board, column, text).apply(demo)
    one, two, three, four = sorted(board.tips)
    edits.merge_tips(board, [two, four], "pair").apply(demo)
    entries = summary_outline(demo).section(SectionKind.BOARD).items[0].entries
    shown = [e.title if isinstance(e, ClusterItem) else e.text for e in entries]
    assert shown == ["one", "pair", "three"]
    assert [t.text for t in entries[1].tips] == ["two", "four"]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []

    def handle_data(self, data: str) -> None:
        self.words.append(data)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.words += [f" {v} " for k, v in attrs if k == "href"]


def page_words(page: bytes) -> str:
    parser = _Text()
    parser.feed(page.decode("utf-8"))
    return squeezed("".join(parser.words))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("edition", list(Edition))
def test_the_pdf_and_the_phone_page_show_every_string_of_the_outline(
    starter_deck, tmp_path: Path, seed: int, edition: Edition
):
    from workshop.export.summary import write_summary
    from workshop.share.page import share_page

    session = generated_session(starter_deck, seed)
    outline = summary_outline(session, edition)
    from workshop.export.wording import Wording

    day = Wording(session.details.language).day  # the date as the day's language writes it
    held = [(f, day(v) if f == "date" else v) for f, v in strings(outline) if v]
    held = [(f, v) for f, v in held if f not in NOT_WRITTEN]
    assert len(held) > 20
    written = write_summary(session, tmp_path / "s.pdf", edition=edition).path
    pdf, links = squeezed(pdf_text(written)), pdf_links(written)
    page = page_words(share_page(session, "s.pdf", 1000, edition))

    def shown(field: str, value: str) -> bool:
        if field.endswith("url"):  # printed short and readable; the link holds all of it
            return squeezed(readable_address(value)) in pdf and value in links
        return squeezed(value) in pdf

    missing = [(f, v) for f, v in held if not shown(f, v) or squeezed(v) not in page]
    assert missing == []
    # And what the outline leaves out, neither shows: rounds never played, hidden tips.
    for index, card in enumerate(session.rounds):
        if index not in rounds_of(outline):
            assert f"{index + 1}.{squeezed(card.title)}" not in pdf + page
    for tip in session.board.tips.values():
        if tip.hidden:
            assert squeezed(tip.text) not in pdf and squeezed(tip.text) not in page


def test_generated_sessions_hold_some_of_everything(starter_deck):
    """The generator reaches every kind of section, so the test above proves something."""
    seen: set[SectionKind] = set()
    for seed in SEEDS:
        for edition in Edition:
            seen |= set(kinds(summary_outline(generated_session(starter_deck, seed), edition)))
    assert seen == set(SectionKind)
    columns = [
        item
        for seed in SEEDS
        for section in summary_outline(generated_session(starter_deck, seed)).sections
        for item in section.items
        if isinstance(item, ColumnItem)
    ]
    assert any(isinstance(e, ClusterItem) for c in columns for e in c.entries)


def _tips_of(column: ColumnItem) -> list[str]:
    return [t.text for e in column.entries for t in (e.tips if isinstance(e, ClusterItem) else [e])]


def test_tips_go_by_votes_clusters_together_top_in_the_body_rest_in_the_appendix(demo):
    board = demo.board
    edits.add_column(board, "Before").apply(demo)
    column = next(iter(board.columns))
    for n in range(16):
        edits.add_tip(board, column, f"tip{n}").apply(demo)
    ids = sorted(board.tips)
    for n, tip_id in enumerate(ids):
        votes = {3: 9, 7: 4, 12: 6, 14: 6}.get(n, 0)
        if votes:
            edits.vote(board, tip_id, votes).apply(demo)
    edits.merge_tips(board, [ids[1], ids[7]], "pair").apply(demo)  # ranks by its best: 4
    outline = summary_outline(demo)
    body = outline.section(SectionKind.BOARD).items[0]
    shown = [e.title if isinstance(e, ClusterItem) else e.text for e in body.entries]
    # Most votes first, ties in the board's order; the cluster's members by votes too.
    assert shown[:5] == ["tip3", "tip12", "tip14", "pair", "tip0"]
    assert [t.text for t in body.entries[3].tips] == ["tip7", "tip1"]
    assert len(_tips_of(body)) == TOP_OF_COLUMN and body.more == 16 - TOP_OF_COLUMN
    appendix = outline.section(SectionKind.APPENDIX).items[0]
    assert appendix.title == "Before" and appendix.more == 0
    # Nothing lost and nothing twice between the body and the appendix.
    both = _tips_of(body) + _tips_of(appendix)
    assert sorted(both) == sorted(f"tip{n}" for n in range(16))
    assert outline.sections[-1].kind is SectionKind.APPENDIX
    assert SectionKind.APPENDIX not in [s.kind for s in outline.body]
    # "At a glance" comes first and names the five tips with the most votes, with their column.
    glance = outline.sections[0].items[0]
    assert isinstance(glance, GlanceItem) and outline.sections[0].kind is SectionKind.GLANCE
    assert [(t.tip.text, t.tip.votes, t.column) for t in glance.top_tips] == [
        ("tip3", 9, "Before"), ("tip12", 6, "Before"), ("tip14", 6, "Before"),
        ("tip7", 4, "Before"),
    ]  # fmt: skip
    assert glance.tips == 16 and glance.rounds == len(demo.rounds)
    assert glance.follow_up_url == FOLLOW_UP


def test_a_cluster_is_never_split_between_body_and_appendix(demo):
    board = demo.board
    edits.add_column(board, "Before").apply(demo)
    column = next(iter(board.columns))
    for n in range(14):
        edits.add_tip(board, column, f"tip{n}").apply(demo)
    ids = sorted(board.tips)
    edits.merge_tips(board, ids[8:13], "five").apply(demo)
    body = summary_outline(demo).section(SectionKind.BOARD).items[0]
    assert body.entries[-1].title == "five" and len(_tips_of(body)) == 13 and body.more == 1


@pytest.mark.parametrize(
    ("url", "short"),
    [("https://www.example.org/", "example.org"), ("https://example.org/a/b", "example.org/a/b"),
     ("http://example.org", "example.org"), ("mailto:x@example.org", "mailto:x@example.org")],
)  # fmt: skip
def test_readable_addresses_drop_only_what_people_do_not_say(url, short):
    assert readable_address(url) == short


@pytest.mark.parametrize("seed", [3, 7, 11])
def test_choices_grouped_once_match_each_round_asked_alone(starter_deck, seed):
    session = generated_session(starter_deck, seed)
    by_round = session.choices_by_round()
    assert sum(len(found) for found in by_round.values()) == len(session.choices)
    outline = summary_outline(session)
    items = {item.round_index: item for item in outline.section(SectionKind.ROUNDS).items}
    for index in range(len(session.rounds)):
        alone = session.choices_for(index)
        assert by_round.get(index, []) == alone
        assert session.counts(index, by_round.get(index, [])) == session.counts(index)
        if index in items and not items[index].plenary:
            assert [(a.group, a.option, a.reason) for a in items[index].answers] == [
                (c.group, c.option, c.reason) for c in alone
            ]
        if index in items:
            assert [(o.letter, o.count) for o in items[index].options] == session.counts(index)


def test_the_outline_groups_choices_once_instead_of_scanning_them_per_round(
    starter_deck, monkeypatch
):
    # choices_for scans every choice; called per round the outline grew as rounds x choices.
    session = generated_session(starter_deck, 5)
    asked: list[int] = []
    original = Session.choices_for

    def counted(self: Session, round_index: int) -> list:
        asked.append(round_index)
        return original(self, round_index)

    monkeypatch.setattr(Session, "choices_for", counted)
    outline = summary_outline(session)
    assert outline.section(SectionKind.ROUNDS).items
    assert asked == []
