"""Benchmark: start-up to an idle control window, and its memory, against a bare PySide6
window started in the same run, pair by pair (A B A B), each in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.table import record_paired

ROOT = Path(__file__).parents[2]
PAIRS = 11

# Resident memory now, in KiB (ru_maxrss would carry the parent's peak across exec).
RSS = """
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
"""
# Each child quits at the first turn of its event loop: the window is shown and idle.
BARE = (
    RSS
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1200, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
print(rss())
"""
)
APP = (
    RSS
    + """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from workshop.app import run_app
app = QApplication(sys.argv[:1])
# Quit at every turn of any event loop, so the main loop ends at its first idle turn even
# when opening the session ran a nested loop (which a single-shot quit would be spent in).
ticks = QTimer()
ticks.timeout.connect(app.quit)
ticks.start(0)
run_app(LIBRARY, SESSION)
print(rss())
"""
)


def child(code: str, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launch to exit, and resident memory at idle in MiB, of one child process."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    seconds = time.perf_counter() - start
    return seconds, int(done.stdout.split()[-1]) / 1024


def paired(app_code: str, env: dict[str, str]) -> tuple[list[float], ...]:
    times, bare_times, mem, bare_mem = [], [], [], []
    child(BARE, env), child(app_code, env)  # warm the disk cache and the bytecode
    for _ in range(PAIRS):
        for code, t, m in ((BARE, bare_times, bare_mem), (app_code, times, mem)):
            seconds, mib = child(code, env)
            t.append(seconds)
            m.append(mib)
    return times, bare_times, mem, bare_mem


def environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    # Start-up is measured with bytecode written and reused, as an installed app has it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    # Welcomed already: the first run's welcome is a dialog waiting for the user, not start-up.
    settings = tmp_path / "config" / "Workshop" / "Workshop.conf"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text("[welcome]\nshown=true\n", encoding="utf-8")
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_bench_start_up(tmp_path: Path, capsys):
    env = environment(tmp_path)
    code = APP.replace("LIBRARY", repr(str(tmp_path / "lib.sqlite"))).replace("SESSION", "None")
    times, bare_times, mem, bare_mem = paired(code, env)
    record_paired("start-up to an idle window", times, "bare PySide6 window", bare_times,
                  goal_ratio=1.5)  # fmt: skip
    with capsys.disabled():
        print(f"\nstart-up: app {min(times):.3f} s, bare {min(bare_times):.3f} s; "
              f"memory {min(mem):.0f} MiB vs {min(bare_mem):.0f} MiB")  # fmt: skip


def test_bench_idle_memory_with_the_event_session(tmp_path: Path, capsys):
    env = environment(tmp_path)
    library = tmp_path / "event.sqlite"
    subprocess.run(
        [sys.executable, "-m", "workshop", "--library", str(library), "demo", "--scale", "event"],
        check=True, capture_output=True, cwd=ROOT, env=env,
    )  # fmt: skip
    code = APP.replace("LIBRARY", repr(str(library))).replace("SESSION", "None")
    times, bare_times, mem, bare_mem = paired(code.replace("None", "'1'"), env)
    record_paired("idle memory, event session open (RSS)", mem, "bare PySide6 window",
                  bare_mem, goal_ratio=1.8, unit="MiB")  # fmt: skip
    with capsys.disabled():
        print(f"\nevent session open: {min(times):.3f} s; memory {min(mem):.0f} MiB "
              f"vs bare {min(bare_mem):.0f} MiB")  # fmt: skip
