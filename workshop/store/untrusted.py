"""Reading a file someone else made: capped in size, UTF-8 only, JSON without surprises."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workshop.core.errors import QT_TRANSLATE_NOOP

MAX_BYTES = 50 * 1024 * 1024


class Untrusted(ValueError):
    """Why a file cannot be read; `line` where the file has lines and the place is known.

    `template` and `params` keep the message translatable (a marked text with {places})."""

    def __init__(self, message: str, line: int | None = None, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.line = line
        self.template = message
        self.params = params


def check_size(path: Path) -> None:
    """Refuse a missing file, or one larger than MAX_BYTES, before anything is read."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Untrusted(exc.strerror or str(exc)) from exc
    if size > MAX_BYTES:
        raise Untrusted(
            QT_TRANSLATE_NOOP("Messages", "is larger than {most} MB"),
            most=MAX_BYTES // (1024 * 1024),
        )


def read_capped(path: Path) -> bytes:
    """The file's bytes, refused before reading when larger than MAX_BYTES."""
    check_size(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise Untrusted(exc.strerror or str(exc)) from exc


def utf8(raw: bytes) -> str:
    """The text of UTF-8 bytes (with or without a BOM)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # A line is what an editor shows; a byte offset is not.
        line = raw[: exc.start].count(b"\n") + 1
        raise Untrusted(
            QT_TRANSLATE_NOOP("Messages", "is not UTF-8 text (byte 0x{byte}); save it as UTF-8"),
            line,
            byte=f"{raw[exc.start]:02x}",
        ) from exc


def _no_constants(name: str) -> None:
    raise Untrusted(QT_TRANSLATE_NOOP("Messages", "{name} is not a number JSON allows"), name=name)


def parse_json(text: str) -> Any:
    """JSON without NaN or Infinity, without lone surrogates, and not nested too deeply."""
    try:
        data = json.loads(text, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise Untrusted(exc.msg, exc.lineno) from exc
    except RecursionError as exc:
        raise Untrusted(QT_TRANSLATE_NOOP("Messages", "is nested too deeply")) from exc
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Untrusted(
            QT_TRANSLATE_NOOP("Messages", "holds text that is not valid Unicode (a lone surrogate)")
        ) from exc
    return data
