"""Mutations of JSON documents for the fuzz tests: types changed, values swapped, keys deleted,
numbers out of range, huge texts and lists, wrong nesting."""

from __future__ import annotations

import copy
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hypothesis.strategies as st

Json = Any
Path_ = tuple[Any, ...]


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
    """Every row of a library as SQL text, to show that a refusal changed nothing."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
