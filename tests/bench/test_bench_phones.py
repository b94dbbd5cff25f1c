"""Benchmark: 65 phones each sending 5 tips at once; p95 from POST to "received" (committed)."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from tests.bench.table import ROWS, Row
from tests.share.room import Room
from tests.share.test_phones_load import check_all_kept_once, phones_send_tips
from workshop.core.session import Session
from workshop.store.library import open_library

PHONES = 65
TIPS = 5
GOAL_MS = 200


def test_bench_phones_sending_tips(tmp_path: Path, three_card_session: Session, capsys) -> None:
    path = tmp_path / "library.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    library.close()
    room = Room(path, session_id)
    try:
        times = phones_send_tips(room, PHONES, TIPS)
        check_all_kept_once(room, PHONES, TIPS)
    finally:
        room.stop()
    p95 = statistics.quantiles(times, n=20)[-1] * 1000
    ROWS.append(
        Row(
            f"phone tip, POST to received (committed), p95 of {PHONES}x{TIPS}",
            p95,
            goal=f"< {GOAL_MS} ms",
            met=p95 < GOAL_MS,
        )
    )
    with capsys.disabled():
        print(
            f"\nphones: {len(times)} tips committed; POST to received median "
            f"{statistics.median(times) * 1000:.1f} ms, p95 {p95:.1f} ms, "
            f"max {max(times) * 1000:.1f} ms"
        )


def test_bench_repaint_board_with_the_phones_code(qtbot, window, capsys) -> None:
    """A board of 100 tips at 1080p with the phones' code in its corner: under one frame."""
    from dataclasses import replace as with_

    from PySide6.QtCore import QSize

    from tests.bench.table import record_paired
    from workshop.core.audience import board_view
    from workshop.core.demo import play_board

    session = window.controller.session
    play_board(session, lambda command: command.apply(session), 100)
    audience = window.projector.audience
    audience.set_logical_size(QSize(1920, 1080))
    audience.resize(QSize(1920, 1080))
    plain = board_view(session)
    coded = with_(plain, phone_prompt="Send your tip",
                  phone_link="http://192.168.100.200:65535/23456789ABCDEFGHJKMNPQR/")  # fmt: skip
    ours, reference = [], []
    for _ in range(30):  # interleaved, so a busy moment slows both
        for view, samples in ((coded, ours), (plain, reference)):
            audience.set_view(view)
            audience.grab()
            start = time.perf_counter()
            audience.update()
            audience.grab()
            samples.append(time.perf_counter() - start)
    record_paired("board repaint with the phones' code, 100 tips", ours,
                  "the same board without it", reference)  # fmt: skip
    ms = statistics.median(ours) * 1000
    with capsys.disabled():
        print(f"\nboard repaint with the phones' code: {ms:.1f} ms; without "
              f"{statistics.median(reference) * 1000:.1f} ms")  # fmt: skip
