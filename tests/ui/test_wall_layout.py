"""Every kind of wall screen, at 1280x720 and 1920x1080, as a three-day event fills it:
every text at or above the floor size (40 px of 1080 lines), inside the screen, inside its
own box, and overlapping no other text; every theme's colours meet WCAG AA."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF

from tests.core.test_room import SCALE
from workshop.core import agenda as ag
from workshop.core.activity import Activity
from workshop.core.agenda_edits import SetAgenda
from workshop.core.audience import AudienceView, ViewMode, audience_view
from workshop.core.commands import RecordGroupChoice
from workshop.core.demo import EVENT_GROUPS, event_participants, play_event, play_groups
from workshop.core.groups import Forming, form
from workshop.core.palette import PALETTE, contrast, group_round, ink_on, option_colour
from workshop.core.session import Position, ResultStyle, RevealStep, Session, start_session
from workshop.ui.wall import counter_text
from workshop.ui.widgets.audience_widget import wall_layout
from workshop.ui.widgets.results_paint import TIMER_PX, layout_results, timer_rect
from workshop.ui.widgets.room_paint import FLOOR_PX, SHAPES, Placed, balanced_grid
from workshop.ui.widgets.theme import THEMES, load_fonts, wall_font

SIZES = [QSize(1280, 720), QSize(1920, 1080)]
# Reasons as long as a group writes them (the cap is 300 characters).
LONG_REASON = (
    "We tried the other way last year and it stalled within a month: nobody owned the "
    "replies, members stopped asking, and the volunteers who did answer burnt out by spring."
)


def _event(starter_deck) -> Session:
    session = start_session(
        starter_deck, "Social media for associations: three days", group_count=EVENT_GROUPS
    )
    play_event(session, lambda command: command.apply(session))
    play_groups(session, lambda command: command.apply(session), SCALE)
    return session


@pytest.fixture(scope="module")
def event(qapp, starter_deck_module) -> Session:
    load_fonts()
    return _event(starter_deck_module)


@pytest.fixture(scope="module")
def starter_deck_module():
    import json

    from workshop import paths
    from workshop.core.deckformat import deck_from_data

    file = paths.starter_decks()[0]
    return deck_from_data(json.loads(file.read_text(encoding="utf-8")), file.name)


def _views(session: Session) -> dict[str, AudienceView]:
    """One view per kind of screen, each as full as the event makes it."""
    s = session
    views: dict[str, AudienceView] = {}
    s.activity = Activity.TITLE
    views["title"] = audience_view(s)
    s.activity = Activity.CARDS
    longest = max(
        range(len(s.rounds)),
        key=lambda i: len(audience_view(s, Position(i, RevealStep.QUESTIONS)).plain_text()),
    )
    s.position = Position(longest, RevealStep.QUESTIONS)
    views["card"] = audience_view(s)
    s.position = Position(0)
    for group in range(1, 14):
        RecordGroupChoice(0, group, "ABCD"[group % 4], LONG_REASON).apply(s)
    s.results_shown, s.result_style = True, ResultStyle.CHART
    views["results-chart"] = audience_view(s)
    s.result_style = ResultStyle.SIDE_BY_SIDE
    views["results-tiles"] = audience_view(s)
    s.results_shown = False
    s.activity = Activity.BOARD
    views["board"] = audience_view(s)
    s.activity = Activity.GROUPS
    views["groups-13"] = audience_view(s)
    formed = s.forming
    people = list(s.details.participants[:20])
    s.forming = form(people, count=4, balanced=True, seed=1)
    views["groups-4"] = audience_view(s)
    s.forming = Forming()
    views["groups-not-formed"] = audience_view(s)
    s.forming = formed
    s.activity = Activity.EXERCISE
    views["exercise"] = audience_view(s)
    s.activity = Activity.SCALE
    views["scale"] = audience_view(s)
    plan = ag.Agenda("09:30")
    for kind, title, minutes in (
        (ag.Kind.WELCOME, "Welcome and coffee", 20),
        (ag.Kind.PRESENTATION, "Why communities stall", 25),
        (ag.Kind.GAME, "The dilemma game", 60),
        (ag.Kind.BREAK, "Lunch", 45),
        (ag.Kind.EXERCISE, "How social is your organisation?", 20),
        (ag.Kind.BOARD, "Tips and tricks from everyone in the room", 25),
        (ag.Kind.SHOWCASE, "Your own work", 30),
        (ag.Kind.PRESENTATION, "What we take home", 20),
        (ag.Kind.CLOSING, "Closing", 10),
    ):
        plan = ag.add_item(plan, ag.Item(0, kind, title, minutes))
    plan = ag.next_activity(ag.next_activity(plan, 1_000_000.0), 1_001_200.0)
    SetAgenda(plan).apply(s)
    s.activity = Activity.AGENDA
    views["agenda"] = audience_view(s)
    views["showcase"] = AudienceView(
        mode=ViewMode.SHOWCASE,
        title="A guide to grants that small associations can actually use, in plain words",
        text="Ada de Wit-van der Berg",
        link="https://example.org/work/a-guide-to-grants-for-small-associations",
        card_number=2,
        card_count=3,
        next_up="Bo Kramer",
    )
    s.details = replace(s.details, follow_up_url="https://example.org/workshop/summary-2026")
    s.activity = Activity.SUMMARY
    views["summary"] = audience_view(s)
    s.activity = Activity.TITLE
    item = ag.Item(99, ag.Kind.BREAK, "Lunch", 45, started_at=1_002_000.0)
    SetAgenda(ag.Agenda("09:30", (item,), current=0)).apply(s)
    views["break"] = audience_view(s)
    return views


KINDS = [
    "title", "break", "card", "results-chart", "results-tiles", "board", "groups-13",
    "groups-4", "groups-not-formed", "exercise", "scale", "agenda", "showcase", "summary",
]  # fmt: skip


@pytest.fixture(scope="module")
def views(event) -> dict[str, AudienceView]:
    return _views(event)


def _pages(view: AudienceView, size: QSize) -> list[list[Placed]]:
    """Every page the wall can show of `view` (results and the board may need more than one)."""
    counter = counter_text(view)
    if view.mode is ViewMode.RESULTS:
        canvas = QRectF(0, 0, size.width(), size.height())
        count = layout_results(view, canvas, size.height() / 1080)[1]
        return [wall_layout(view, size, counter, page) for page in range(count)]
    if view.mode is ViewMode.BOARD:
        first = wall_layout(view, size)
        last = wall_layout(replace(view, page=10_000), size)
        return [first, last]
    return [wall_layout(view, size, counter)]


def _timer(size: QSize) -> Placed:
    canvas = QRectF(0, 0, size.width(), size.height())
    font = wall_font(TIMER_PX * size.height() / 1080, bold=True)
    rect = timer_rect(canvas)
    width = QFontMetricsF(font).horizontalAdvance("-12:00")
    return Placed(QRectF(rect.left(), rect.top(), width, rect.height()), "-12:00", font, "timer")


def _problems(placed: list[Placed], size: QSize) -> list[str]:
    canvas = QRectF(0, 0, size.width(), size.height()).adjusted(-0.5, -0.5, 0.5, 0.5)
    floor = FLOOR_PX * size.height() / 1080
    texts = [p for p in placed if p.text and p.role not in SHAPES]
    found = []
    for p in texts:
        if p.font.pixelSize() < floor - 0.5:
            found.append(f"{p.role} {p.text[:30]!r} at {p.font.pixelSize()} px < {floor:.0f}")
        if not canvas.contains(p.rect):
            found.append(f"{p.role} {p.text[:30]!r} outside the screen: {p.rect}")
        box = QFontMetricsF(p.font).boundingRect(
            QRectF(0, 0, p.rect.width(), 1e6), int(Qt.TextWordWrap), p.text
        )
        if box.height() > p.rect.height() + 1.5 or box.width() > p.rect.width() + 1.5:
            found.append(f"{p.role} {p.text[:30]!r} does not fit its box")
    for a, b in itertools.combinations(texts, 2):
        both = a.rect.intersected(b.rect)
        if both.width() > 1 and both.height() > 1:
            found.append(f"{a.role} {a.text[:20]!r} overlaps {b.role} {b.text[:20]!r}")
    return found


@pytest.mark.parametrize("size", SIZES, ids=["720p", "1080p"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_text_on_every_wall_screen_is_readable_inside_the_screen_and_apart(views, kind, size):
    view = views[kind]
    for page in _pages(view, size):
        texts = [p for p in page if p.text and p.role not in SHAPES]
        assert texts, f"{kind}: nothing on the wall"
        if view.mode in (ViewMode.CARD, ViewMode.EXERCISE, ViewMode.SCALE):
            page = [*page, _timer(size)]  # the round timer shares these screens
        assert _problems(page, size) == [], kind


def test_the_layout_check_catches_small_overlapping_and_outside_text(qapp):
    """The check above is not vacuous: each fault it names is found."""
    load_fonts()
    size = QSize(1920, 1080)
    small = Placed(QRectF(10, 10, 400, 40), "tiny", wall_font(30), "name")
    outside = Placed(QRectF(1800, 10, 400, 60), "outside", wall_font(40), "name")
    over = Placed(QRectF(20, 20, 400, 60), "over", wall_font(40), "name")
    cramped = Placed(QRectF(500, 500, 60, 50), "a long line of words", wall_font(40), "name")
    problems = " ".join(_problems([small, outside, over, cramped], size))
    for word in ("< 40", "outside the screen", "overlaps", "does not fit"):
        assert word in problems


def test_13_groups_show_every_reason_whole_over_the_pages(views):
    view = views["results-tiles"]
    for size in SIZES:
        pages = _pages(view, size)
        reasons = [p.text for page in pages for p in page if p.role == "reason"]
        assert reasons == [LONG_REASON] * 13, "each reason once, never cut"
        marks = [p.text for page in pages for p in page if p.role == "chip"]
        assert marks == [str(n) for n in range(1, 14)]


def test_groups_lie_in_a_balanced_grid():
    area = QRectF(0, 0, 1800, 900)
    for count, rows in ((4, [2, 2]), (13, [5, 4, 4]), (3, [2, 1]), (5, [3, 2]), (7, [4, 3])):
        cells = balanced_grid(count, area, 1.5, 10)
        tops = sorted({round(c.top()) for c in cells})
        assert [sum(1 for c in cells if round(c.top()) == t) for t in tops] == rows, count
        for a, b in itertools.combinations(cells, 2):
            assert a.intersected(b).isEmpty()


def test_every_member_of_13_groups_is_on_the_wall(views):
    view = views["groups-13"]
    for size in SIZES:
        names = {p.text for p in wall_layout(view, size) if p.role == "name"}
        assert {m for g in view.groups_shown for m in g.members} <= names
        assert len(view.groups_shown) == 13


def test_before_groups_are_formed_the_wall_says_so_and_shows_who_is_here(views):
    view = views["groups-not-formed"]
    assert view.groups_shown == () and len(view.people) == 65
    placed = wall_layout(view, QSize(1920, 1080))
    words = [p.text for p in placed]
    assert any("not formed" in w for w in words)
    assert {p.name for p in event_participants()} <= set(words)
    assert not [p for p in placed if p.role in ("tile", "chip")]


def test_groups_that_share_a_colour_differ_in_shape_and_number():
    for a, b in itertools.combinations(range(1, 17), 2):
        if PALETTE[(a - 1) % 8] == PALETTE[(b - 1) % 8]:
            assert group_round(a) != group_round(b)


def _scale_words(placed: list[Placed]) -> dict[str, str]:
    """Each scale card's mark and the output words shown on the card (its band)."""
    shown: dict[str, str] = {}
    for band in (p.rect for p in placed if p.role == "band"):
        mark = next(p.text for p in placed if p.role == "chip" and band.contains(p.rect))
        lines = [p.text for p in placed if p.role == "muted" and band.contains(p.rect)]
        shown[mark] = " ".join(lines)
    return shown


