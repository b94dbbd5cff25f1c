"""Mutated session archives: each is refused with a message, or restored, opened and exported.

Real archives (demo sessions at small scale, written by `write_archive`) are changed the way a
hand edit, a bad tool or an attacker would: types changed, values swapped, keys deleted,
numbers out of range, huge texts and lists, wrong nesting. `session restore` then either
refuses the file with an ArchiveError naming the problem (and the library is unchanged), or the
session it made loads from the library and exports its summary and handout.
"""

from __future__ import annotations

import copy
import json
import shutil
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

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

Json = Any
Path_ = tuple[Any, ...]
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
    run(EditSessionDetails(replace(session.details(), participants=people, venue="Hall")))
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


def paths_of(value: Json, here: Path_ = ()) -> list[Path_]:
    """Every place in a JSON document, the document itself included."""
    found = [here]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += paths_of(inner, (*here, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += paths_of(inner, (*here, index))
    return found


def get(doc: Json, path: Path_) -> Json:
    for step in path:
        doc = doc[step]
    return doc


huge_text = st.builds(lambda n, c: c * n, st.sampled_from([1000, 30_000, 2_000_000]),
                      st.sampled_from(["x", "é", "💥", " ", "\n"]))  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([0, -1, 1, 19, 99, 100, 2**31, 2**63, -(2**63) - 1, 10**30]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([1.0, 0.5, -0.0, 1e308]),
    st.text(max_size=30),
    st.sampled_from(["False", "True", "0", "1", "abc", "", "A", "E", "chart", "09:30", "25:99",
                     "javascript:alert(1)", "https://", "https://example.org/x",
                     "https://" + "x" * 300, "2026-02-30"]),
    huge_text,
)  # fmt: skip
small = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.text(max_size=5))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.sampled_from(["id", "title", "column", "x", "uid", ""]), inner,
                        max_size=3),
        # Many copies of one small value: a long list without a huge file.
        st.builds(lambda n, v: [v] * n, st.sampled_from([5, 1000, 200_000]), small),
    ),
    max_leaves=6,
)  # fmt: skip


def mutations(doc: Json) -> st.SearchStrategy[Callable[[Json], None]]:
    """One change to a document: each a function applied to a deep copy of it."""
    places = paths_of(doc)
    inner = [p for p in places if p]

    def put(path: Path_, value: Json) -> Callable[[Json], None]:
        def change(d: Json) -> None:
            get(d, path[:-1])[path[-1]] = value

        return change

    def delete(path: Path_) -> Callable[[Json], None]:
        def change(d: Json) -> None:
            del get(d, path[:-1])[path[-1]]

        return change

    def swap(a: Path_, b: Path_) -> Callable[[Json], None]:
        def change(d: Json) -> None:
            va, vb = copy.deepcopy(get(d, a)), copy.deepcopy(get(d, b))
            get(d, a[:-1])[a[-1]] = vb
            get(d, b[:-1])[b[-1]] = va

        return change

    def shift(path: Path_, by: int) -> Callable[[Json], None]:
        def change(d: Json) -> None:
            old = get(d, path)
            if isinstance(old, int | float) and not isinstance(old, bool):
                get(d, path[:-1])[path[-1]] = old + by
            elif isinstance(old, str):
                # Longer by repetition, up to a few million characters; or a number as text.
                times = min(by, 3_000_000 // max(len(old), 1))
                get(d, path[:-1])[path[-1]] = old * times if by > 1 else str(by)
            elif isinstance(old, list) and old:
                get(d, path[:-1])[path[-1]] = old * max(2, min(by, 200_000 // len(old)))

        return change

    def wrap(path: Path_) -> Callable[[Json], None]:
        def change(d: Json) -> None:
            old = get(d, path)
            get(d, path[:-1])[path[-1]] = [old] if not isinstance(old, list) else {"x": old}

        return change

    def extra(path: Path_, key: str, value: Json) -> Callable[[Json], None]:
        def change(d: Json) -> None:
            target = get(d, path)
            if isinstance(target, dict):
                target[key] = value
            elif isinstance(target, list):
                target.append(value if target == [] else copy.deepcopy(target[0]))

        return change

    numbers = [p for p in inner if isinstance(get(doc, p), int | float)]
    containers = [p for p in places if isinstance(get(doc, p), dict | list)]
    return st.one_of(
        st.builds(put, st.sampled_from(inner), values),
        st.builds(delete, st.sampled_from(inner)),
        st.builds(swap, st.sampled_from(inner), st.sampled_from(inner)),
        st.builds(shift, st.sampled_from(numbers or inner),
                  st.sampled_from([1, -1, 2, 5, 19, 100, 10**6, -(10**6)])),
        st.builds(wrap, st.sampled_from(inner)),
        st.builds(extra, st.sampled_from(containers), st.sampled_from(["colour", "id", "x"]),
                  values),
    )  # fmt: skip


@st.composite
def mutated(draw: st.DrawFn, bases: list[Json]) -> Json:
    doc = copy.deepcopy(draw(st.sampled_from(bases)))
    for _ in range(draw(st.integers(1, 3))):
        change = draw(mutations(doc))
        try:
            change(doc)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier change moved the place away; the document is mutated anyway
    return doc


def dump(path: Path) -> list[str]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


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
