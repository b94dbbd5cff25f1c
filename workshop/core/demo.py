"""Demo runs: every card played, each group choosing; and one the size of a three-day event."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import replace

from workshop.core import agenda as ag
from workshop.core import board_edits as edits
from workshop.core.agenda_edits import SetAgenda
from workshop.core.board_edits import SetQuestion
from workshop.core.cards import Card, CardKind, Deck, Link
from workshop.core.commands import Command, EditSessionDetails, RecordGroupChoice, step_forward
from workshop.core.details import Participant
from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.core.exercise_edits import RecordOutput, RunExercise
from workshop.core.group_edits import SetGroups
from workshop.core.groups import form
from workshop.core.highlights import SetHighlight
from workshop.core.session import Highlight, Session

DEMO_REASONS = (
    "It fits the hours we really have",
    "We tried the other way last year and it stalled",
    "The people it is for should decide",
    "It is honest with our supporters",
    "Small and soon beats big and late",
    "Nobody owns it otherwise",
    "It costs least and teaches most",
)


def play_demo(session: Session, run: Callable[[Command], object], seed: int = 7) -> None:
    """Play every card, each group choosing, through the commands a facilitator uses."""
    rng = random.Random(seed)
    for round_index, card in enumerate(session.rounds):
        while session.position.round_index < round_index:
            run(step_forward(session))
        for group in range(1, session.group_count + 1):
            letter = "ABCD"[rng.randrange(len(card.options))]
            run(RecordGroupChoice(round_index, group, letter, rng.choice(DEMO_REASONS)))
    while session.next_position() != session.position:
        run(step_forward(session))


FIRST_NAMES = (
    "Anna",
    "Bram",
    "Chloé",
    "Daan",
    "Eva",
    "Femke",
    "Gijs",
    "Hanna",
    "Ilse",
    "Joost",
    "Karin",
    "Lars",
    "Mila",
)
LAST_NAMES = ("de Vries", "Jansen", "Peeters", "Bakker", "Łukasik")
ORGANISATIONS = (
    "Oxfam Novib",
    "Stad Gent",
    "Bibliotheek Utrecht",
    "Natuurmonumenten",
    "Buurtzorg",
    "Vluchtelingenwerk",
    "Museum Volkenkunde",
    "Scouting Nederland",
)
EVENT_ROUNDS = 60
EVENT_GROUPS = 13
EVENT_LINKS = 80
EVENT_HIGHLIGHTS = 6
HIGHLIGHT_NOTES = (
    "Worth a read: the groups split on this one.",
    "Most groups changed their mind once they heard the others' reasons.",
    "The reasons here are the ones to take home.",
    "One group chose differently, and its reason convinced the room.",
    "The room agreed quickly; the discussion was about how, not whether.",
    "Ask a colleague which option they would choose: it opens the conversation.",
)


def event_participants() -> tuple[Participant, ...]:
    """65 made-up people from 8 organisations, for the large demo."""
    return tuple(
        Participant(f"{first} {last}", ORGANISATIONS[(i * 5 + j) % len(ORGANISATIONS)])
        for j, last in enumerate(LAST_NAMES)
        for i, first in enumerate(FIRST_NAMES)
    )


def event_rounds(deck: Deck, scale: int = 1) -> list[Card]:
    """The deck's dilemmas played over and over, 60 rounds, with 80 distinct follow-up links
    (`scale` times as many of both, for measuring how exports grow)."""
    dilemmas = [c for c in deck.cards if c.kind is CardKind.DILEMMA]
    rounds = []
    count = EVENT_ROUNDS * scale
    for i in range(count):
        card = dilemmas[i % len(dilemmas)]
        day = i * 3 // count + 1
        links = [Link(f"Notes of round {i + 1}", f"https://example.org/event/notes/{i + 1}")]
        if i % EVENT_ROUNDS < EVENT_LINKS - EVENT_ROUNDS:
            links.append(
                Link(f"Slides of round {i + 1}", f"https://example.org/event/slides/{i + 1}")
            )
        rounds.append(
            replace(
                card,
                uid=f"{card.uid}-{i + 1}",
                title=f"{card.title} (day {day})",
                links=tuple(links),
            )
        )
    return rounds


def play_event(session: Session, run: Callable[[Command], object], scale: int = 1) -> None:
    """Fill a session the size of a three-day event: people, 13 groups, choices, highlights
    (and `scale` times the tips, with `scale` times the rounds from event_rounds)."""
    run(
        EditSessionDetails(
            replace(
                session.details,
                venue="Congrescentrum De Doelen, Rotterdam",
                organisation="Netwerk Sociale Media",
                facilitators="Ed Jansen, Fee de Boer",
                introduction="Three days, 65 people, 60 dilemmas: what the room chose, and why.",
                participants=event_participants(),
            )
        )
    )
    play_demo(session, run)
    for k in range(EVENT_HIGHLIGHTS):
        # Spread over the days, a different card each (the rounds repeat the deck's cards).
        index = (k * len(session.rounds) // EVENT_HIGHLIGHTS + k) % len(session.rounds)
        note = HIGHLIGHT_NOTES[k % len(HIGHLIGHT_NOTES)]
        run(SetHighlight(index, Highlight(index, note)))
    play_board(session, run, EVENT_TIPS * scale)


EVENT_TIPS = 600
TIP_STARTS = ("Ask", "Name", "Thank", "Share", "Plan", "Invite", "Keep", "Start", "Show", "Write")
TIP_ENDS = (
    "one host per group before launch",
    "the people who answer first, in public",
    "a short weekly round-up",
    "what you stopped doing and why",
    "newcomers by name in the first week",
    "the rules in the first post, in plain words",
    "small wins where everyone sees them",
    "a fixed time for questions each month",
)


def play_board(session: Session, run: Callable[[Command], object], tips: int, seed: int = 3):
    """A tips board of `tips` tips over four columns, with votes, clusters and highlights."""
    rng = random.Random(seed)
    run(SetQuestion("What makes an online community keep going?"))
    for title in ("Before", "Launch", "First months", "After a year"):
        run(edits.add_column(session.board, title))
    columns = [c.id for c in session.board.live_columns()]
    for n in range(tips):
        text = f"{rng.choice(TIP_STARTS)} {rng.choice(TIP_ENDS)} ({n + 1})"
        run(edits.add_tip(session.board, columns[n % 4], text, group=n % EVENT_GROUPS + 1))
    ids = sorted(session.board.tips)
    for tip_id in rng.sample(ids, tips // 3):
        run(edits.vote(session.board, tip_id, rng.randint(1, 9)))
    for tip_id in ids[:12:3]:
        run(edits.mark(session.board, tip_id, highlight=True))
    run(edits.merge_tips(session.board, ids[0:9:4], "Start with a host"))


OUTPUT_WORDS = (
    "We mostly send news out; replies go unanswered",
    "Two volunteers already run a forum on their own",
    "Staff listen on social media but cannot act on it",
    "Our members write half of what we publish",
    "Projects are planned with partners in a shared document",
)


def play_groups(session: Session, run: Callable[[Command], object], exercise: Card | None):
    """Balanced groups of the participants and, if there is one, an exercise every group did."""
    forming = form(
        list(session.details.participants), count=session.group_count, balanced=True, seed=5
    )
    run(SetGroups(forming, QT_TRANSLATE_NOOP("Commands", "form groups")))
    if exercise is None:
        return
    run(RunExercise(exercise))
    stages = len(exercise.stages)
    for group in forming.groups:
        stage = (group.number * 3) % stages if stages else None
        text = OUTPUT_WORDS[group.number % len(OUTPUT_WORDS)]
        run(RecordOutput(session.exercise_index, group.number, text, stage))


def play_agenda(
    session: Session, run: Callable[[Command], object], exercise: Card | None, now: float
):
    """The event's first day as an agenda; the first two activities have run."""
    plan = demo_agenda(session, exercise)
    plan = ag.next_activity(plan, now - 50 * 60)
    plan = ag.next_activity(plan, now - 28 * 60)
    plan = ag.evaluate(plan, plan.items[0].id, ag.Verdict.KEEP, "Coffee first worked")
    run(SetAgenda(plan, QT_TRANSLATE_NOOP("Commands", "plan the day")))


