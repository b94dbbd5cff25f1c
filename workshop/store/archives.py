"""Session archive files: written whole and renamed into place; read defensively."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from workshop.core.archive import ArchiveError, session_from_archive, session_to_archive
from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.session import Session

MAX_BYTES = 50 * 1024 * 1024


def write_archive(session: Session, target: Path) -> Path:
    """The session as one JSON file, through a temporary file beside the target."""
    target = Path(target)
    text = json.dumps(session_to_archive(session), ensure_ascii=False, indent=1)
    temp = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        temp = Path(name)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        # mkstemp makes a private file; an archive is meant to be copied and shared.
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
        temp = None
    except OSError as exc:
        raise WorkshopError(
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
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def read_archive(path: Path) -> Session:
    """A session from an archive file, or ArchiveError naming what is wrong."""
    path = Path(path)
    source = str(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ArchiveError(source, [f"larger than {MAX_BYTES // (1024 * 1024)} MB"])
        raw = path.read_bytes()
    except OSError as exc:
        raise ArchiveError(source, [exc.strerror or str(exc)]) from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"), parse_constant=_no_constants)
    except UnicodeDecodeError as exc:
        raise ArchiveError(source, [f"not UTF-8 text (byte {exc.start})"]) from exc
    except json.JSONDecodeError as exc:
        raise ArchiveError(source, [f"line {exc.lineno}: {exc.msg}"]) from exc
    except ValueError as exc:
        raise ArchiveError(source, [str(exc)]) from exc
    except RecursionError as exc:
        raise ArchiveError(source, ["nested too deeply"]) from exc
    return session_from_archive(data, source)
