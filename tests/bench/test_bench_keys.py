"""Benchmark: from a forward key to the projector painted at 1920x1080, commit included."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from tests.bench.table import record, scale_point
from tests.bench.test_bench import median_ms


def test_bench_key_to_projector(qtbot, window, capsys):
    window.projector.resize(QSize(1920, 1080))
    live = window.cards_panel.live
    samples = []
    for press in range(120):
        start = time.perf_counter()
        qtbot.keyClick(live, Qt.Key_Right if press % 14 < 7 else Qt.Key_Left)
        window.projector.audience.grab()
        samples.append(time.perf_counter() - start)
    record("forward/back key → projector painted at 1080p", samples, goal_ms=16)
    with capsys.disabled():
        print(
            f"\nforward/back key to projector painted at 1080p (120 presses): {median_ms(samples)}"
        )


def test_bench_reveal_results_with_13_groups(qtbot, window, capsys):
    """R to the results of 13 groups painted side by side at 1080p, timer running."""
    from workshop.core.session import ResultStyle

    controller = window.controller
    controller.session.group_count = 13
    for group in range(1, 14):
        controller.record_choice(group, "AB"[group % 2], f"a reason of a few words {group}")
    controller.toggle_timer()
    window.projector.resize(QSize(1920, 1080))
    live = window.cards_panel.live
    samples = []
    for press in range(60):
        if press == 30:
            controller.toggle_result_style()
            assert controller.session.result_style is ResultStyle.SIDE_BY_SIDE
        start = time.perf_counter()
        qtbot.keyClick(live, Qt.Key_R)
        window.projector.audience.grab()
        samples.append(time.perf_counter() - start)
    record("R → 13 groups' results painted at 1080p", samples, goal_ms=16)
    with capsys.disabled():
        print(
            f"\nR (reveal together / back), 13 groups, at 1080p (60 presses): {median_ms(samples)}"
        )


BOARD_SIZES = (600, 2000, 6000)


@pytest.mark.parametrize("tips", BOARD_SIZES)
def test_bench_tip_enter_to_projector(qtbot, window, capsys, tips):
    """Enter in the tip line to the tip painted on the projector at 1080p, commit included."""
    from workshop.core.demo import play_board

    session = window.controller.session
    play_board(session, lambda command: command.apply(session), tips)
    window.projector.resize(QSize(1920, 1080))
    window.show_board()
    panel = window.board_panel
    app = QApplication.instance()
    app.processEvents()
    samples, idle = [], []
    for n in range(40):
        panel.tip.setText(f"one more tip, number {n}")
        start = time.perf_counter()
        qtbot.keyClick(panel.tip, Qt.Key_Return)
        window.projector.audience.grab()
        samples.append(time.perf_counter() - start)
        # What else the tip costs before the next key is read: the column's list laid out
        # again, the window and the wall strip repainted.
        app.processEvents()
        idle.append(time.perf_counter() - start)
    assert "number 39" in window.projector.audience.shown_text()
    assert panel.isVisible()  # the column lists are on screen, as while typing tips
    row = record(f"Enter → tip on the wall, {tips:,} tips", samples, goal_ms=16)
    scale_point("Enter → tip on the wall, by tips", tips, row.ms)
    row = record(f"Enter → tip on the wall, window idle again, {tips:,} tips", idle)
    scale_point("Enter → window idle again, by tips", tips, row.ms)
    with capsys.disabled():
        print(f"\nEnter to the tip on the projector, board of {tips}+ tips: {median_ms(samples)}; "
              f"window idle again: {median_ms(idle)}")  # fmt: skip


@pytest.mark.parametrize("tips", BOARD_SIZES)
def test_bench_repaint_board(qtbot, window, capsys, tips):
    """A repaint of a board at 1080p: the layout once, then paint only."""
    from workshop.core.audience import board_view
    from workshop.core.demo import play_board

    session = window.controller.session
    play_board(session, lambda command: command.apply(session), tips)
    audience = window.projector.audience
    audience.set_logical_size(QSize(1920, 1080))
    audience.resize(QSize(1920, 1080))
    view = board_view(session)
    first = time.perf_counter()
    audience.set_view(view)
    audience.grab()
    layout_ms = (time.perf_counter() - first) * 1000
    samples = []
    for _ in range(30):
        start = time.perf_counter()
        audience.update()
        audience.grab()
        samples.append(time.perf_counter() - start)
    row = record(f"board repaint, {tips:,} tips", samples, goal_ms=16)
    scale_point("board repaint, by tips", tips, row.ms)
    with capsys.disabled():
        print(
            f"\nboard of {tips} tips at 1080p: first paint (layout) {layout_ms:.1f} ms; "
            f"repaint (30 runs) {median_ms(samples)}"
        )
