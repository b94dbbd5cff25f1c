"""Messages from the layers below in the day's language, for phones: read from the app's
compiled Dutch translation without Qt (the share has no Qt and answers on server threads)."""

from __future__ import annotations

import functools

from workshop.core.errors import MESSAGES, WorkshopError
from workshop.paths import resources_dir

# Qt's .qm format (qtbase, qtranslator.cpp): a magic number, then blocks of (tag, length).
_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK = 0x69
# The fields of one message record; each record ends with _END.
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8
_NULL = 0xFFFFFFFF  # the length of an absent text


def read_qm(data: bytes, context: str = MESSAGES) -> dict[str, str]:
    """English source text -> translation for one context of a .qm file ({} if unreadable).

    lrelease keeps each message's source text and context in the file (its default), so no
    hash of Qt's is needed to look one up."""
    found: dict[str, str] = {}
    if not data.startswith(_MAGIC):
        return found
    at = len(_MAGIC)
    while at + 5 <= len(data):
        tag, size = data[at], int.from_bytes(data[at + 1 : at + 5], "big")
        at += 5
        if tag == _MESSAGES_BLOCK:
            found.update(_messages(data[at : at + size], context))
        at += size
    return found


def _messages(block: bytes, context: str) -> dict[str, str]:
    found: dict[str, str] = {}
    fields: dict[int, bytes] = {}
    at = 0
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            translation = fields.get(_TRANSLATION)
            source = fields.get(_SOURCE, b"").decode("utf-8", "replace")
            if source and translation and fields.get(_CONTEXT, b"").decode() == context:
                found[source] = translation.decode("utf-16-be", "replace")
            fields = {}
        elif tag == _OBSOLETE1:
            at += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            size = int.from_bytes(block[at : at + 4], "big")
            at += 4
            value = b""
            if size != _NULL:
                value, at = block[at : at + size], at + size
            # A plural message has one translation per form: the first is kept.
            fields.setdefault(tag, value)
        else:
            break  # a record this reader does not know: keep what was read so far
    return found


@functools.cache
def _dutch() -> dict[str, str]:
    try:
        return read_qm((resources_dir() / "translations" / "workshop_nl.qm").read_bytes())
    except OSError:
        return {}  # an install without it still answers, in English


def message_in(language: str, error: WorkshopError) -> str:
    """An error's message in the day's language ('nl' or 'en'), its places translated too
    (a place may hold a marked phrase such as "The group")."""
    table = _dutch() if language == "nl" else {}
    text = table.get(error.template, error.template)
    if not error.params:
        return text
    params = {k: table.get(v, v) if isinstance(v, str) else v for k, v in error.params.items()}
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)  # a mistyped place in a translation never hides the message
