"""A whole session as one JSON document, and back; the document is untrusted when read."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from functools import cache
from typing import Any

from workshop import paths
from workshop.core.activity import Activity
from workshop.core.agenda import (
    Agenda,
    agenda_from_data,
    agenda_to_data,
    checked_item,
    minutes_of,
)
from workshop.core.board import Board, Cluster, Column, Tip
from workshop.core.cards import OPTION_LETTERS, Card, CardKind, checked_link
from workshop.core.deckformat import card_from_data, card_problems, card_to_data
from workshop.core.details import Participant, SessionDetails, checked_details, detail_fields
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.groups import Forming, Group, Method
from workshop.core.quoting import schema_problems, short
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

    # True when a check this reader has no rule for failed (a bug to fix, not a bad file).
    unforeseen = False

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


class _Rules:
    """Collects what breaks a rule of the session model, each with its place in the file."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def check(self, ok: bool, where: str, message: str) -> bool:
        if not ok and len(self.problems) < MAX_PROBLEMS:
            self.problems.append(f"{where}: {message}")
        return ok

    def unique(self, keys: list[Any], where: str, what: str) -> None:
        seen: set[Any] = set()
        for index, key in enumerate(keys):
            self.check(key not in seen, f"{where}/{index}", f"a second {what}")
            seen.add(key)

    def cards(self, cards: list[Card], where: str, kind: CardKind | None = None) -> None:
        for index, card in enumerate(cards):
            for problem in card_problems(card):
                self.check(False, f"{where}/{index}", f"{problem.where}: {problem.message}")
            if kind is not None:
                self.check(card.kind is kind, f"{where}/{index}/kind", f"must be {kind.value}")


def _board(data: dict[str, Any], rules: _Rules) -> Board:
    """The board, each tip in an existing column and cluster of that column; ids unique."""
    columns = [Column(**c) for c in data.get("columns", [])]
    tips = [Tip(**t) for t in data.get("tips", [])]
    clusters = [Cluster(**c) for c in data.get("clusters", [])]
    # Columns, tips and clusters share one id space (Board.next_id).
    ids = [c.id for c in columns] + [t.id for t in tips] + [c.id for c in clusters]
    rules.check(len(set(ids)) == len(ids), "board", "two rows share one id")
    board = Board(
        question=data.get("question", ""),
        columns={c.id: c for c in columns},
        tips={t.id: t for t in tips},
        clusters={c.id: c for c in clusters},
    )
    for index, cluster in enumerate(clusters):
        rules.check(cluster.column in board.columns, f"board/clusters/{index}/column",
                    f"there is no column {cluster.column}")  # fmt: skip
    for index, tip in enumerate(tips):
        at = f"board/tips/{index}"
        rules.check(tip.column in board.columns, f"{at}/column", f"there is no column {tip.column}")
        home = board.clusters.get(tip.cluster)
        if tip.deleted and tip.cluster and (home is None or home.column != tip.column):
            # Removing a column moves its live tips and their cluster, not the deleted ones:
            # a deleted tip keeps no tie to a cluster that now stands elsewhere.
            board.tips[tip.id] = replace(tip, cluster=0)
        elif tip.cluster and rules.check(
            tip.cluster in board.clusters, f"{at}/cluster", f"there is no cluster {tip.cluster}"
        ):
            rules.check(board.clusters[tip.cluster].column == tip.column, f"{at}/cluster",
                        "is a cluster of another column")  # fmt: skip
    return board


def _forming(data: dict[str, Any], people: int, rules: _Rules) -> Forming:
    """The groups: numbers differ, members are participants, each person in one group."""
    groups = tuple(Group(n, name, tuple(members)) for n, name, members in data.get("groups", []))
    rules.unique([g.number for g in groups], "groups/groups", "group with this number")
    placed: set[int] = set()
    for index, group in enumerate(groups):
        for member in group.members:
            at = f"groups/groups/{index}/2"
            rules.check(member not in placed, at, f"participant {member} is in two groups")
            placed.add(member)
    # A shorter list of participants pasted after forming leaves members who are gone; the
    # wall already skips them, and so does a session opened or restored.
    groups = tuple(replace(g, members=tuple(m for m in g.members if m < people)) for g in groups)
    return Forming(groups, Method(data.get("method", "random")), data.get("seed"))


def _agenda(data: dict[str, Any], rules: _Rules) -> Agenda:
    """The agenda: a start time, items with their own ids, a running item that exists."""
    agenda = agenda_from_data(data)
    minutes_of(agenda.start)
    rules.unique([i.id for i in agenda.items], "agenda/items", "item with this id")
    rules.check(-1 <= agenda.current <= len(agenda.items), "agenda/current",
                f"there is no item {agenda.current}")  # fmt: skip
    for index, item in enumerate(agenda.items):
        checked_item(item)
        if item.card is not None:
            rules.cards([item.card], f"agenda/items/{index}/card")
    return agenda