def plan_agenda(session: Session, run: Callable[[Command], object], exercise: Card | None):
    """The demo day planned and not yet begun: N starts its first activity."""
    run(SetAgenda(demo_agenda(session, exercise), QT_TRANSLATE_NOOP("Commands", "plan the day")))


def demo_agenda(session: Session, exercise: Card | None) -> ag.Agenda:
    """A first day of eight activities from 09:30, none of them run."""
    plan = ag.set_start(session.agenda, "09:30")
    presenters = (
        ag.Presenter("Ada de Wit", "Our neighbourhood forum", "https://example.org/ada"),
        ag.Presenter("Bo Kramer", "A shared grant guide", "https://example.org/bo"),
    )
    for kind, title, minutes, extra in (
        (ag.Kind.WELCOME, "Welcome and coffee", 20, {}),
        (ag.Kind.PRESENTATION, "Why communities stall", 25, {"link": "https://example.org/s"}),
        (ag.Kind.GAME, "The dilemma game", 60, {}),
        (ag.Kind.BREAK, "Lunch", 45, {}),
        (ag.Kind.EXERCISE, "How social is your organisation?", 20, {"card": exercise}),
        (ag.Kind.BOARD, "Tips and tricks", 25, {"question": session.board.question}),
        (ag.Kind.SHOWCASE, "Your own work", 30, {"presenters": presenters}),
        (ag.Kind.CLOSING, "Closing", 10, {}),
    ):
        plan = ag.add_item(plan, ag.Item(0, kind, title, minutes, **extra))
    return plan
