"""The inbox: entries handed from the share's server threads to the one thread that owns the
session (the GUI's, or the command line's), and the answer handed back once it is committed."""

from __future__ import annotations

import queue
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from workshop.core.errors import QT_TRANSLATE_NOOP, WorkshopError
from workshop.core.phones import CAPS, Entry, InputWindow, Status

# How long a phone's request waits for the session's owner to commit its entry.
ANSWER_TIMEOUT = 10.0
# Serials of earlier windows whose per-phone counts are still kept: memory stays bounded.
_WINDOWS_KEPT = 8
_CLIENTS_KEPT = 4096
_RECEIPTS_KEPT = 4096


@dataclass(frozen=True)
class Receipt:
    """What the phone is told: committed or not, shown on the wall or waiting, and why not.

    `error` keeps the reason as a WorkshopError, so the page says it in the day's language."""

    saved: bool
    shown: bool = False
    error: WorkshopError | None = None

    @property
    def message(self) -> str:
        """Why not, in English (the page translates `error` itself)."""
        return str(self.error) if self.error is not None else ""


def not_saved(exc: Exception) -> Receipt:
    """The receipt for an entry whose handling failed: its reason if it has one in words."""
    if isinstance(exc, WorkshopError):
        return Receipt(False, error=exc)
    return Receipt(False, error=WorkshopError(_COULD_NOT_SAVE))


_COULD_NOT_SAVE = QT_TRANSLATE_NOOP(
    "Messages", "The laptop could not save it. Nothing was changed; send it again in a moment."
)


Handler = Callable[[Entry], Receipt]
# Entries handled together (one transaction); a receipt for each, in order.
Batch = Callable[[list[Entry]], list[Receipt]]


class Inbox:
    """Thread-safe: server threads `submit`, the owning thread `drain`s and commits.

    `window` is set by the owner (one assignment, read whole by the server threads); None
    means input is closed. `wake` is called from a server thread after an entry is put in,
    so the owner can drain at once (a queued Qt signal, or nothing for a waiting loop).
    """

    def __init__(
        self, wake: Callable[[], None] | None = None, timeout: float = ANSWER_TIMEOUT
    ) -> None:
        self.window: InputWindow | None = None
        self.secret = secrets.token_bytes(32)
        self.wake = wake
        self.timeout = timeout
        self._pending: queue.Queue[tuple[Entry, Future[Receipt]]] = queue.Queue()
        self._lock = threading.Lock()
        self._sent: dict[str, dict[str, int]] = {}  # window serial -> client -> entries
        self.refused = 0  # turned away: closed, stale, too many, malformed
        self.saved = 0  # committed by the owner
        # receipt key -> what became of the entry, for its phone's "shown" page.
        self._statuses: OrderedDict[str, Status] = OrderedDict()

    # --- server threads ---

    def take_slot(self, window: InputWindow, client: str) -> bool:
        """Count one more entry from a phone for this window; False once it reached its cap."""
        with self._lock:
            counts = self._sent.setdefault(window.serial, {})
            while len(self._sent) > _WINDOWS_KEPT:
                del self._sent[next(iter(self._sent))]
            if counts.get(client, 0) >= CAPS[window.kind]:
                return False
            if client not in counts and len(counts) >= _CLIENTS_KEPT:
                return False  # more phones than any room: a spoofing flood, not people
            counts[client] = counts.get(client, 0) + 1
            return True

    def give_back_slot(self, window: InputWindow, client: str) -> None:
        """An entry that was not saved does not count against the phone."""
        with self._lock:
            counts = self._sent.get(window.serial, {})
            if counts.get(client, 0) > 0:
                counts[client] -= 1

    def count_refused(self) -> None:
        with self._lock:
            self.refused += 1

    def submit(self, entry: Entry) -> Receipt:
        """Hand an entry to the owner and wait for its commit, at most `timeout` seconds."""
        future: Future[Receipt] = Future()
        self._pending.put((entry, future))
        if self.wake is not None:
            self.wake()
        try:
            return future.result(self.timeout)
        except FutureTimeout:
            # Cancelled while still waiting: the owner will skip it, so "not saved" is true.
            # If the owner already took it, wait for its word instead of guessing.
            if future.cancel():
                return Receipt(
                    False,
                    error=WorkshopError(
                        QT_TRANSLATE_NOOP("Messages", "The laptop did not answer in time.")
                    ),
                )
            return future.result()

    def status_of(self, receipt: str) -> Status | None:
        """What became of an entry, by its receipt key; None for a key never given."""
        with self._lock:
            return self._statuses.get(receipt) if receipt else None

    # --- the owning thread ---

    def mark(self, entry: Entry, status: Status) -> None:
        """Tell the entry's phone what became of it (queued, shown or rejected)."""
        if not entry.receipt:
            return
        with self._lock:
            self._statuses[entry.receipt] = status
            self._statuses.move_to_end(entry.receipt)
            while len(self._statuses) > _RECEIPTS_KEPT:
                self._statuses.popitem(last=False)

    def drain(
        self, handle: Handler | None = None, wait: float = 0.0, together: Batch | None = None
    ) -> int:
        """Commit every entry waiting (after waiting up to `wait` s for the first); how many.

        With `together`, the entries waiting at that moment are handed over at once, so the
        owner can commit them in one transaction: one disk sync for a room's burst."""
        taken: list[tuple[Entry, Future[Receipt]]] = []
        block = wait > 0
        while True:
            try:
                entry, future = self._pending.get(block, wait if block else None)
            except queue.Empty:
                break
            block = False
            # Cancelled: its phone stopped waiting and was told it was not saved.
            if future.set_running_or_notify_cancel():
                taken.append((entry, future))
        entries = [entry for entry, _ in taken]
        try:
            if together is not None:
                receipts = together(entries)
            else:
                assert handle is not None, "drain needs a handler"
                receipts = [self._one(handle, e) for e in entries]
        except Exception as exc:  # noqa: BLE001 - every phone is answered whatever went wrong
            receipts = [not_saved(exc) for _ in entries]
        for (entry, future), receipt in zip(taken, receipts, strict=True):
            with self._lock:
                self.saved += receipt.saved
            if receipt.saved:
                self.mark(entry, Status.APPROVED if receipt.shown else Status.QUEUED)
            future.set_result(receipt)
        return len(taken)

    @staticmethod
    def _one(handle: Handler, entry: Entry) -> Receipt:
        try:
            return handle(entry)
        except Exception as exc:  # noqa: BLE001 - the phone is answered whatever went wrong
            return not_saved(exc)
