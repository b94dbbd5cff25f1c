"""Python's cycle collector held off while a long PDF is built, then let run again.

A summary builds a story of tens of thousands of small objects that live until the file is
written; each full collection on the way walks all of them (and every object of the app) and
finds almost nothing, since what dies is freed by reference counting. Measured on the event
summary: three or four full collections, about a sixth of the build."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0  # builds under way (an export job may overlap another): the last one re-enables
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic collection off for the block (if it was on), back on after the last one."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
