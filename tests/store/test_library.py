"""The library file: migrations from nothing, starter decks once, sessions that survive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from workshop.core.commands import EditSessionDetails, RecordGroupChoice, step_forward
from workshop.core.details import SessionDetails
from workshop.core.errors import NotFound, WorkshopError
from workshop.core.session import Position, RevealStep
from workshop.store.library import open_library
from workshop.store.migrations import migrations
from workshop.store.runner import CommandRunner


def test_a_library_migrates_from_nothing(tmp_path: Path):
    path = tmp_path / "sub" / "new.sqlite"
    library = open_library(path, install_starters=False)
    assert path.exists()
    assert {"decks", "cards", "sessions", "rounds", "group_choices"} <= set(
        library.db.table_names()
    )
    assert migrations.pending(library.db) == []
    assert library.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    library.close()


def test_starter_decks_install_once_not_twice(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    first = open_library(path)
    assert [(d.title, d.language) for d in first.decks.summaries()] == [
        ("Dilemma's rond sociale media", "nl"),
        ("Groepsoefeningen", "nl"),
        ("Group exercises", "en"),
        ("Social media dilemmas", "en"),
    ]
    first.close()
    second = open_library(path)
    decks = {d.title: d for d in second.decks.summaries()}
    assert len(decks) == 4
    english, dutch = decks["Social media dilemmas"], decks["Dilemma's rond sociale media"]
    for exercises in (decks["Group exercises"], decks["Groepsoefeningen"]):
        assert exercises.card_count >= 5 and exercises.dilemmas == 0
    for dilemmas in (english, dutch):
        assert dilemmas.card_count >= 8 and dilemmas.dilemmas == dilemmas.card_count
    assert second.decks.first_id() == english.id, "a new session starts from dilemmas"
    assert second.decks.first_id("en") == english.id
    assert second.decks.first_id("nl") == dutch.id, "in the UI's language, the other kept"
    second.close()


def test_a_deleted_starter_deck_stays_deleted(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    with library.db.atomic():
        library.db.execute("delete from cards")
        library.db.execute("delete from decks")
    library.close()
    assert open_library(path).decks.summaries() == []


def test_decks_are_found_by_id_or_exact_title(library):
    deck_id = library.decks.first_id()
    assert library.decks.find_id("Social media dilemmas") == deck_id
    assert library.decks.find_id(str(deck_id)) == deck_id
    with pytest.raises(NotFound, match="no deck “social media”"):
        library.decks.find_id("social media")


def test_a_recorded_choice_survives_closing_and_reopening(tmp_path, three_card_session):
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session = three_card_session
    session_id = library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    runner.run(step_forward(session))
    runner.run(RecordGroupChoice(0, 3, "b", "one colleague, two days a week"))
    library.close()

    again = open_library(path).sessions.load(session_id)
    assert again.position == Position(0, RevealStep.OPTIONS)
    choice = again.choices[(0, 3)]
    assert (choice.option, choice.reason) == ("B", "one colleague, two days a week")
    assert again.rounds == session.rounds


def test_edited_details_are_stored(tmp_path, three_card_session):
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    runner = CommandRunner(library.sessions, three_card_session)
    runner.run(
        EditSessionDetails(SessionDetails("Renamed", "2026-12-01", "https://example.org/later"))
    )
    library.close()
    again = open_library(path).sessions.load(session_id)
    assert (again.details.title, again.details.date, again.details.follow_up_url) == (
        "Renamed",
        "2026-12-01",
        "https://example.org/later",
    )


def test_an_undone_choice_is_deleted_from_the_library(tmp_path, three_card_session):
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    runner = CommandRunner(library.sessions, three_card_session)
    command = RecordGroupChoice(1, 2, "A", "why not")
    runner.run(command)
    runner.revert(command)
    library.close()
    assert open_library(path).sessions.load(session_id).choices == {}


def test_a_failed_write_changes_nothing_in_memory(library, three_card_session):
    library.sessions.create(three_card_session)
    runner = CommandRunner(library.sessions, three_card_session)
    library.db.execute("pragma query_only = on")  # every write now fails, like a full disk
    with pytest.raises(WorkshopError, match="nothing was changed"):
        runner.run(RecordGroupChoice(0, 1, "A", "lost?"))
    assert three_card_session.choices == {}


def test_a_file_that_is_not_a_library_gets_a_clear_message(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are my notes, not a database " * 100)
    with pytest.raises(WorkshopError, match="cannot be opened as a Workshop library"):
        open_library(bad)
    with pytest.raises(WorkshopError, match="is a folder"):
        open_library(tmp_path)


KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from workshop.core.commands import RecordGroupChoice
    from workshop.core.session import start_session
    from workshop.store.library import open_library
    from workshop.store.runner import CommandRunner

    library = open_library(sys.argv[1])
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "Killed", "2026-11-22")
    library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    for group in range(1, 4):
        runner.run(RecordGroupChoice(0, group, "A", f"reason {group}"))
    print(session.id, flush=True)
    time.sleep(60)
    """
)


