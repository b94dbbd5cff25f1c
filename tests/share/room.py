"""A room for the phone tests: a library, a share with phone input, and the thread that owns
the session and commits what phones send, as the command line's main thread does."""

from __future__ import annotations

import re
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

from workshop.cli_room import RoomDesk
from workshop.core.phones import (
    InputKind,
    InputWindow,
    Moderation,
    Status,
    command_for,
    window_of_kind,
)
from workshop.core.session import Session
from workshop.share.forms import PhoneInput, form_page
from workshop.share.inbox import Inbox
from workshop.share.limiter import RateLimiter
from workshop.share.server import RoomShare, summary_files
from workshop.store.library import open_library

from .client import get, raw_request


class Room:
    """A running share whose phone entries are committed to a library by an owner thread."""

    def __init__(self, path: Path, session_id: int, writes: RateLimiter | None = None) -> None:
        self.path = path
        self.session_id = session_id
        self.inbox = Inbox()
        self.phones = PhoneInput(self.inbox, writes)
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._todo: list = []
        self._lock = threading.Lock()
        self.desk: RoomDesk | None = None
        self.approving = False  # the facilitator approves whatever waits, as it arrives
        self.approved = 0
        self._thread = threading.Thread(target=self._own, daemon=True)
        self._thread.start()
        self._ready.wait(10)
        session = self.call(lambda desk: desk.session)
        self.share = RoomShare(summary_files(session), "127.0.0.1", phones=self.phones)
        self.port = self.share.port
        self.token = self.share.token

    def _own(self) -> None:
        library = open_library(self.path)
        session = library.sessions.load(self.session_id)
        self.desk = RoomDesk(library, session, InputWindow(InputKind.TIPS))
        self._ready.set()
        try:
            while not self._stop.is_set():
                self.inbox.drain(self._receive, wait=0.05, together=self._receive_all)
                with self._lock:
                    todo, self._todo = self._todo, []
                for job, box, done in todo:
                    box.append(job(self.desk))
                    done.set()
                if self.approving:
                    self._approve_waiting()
        finally:
            library.close()

    def _approve_waiting(self, limit: int = 3) -> None:
        desk = self.desk
        assert desk is not None and desk.session.id is not None
        # A few at a time, as keys are pressed: phones' entries are taken in between.
        for entry in desk.entries.of_session(desk.session.id, Status.QUEUED)[:limit]:
            desk.entries.approve(
                entry, desk.runner, command_for(desk.session, entry), desk.session.id
            )
            self.approved += 1

    def _receive_all(self, entries):  # type: ignore[no-untyped-def]
        assert self.desk is not None
        return self.desk.receive_all(entries)

    def _receive(self, entry):  # type: ignore[no-untyped-def]
        assert self.desk is not None
        return self.desk.receive(entry)

    def call(self, job):  # type: ignore[no-untyped-def]
        """Run `job(desk)` on the owner thread (the only one that may touch the library)."""
        if threading.current_thread() is self._thread:
            assert self.desk is not None
            return job(self.desk)
        box: list = []
        done = threading.Event()
        with self._lock:
            self._todo.append((job, box, done))
        assert done.wait(10)
        return box[0]

    def open(self, kind: InputKind, moderation: Moderation = Moderation.WALL) -> InputWindow:
        """Open input, as the facilitator does: a new window and its form page."""

        def job(desk: RoomDesk) -> InputWindow:
            window = window_of_kind(desk.session, kind, moderation)
            desk.window = window
            self.phones.open(form_page(desk.session, window, self.inbox.secret))
            return window

        return self.call(job)

    def close(self) -> None:
        self.phones.close()

    def stop(self) -> None:
        self.share.stop()
        self._stop.set()
        self._thread.join(10)

    # --- a phone ---

    def form_token(self, source: str = "127.0.0.1") -> str:
        status, _, body = get(self.port, f"/{self.token}/", source=source)
        assert status == 200, body
        found = re.search(rb'name="form" value="([0-9a-f]+)"', body)
        assert found, body
        return found.group(1).decode()

    def post(
        self,
        fields: dict[str, str],
        source: str = "127.0.0.1",
        token: str | None = None,
        raw: bytes | None = None,
    ) -> tuple[int, dict[str, str], bytes]:
        body = raw if raw is not None else urlencode(fields).encode()
        request = (
            f"POST /{token or self.token}/send HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            "Content-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        return raw_request(self.port, request, source)

    def send_tip(self, text: str, source: str) -> float:
        """A phone sends one tip, waiting as long as the share's Retry-After asks when it is
        too quick; the seconds from its POST to "received" of the one that was taken."""
        token = self.form_token(source)
        while True:
            begun = time.perf_counter()
            status, headers, body = self.post({"form": token, "text": text}, source)
            if status == 200:
                assert b"Received" in body
                return time.perf_counter() - begun
            assert status == 429, body
            time.sleep(float(headers.get("retry-after", "1")))

    def session(self) -> Session:
        """The session as the library has it now, read by the owner."""
        return self.call(lambda desk: desk.library.sessions.load(self.session_id))
