"""Session archive files: written whole and renamed into place; read defensively."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.core.archive import ArchiveError, session_from_archive, session_to_archive
from workshop.core.session import Session
from workshop.files import atomic_path

MAX_BYTES = 50 * 1024 * 1024


def write_archive(session: Session, target: Path) -> Path:
    """The session as one JSON file, through a temporary file beside the target."""
    text = json.dumps(session_to_archive(session), ensure_ascii=False, indent=1)
    target = Path(target)
    with atomic_path(target) as temp:
        temp.write_text(text, encoding="utf-8")
    return target


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