def test_a_kill_9_loses_nothing_confirmed(tmp_path):
    path = tmp_path / "lib.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    try:
        session_id = int(proc.stdout.readline())
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    session = open_library(path).sessions.load(session_id)
    assert [c.reason for c in session.choices_for(0)] == ["reason 1", "reason 2", "reason 3"]


def test_details_participants_and_highlights_survive_reopening(tmp_path, three_card_session):
    from workshop.core.details import parse_participants
    from workshop.core.highlights import SetHighlight
    from workshop.core.session import Highlight

    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session = three_card_session
    session_id = library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    people = parse_participants("Anna, Oxfam\nBram\nChloé, Stad")
    runner.run(
        EditSessionDetails(
            SessionDetails(
                "Masterclass",
                "2026-11-22",
                "https://example.org/m",
                "Pakhuis",
                "Netwerk",
                "Ed and Fee",
                "Why we met.\nSecond line.",
                10,
                people,
            )
        )
    )
    runner.run(SetHighlight(2, Highlight(2, "Read this first", "https://example.org/h")))
    runner.run(SetHighlight(0, Highlight(0, "and this")))
    runner.run(SetHighlight(0, None))
    library.close()

    again = open_library(path).sessions.load(session_id)
    assert again.details == session.details
    assert again.details.participants == people and again.details.participant_count == 10
    assert again.highlights == {2: Highlight(2, "Read this first", "https://example.org/h")}


def test_modes_hands_results_and_a_running_timer_survive_reopening(tmp_path, three_card_session):
    from workshop.core.game import SetHands, SetPlayMode, SetResultStyle, SetTimer, ShowResults
    from workshop.core.session import PlayMode, ResultStyle

    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session = three_card_session
    session_id = library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    runner.run(SetPlayMode(0, PlayMode.PLENARY))
    runner.run(SetHands(0, "B", 17))
    runner.run(SetResultStyle(ResultStyle.SIDE_BY_SIDE))
    runner.run(ShowResults(True))
    runner.run(SetTimer(session.timer.with_duration(420).started(5000.0)))
    library.close()

    again = open_library(path).sessions.load(session_id)
    assert again.modes == {0: PlayMode.PLENARY} and again.hands == {(0, "B"): 17}
    assert again.results_shown and again.result_style is ResultStyle.SIDE_BY_SIDE
    assert again.timer == session.timer and again.timer.started_at == 5000.0


def test_the_board_survives_reopening_and_undo_reaches_the_store(tmp_path, three_card_session):
    from workshop.core import board_edits as edits
    from workshop.core.activity import Activity
    from workshop.core.commands import ShowActivity

    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session = three_card_session
    session_id = library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    board = session.board
    runner.run(edits.SetQuestion("What makes an online community work?"))
    for title in ("Before", "During"):
        runner.run(edits.add_column(board, title))
    before, during = (c.id for c in board.live_columns())
    runner.run(edits.add_tip(board, before, "Ask people what they need", group=2))
    runner.run(edits.add_tip(board, before, "Name a host"))
    tip_ids = sorted(board.tips)
    runner.run(edits.merge_tips(board, tip_ids, "Start with people"))
    runner.run(edits.vote(board, tip_ids[0], 1))
    last = edits.add_tip(board, during, "Thank contributors in public")
    runner.run(last)
    runner.revert(last)
    runner.run(ShowActivity(Activity.BOARD, 1))
    library.close()

    again = open_library(path).sessions.load(session_id)
    assert again.board == session.board
    assert again.activity is Activity.BOARD and again.board_page == 1
    assert [t.text for t in again.board.live_tips(before)] == [
        "Ask people what they need",
        "Name a host",
    ]
    assert again.board.live_tips(during) == []


def test_groups_exercises_and_outputs_survive_reopening(tmp_path, three_card_session):
    from tests.core.test_room import SCALE
    from workshop.core.details import parse_participants
    from workshop.core.exercise_edits import RecordOutput, RunExercise
    from workshop.core.group_edits import SetGroups
    from workshop.core.groups import form, move_person

    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session = three_card_session
    session.details = replace(
        session.details,
        participants=parse_participants("\n".join(f"P{i}, Org{i % 4}" for i in range(12))),
    )
    session_id = library.sessions.create(session)
    runner = CommandRunner(library.sessions, session)
    forming = form(list(session.details.participants), count=4, balanced=True, seed=11)
    runner.run(SetGroups(forming))
    runner.run(SetGroups(move_person(forming, forming.groups[0].members[0], 2)))
    runner.run(RunExercise(SCALE))
    runner.run(RecordOutput(0, 1, "We are conversing", 2))
    last = RecordOutput(0, 2, "to be undone", 1)
    runner.run(last)
    runner.revert(last)
    library.close()

    again = open_library(path).sessions.load(session_id)
    assert again.forming == session.forming and again.forming.seed == 11
    assert again.group_count == 4
    assert again.exercises == [SCALE] and again.exercise_index == 0
    assert list(again.outputs) == [(0, 1)] and again.outputs[(0, 1)].stage == 2
