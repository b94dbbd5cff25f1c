"""Forming groups as properties: sizes within one, everyone once, balance, repeatable seeds."""

from __future__ import annotations

import math
from collections import Counter

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from workshop.core.details import Participant
from workshop.core.errors import CommandRejected
from workshop.core.groups import Method, form, move_person, rename_group
from workshop.core.palette import PALETTE

people_lists = st.lists(
    st.builds(
        Participant,
        st.text(alphabet="abcdefghij", min_size=1, max_size=6),
        st.sampled_from(["", "Oxfam", "Stad Gent", "Buurtzorg", "ZZ"]),
    ),
    min_size=1,
    max_size=80,
)


@settings(max_examples=150, deadline=None)
@given(people=people_lists, data=st.data(), balanced=st.booleans(), seed=st.integers(0, 2**31))
def test_sizes_differ_by_one_at_most_and_everyone_is_placed_once(people, data, balanced, seed):
    count = data.draw(st.integers(1, len(people)))
    forming = form(people, count=count, balanced=balanced, seed=seed)
    sizes = [len(g.members) for g in forming.groups]
    assert len(sizes) == count and max(sizes) - min(sizes) <= 1
    placed = sorted(m for g in forming.groups for m in g.members)
    assert placed == list(range(len(people)))
    assert form(people, count=count, balanced=balanced, seed=seed) == forming


@settings(max_examples=150, deadline=None)
@given(people=people_lists, data=st.data(), seed=st.integers(0, 2**31))
def test_balanced_groups_spread_each_organisation_as_far_as_they_can(people, data, seed):
    count = data.draw(st.integers(1, len(people)))
    forming = form(people, count=count, balanced=True, seed=seed)
    orgs = Counter(p.organisation for p in people if p.organisation)
    for group in forming.groups:
        here = Counter(people[m].organisation for m in group.members if people[m].organisation)
        for org, n in here.items():
            # No group holds more of one organisation than an even spread needs.
            assert n <= math.ceil(orgs[org] / count), (org, n, orgs[org], count)


def test_by_group_size_and_a_new_seed_gives_other_groups():
    people = [Participant(f"p{i}", "") for i in range(23)]
    forming = form(people, size=5, seed=1)
    assert len(forming.groups) == 5 and forming.method is Method.RANDOM
    others = {form(people, size=5, seed=s).groups for s in range(2, 8)}
    assert len(others) > 1
    assert form(people, size=5).seed is not None, "a fresh seed is drawn and recorded"


def test_moving_by_hand_renaming_and_colours():
    people = [Participant(f"p{i}", "") for i in range(10)]
    forming = form(people, count=3, seed=4)
    person = forming.groups[0].members[0]
    moved = move_person(forming, person, 3)
    assert person in moved.groups[2].members and person not in moved.groups[0].members
    assert moved.method is Method.BY_HAND
    named = rename_group(moved, 2, "  The   Owls ")
    assert named.groups[1].label() == "2. The Owls"
    assert [g.colour for g in named.groups] == list(PALETTE[:3])
    with pytest.raises(CommandRejected, match="no group 9"):
        move_person(forming, person, 9)


def test_impossible_formings_are_refused():
    people = [Participant("a"), Participant("b")]
    with pytest.raises(CommandRejected, match="need at least"):
        form(people, count=3)
    with pytest.raises(CommandRejected, match="how many groups"):
        form(people)
    assert len(form([], count=4).groups) == 4, "a count without names still makes groups"
