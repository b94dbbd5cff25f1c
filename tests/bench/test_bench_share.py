"""Benchmark: a room of 65 phones fetching the event summary from the room share at once."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.share.client import get
from workshop.share.app import PDF
from workshop.share.server import RoomShare, summary_files
from workshop.store.library import open_library

ROOT = Path(__file__).parents[2]
PHONES = 65


def test_bench_a_room_of_phones(tmp_path: Path, capsys):
    library_file = tmp_path / "event.sqlite"
    subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library_file), "demo",
         "--scale", "event"],
        check=True, capture_output=True, cwd=ROOT,
    )  # fmt: skip
    library = open_library(library_file, install_starters=False)
    session = library.sessions.load(1)
    library.close()
    started = time.perf_counter()
    share = RoomShare(summary_files(session), "127.0.0.1")
    start_seconds = time.perf_counter() - started
    pdf = share.app.files[PDF].body

    def phone(n: int) -> float:
        # Each phone from an address of its own, as in a room: per-client limits stay apart.
        source = f"127.0.2.{n + 1}"
        begun = time.perf_counter()
        page = get(share.port, f"/{share.token}/", source=source)
        summary = get(share.port, f"/{share.token}/{PDF}", source=source)
        assert page[0] == 200 and summary[0] == 200 and summary[2] == pdf
        return time.perf_counter() - begun

    try:
        begun = time.perf_counter()
        with ThreadPoolExecutor(PHONES) as pool:
            each = list(pool.map(phone, range(PHONES)))
        total = time.perf_counter() - begun
    finally:
        share.stop()
    assert share.fetches.pdf == PHONES
    with capsys.disabled():
        print(
            f"\nroom share: start (summary written, server up) {start_seconds:.2f} s; "
            f"{PHONES} phones at once, page + {len(pdf) // 1024} kB PDF each: all done in "
            f"{total:.2f} s, per phone median {statistics.median(each) * 1000:.0f} ms, "
            f"max {max(each) * 1000:.0f} ms"
        )
