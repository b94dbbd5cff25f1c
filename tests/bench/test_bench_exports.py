"""Benchmark: the summary of the `demo --scale event` session beside a bare reportlab document.

Each side runs in its own process, so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).parents[2]

SUMMARY = textwrap.dedent(
    """
    import json, resource, sys, time
    from workshop.store.library import open_library
    from workshop.export.summary import write_summary
    library = open_library(sys.argv[1], install_starters=False)
    session = library.sessions.load(1)
    times = []
    for i in range(3):
        start = time.perf_counter()
        written = write_summary(session, f"{sys.argv[2]}/event-{i}.pdf")
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": sorted(times)[1], "first": times[0], "pages": written.pages,
                      "qr": len(written.qr_links), "peak_mb": peak}))
    """
)

# The same number of pages and QR codes with nothing of ours: reportlab's own QR widget.
BARE = textwrap.dedent(
    """
    import json, resource, sys, time
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
    pages, codes = int(sys.argv[2]), int(sys.argv[3])
    body = getSampleStyleSheet()["BodyText"]
    times = []
    for i in range(3):
        start = time.perf_counter()
        story = []
        for p in range(pages):
            story += [Paragraph(f"Page {p} " + "words " * 400, body) for _ in range(2)]
            for q in range(codes // pages + (p < codes % pages)):
                widget = QrCodeWidget(f"https://example.org/event/notes/{p}-{q}")
                drawing = Drawing(60, 60)
                drawing.add(widget)
                story.append(drawing)
            story.append(PageBreak())
        SimpleDocTemplate(f"{sys.argv[1]}/bare-{i}.pdf").build(story)
        times.append(time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": sorted(times)[1], "peak_mb": peak}))
    """
)


def _run(script: str, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(done.stdout)


def test_bench_event_summary(tmp_path: Path, capsys):
    library = tmp_path / "event.sqlite"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop",
            "--library",
            str(library),
            "demo",
            "--scale",
            "event",
            "--follow-up",
            "https://example.org/event",
        ],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    ours = _run(SUMMARY, str(library), str(tmp_path))
    bare = _run(BARE, str(tmp_path), str(ours["pages"]), str(ours["qr"]))
    with capsys.disabled():
        print(
            f"\nevent summary ({ours['pages']} pages, {ours['qr']} QR codes): first "
            f"{ours['first']:.2f} s, median of 3 {ours['seconds']:.2f} s (QR codes reused), "
            f"peak {ours['peak_mb']:.0f} MB"
            f"\nbare reportlab, same pages and QR codes: "
            f"{bare['seconds']:.2f} s, peak {bare['peak_mb']:.0f} MB"
        )