def session_from_data(data: dict[str, Any]) -> Session:
    """The one parser of a session's data (an archive's, or the rows of a stored session):
    a Session, or ArchiveError naming every rule broken. Types are the schema's to check."""
    rules = _Rules()
    head = data["session"]
    details = checked_details(
        SessionDetails(
            head["title"], head.get("date", ""), head.get("follow_up_url", ""),
            head.get("venue", ""), head.get("organisation", ""), head.get("facilitators", ""),
            head.get("introduction", ""), head.get("participant_count", 0),
            tuple(Participant(n, o) for n, o in data.get("participants", [])),
            head.get("language", ""), head.get("notes", ""),
        ),
        kept_date=head.get("date", ""),  # as stored: older sessions may be dated in free text
    )  # fmt: skip
    rounds = [card_from_data(c) for c in data["rounds"]]
    rules.cards(rounds, "rounds")
    letters = {i: OPTION_LETTERS[: len(c.options)] for i, c in enumerate(rounds)}

    def on_card(r: int, where: str, letter: str | None = None) -> bool:
        if not rules.check(r < len(rounds), where, f"there is no round {r}"):
            return False
        if letter is None:
            return True
        return rules.check(letter in letters[r], where, f"round {r} has no option {letter}")

    choices = {}
    for index, (r, g, option, reason) in enumerate(data.get("choices", [])):
        on_card(r, f"choices/{index}", option)
        choices[(r, g)] = GroupChoice(r, g, option, reason)
    rules.unique([(c[0], c[1]) for c in data.get("choices", [])], "choices",
                 "choice of this group in this round")  # fmt: skip
    highlights = {}
    for index, (r, introduction, url) in enumerate(data.get("highlights", [])):
        on_card(r, f"highlights/{index}")
        link = checked_link(url, QT_TRANSLATE_NOOP("Messages", "The highlight's link"))
        highlights[r] = Highlight(r, introduction, link)
    rules.unique([h[0] for h in data.get("highlights", [])], "highlights", "highlight of a round")
    for index, (r, _mode) in enumerate(data.get("modes", [])):
        on_card(r, f"modes/{index}")
    rules.unique([m[0] for m in data.get("modes", [])], "modes", "mode of a round")
    for index, (r, letter, _count) in enumerate(data.get("hands", [])):
        on_card(r, f"hands/{index}", letter)
    rules.unique([(h[0], h[1]) for h in data.get("hands", [])], "hands",
                 "count of an option in a round")  # fmt: skip
    round_index = head.get("round_index", 0)
    rules.check(round_index < max(len(rounds), 1), "session/round_index",
                f"there is no round {round_index}")  # fmt: skip
    board = _board(data.get("board", {}), rules)
    forming = _forming(data.get("groups", {}), len(details.participants), rules)
    exercises = [card_from_data(c) for c in data.get("exercises", [])]
    rules.cards(exercises, "exercises", CardKind.EXERCISE)
    exercise_index = head.get("exercise_index", -1)
    rules.check(exercise_index < len(exercises), "session/exercise_index",
                f"there is no exercise {exercise_index}")  # fmt: skip
    outputs = {}
    for index, (e, g, text, stage) in enumerate(data.get("outputs", [])):
        at = f"outputs/{index}"
        if rules.check(e < len(exercises), at, f"there is no exercise {e}") and stage is not None:
            stages = len(exercises[e].stages)
            rules.check(stage < stages, f"{at}/3",
                        f"exercise {e} has {stages} stages; there is no stage {stage}")  # fmt: skip
        outputs[(e, g)] = GroupOutput(e, g, text, stage)
    rules.unique([(o[0], o[1]) for o in data.get("outputs", [])], "outputs",
                 "output of a group in an exercise")  # fmt: skip
    agenda = _agenda(data.get("agenda", {}), rules)
    if rules.problems:
        raise ArchiveError("", rules.problems)
    timer = head.get("timer", {})
    return Session(
        details,
        rounds=rounds,
        deck_title=head.get("deck_title", ""),
        group_count=head.get("group_count", 3),
        position=Position(round_index, RevealStep(head.get("step", 0))),
        blank=Blank(head["blank"]) if head.get("blank") else None,
        choices=choices,
        highlights=highlights,
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
        exercise_index=exercise_index,
        outputs=outputs,
        agenda=agenda,
    )


def session_from_archive(data: Any, source: str) -> Session:
    """A session from untrusted parsed JSON: checked against the schema, then rule by rule."""
    problems = [f"{where}: {message}" for where, message in
                schema_problems(schema(), data, MAX_PROBLEMS)]  # fmt: skip
    if problems:
        raise ArchiveError(source, problems)
    try:
        return session_from_data(data)
    except ArchiveError as exc:
        raise ArchiveError(source, exc.problems) from None
    except WorkshopError as exc:
        raise ArchiveError(source, [short(str(exc))]) from exc
    except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
        # A rule this reader does not know yet: still a refusal, never a session half made.
        error = ArchiveError(source, [short(f"{type(exc).__name__}: {exc}")])
        error.unforeseen = True
        raise error from exc
