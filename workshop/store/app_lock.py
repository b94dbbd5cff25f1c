"""The app lock: one Workshop app per library, and no read-write opener beside it.

A lock file beside the library (``library.sqlite.lock``) is held with ``flock``:
exclusively by the app for as long as it has the library open, shared by any other
process (the command line) for as long as it has the library open read-write.

Why ``flock`` and not ``fcntl``/``lockf``: POSIX record locks belong to the process and
are all dropped when *any* descriptor of the file is closed in it (Qt's file dialog
opens and closes the files of the folders it lists). An ``flock`` lock belongs to the
open file description, so only closing our own descriptor releases it. It is also
released by the kernel when the process dies, so a lock is never left stale.

The lock file is never deleted: unlinking it while another process waits on it would
let two processes lock two different files of the same name.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

if sys.platform != "win32":
    import fcntl
else:  # pragma: no cover - Windows
    import msvcrt


def lock_path(library: Path) -> Path:
    """The lock file of a library: its name with `.lock` added, in the same folder."""
    library = Path(library)
    return library.with_name(library.name + ".lock")


def _key(library: Path) -> str:
    # The real path: every spelling of the library's path (links too) locks the same file.
    return str(lock_path(Path(os.path.realpath(library))))


class _Held:
    """This process's one descriptor of one lock file, and who in the process uses it."""

    # A plain class: a dataclass is made by compiling its methods, at every start.
    __slots__ = ("fd", "app", "shared")

    def __init__(self, fd: int, app: bool = False, shared: int = 0) -> None:
        self.fd, self.app, self.shared = fd, app, shared


# One entry per lock file this process holds; locks of the same process must not fight.
_held: dict[str, _Held] = {}


def _try_lock(fd: int, exclusive: bool) -> bool:
    """Lock without waiting; False when another process holds a conflicting lock."""
    if sys.platform == "win32":  # pragma: no cover - Windows
        # msvcrt has no shared locks: the app locks the first byte; others only probe it.
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _relock_shared(fd: int) -> None:
    """Back to a shared lock: flock converts by dropping the old lock first, even on failure."""
    if sys.platform != "win32":
        # Cannot fail unless another app took the lock in the instant between: then this
        # process's remaining connection is a plain reader beside it, as if opened later.
        _try_lock(fd, exclusive=False)


def _open(key: str) -> int:
    Path(key).parent.mkdir(parents=True, exist_ok=True)
    return os.open(key, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)


def _release(key: str, held: _Held) -> None:
    if held.app or held.shared:
        if not held.app:
            _relock_shared(held.fd)  # the app let go; a read-write connection here remains
        return
    _unlock(held.fd)
    os.close(held.fd)
    del _held[key]


def acquire_app(library: Path) -> bool:
    """Take the library for this process's app; False when another process has it open."""
    key = _key(library)
    held = _held.get(key)
    if held is None:
        fd = _open(key)
        if not _try_lock(fd, exclusive=True):
            os.close(fd)
            return False
        _held[key] = _Held(fd, app=True)
        return True
    if held.app:
        return True
    # This process already has a read-write connection open (a test, or a command that
    # opens the app): upgrade its lock, and put the shared one back if another has a share.
    if not _try_lock(held.fd, exclusive=True):
        _relock_shared(held.fd)
        return False
    held.app = True
    return True


def release_app(library: Path) -> None:
    """Let go of the library when the app closes it."""
    key = _key(library)
    held = _held.get(key)
    if held is not None and held.app:
        held.app = False
        _release(key, held)


def app_holds(library: Path) -> bool:
    """True when this process's app holds the library."""
    held = _held.get(_key(library))
    return held is not None and held.app


def acquire_shared(library: Path) -> bool:
    """Take a share of the library for a read-write connection; False when an app holds it."""
    key = _key(library)
    held = _held.get(key)
    if held is None and sys.platform == "win32":  # pragma: no cover - Windows
        # No shared locks there, and no POSIX-lock hazard either (a Windows lock belongs to
        # its handle): only look whether an app holds the library, and hold nothing.
        fd = _open(key)
        free = _try_lock(fd, exclusive=True)
        if free:
            _unlock(fd)
        os.close(fd)
        return free
    if held is None:
        fd = _open(key)
        if not _try_lock(fd, exclusive=False):
            os.close(fd)
            return False
        held = _held[key] = _Held(fd)
    held.shared += 1
    return True


def release_shared(library: Path) -> None:
    """Give back a share taken by acquire_shared (on Windows, where none is held: nothing)."""
    key = _key(library)
    held = _held.get(key)
    if held is not None and held.shared:
        held.shared -= 1
        _release(key, held)
