"""A whole session as one JSON document, and back; the document is untrusted when read."""

from __future__ import annotations

import json
from dataclasses import asdict, fields
from functools import cache
from typing import Any

import jsonschema

from workshop import paths
from workshop.core.activity import Activity
from workshop.core.agenda import agenda_from_data, agenda_to_data, checked_item
from workshop.core.board import Board, Cluster, Column, Tip
from workshop.core.cards import OPTION_LETTERS
from workshop.core.deckformat import card_from_data, card_to_data
from workshop.core.details import Participant, SessionDetails, checked_details, detail_fields
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.groups import Forming, Group, Method
from workshop.core.session import (
    Blank,
    GroupChoice,
    GroupOutput,
    Highlight,
    PlayMode,
    Position,
    ResultStyle,
    RevealStep,
    Session,
)
from workshop.core.timer import RoundTimer

FORMAT = "workshop-session-archive"
MAX_PROBLEMS = 20


class ArchiveError(WorkshopError):
    """A session archive that cannot be restored; lists what is wrong, changes nothing."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(
            QT_TRANSLATE_NOOP("Messages", "{file} is not a Workshop session archive: {problem}"),
            file=source,
            problem=(problems[0] if problems else "unreadable") + more,
        )


@cache
def schema() -> dict[str, Any]:
    """The archive's JSON Schema (resources/schemas/session-archive.schema.json)."""
    return json.loads((paths.resources_dir() / "schemas" / "session-archive.schema.json")
                      .read_text(encoding="utf-8"))  # fmt: skip


def _board_to_data(board: Board) -> dict[str, Any]:
    return {
        "question": board.question,
        "columns": [asdict(c) for c in board.columns.values()],
        "tips": [asdict(t) for t in board.tips.values()],
        "clusters": [asdict(c) for c in board.clusters.values()],
    }


def session_to_archive(session: Session) -> dict[str, Any]:
    """Everything in a session as plain data (no library ids: a restore gets its own)."""
    timer = session.timer
    return {
        "format": FORMAT,
        "version": 1,
        "session": {
            **detail_fields(session.details),
            "deck_title": session.deck_title,
            "group_count": session.group_count,
            "round_index": session.position.round_index,
            "step": int(session.position.step),
            "blank": session.blank.value if session.blank else None,
            "card_choice": session.card_choice,
            "results_shown": session.results_shown,
            "result_style": session.result_style.value,
            "timer": {
                "duration": timer.duration,
                "started_at": timer.started_at,
                "used_before": timer.used_before,
            },  # fmt: skip
            "activity": session.activity.value,
            "board_page": session.board_page,
            "exercise_index": session.exercise_index,
        },
        "participants": [[p.name, p.organisation] for p in session.details.participants],
        "rounds": [card_to_data(c) for c in session.rounds],
        "choices": [
            [c.round_index, c.group, c.option, c.reason]
            for c in sorted(session.choices.values(), key=lambda c: (c.round_index, c.group))
        ],  # fmt: skip  # noqa: E501
        "highlights": [
            [h.round_index, h.introduction, h.url]
            for h in sorted(session.highlights.values(), key=lambda h: h.round_index)
        ],  # fmt: skip  # noqa: E501
        "modes": [[r, m.value] for r, m in sorted(session.modes.items())],
        "hands": [[r, x, n] for (r, x), n in sorted(session.hands.items())],
        "board": _board_to_data(session.board),
        "groups": {
            "method": session.forming.method.value,
            "seed": session.forming.seed,
            "groups": [[g.number, g.name, list(g.members)] for g in session.forming.groups],
        },  # fmt: skip  # noqa: E501
        "exercises": [card_to_data(c) for c in session.exercises],
        "outputs": [
            [o.exercise, o.group, o.text, o.stage] for _k, o in sorted(session.outputs.items())
        ],  # fmt: skip
        "agenda": agenda_to_data(session.agenda),
    }


def _row(kind: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in fields(kind)}
    unknown = set(data) - names
    if unknown:
        raise ValueError(f"unknown fields {sorted(unknown)}")
    return kind(**data)


