"""Mutated session archives: each is refused with a message, or restored, opened and exported.

Real archives (demo sessions at small scale, written by `write_archive`) are changed the way a
hand edit, a bad tool or an attacker would: types changed, values swapped, keys deleted,
numbers out of range, huge texts and lists, wrong nesting. `session restore` then either
refuses the file with an ArchiveError naming the problem (and the library is unchanged), or the
session it made loads from the library and exports its summary and handout.
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import replace
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, event, given, settings

from workshop.core.archive import ArchiveError
from workshop.core.cards import CardKind
from workshop.core.commands import EditSessionDetails
from workshop.core.demo import play_agenda, play_board, play_demo, play_groups
from workshop.core.details import Participant
from workshop.core.errors import WorkshopError
from workshop.core.highlights import SetHighlight
from workshop.core.session import Highlight, start_session
from workshop.export.handout import write_handout
from workshop.export.summary import write_summary
from workshop.store.archives import read_archive, write_archive
from workshop.store.library import open_library
from workshop.store.runner import CommandRunner

from .mutate import Json, dump, mutated

# A refusal quotes at most a short excerpt; the longest honest message stays well below this.
MAX_MESSAGE = 20 * 400


def _small_demo(folder: Path) -> Path:
    """A small-scale session with every part an archive holds, archived by the app itself."""
    library = open_library(folder / "demo.sqlite")
    deck = library.decks.get(library.decks.first_id())
    session = start_session(deck, "Fuzz demo", "2026-11-30", "https://example.org/f", 3)
    session.rounds = session.rounds[:4]
    library.sessions.create(session)
    run = CommandRunner(library.sessions, session).run
    people = tuple(Participant(f"Person {n}", f"Org {n % 3}") for n in range(7))
    run(EditSessionDetails(replace(session.details, participants=people, venue="Hall")))
    play_demo(session, run)
    run(SetHighlight(1, Highlight(1, "The groups split on this one.")))
    play_board(session, run, 12)
    exercises = [c for _d, c in library.decks.cards_of_kind(CardKind.EXERCISE) if c.stages]
    play_groups(session, run, exercises[0] if exercises else None)
    play_agenda(session, run, exercises[0] if exercises else None, time.time())
    target = write_archive(library.sessions.load(session.id), folder / "small.json")
    library.close()
    return target


@pytest.fixture(scope="module")
def bases(tmp_path_factory) -> list[Json]:
    folder = tmp_path_factory.mktemp("archive-fuzz")
    return [json.loads(_small_demo(folder).read_text(encoding="utf-8"))]


@pytest.fixture(scope="module")
def empty_library(tmp_path_factory) -> Path:
    """A library file to copy for each trial, so each starts the same and none sees another."""
    path = tmp_path_factory.mktemp("archive-fuzz-lib") / "empty.sqlite"
    open_library(path).close()
    return path


def restore_or_refuse(doc: Json, folder: Path, empty_library: Path) -> tuple[str, float]:
    """Restore as `session restore` does; check either outcome. Returns it and its seconds."""
    file = folder / "mutated.json"
    try:
        file.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    except UnicodeEncodeError:  # a lone surrogate from the text strategy
        file.write_bytes(json.dumps(doc).encode("ascii"))
    lib = folder / "lib.sqlite"
    shutil.copyfile(empty_library, lib)
    before = dump(lib)
    library = open_library(lib, install_starters=False)
    start = time.perf_counter()
    try:
        session = read_archive(file)
        library.sessions.create(session)
    except ArchiveError as exc:
        seconds = time.perf_counter() - start
        library.close()
        assert not exc.unforeseen, f"refused by the safety net, not by a rule: {exc}"
        assert str(exc).startswith(f"{file} is not a Workshop session archive: ")
        assert len(str(exc)) < MAX_MESSAGE
        assert dump(lib) == before, "a refused archive changed the library"
        return "refused", seconds
    try:
        loaded = library.sessions.load(session.id)
    finally:
        library.close()
    written = write_summary(loaded, folder / "summary.pdf", edition="participants")
    assert written.pages >= 1
    try:
        write_handout(loaded, folder / "handout.pdf")
    except WorkshopError:
        assert not loaded.highlights  # the one refusal a handout has
    return "restored", time.perf_counter() - start


def test_an_unchanged_archive_restores_and_exports(bases, empty_library, tmp_path):
    assert restore_or_refuse(bases[0], tmp_path, empty_library)[0] == "restored"


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_mutated_archive_is_refused_or_restored_and_usable(
    data, bases, empty_library, tmp_path_factory
):
    doc = data.draw(mutated(bases))
    event(restore_or_refuse(doc, tmp_path_factory.mktemp("trial"), empty_library)[0])


@pytest.mark.slow
@settings(max_examples=1000, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_thousand_mutated_archives(data, bases, empty_library, tmp_path_factory):
    """`make test-slow`: 1,000 mutated archives, each refused within 2 s or usable."""
    doc = data.draw(mutated(bases))
    outcome, seconds = restore_or_refuse(doc, tmp_path_factory.mktemp("trial"), empty_library)
    event(outcome)
    if outcome == "refused":
        assert seconds < 2.0, f"refused after {seconds:.1f} s"
