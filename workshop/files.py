"""Writing files so that a failure never leaves half a file behind (exports and archives)."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError


class WriteFailed(WorkshopError):
    """A file could not be written; nothing was left behind and an earlier file is unchanged."""


# The exports' name for it.
ExportFailed = WriteFailed


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; it replaces `target` only if the block succeeds.

    A failure to write (a read-only folder, a full disk) becomes ExportFailed naming the file.
    """
    target = Path(target)
    temp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
        temp = Path(name)
        yield temp
        with open(temp, "rb") as written:
            os.fsync(written.fileno())
        # mkstemp makes a private file; an export is meant to be shared.
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temp, 0o666 & ~mask)
        os.replace(temp, target)
        fsync_folder(target.parent)
    except OSError as exc:
        raise WriteFailed(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Could not write {file}: {reason}. Nothing was written; "
                "an earlier file of that name is unchanged.",
            ),
            file=str(target),
            reason=exc.strerror or str(exc),
        ) from exc
    finally:
        if temp is not None:
            temp.unlink(missing_ok=True)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable: without this a power cut can undo the rename."""
    if os.name == "nt":
        return  # Windows cannot open a folder to sync it; NTFS journals renames itself.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def safe_file_name(title: str, fallback: str = "session") -> str:
    """A file name from a title: no path separators or characters file systems refuse."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title)
    name = " ".join(name.split()).strip(". ")[:80]
    return name or fallback
