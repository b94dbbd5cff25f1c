"""Benchmark: from a forward key to the projector painted at 1920x1080, commit included."""

from __future__ import annotations

import time

from PySide6.QtCore import QSize, Qt

from tests.bench.test_bench import median_ms


def test_bench_key_to_projector(qtbot, window, capsys):
    window.projector.resize(QSize(1920, 1080))
    live = window.run_panel.live
    samples = []
    for press in range(120):
        start = time.perf_counter()
        qtbot.keyClick(live, Qt.Key_Right if press % 14 < 7 else Qt.Key_Left)
        window.projector.audience.grab()
        samples.append(time.perf_counter() - start)
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
    live = window.run_panel.live
    samples = []
    for press in range(60):
        if press == 30:
            controller.toggle_result_style()
            assert controller.session.result_style is ResultStyle.SIDE_BY_SIDE
        start = time.perf_counter()
        qtbot.keyClick(live, Qt.Key_R)
        window.projector.audience.grab()
        samples.append(time.perf_counter() - start)
    with capsys.disabled():
        print(
            f"\nR (reveal together / back), 13 groups, at 1080p (60 presses): {median_ms(samples)}"
        )
