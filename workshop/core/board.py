"""The tips board: columns, tips, clusters; what the room said, kept as plain text."""

from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_COLUMNS = ("Before", "During", "After")


@dataclass(frozen=True)
class Column:
    """A column of the board; a removed one keeps its row so undo can bring it back."""

    id: int
    title: str
    position: int
    removed: bool = False
    by_votes: bool = False


@dataclass(frozen=True)
class Tip:
    """One tip as typed; group 0 and author '' mean none was given (tips are anonymous)."""

    id: int
    column: int
    text: str
    position: int
    group: int = 0
    author: str = ""
    votes: int = 0
    highlight: bool = False
    hidden: bool = False
    deleted: bool = False
    cluster: int = 0
    source: str = ""  # the earlier session it was brought in from


@dataclass(frozen=True)
class Cluster:
    """Tips merged under a title, all in one column."""

    id: int
    column: int
    title: str
    deleted: bool = False


@dataclass
class Board:
    """The whole board of a session."""

    question: str = ""
    columns: dict[int, Column] = field(default_factory=dict)
    tips: dict[int, Tip] = field(default_factory=dict)
    clusters: dict[int, Cluster] = field(default_factory=dict)

    def next_id(self) -> int:
        """One id space for columns, tips and clusters, so a row is never confused."""
        ids = [*self.columns, *self.tips, *self.clusters]
        return max(ids, default=0) + 1

    def live_columns(self) -> list[Column]:
        """The columns not removed, left to right."""
        return sorted((c for c in self.columns.values() if not c.removed), key=lambda c: c.position)

    def live_tips(self, column: int) -> list[Tip]:
        """A column's tips not deleted, in its order: typed order, or most votes first."""
        tips = [t for t in self.tips.values() if t.column == column and not t.deleted]
        if self.columns[column].by_votes:
            return sorted(tips, key=lambda t: (-t.votes, t.position))
        return sorted(tips, key=lambda t: t.position)

    def members(self, cluster: int) -> list[Tip]:
        """The live tips of a cluster."""
        return [t for t in self.tips.values() if t.cluster == cluster and not t.deleted]

    def deleted_tips(self) -> list[Tip]:
        """Tips deleted, newest first, for restoring."""
        return sorted((t for t in self.tips.values() if t.deleted), key=lambda t: -t.id)
