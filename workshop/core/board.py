"""The tips board: columns, tips, clusters; what the room said, kept as plain text."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

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


R = TypeVar("R", Column, Tip, Cluster)
_MISSING: Any = object()


class Rows(dict[int, R], Generic[R]):
    """A board table, id -> row, that keeps its largest id at hand.

    A plain dict in every way that is read; every way of writing goes through `_added`
    and `_dropped`, so the board can answer "next id" without walking all its rows.
    """

    def __init__(self, rows: Mapping[int, R] | Iterable[tuple[int, R]] = (), /) -> None:
        super().__init__()
        self._max_id: int | None = 0
        self.version = 0  # counts writes, so a view of the table can be kept until it changes
        self.update(rows)

    # The index: subclasses keep more; the largest id is kept here.
    def _added(self, row: R) -> None:
        if self._max_id is not None and row.id > self._max_id:
            self._max_id = row.id

    def _dropped(self, row: R) -> None:
        if row.id == self._max_id:
            self._max_id = None  # found again when next asked, once per undo of an add

    def max_id(self) -> int:
        """The largest id in the table, 0 when empty."""
        if self._max_id is None:
            self._max_id = max(self, default=0)
        return self._max_id

    # Every way a dict can be written.
    def __setitem__(self, key: int, row: R) -> None:
        old = dict.get(self, key, _MISSING)
        if old is not _MISSING:
            self._dropped(old)
        dict.__setitem__(self, key, row)
        self._added(row)
        self.version += 1

    def __delitem__(self, key: int) -> None:
        row = dict.__getitem__(self, key)
        dict.__delitem__(self, key)
        self._dropped(row)
        self.version += 1

    def pop(self, key: int, default: Any = _MISSING) -> Any:
        if key in self:
            row = dict.__getitem__(self, key)
            del self[key]
            return row
        if default is _MISSING:
            raise KeyError(key)
        return default

    def popitem(self) -> tuple[int, R]:
        key, row = dict.popitem(self)
        self._dropped(row)
        self.version += 1
        return key, row

    def setdefault(self, key: int, default: Any = None) -> Any:
        if key not in self:
            self[key] = default
        return dict.__getitem__(self, key)

    def update(self, *args: Any, **kwargs: Any) -> None:
        for key, row in dict(*args, **kwargs).items():
            self[key] = row

    def __ior__(self, other: Any) -> Rows[R]:  # type: ignore[override,misc]
        self.update(other)
        return self

    def clear(self) -> None:
        for key in list(self):
            del self[key]

    def copy(self) -> Rows[R]:
        return type(self)(self)

    def __copy__(self) -> Rows[R]:
        return self.copy()

    def __deepcopy__(self, memo: dict[int, Any]) -> Rows[R]:
        return self.copy()  # rows are frozen: sharing them is a deep copy

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (dict(self),))


class Tips(Rows[Tip]):
    """The tips, indexed by column and by cluster, so a board edit touches only its column."""

    def __init__(self, rows: Mapping[int, Tip] | Iterable[tuple[int, Tip]] = (), /) -> None:
        self._columns: dict[int, dict[int, None]] = {}
        self._clusters: dict[int, dict[int, None]] = {}
        self._max_position: dict[int, int] = {}  # column -> largest position; absent: unknown
        # column -> the count of writes when a row of it was last written, so a view of one
        # column is kept while other columns change (a new tip costs its column, not the board).
        self._column_stamps: dict[int, int] = {}
        self._writes = 0
        # column -> the rows written in it (before, after) since its live tips were last
        # sorted, so a few changes are put into the sorted list by bisection, not a new sort;
        # None when too many to be worth it.
        self._pending: dict[int, list[tuple[Tip | None, Tip | None]] | None] = {}
        # What views made from these rows, for them to reuse: they check the row by identity.
        self.memo: dict[str, Any] = {}
        super().__init__(rows)

    def __setitem__(self, key: int, row: Tip) -> None:
        old = dict.get(self, key, _MISSING)
        if old is not _MISSING and (old.column, old.cluster, old.position) == (
            row.column,
            row.cluster,
            row.position,
        ):
            dict.__setitem__(self, key, row)  # a vote, an edit, a mark: no index moves
            self.version += 1
            self._stamp(row.column)
            self._log(row.column, old, row)
            return
        super().__setitem__(key, row)

    def _log(self, column: int, old: Tip | None, new: Tip | None) -> None:
        pending = self._pending.get(column, [])
        if pending is not None and len(pending) < PENDING_MOST:
            pending.append((old, new))
            self._pending[column] = pending
        else:
            self._pending[column] = None

    def take_pending(self, column: int) -> list[tuple[Tip | None, Tip | None]] | None:
        """The rows written in a column since this was last asked (None: too many to tell)."""
        pending = self._pending.get(column, [])
        self._pending[column] = []
        return pending

    def _stamp(self, column: int) -> None:
        self._writes += 1
        self._column_stamps[column] = self._writes

    def column_stamp(self, column: int) -> int:
        """Changes whenever a tip of the column is written, moved in or moved out."""
        return self._column_stamps.get(column, 0)

    def _added(self, row: Tip) -> None:
        super()._added(row)
        self._stamp(row.column)
        self._log(row.column, None, row)
        self._columns.setdefault(row.column, {})[row.id] = None
        if row.cluster:
            self._clusters.setdefault(row.cluster, {})[row.id] = None
        known = self._max_position.get(row.column)
        if known is not None and row.position > known:
            self._max_position[row.column] = row.position
        elif known is None and len(self._columns[row.column]) == 1:
            self._max_position[row.column] = row.position

    def _dropped(self, row: Tip) -> None:
        super()._dropped(row)
        self._stamp(row.column)
        self._log(row.column, row, None)
        self._columns[row.column].pop(row.id, None)
        if row.cluster:
            self._clusters[row.cluster].pop(row.id, None)
        if self._max_position.get(row.column) == row.position:
            del self._max_position[row.column]  # walked again when next asked

    def in_column(self, column: int) -> list[Tip]:
        """Every tip of a column, deleted ones included, in no particular order."""
        return [dict.__getitem__(self, i) for i in self._columns.get(column, ())]

    def in_cluster(self, cluster: int) -> list[Tip]:
        """Every tip of a cluster, deleted ones included."""
        return [dict.__getitem__(self, i) for i in self._clusters.get(cluster, ())]

    def max_position(self, column: int) -> int:
        """The largest position of any tip of a column, deleted ones included; 0 if none."""
        known = self._max_position.get(column)
        if known is None:
            known = max((t.position for t in self.in_column(column)), default=0)
            self._max_position[column] = known
        return known


PENDING_MOST = 16  # more rows written in a column than this between looks: sorted afresh


def order_key(by_votes: bool) -> Callable[[Tip], tuple[int, ...]]:
    """A column's order as a sort key: typed order, or most votes first; the id breaks ties."""
    if by_votes:
        return lambda t: (-t.votes, t.position, t.id)
    return lambda t: (t.position, t.id)