def test_the_scale_cards_carry_name_or_output_and_fill_their_column(views):
    view = views["scale"]
    placed = wall_layout(view, QSize(1920, 1080))
    assert len(_scale_words(placed)) == 13, "a card for every group"
    assert all(_scale_words(placed).values()), "a line of every group's output"
    bands = [p.rect for p in placed if p.role == "band"]
    assert min(b.height() for b in bands) >= 2 * FLOOR_PX, "cards, not tiny chips"


@pytest.mark.parametrize("size", SIZES, ids=["720p", "1080p"])
def test_a_two_digit_mark_keeps_the_scale_card_s_text_width(views, size):
    """Group 11's card was cut to "Two …" where group 1's, with the same output, showed
    more: the mark's width no longer costs the output its words."""
    view = views["scale"]
    shown = _scale_words(wall_layout(view, size))
    outputs = {str(g.number): g.output for g in view.groups_shown}
    for mark, words in shown.items():
        first = outputs[mark].split()[:4]
        assert words.split()[:4] == first, f"group {mark} shows {words!r}"
    for a, b in (("1", "11"), ("2", "12"), ("3", "13"), ("5", "10")):
        assert outputs[a] == outputs[b]
        # Only the line beside the mark is narrower: a word less at most, not all but one.
        assert len(shown[b].split()) >= len(shown[a].split()) - 1, f"{shown[b]!r} < {shown[a]!r}"


