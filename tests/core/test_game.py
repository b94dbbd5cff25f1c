"""The game's rules: play modes, hands, results revealed together, and the timer on a fake clock."""

from __future__ import annotations

import copy

import pytest

from workshop.core.audience import ViewMode, audience_view
from workshop.core.commands import RecordGroupChoice, step_forward
from workshop.core.errors import CommandRejected
from workshop.core.game import SetHands, SetPlayMode, SetResultStyle, SetTimer, ShowResults
from workshop.core.session import PlayMode, ResultStyle
from workshop.core.timer import RoundTimer, TimerPhase


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


def test_the_timer_counts_pauses_resumes_and_takes_a_minute_more():
    clock = FakeClock()
    timer = RoundTimer(600)
    assert not timer.touched and timer.text(clock()) == "10:00"
    timer = timer.toggled(clock())  # start
    clock.now += 90
    assert timer.text(clock()) == "8:30" and timer.running
    timer = timer.toggled(clock())  # pause
    clock.now += 1000  # paused time does not count
    assert timer.text(clock()) == "8:30" and not timer.running and timer.touched
    timer = timer.toggled(clock()).plus_minute()
    clock.now += 30
    assert timer.text(clock()) == "9:00"
    assert timer.reset() == RoundTimer(660)


@pytest.mark.parametrize(
    "used, phase",
    [(0, TimerPhase.NORMAL), (479, TimerPhase.NORMAL), (480, TimerPhase.LOW),
     (570, TimerPhase.CRITICAL), (600, TimerPhase.UP), (900, TimerPhase.UP)],
)  # fmt: skip
def test_the_timer_changes_colour_at_20_and_5_percent_left(used, phase):
    assert RoundTimer(600, None, used).phase(0) is phase


def test_a_running_timer_survives_a_restart_because_it_is_timestamps():
    clock = FakeClock()
    timer = RoundTimer(300).started(clock())
    stored = copy.deepcopy(timer)  # what the library keeps
    clock.now += 125  # the app was closed and opened again meanwhile
    assert stored.text(clock()) == "2:55"
    clock.now -= 500  # a clock set back never adds time
    assert stored.used(clock()) == 0


def test_timer_actions_are_undone(three_card_session):
    session = three_card_session
    command = SetTimer(session.timer.started(10.0))
    command.apply(session)
    assert session.timer.running
    command.revert(session)
    assert session.timer == RoundTimer()


def test_a_plenary_round_counts_hands_and_keeps_the_groups_choices(three_card_session):
    session = three_card_session
    RecordGroupChoice(0, 1, "A").apply(session)
    SetPlayMode(0, PlayMode.PLENARY).apply(session)
    SetHands(0, "b", 14).apply(session)
    SetHands(0, "A", 3).apply(session)
    assert (
        session.counts(0)
        == [("A", 3), ("B", 14), ("C", 0), ("D", 0)][: len(session.rounds[0].options)]
    )
    assert session.choices[(0, 1)].option == "A"
    back = SetPlayMode(0, PlayMode.GROUPS)
    back.apply(session)
    assert session.counts(0)[0] == ("A", 1)
    back.revert(session)
    assert session.mode(0) is PlayMode.PLENARY


def test_bad_counts_are_refused(three_card_session):
    with pytest.raises(CommandRejected, match="not on this card"):
        SetHands(0, "Z", 3).apply(three_card_session)
    with pytest.raises(CommandRejected, match="between 0 and"):
        SetHands(0, "A", -1).apply(three_card_session)
    assert three_card_session.hands == {}


def test_results_are_revealed_together_and_hidden_by_the_next_card(three_card_session):
    session = three_card_session
    for group, letter in ((1, "A"), (2, "B"), (3, "A")):
        RecordGroupChoice(0, group, letter, f"reason {group}").apply(session)
    assert audience_view(session).mode is ViewMode.CARD  # hidden until revealed
    ShowResults(True).apply(session)
    view = audience_view(session)
    assert view.mode is ViewMode.RESULTS
    assert [(x, n) for x, _text, n in view.counts][:2] == [("A", 2), ("B", 1)]
    assert "A  " in view.plain_text() and "2" in view.plain_text()
    SetResultStyle(ResultStyle.SIDE_BY_SIDE).apply(session)
    assert "2  B  reason 2" in audience_view(session).plain_text()
    while session.position.round_index == 0:
        step_forward(session).apply(session)
    assert not session.results_shown and audience_view(session).mode is ViewMode.CARD


def test_plenary_results_are_a_chart_of_hands(three_card_session):
    session = three_card_session
    SetPlayMode(1, PlayMode.PLENARY).apply(session)
    SetHands(1, "A", 21).apply(session)
    session.position = session.position.__class__(1)
    SetResultStyle(ResultStyle.SIDE_BY_SIDE).apply(session)
    ShowResults(True).apply(session)
    view = audience_view(session)
    assert view.plenary and view.result_style is ResultStyle.CHART
    assert view.counts[0][2] == 21 and view.groups == ()