def _moved_in_place(
    tips: list[Tip],
    pending: list[tuple[Tip | None, Tip | None]],
    key: Callable[[Tip], tuple[int, ...]],
) -> list[Tip] | None:
    """The sorted live tips with the rows written since taken out and put in, each by
    bisection; None if a row that should be there is not (the caller sorts afresh)."""
    for old, new in pending:
        if old is not None and not old.deleted:
            at = bisect_left(tips, key(old), key=key)
            if at >= len(tips) or tips[at] is not old:
                return None
            del tips[at]
        if new is not None and not new.deleted:
            insort(tips, new, key=key)
    return tips


@dataclass
class Board:
    """The whole board of a session."""

    question: str = ""
    columns: dict[int, Column] = field(default_factory=Rows)
    tips: dict[int, Tip] = field(default_factory=Tips)
    clusters: dict[int, Cluster] = field(default_factory=Rows)

    def __setattr__(self, name: str, value: Any) -> None:
        # Tables given as plain dicts, at creation or later, get their indexes here, so an
        # index can never be stale.
        if name == "tips" and not isinstance(value, Tips):
            value = Tips(value)
        elif name in ("columns", "clusters") and not isinstance(value, Rows):
            value = Rows(value)
        object.__setattr__(self, name, value)

    @property
    def tip_table(self) -> Tips:
        """The tips with their indexes."""
        assert isinstance(self.tips, Tips)
        return self.tips

    def version(self) -> tuple[int, ...]:
        """Changes whenever a row of the board is written (the question is not a row)."""
        tables = (self.columns, self.tips, self.clusters)
        return tuple(t.version for t in tables if isinstance(t, Rows))

    def next_id(self) -> int:
        """One id space for columns, tips and clusters, so a row is never confused."""
        tables = (self.columns, self.tips, self.clusters)
        return max(t.max_id() for t in tables if isinstance(t, Rows)) + 1

    def live_columns(self) -> list[Column]:
        """The columns not removed, left to right."""
        return sorted((c for c in self.columns.values() if not c.removed), key=lambda c: c.position)

    def live_tips(self, column: int) -> list[Tip]:
        """A column's tips not deleted, in its order: typed order, or most votes first."""
        by_votes = self.columns[column].by_votes
        table = self.tip_table
        # Kept until a tip of the column is written: the wall and the window both ask after
        # every edit, and a column of thousands is sorted once, not once each. A few rows
        # written since are taken out and put in by bisection (a tip typed costs log n).
        kept: dict[int, tuple[int, bool, list[Tip]]] = table.memo.setdefault("live", {})
        stamp = table.column_stamp(column)
        known = kept.get(column)
        pending = table.take_pending(column)
        if known is not None and known[0] == stamp and known[1] == by_votes:
            return list(known[2])
        key = order_key(by_votes)
        tips = None
        if known is not None and known[1] == by_votes and pending is not None:
            tips = _moved_in_place(known[2], pending, key)
        if tips is None:
            tips = sorted((t for t in table.in_column(column) if not t.deleted), key=key)
        kept[column] = (stamp, by_votes, tips)
        return list(tips)

    def members(self, cluster: int) -> list[Tip]:
        """The live tips of a cluster."""
        return [t for t in self.tip_table.in_cluster(cluster) if not t.deleted]

    def deleted_tips(self) -> list[Tip]:
        """Tips deleted, newest first, for restoring."""
        return sorted((t for t in self.tips.values() if t.deleted), key=lambda t: -t.id)