def test_the_showcase_shows_the_work_large_its_presenter_the_next_and_a_code(views):
    placed = wall_layout(views["showcase"], QSize(1920, 1080))
    roles = {p.role: p for p in placed}
    assert roles["title"].font.pixelSize() >= 60
    assert roles["name"].text == "Ada de Wit-van der Berg"
    assert any("Bo Kramer" in p.text for p in placed)
    assert roles["qr"].rect.width() >= 500


def test_the_agenda_is_a_timeline_with_the_running_activity_s_end(views):
    view = views["agenda"]
    placed = wall_layout(view, QSize(1920, 1080))
    states = [p.role for p in placed if p.role.startswith("dot-")]
    assert states[:3] == ["dot-done", "dot-now", "dot-next"]
    assert any(view.until in p.text for p in placed if p.role == "time-now")


# -- colours -------------------------------------------------------------------------------


def _hex(colour) -> str:
    return colour.name()


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_theme_meets_wcag_aa_for_text_on_the_wall_on_tiles_and_on_chips(name):
    theme = THEMES[name]
    texts = {"text": theme.text, "muted": theme.muted, "accent": theme.accent}
    grounds = {"background": theme.background, "tile": theme.track, "chip": theme.chip}
    for (tn, text), (gn, ground) in itertools.product(texts.items(), grounds.items()):
        ratio = contrast(_hex(text), _hex(ground))
        assert ratio >= 4.5, f"{name}: {tn} on {gn} is {ratio:.2f}:1"
    for state in ("warning", "alarm"):  # the timer, on the background
        ratio = contrast(_hex(getattr(theme, state)), _hex(theme.background))
        assert ratio >= 4.5, f"{name}: {state} timer {ratio:.2f}:1"


