"""What the session is doing now, and so what the room sees on the wall."""

from __future__ import annotations

from enum import StrEnum


class Activity(StrEnum):
    """What the session is doing now, and so what the projector shows."""

    # The session's title slide: shown from the start until the first activity or card, and
    # in breaks, so the room never sees card 1 while the facilitator is still planning.
    TITLE = "title"
    CARDS = "cards"
    BOARD = "board"
    GROUPS = "groups"  # who is in which group
    EXERCISE = "exercise"  # the exercise's instructions, the groups, the timer
    SCALE = "scale"  # every group placed on the exercise's stages
    AGENDA = "agenda"  # the day's plan, the current activity marked
    SHOWCASE = "showcase"  # the current presenter, with a QR code to their work
    SUMMARY = "summary"  # a large QR code to the summary: the follow-up page or the room share
