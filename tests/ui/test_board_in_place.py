"""The board's window and wall are updated in place, row by row; after every kind of edit,
undo and redo, at a few hundred tips, they show exactly what the board holds."""

from __future__ import annotations

import itertools
import random

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.core.test_board_fast_paths import plain_board_view
from workshop.core import audience
from workshop.core import board_edits as edits
from workshop.core.activity import Activity
from workshop.core.demo import play_board
from workshop.ui.control.board_panel import TIP_ID, BoardPanel, tip_line
from workshop.ui.widgets import board_paint

TIPS = 300
STEPS = 150


def panel_matches_the_board(panel: BoardPanel) -> None:
    """Every column's rows are the board's live tips, in order, each with its line and a
    size measured for that very line."""
    board = panel.board
    columns = [c.id for c in board.live_columns()]
    assert list(panel.lists) == columns
    for column in columns:
        tips = panel.lists[column]
        live = board.live_tips(column)
        rows = [tips.item(row) for row in range(tips.count())]
        assert [i.data(TIP_ID) for i in rows] == [t.id for t in live]
        assert [i.text() for i in rows] == [tip_line(t, board) for t in live]
        assert tips.rows == live
        assert tips.lines == [tip_line(t, board) for t in live]
        assert tips.by_id == {t.id: t for t in live}
        option = QStyleOptionViewItem()
        tips.initViewItemOption(option)
        option.rect = QRect(0, 0, tips.viewport().width(), 1)  # wrapped at the list's width
        for item in rows[:: max(1, len(rows) // 15)]:  # a sample: measuring is the slow part
            kept = item.sizeHint()
            item.setData(Qt.SizeHintRole, None)
            measured = tips.itemDelegate().sizeHint(option, tips.indexFromItem(item))
            item.setSizeHint(kept)
            assert kept == measured, item.text()


def wall_matches_the_board(window) -> None:
    """The wall shows the board as the plain definition builds it, laid out as a layout
    computed from nothing would be."""
    session = window.controller.session
    audience = window.projector.audience
    plain = plain_board_view(session)
    assert audience.view == plain
    # The words as first written: every line of the wall, walked from nothing.
    lines = [plain.title]
    for column, items in plain.board:
        lines += [column, *(item.wall_text() for item in items)]
    assert audience.shown_text() == "\n".join(line for line in lines if line)
    # The projector's own size, and a smaller one that reuses what was measured at it.
    canvases = [
        (QRectF(0, 0, audience.logical_size.width(), audience.logical_size.height()), 1.0),
        (QRectF(0, 0, 1280, 720), 720 / 1080),
        (QRectF(0, 0, 1000, audience.logical_size.height()), 1.0),  # narrower, same size
    ]
    kept = [board_paint.layout_board(audience.view, c, scale) for c, scale in canvases]
    fresh = []
    for canvas, scale in canvases:
        caches = (board_paint._HEIGHTS, board_paint._COLUMNS, board_paint._LAST_OF_COLUMN,
                  board_paint._LAST)  # fmt: skip
        for cache in caches:
            cache.clear()
        fresh.append(board_paint.layout_board(plain, canvas, scale))
    for ours, theirs in zip(kept, fresh, strict=True):
        assert [(p.text, p.rect, p.role) for p in ours.placed] == [
            (p.text, p.rect, p.role) for p in theirs.placed
        ]
        assert (ours.pages, ours.body_px) == (theirs.pages, theirs.body_px)


def test_every_edit_undo_and_redo_shows_exactly_the_board(qtbot, window, monkeypatch):
    controller = window.controller
    session = controller.session
    # Built in memory (the store is not what this test reads); the wall and the window see
    # it whole when the board goes up.
    play_board(session, lambda command: command.apply(session), TIPS)
    window.show_board()
    panel = window.board_panel
    board = panel.board
    assert controller.session.activity is Activity.BOARD
    panel_matches_the_board(panel)
    wall_matches_the_board(window)
    rng = random.Random(22)
    words = (f"words number {n}" for n in itertools.count())
    done = set()
    # Which way each step went: the window's rows found by bisection (True) or compared
    # whole (False), the wall's column extended by one tip (True) or built again (False).
    window_ways: list[bool] = []
    wall_ways: list[bool] = []
    fill_written = panel._fill_written

    def counted_fill(*args):
        window_ways.append(fill_written(*args))
        return window_ways[-1]

    monkeypatch.setattr(panel, "_fill_written", counted_fill)
    quick_items = audience._quick_items

    def counted_quick(*args):
        found = quick_items(*args)
        wall_ways.append(found is not None)
        return found

    monkeypatch.setattr(audience, "_quick_items", counted_quick)
    fast: dict[str, set[bool]] = {}
    fast_wall: dict[str, set[bool]] = {}

    def a_tip() -> tuple[int, int]:
        column = rng.choice([c for c in panel.lists if panel.lists[c].count()])
        return column, rng.randrange(panel.lists[column].count())

    def key(name: str, keys: Qt.Key, modifier=Qt.NoModifier) -> None:
        column, row = a_tip()
        tips = panel.lists[column]
        tips.setFocus()
        tips.setCurrentRow(row)
        qtbot.keyClick(tips, keys, modifier)

    def add() -> None:
        panel._pick_column(rng.randrange(panel.column.count()))
        panel.tip.setText(f"a tip typed {next(words)}")
        qtbot.keyClick(panel.tip, Qt.Key_Return)

    def edit() -> None:
        column, row = a_tip()
        tip_id = panel.lists[column].item(row).data(TIP_ID)
        panel._run(lambda: edits.edit_tip(board, tip_id, f"edited {next(words)}"))

    def merge() -> None:
        column, _row = a_tip()
        ids = [t.id for t in board.live_tips(column)]
        chosen = rng.sample(ids, min(len(ids), 3))
        panel._run(lambda: edits.merge_tips(board, chosen, f"merged {next(words)}"))

    def restore() -> None:
        if board.deleted_tips():
            tip_id = rng.choice(board.deleted_tips()).id
            panel._run(lambda: edits.restore_tip(board, tip_id))

    def sort() -> None:
        column = rng.choice(list(panel.lists))
        on = not board.columns[column].by_votes
        panel._run(lambda: edits.sort_by_votes(board, column, on))

    def rename_cluster() -> None:
        live = [c.id for c in board.clusters.values() if not c.deleted]
        if live:
            cluster = rng.choice(live)
            panel._run(lambda: edits.rename_cluster(board, cluster, f"renamed {next(words)}"))

    def rename_column() -> None:
        column = rng.choice(list(panel.lists))
        panel._run(lambda: edits.rename_column(board, column, f"column {next(words)}"))

    def add_column() -> None:
        panel._run(lambda: edits.add_column(board, f"added {next(words)}"))

    def remove_column() -> None:
        columns = list(panel.lists)
        if len(columns) > 2:
            gone, kept = rng.sample(columns, 2)
            panel._run(lambda: edits.remove_column(board, gone, kept))

    actions = {
        "add": add,
        "edit": edit,
        "vote": lambda: key("vote", Qt.Key_Plus),
        "unvote": lambda: key("unvote", Qt.Key_Minus),
        "highlight": lambda: key("highlight", Qt.Key_Asterisk),
        "hide": lambda: key("hide", Qt.Key_H),
        "split": lambda: key("split", Qt.Key_S),
        "delete": lambda: key("delete", Qt.Key_Delete),
        "up": lambda: key("up", Qt.Key_Up, Qt.ControlModifier),
        "down": lambda: key("down", Qt.Key_Down, Qt.ControlModifier),
        "right": lambda: key("right", Qt.Key_Right, Qt.ControlModifier),
        "left": lambda: key("left", Qt.Key_Left, Qt.ControlModifier),
        "merge": merge,
        "restore": restore,
        "sort": sort,
        "rename cluster": rename_cluster,
        "rename column": rename_column,
        "add column": add_column,
        "remove column": remove_column,
        "undo": controller.undo_stack.undo,
        "redo": controller.undo_stack.redo,
    }
    names = [*actions, "add", "add", "add", "undo", "undo"]
    for _step in range(STEPS):
        name = rng.choice(names)
        before = controller.undo_stack.index()
        window_ways.clear()
        wall_ways.clear()
        actions[name]()
        fast.setdefault(name, set()).update(window_ways)
        fast_wall.setdefault(name, set()).update(wall_ways)
        if name == "add":
            # A tip typed: one row put in, the wall's column extended; never a whole walk.
            assert window_ways == [True] and wall_ways == [True], (window_ways, wall_ways)
        if name in ("undo", "redo") or controller.undo_stack.index() != before:
            done.add(name)
        panel_matches_the_board(panel)
        wall_matches_the_board(window)
    assert done == set(actions), "every kind of edit was made at least once"
    # Each edit of tips alone went the quick way in the window (and was checked above).
    for name in ("add", "edit", "vote", "unvote", "highlight", "hide", "delete", "up", "down",
                 "right", "left", "restore", "undo", "redo"):  # fmt: skip
        assert True in fast[name], name
    # And on the wall: a tip typed, edited in its place, marked or deleted.
    for name in ("add", "edit", "highlight", "delete"):
        assert True in fast_wall[name], name
    # And the whole compare is still driven, for what the quick way does not take.
    for name in ("merge", "sort", "add column", "remove column"):
        assert True not in fast.get(name, set()), name


def test_adding_a_tip_keeps_the_selection_and_the_current_row(qtbot, window):
    controller = window.controller
    play_board(controller.session, controller.run, 60)
    window.show_board()
    panel = window.board_panel
    column = panel.column.currentData()
    tips = panel.lists[column]
    tips.setCurrentRow(3)
    tips.item(5).setSelected(True)
    chosen = {i.data(TIP_ID) for i in tips.selectedItems()}
    current = tips.currentItem().data(TIP_ID)
    items_before = [tips.item(row) for row in range(tips.count())]
    panel.tip.setText("one more")
    qtbot.keyClick(panel.tip, Qt.Key_Return)
    assert tips.count() == len(items_before) + 1
    # The rows already there are the very same rows: only the new one was put in.
    assert [tips.item(row) for row in range(len(items_before))] == items_before
    assert {i.data(TIP_ID) for i in tips.selectedItems()} == chosen
    assert tips.currentItem().data(TIP_ID) == current
    # A deleted current tip leaves no current row (the next Delete deletes nothing unasked).
    tips.setFocus()
    qtbot.keyClick(tips, Qt.Key_Delete)
    assert current not in [t.id for t in panel.board.live_tips(column)]
    assert tips.currentItem() is None


def test_rows_are_as_tall_as_the_list_itself_would_make_them(qtbot, window):
    """Each row keeps the size it was measured at; it must be the size the list would give
    it (wrapped at the list's width), at any width the window is given."""
    window.show_board()
    panel = window.board_panel
    panel.default_columns()
    words = "a tip long enough to wrap over several lines in a narrow column of the board"
    for n in range(8):
        panel.tip.setText(f"{words} {n}" if n % 2 else f"short {n}")
        qtbot.keyClick(panel.tip, Qt.Key_Return)
    tips = panel.lists[panel.column.currentData()]
    for width in (300, 700, 1400):
        window.resize(width, 700)
        qtbot.waitUntil(lambda: tips.viewport().width() == tips.measured_at)
        ours = [tips.item(row).sizeHint().height() for row in range(tips.count())]
        # The list's own measure: the same rows with no stored size, laid out by the list.
        for row in range(tips.count()):
            tips.item(row).setData(Qt.SizeHintRole, None)
        tips.doItemsLayout()
        theirs = [tips.visualItemRect(tips.item(row)).height() for row in range(tips.count())]
        assert ours == theirs
        assert max(theirs) > min(theirs)  # long tips did wrap
        tips.measure_all()
