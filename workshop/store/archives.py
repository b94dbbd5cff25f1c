"""Session archive files: written whole and renamed into place; read defensively."""

from __future__ import annotations

import json
from pathlib import Path

from workshop.core.archive import ArchiveError, session_from_archive, session_to_archive
from workshop.core.session import Session
from workshop.files import atomic_path
from workshop.store.untrusted import Untrusted, parse_json, read_capped, utf8


def write_archive(session: Session, target: Path) -> Path:
    """The session as one JSON file, through a temporary file beside the target."""
    text = json.dumps(session_to_archive(session), ensure_ascii=False, indent=1)
    target = Path(target)
    with atomic_path(target) as temp:
        temp.write_text(text, encoding="utf-8")
    return target


def read_archive(path: Path) -> Session:
    """A session from an archive file, or ArchiveError naming what is wrong."""
    source = str(path)
    try:
        data = parse_json(utf8(read_capped(Path(path))))
    except Untrusted as exc:
        where = f"line {exc.line}: " if exc.line else ""
        raise ArchiveError(source, [f"{where}{exc}"]) from exc
    return session_from_archive(data, source)