def _build(data: dict[str, Any]) -> Session:
    head = data["session"]
    details = checked_details(
        SessionDetails(
            head["title"], head.get("date", ""), head.get("follow_up_url", ""),
            head.get("venue", ""), head.get("organisation", ""), head.get("facilitators", ""),
            head.get("introduction", ""), head.get("participant_count", 0),
            tuple(Participant(n, o) for n, o in data.get("participants", [])),
            head.get("language", ""), head.get("notes", ""),
        )
    )  # fmt: skip
    rounds = [card_from_data(c) for c in data["rounds"]]
    letters = {i: OPTION_LETTERS[: len(c.options)] for i, c in enumerate(rounds)}
    choices = {}
    for r, g, option, reason in data.get("choices", []):
        if option not in letters.get(r, ""):
            raise ValueError(f"choices: round {r} has no option {option}")
        choices[(r, g)] = GroupChoice(r, g, option, reason)
    for r, *_rest in [*data.get("highlights", []), *data.get("modes", []), *data.get("hands", [])]:
        if r >= len(rounds):
            raise ValueError(f"there is no round {r}")
    board_data = data.get("board", {})
    board = Board(
        question=board_data.get("question", ""),
        columns={c["id"]: _row(Column, c) for c in board_data.get("columns", [])},
        tips={t["id"]: _row(Tip, t) for t in board_data.get("tips", [])},
        clusters={c["id"]: _row(Cluster, c) for c in board_data.get("clusters", [])},
    )
    for tip in board.tips.values():
        if tip.column not in board.columns or (tip.cluster and tip.cluster not in board.clusters):
            raise ValueError(f"board: tip {tip.id} points to a missing column or cluster")
    groups = data.get("groups", {})
    forming = Forming(
        tuple(
            Group(int(n), str(name), tuple(int(m) for m in members))
            for n, name, members in groups.get("groups", [])
        ),  # fmt: skip
        Method(groups.get("method", "random")),
        groups.get("seed"),
    )
    exercises = [card_from_data(c) for c in data.get("exercises", [])]
    agenda = agenda_from_data(data.get("agenda", {}))
    for item in agenda.items:
        checked_item(item)
    timer = head.get("timer", {})
    return Session(
        details,
        rounds=rounds,
        deck_title=head.get("deck_title", ""),
        group_count=head.get("group_count", 3),
        position=Position(
            min(head.get("round_index", 0), max(len(rounds) - 1, 0)),
            RevealStep(head.get("step", 0)),
        ),
        blank=Blank(head["blank"]) if head.get("blank") else None,
        choices=choices,
        highlights={r: Highlight(r, i, u) for r, i, u in data.get("highlights", [])},
        modes={r: PlayMode(m) for r, m in data.get("modes", [])},
        hands={(r, x): n for r, x, n in data.get("hands", [])},
        results_shown=head.get("results_shown", False),
        result_style=ResultStyle(head.get("result_style", "chart")),
        timer=RoundTimer(
            timer.get("duration", 300), timer.get("started_at"), timer.get("used_before", 0.0)
        ),  # fmt: skip
        card_choice=head.get("card_choice", ""),
        board=board,
        activity=Activity(head.get("activity", "cards")),
        board_page=head.get("board_page", 0),
        forming=forming,
        exercises=exercises,
        exercise_index=min(head.get("exercise_index", -1), len(exercises) - 1),
        outputs={(e, g): GroupOutput(e, g, t, s) for e, g, t, s in data.get("outputs", [])},
        agenda=agenda,
    )


def session_from_archive(data: Any, source: str) -> Session:
    """A session from untrusted parsed JSON: checked against the schema, then rule by rule."""
    validator = jsonschema.Draft202012Validator(schema())
    problems = []
    for error in validator.iter_errors(data):
        where = "/".join(str(p) for p in error.absolute_path) or "file"
        problems.append(f"{where}: {error.message[:200]}")
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise ArchiveError(source, problems)
    try:
        return _build(data)
    except WorkshopError as exc:
        raise ArchiveError(source, [str(exc)]) from exc
    except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
        raise ArchiveError(source, [f"{type(exc).__name__}: {exc}"[:300]]) from exc
