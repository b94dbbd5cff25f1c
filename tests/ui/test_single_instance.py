"""One app per library: a second start brings the first window forward, or says why not."""

from __future__ import annotations

import fcntl
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop.app import run_app
from workshop.core.errors import WorkshopError
from workshop.store import app_lock
from workshop.ui import single_instance
from workshop.ui.single_instance import bring_forward, claim_library, server_name

ROOT = Path(__file__).parents[2]
posix = pytest.mark.skipif(sys.platform == "win32", reason="the Unix socket is POSIX's")


def start(path: Path, *args: str, **kw) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, "-m", "workshop", "--library", str(path), *args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw,
    )  # fmt: skip


def held_by_another(path: Path) -> bool:
    """Whether another process holds the app lock (a shared probe, let go at once)."""
    fd = os.open(app_lock.lock_path(path), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)  # closing our own descriptor lets go of our probe
    return False


def test_the_server_name_is_the_same_for_every_spelling_of_the_path(tmp_path):
    path = tmp_path / "library.sqlite"
    again = tmp_path / "sub" / ".." / "library.sqlite"
    (tmp_path / "sub").mkdir()
    assert server_name(path) == server_name(again)
    assert server_name(path) != server_name(tmp_path / "other.sqlite")


def wait_until_held(first: subprocess.Popen, path: Path) -> None:
    """Wait (up to a minute) until the first app holds the library."""
    deadline = time.monotonic() + 60
    while not held_by_another(path):
        assert first.poll() is None, first.communicate()
        assert time.monotonic() < deadline, "the first app never took the library"
        time.sleep(0.2)


def test_a_second_start_on_the_same_library_brings_the_first_forward(tmp_path):
    path = tmp_path / "library.sqlite"
    first = start(path)
    try:
        wait_until_held(first, path)
        second = start(path)
        out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert out.strip() == f"Workshop is already open on {path}; brought its window forward."
        assert first.poll() is None, "the first app is still running"
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
    # Killed, the first let go of the library: a start now is a first start again.
    assert not held_by_another(path)


def test_the_first_window_comes_forward_when_a_second_start_asks(qtbot, tmp_path):
    path = tmp_path / "library.sqlite"
    claim = claim_library(path)
    assert claim is not None
    window = QWidget()
    qtbot.addWidget(window)
    window.showMinimized()
    claim.wanted.connect(lambda: bring_forward(window))
    try:
        second = start(path)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert "brought its window forward" in out
        assert not window.isMinimized() and window.isVisible()
    finally:
        claim.release()
    assert not app_lock.app_holds(path)


@pytest.fixture
def shown(monkeypatch):
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda _parent, _title, text, *a: messages.append(text)
    )
    return messages


def test_a_first_app_that_does_not_answer_is_named_and_the_start_fails(
    qapp, shown, tmp_path, monkeypatch
):
    path = tmp_path / "library.sqlite"
    monkeypatch.setattr(single_instance, "PATIENCE_S", 1.0)
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.store.lock_children", "hold", str(path)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().startswith("ready")
        with pytest.raises(WorkshopError, match="is open in another Workshop"):
            run_app(path)
        assert "is open in another Workshop" in shown[0]
        assert not app_lock.app_holds(path)
    finally:
        holder.kill()
        holder.wait()


@posix
def test_a_socket_file_left_by_a_killed_first_app_is_taken_over(qtbot, tmp_path):
    path = tmp_path / "library.sqlite"
    first = start(path)
    try:
        wait_until_held(first, path)
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate()
    stale = single_instance.socket_path(path)
    assert stale.is_socket()  # killed, the first app left its socket file behind
    assert not single_instance._ask_first_to_raise(path)  # and nobody answers on it
    claim = claim_library(path)
    assert claim is not None
    raised: list[bool] = []
    claim.wanted.connect(lambda: raised.append(True))
    try:
        second = start(path)
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
        out, err = second.communicate()
        assert second.returncode == 0, err
        assert "brought its window forward" in out
        assert raised == [True]
    finally:
        claim.release()
    assert not stale.exists()  # a clean close leaves no file


@posix
@pytest.mark.parametrize("runtime", ["xdg", "temp"])
def test_only_this_user_can_reach_the_socket(qapp, tmp_path, monkeypatch, runtime):
    # A short folder, as a real temp dir is: a socket's path has ~100 bytes at most.
    tmp_path = Path(tempfile.mkdtemp(dir="/tmp"))
    if runtime == "xdg":
        (tmp_path / "run").mkdir(mode=0o700)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    else:
        monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
        monkeypatch.setenv("TMPDIR", str(tmp_path))
    os.umask(old := os.umask(0o022))  # the usual umask, which would let others read a file
    path = tmp_path / "library.sqlite"
    claim = claim_library(path)
    assert claim is not None
    try:
        sock = single_instance.socket_path(path)
        assert sock.parent == (
            tmp_path / "run" if runtime == "xdg" else tmp_path / f"workshop-{os.getuid()}"
        )
        mode = sock.stat().st_mode
        assert stat.S_ISSOCK(mode)
        assert stat.S_IMODE(mode) == 0o600, oct(mode)
        assert stat.S_IMODE(sock.parent.stat().st_mode) == 0o700
        assert os.umask(old) == old  # the claim put the umask back
    finally:
        claim.release()
    assert not sock.exists()
    shutil.rmtree(tmp_path)
