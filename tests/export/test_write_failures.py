"""Exports to a read-only folder or a disk that stops taking bytes: one clear line, no debris."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]
EARLIER = b"%PDF-1.4 the summary exported yesterday"


def run(args: list[str], prefix: list[str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(prefix or []), sys.executable, "-m", "workshop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture
def event_library(tmp_path) -> str:
    lib = str(tmp_path / "lib.sqlite")
    made = run(
        ["--library", lib, "demo", "--scale", "event", "--follow-up", "https://example.org/e"]
    )
    assert made.returncode == 0, made.stderr
    return lib


def without_root_powers() -> list[str]:
    """As root, permissions are not checked; drop the capabilities that skip them."""
    if os.geteuid() != 0:
        return []
    assert shutil.which("setpriv"), "setpriv (util-linux) is needed to test as root"
    return ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner"]


def test_a_read_only_folder_gets_a_clear_message_and_keeps_the_earlier_file(
    event_library, tmp_path
):
    folder = tmp_path / "read-only"
    folder.mkdir()
    target = folder / "summary.pdf"
    target.write_bytes(EARLIER)
    folder.chmod(0o555)
    try:
        result = run(
            ["--library", event_library, "session", "export", "1", "--summary", str(target)],
            without_root_powers(),
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: Could not write {target}: Permission denied.")
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == EARLIER
    assert [p.name for p in folder.iterdir()] == ["summary.pdf"]


def test_a_disk_that_stops_taking_bytes_leaves_no_part_file(event_library, tmp_path):
    target = tmp_path / "out" / "summary.pdf"
    target.parent.mkdir()
    target.write_bytes(EARLIER)
    # The kernel refuses writes past 64 KB in this process, as a full disk would mid-file.
    result = run(
        ["--library", event_library, "session", "export", "1", "--summary", str(target)],
        ["prlimit", "--fsize=65536"],
    )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: Could not write {target}: File too large.")
    assert target.read_bytes() == EARLIER
    assert [p.name for p in target.parent.iterdir()] == ["summary.pdf"]
