"""Benchmark: 65 phones each sending 5 tips at once; p95 from POST to "received" (committed)."""

from __future__ import annotations

import statistics
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
