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
