"""A demo run: every card played, each group recording a choice and a reason."""

from __future__ import annotations

import random
from collections.abc import Callable

from workshop.core.commands import Command, RecordGroupChoice, step_forward
from workshop.core.session import Session

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
