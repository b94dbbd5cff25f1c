"""Benchmark: the event summary beside a plain reportlab canvas of the same words, pages and
QR codes, pair by pair in one process (A B A B), at 1x, 2x, 4x and 8x the event: time, and
peak memory per page (tracemalloc's peak over each build, one pair per size, apart from the
timed pairs since tracing slows both sides).

Both sides write with reportlab's defaults (page compression on, the same rl_config), so
neither pays for a setting the other skips. Times are the process's CPU time
(time.process_time): both sides run in this one thread with nothing to wait for, and on the
shared development machine the same build took 2.2 to 4.5 s of wall time under other people's load
and 1.7 to 2.7 s of CPU time."""

from __future__ import annotations

import dataclasses
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from tests.bench.table import record_paired, scale_point
from workshop.core.cards import Deck
from workshop.core.demo import event_rounds, play_event
from workshop.core.outline import summary_outline
from workshop.core.session import Session, start_session
from workshop.export import qr
from workshop.export.fonts import REGULAR, register_fonts
from workshop.export.summary import write_summary

SCALES = (1, 2, 4, 8)
# Pairs per size. On the shared machine one side of a pair alone varies by a third within a
# run (the reference at x4: 0.48 to 0.81 s), so a median of three moved with one busy
# moment (x4's ratio 1.42 in two runs of three, 1.68 in a third). Five to seven pairs cost
# about 15 s more in all; two runs still differ by up to 0.14 at one size.
PAIRS = {1: 7, 2: 7, 4: 5, 8: 5}


def event_session(deck: Deck, scale: int) -> Session:
    session = start_session(deck, "Bench event", "2026-11-22", "https://example.org/event", 13)
    session.rounds = event_rounds(deck, scale)
    play_event(session, lambda command: command.apply(session), scale)
    return session


def words(value: Any) -> list[str]:
    """Every string of the summary's outline, in order: the words the PDF carries."""
    if isinstance(value, str):
        return [value] if value else []
    if dataclasses.is_dataclass(value):
        return [w for f in dataclasses.fields(value) for w in words(getattr(value, f.name))]
    if isinstance(value, (tuple, list)):
        return [w for v in value for w in words(v)]
    return []


def plain_canvas(target: Path, lines: list[str], links: list[str], pages: int) -> None:
    """The floor: the same words wrapped and drawn line by line, the same QR codes drawn from
    freshly made matrices, on at least the same number of pages; no layout engine."""
    canvas = Canvas(str(target), pagesize=A4)
    width, height = A4
    y, page, left = height - 20 * mm, 1, 20 * mm
    per_page = max(1, len(links) // pages + 1)
    queue = list(links)

    def new_page() -> None:
        nonlocal y, page
        for _ in range(min(per_page, len(queue))):
            matrix = qr.qr_matrix.__wrapped__(queue.pop(0))
            qr.draw_qr(canvas, matrix, width - 50 * mm, y - 30 * mm, 30 * mm)
        canvas.drawString(width / 2, 10 * mm, str(page))
        canvas.showPage()
        canvas.setFont(REGULAR, 10)
        y, page = height - 20 * mm, page + 1

    canvas.setFont(REGULAR, 10)
    for text in lines:
        for line in simpleSplit(text, REGULAR, 10, width - 40 * mm):
            if y < 20 * mm:
                new_page()
            canvas.drawString(left, y, line)
            y -= 12
    while page <= pages or queue:
        new_page()
    canvas.save()


def peak_kib(build: Callable[..., object], *args: Any) -> float:
    """The peak of memory allocated while `build(*args)` runs, in KiB (tracemalloc)."""
    tracemalloc.start()
    try:
        build(*args)
        return tracemalloc.get_traced_memory()[1] / 1024
    finally:
        tracemalloc.stop()


def test_bench_summary_against_a_plain_canvas(tmp_path: Path, starter_deck: Deck, capsys):
    register_fonts()
    for scale in SCALES:
        session = event_session(starter_deck, scale)
        lines = words(summary_outline(session))
        ours: list[float] = []
        plain: list[float] = []
        written = None
        for n in range(PAIRS[scale]):
            qr.qr_matrix.cache_clear()  # both sides make every QR code in every run
            start = time.process_time()
            written = write_summary(session, tmp_path / f"summary-{scale}-{n}.pdf")
            ours.append(time.process_time() - start)
            start = time.process_time()
            plain_canvas(
                tmp_path / f"plain-{scale}-{n}.pdf", lines, written.qr_links, written.pages
            )
            plain.append(time.process_time() - start)
        assert written is not None
        row = record_paired(
            f"event summary ×{scale} ({written.pages} pages, {len(written.qr_links)} QR), CPU",
            ours,
            "plain reportlab canvas, same words, pages and QR",
            plain,
            goal_ratio=1.5,
        )
        scale_point("event summary, by pages", written.pages, row.ms)
        scale_point("plain canvas reference, by pages", written.pages, row.reference_ms)
        pages, links = written.pages, written.qr_links
        qr.qr_matrix.cache_clear()
        ours_kib = peak_kib(write_summary, session, tmp_path / f"memory-{scale}.pdf")
        qr.qr_matrix.cache_clear()
        plain_pdf = tmp_path / f"plain-memory-{scale}.pdf"
        plain_kib = peak_kib(plain_canvas, plain_pdf, lines, links, pages)
        record_paired(
            f"event summary ×{scale}, peak memory per page",
            [ours_kib / pages],
            "plain reportlab canvas, same words, pages and QR",
            [plain_kib / pages],
            goal_ratio=2,
            unit="KiB",
        )
        with capsys.disabled():
            print(
                f"\nsummary x{scale}: {written.pages} pages, ours "
                f"{statistics.median(ours):.2f} s, plain canvas {statistics.median(plain):.2f} s; "
                f"peak memory {ours_kib / 1024:.1f} MiB vs {plain_kib / 1024:.1f} MiB"
            )
