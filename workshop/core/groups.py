"""Small groups: formed at random, balanced over organisations, or by hand; seed recorded."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, replace
from enum import StrEnum

from workshop.core.details import Participant
from workshop.core.errors import QT_TRANSLATE_NOOP, CommandRejected
from workshop.core.palette import group_colour

MAX_GROUPS = 99


class Method(StrEnum):
    """How groups were formed."""

    RANDOM = "random"
    BALANCED = "balanced"
    BY_HAND = "by hand"


@dataclass(frozen=True)
class Group:
    """A numbered group with a name and its members (indices into the participants)."""

    number: int
    name: str = ""
    members: tuple[int, ...] = ()

    @property
    def colour(self) -> str:
        return group_colour(self.number)

    def label(self) -> str:
        """The group's number and, if it has one, its name."""
        return f"{self.number}. {self.name}" if self.name else str(self.number)


@dataclass(frozen=True)
class Forming:
    """The groups of a session and how they came about, so a forming can be made again."""

    groups: tuple[Group, ...] = ()
    method: Method = Method.RANDOM
    seed: int | None = None


def group_count(people: int, count: int = 0, size: int = 0) -> int:
    """How many groups: as asked, or enough groups of at most `size`."""
    if count:
        return count
    if size:
        return max(1, math.ceil(people / size))
    raise CommandRejected(
        QT_TRANSLATE_NOOP("Messages", "Say how many groups, or how large a group is.")
    )


def deal(people: list[Participant], groups: int, balanced: bool, seed: int) -> list[list[int]]:
    """Participants dealt round the groups: sizes differ by at most one, and when balanced
    the people of one organisation go to different groups as far as there are groups."""
    rng = random.Random(seed)
    order = list(range(len(people)))
    rng.shuffle(order)
    if balanced:
        by_org: dict[str, list[int]] = {}
        loose: list[int] = []
        for index in order:
            org = people[index].organisation.casefold()
            (by_org.setdefault(org, []) if org else loose).append(index)
        # Largest organisations first, each dealt in one run, so its members land in
        # consecutive groups and never twice in a group before every group has one.
        runs = sorted(by_org.values(), key=len, reverse=True)
        order = [i for run in runs for i in run] + loose
    dealt: list[list[int]] = [[] for _ in range(groups)]
    for position, index in enumerate(order):
        dealt[position % groups].append(index)
    return dealt


def form(
    people: list[Participant],
    count: int = 0,
    size: int = 0,
    balanced: bool = False,
    seed: int | None = None,
    names: dict[int, str] | None = None,
) -> Forming:
    """New groups; a fresh seed unless one is given (to make a forming again)."""
    total = group_count(len(people), count, size)
    if not 1 <= total <= MAX_GROUPS:
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "A session has 1 to {most} groups."), most=MAX_GROUPS
        )
    if people and total > len(people):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "{groups} groups need at least {groups} participants."),
            groups=total,
        )
    seed = random.SystemRandom().randrange(2**31) if seed is None else seed
    dealt = deal(people, total, balanced, seed) if people else [[] for _ in range(total)]
    names = names or {}
    groups = tuple(
        Group(n, names.get(n, ""), tuple(members)) for n, members in enumerate(dealt, start=1)
    )
    return Forming(groups, Method.BALANCED if balanced else Method.RANDOM, seed)


def move_person(forming: Forming, person: int, to_group: int) -> Forming:
    """One person to another group by hand; the forming is then 'by hand'."""
    if not any(g.number == to_group for g in forming.groups):
        raise CommandRejected(
            QT_TRANSLATE_NOOP("Messages", "There is no group {group}."), group=to_group
        )
    groups = []
    for group in forming.groups:
        members = tuple(m for m in group.members if m != person)
        if group.number == to_group:
            members += (person,)
        groups.append(replace(group, members=members))
    return replace(forming, groups=tuple(groups), method=Method.BY_HAND)


def rename_group(forming: Forming, number: int, name: str) -> Forming:
    name = " ".join(name.split())[:80]
    groups = tuple(replace(g, name=name) if g.number == number else g for g in forming.groups)
    return replace(forming, groups=groups)