def test_numbers_and_letters_on_group_and_option_colours_meet_aa():
    for colour in (*PALETTE, *(option_colour(i) for i in range(7))):
        assert contrast(ink_on(colour), colour) >= 4.5, colour
    # The case: white on the green chip was 3.4:1, black gives more than 6:1.
    assert ink_on("#009E73") == "#000000" and contrast("#000000", "#009E73") > 6


def test_the_options_have_distinct_colours_the_same_in_the_summary_chart():
    from reportlab.graphics.shapes import Rect

    from workshop.export.chart import TRACK, option_bar

    colours = [option_colour(i) for i in range(4)]
    assert len(set(colours)) == 4
    filled = []
    for letter in "ABCD":
        bar = option_bar(letter, 2, 3)
        fills = [s.fillColor for s in bar.contents if isinstance(s, Rect)]
        filled += [f.hexval()[2:].upper() for f in fills if f != TRACK]
    assert filled == [c.lstrip("#").upper() for c in colours]


def test_the_qr_code_is_one_path_without_seams(qapp):
    from PySide6.QtGui import QImage, QPainter

    from workshop.ui.widgets.agenda_paint import draw_qr

    image = QImage(333, 333, QImage.Format_RGB32)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    # A module size that is not a whole number of pixels: the old module-by-module drawing
    # left light lines between neighbouring dark modules here.
    draw_qr(painter, QRectF(0.3, 0.3, 332.4, 332.4), "https://example.org/workshop/summary")
    painter.end()
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M

    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    code.add_data("https://example.org/workshop/summary")
    code.make(fit=True)
    module = 332.4 / len(code.get_matrix())
    # The top finder pattern's first row: seven dark modules in a run, from module 4.
    y = round(0.3 + 4.5 * module)
    row = [
        image.pixelColor(x, y).lightness()
        for x in range(round(0.3 + 4 * module) + 1, round(0.3 + 11 * module) - 1)
    ]
    assert max(row) < 20, "a light seam runs through a dark run of modules"


@pytest.mark.parametrize("size", SIZES, ids=["720p", "1080p"])
def test_while_phones_may_send_the_card_keeps_clear_of_their_panel(views, size):
    from workshop.ui.widgets.phone_paint import phone_panel

    view = replace(views["card"], phone_prompt="Send your group's choice",
                   phone_link="http://192.168.1.20:8000/abcdefghjkmnpqrstuvwxyz/")  # fmt: skip
    canvas = QRectF(0, 0, size.width(), size.height())
    panel = phone_panel(canvas, size.height() / 1080)[0]
    page = wall_layout(view, size)
    assert [p for p in page if p.text and p.rect.intersects(panel)] == []
    assert _problems([*page, _timer(size)], size) == []
    # The card's words are all still there, only narrower.
    assert {p.text for p in page} == {p.text for p in wall_layout(views["card"], size)}
