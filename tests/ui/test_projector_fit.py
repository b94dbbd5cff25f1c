"""Every starter card, fully revealed, fits the projector at 720p and 1080p above the floor size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from workshop.core.audience import audience_view
from workshop.core.commands import MoveTo
from workshop.core.session import Position, RevealStep, start_session
from workshop.ui.widgets.audience_widget import MIN_BODY_PX, fit_on_screen
from workshop.ui.widgets.theme import load_fonts


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1920, 1080)], ids=["720p", "1080p"])
def test_the_longest_starter_card_fits(qapp, starter_deck, size):
    load_fonts()
    session = start_session(starter_deck)
    scale = size.height() / 1080
    for index, card in enumerate(session.rounds):
        MoveTo(Position(index, RevealStep.QUESTIONS)).apply(session)
        body_px, bottom, limit = fit_on_screen(audience_view(session), size)
        assert bottom <= limit, f"{card.title!r} runs off the screen at {size.height()}p"
        assert body_px >= MIN_BODY_PX * scale, card.title


def test_text_keeps_its_size_while_a_card_is_revealed(qapp, starter_deck):
    load_fonts()
    session = start_session(starter_deck)
    sizes = set()
    for step in (RevealStep.SITUATION, RevealStep.OPTIONS, RevealStep.QUESTIONS):
        MoveTo(Position(0, step)).apply(session)
        view = audience_view(session)
        assert view.sizing is not None and len(view.sizing.options) == 4
        sizes.add(fit_on_screen(view, QSize(1920, 1080))[0])
    assert len(sizes) == 1, "the situation must not jump as the options appear"
