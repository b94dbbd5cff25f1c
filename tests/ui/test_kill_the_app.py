"""Pulling the plug on the real app while it records: nothing it confirmed is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from workshop.store.library import open_library

ROOT = Path(__file__).parents[2]


def trial(path: Path, session_id: int, seed: int) -> int:
    """Run the app recording, kill -9 it at a random moment, check every confirmed action;
    returns how many there were."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.app_recorder", str(path), str(session_id), str(seed)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    time.sleep(random.Random(seed).uniform(0.05, 1.5))
    os.kill(child.pid, signal.SIGKILL)
    out, _ = child.communicate()
    # A line cut by the kill was never confirmed on screen: only whole lines count.
    lines = [line for line in out.split("\n")[:-1] if line]
    library = open_library(path)
    try:
        assert library.db.execute("pragma integrity_check").fetchone()[0] == "ok"
        session = library.sessions.load(session_id)
        # Per (round, group): the last confirmed reason, and any tried after it (the kill may
        # land between a commit and its word on screen, so a later try may be what is kept).
        confirmed: dict[tuple[int, int], set[str]] = {}
        tips = []
        acks = 0
        for line in lines:
            kind, *fields = line.split("\t")
            if kind == "tip":
                tips.append(fields[0])
                acks += 1
                continue
            key = (int(fields[0]), int(fields[1]))
            if kind == "choice":
                confirmed[key] = {fields[2]}
                acks += 1
            elif key in confirmed:
                confirmed[key].add(fields[2])
        for key, allowed in confirmed.items():
            kept = session.choices[key].reason
            assert kept in allowed, f"lost {key}: kept {kept!r}, confirmed {allowed} (seed {seed})"
        on_board = {tip.text for tip in session.board.tips.values()}
        assert set(tips) <= on_board, f"lost tips {set(tips) - on_board} (seed {seed})"
        library.set_running(None)
    finally:
        library.close()
    return acks


def run_trials(tmp_path: Path, three_card_session, count: int) -> tuple[int, int]:
    path = tmp_path / "lib.sqlite"
    library = open_library(path)
    session_id = library.sessions.create(three_card_session)
    library.close()
    confirmed = 0
    for seed in range(count):
        confirmed += trial(path, session_id, seed)
        if (seed + 1) % 100 == 0:
            print(f"{seed + 1} trials, {confirmed} confirmed actions, 0 lost", flush=True)
    return count, confirmed


def test_kill_9_of_the_app_while_recording_loses_nothing_confirmed(tmp_path, three_card_session):
    trials, confirmed = run_trials(tmp_path, three_card_session, 3)
    assert confirmed > 0, "the app confirmed something before it was killed"


@pytest.mark.slow
def test_kill_9_of_the_app_1000_times(tmp_path, three_card_session):
    trials, confirmed = run_trials(tmp_path, three_card_session, 1000)
    print(f"\nkill -9 of the app: {trials} trials, {confirmed} confirmed actions, 0 lost")
