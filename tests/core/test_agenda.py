"""Agenda rules: planned clock times, running late or early, reordering, templates."""

from __future__ import annotations

import pytest

from workshop.core import agenda as ag
from workshop.core.agenda import Agenda, Item, Kind, Presenter, Verdict
from workshop.core.errors import CommandRejected


def day() -> Agenda:
    plan = ag.set_start(Agenda(), "09:30")
    for kind, title, minutes in (
        (Kind.WELCOME, "Welcome", 15),
        (Kind.GAME, "Dilemma game", 60),
        (Kind.BREAK, "Coffee", 15),
        (Kind.SHOWCASE, "Your own work", 30),
    ):
        plan = ag.add_item(plan, Item(0, kind, title, minutes))
    return plan


def at(clock: str) -> float:
    """A fake timestamp: minutes after midnight, as seconds; `local` below reads it back."""
    return ag.minutes_of(clock) * 60.0


def local(seconds: float) -> float:
    return seconds / 60


def test_planned_clock_times_follow_from_the_start():
    plan = day()
    assert [(ag.clock(a), ag.clock(b)) for a, b in ag.planned(plan)] == [
        ("09:30", "09:45"), ("09:45", "10:45"), ("10:45", "11:00"), ("11:00", "11:30"),
    ]  # fmt: skip
    assert ag.clock(ag.forecast(plan, at("08:00"), local).end) == "11:30"


def test_running_late_moves_the_remaining_clock_times_and_says_by_how_much():
    plan = ag.next_activity(day(), at("09:40"))  # welcome starts 10 minutes late
    plan = ag.next_activity(plan, at("10:00"))  # game starts 10:00 instead of 09:45
    seen = ag.forecast(plan, at("10:20"), local)
    assert ag.clock(seen.times[1][1]) == "11:00" and seen.delay == pytest.approx(15)
    assert ag.clock(seen.times[3][0]) == "11:15" and ag.clock(seen.end) == "11:45"
    overrun = ag.forecast(plan, at("11:10"), local)  # the game still runs past its hour
    assert overrun.delay == pytest.approx(25) and ag.clock(overrun.end) == "11:55"


def test_running_early_shows_a_negative_delay():
    plan = ag.next_activity(day(), at("09:30"))
    plan = ag.next_activity(plan, at("09:35"))
    plan = ag.next_activity(plan, at("10:20"))  # the game ended 25 minutes early
    assert ag.forecast(plan, at("10:21"), local).delay == pytest.approx(-25)


def test_reordering_keeps_the_running_activity_running():
    plan = ag.next_activity(ag.next_activity(day(), at("09:30")), at("09:45"))
    game = plan.running()
    coffee = plan.items[2].id
    moved = ag.move_item(plan, coffee, -2)
    assert [i.title for i in moved.items] == ["Coffee", "Welcome", "Dilemma game", "Your own work"]
    assert moved.running() == game
    with pytest.raises(CommandRejected, match="running"):
        ag.remove_item(moved, game.id)


def test_the_last_activity_ends_the_day_and_nothing_follows():
    plan = day()
    for minute in ("09:30", "09:45", "10:45", "11:00", "11:30"):
        plan = ag.next_activity(plan, at(minute))
    assert plan.running() is None and plan.items[-1].ended_at == at("11:30")
    with pytest.raises(CommandRejected, match="done"):
        ag.next_activity(plan, at("11:31"))


def test_a_template_keeps_the_plan_and_the_notes_but_no_times():
    plan = ag.next_activity(day(), at("09:30"))
    plan = ag.evaluate(plan, plan.items[1].id, Verdict.CHANGE, "Fewer cards, longer talk")
    template = ag.as_template(plan)
    assert [i.title for i in template.items] == [i.title for i in plan.items]
    assert all(i.started_at is None and i.verdict is None and i.note == "" for i in template.items)
    assert template.items[1].last_note == "change · Fewer cards, longer talk"
    assert template.current == -1


@pytest.mark.parametrize(
    "item, fragment",
    [
        (Item(0, Kind.BREAK, "  ", 10), "needs a title"),
        (Item(0, Kind.BREAK, "Long", 601), "0 to 600"),
        (Item(0, Kind.PRESENTATION, "Slides", 10, link="ftp://x"), "must start with http"),
        (Item(0, Kind.SHOWCASE, "Show", 10, presenters=(Presenter("A", "B", "www.x"),)),
         "presenter's link"),
    ],
)  # fmt: skip
def test_bad_activities_are_refused(item, fragment):
    with pytest.raises(CommandRejected, match=fragment):
        ag.add_item(Agenda(), item)
    with pytest.raises(CommandRejected, match="not a time"):
        ag.set_start(Agenda(), "half past nine")


def test_the_agenda_survives_plain_data():
    plan = ag.evaluate(ag.next_activity(day(), at("09:31")), 1, Verdict.KEEP, "yes")
    assert ag.agenda_from_data(ag.agenda_to_data(plan)) == plan
