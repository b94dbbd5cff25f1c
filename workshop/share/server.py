"""RoomShare: the share's files served by waitress on a thread of their own, until stopped."""

from __future__ import annotations

import logging
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

from waitress import wasyncore
from waitress.channel import HTTPChannel
from waitress.server import BaseWSGIServer, create_server
from waitress.task import ErrorTask

from workshop.core.errors import QT_TRANSLATE_NOOP
from workshop.core.outline import Edition
from workshop.core.session import Session
from workshop.share.address import (
    ShareAddressError,
    checked_host,
    checked_port,
    new_token,
    share_address,
)
from workshop.share.app import PAGE, PDF, SAFE_HEADERS, Fetches, ShareApp, SharedFile
from workshop.share.forms import PhoneInput
from workshop.share.limiter import RateLimiter
from workshop.share.page import share_page

# A room holds a few dozen phones; one phone never needs more than a handful of connections.
CONNECTIONS = 200
CONNECTIONS_PER_CLIENT = 16
# Seconds a connection may sit idle, sending nothing, before it is closed.
IDLE_TIMEOUT = 10
# Phones send a short GET, or a form of at most 1 kB; anything bigger is refused (413, 431).
MAX_BODY = 1024
MAX_HEADERS = 16 * 1024


def shared_files(session: Session, pdf: bytes, edition: Edition) -> dict[str, SharedFile]:
    """The page and the PDF, as served: the page links to the PDF by its short name."""
    stem = re.sub(r"[^A-Za-z0-9]+", "-", f"{session.details.title} {session.details.date}").strip(
        "-"
    )
    filename = f"{stem[:60] or 'summary'}.pdf"
    return {
        PAGE: SharedFile(share_page(session, PDF, len(pdf), edition), "text/html; charset=utf-8"),
        PDF: SharedFile(pdf, "application/pdf", f'inline; filename="{filename}"'),
    }


def summary_files(
    session: Session,
    edition: Edition = Edition.ABSENTEE,
    paper: str = "a4",
    progress: Callable[[int], None] | None = None,
) -> dict[str, SharedFile]:
    """Write the summary once, keep its bytes: every phone then gets exactly the same file."""
    with tempfile.TemporaryDirectory(prefix="workshop-share-") as folder:
        target = Path(folder) / PDF
        from workshop.export.summary import write_summary  # reportlab loads when first used

        write_summary(session, target, paper, Edition(edition), progress)
        return shared_files(session, target.read_bytes(), edition)


class _SafeErrorTask(ErrorTask):
    """Waitress's own answers to malformed or oversized requests, with our safety headers."""

    def execute(self) -> None:
        self.response_headers.extend(SAFE_HEADERS)
        super().execute()


class _ShareChannel(HTTPChannel):
    """Waitress's channel, safe when a client with a malformed request leaves early."""

    error_task_class = _SafeErrorTask

    def service(self) -> None:
        # Waitress logs a client that left while it answered "with the request's path"; a
        # request malformed in its first line never got one, so the logging itself raised
        # AttributeError and printed a traceback (while the server went on serving).
        if self.requests and not hasattr(self.requests[0], "path"):
            self.requests[0].path = ""
        super().service()


class _QuietWaitress(logging.Filter):
    """Drops waitress's log lines that say nothing to a facilitator at a terminal: the task
    queue's depth (a crowd of phones, or a flood) and the known harmless AttributeError of a
    malformed request's missing path, should a path other than _ShareChannel.service meet it."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "waitress.queue" and str(record.msg).startswith("Task queue depth"):
            return False
        error = record.exc_info[1] if record.exc_info else None
        harmless = (
            isinstance(error, AttributeError)
            and getattr(error, "name", "") == "path"
            and type(getattr(error, "obj", None)).__name__ == "HTTPRequestParser"
        )
        return not harmless


QUIET = _QuietWaitress()


def _quiet_waitress() -> None:
    """Install the filter on waitress's loggers (once; a filter added twice is kept once)."""
    for name in ("waitress", "waitress.queue"):
        logging.getLogger(name).addFilter(QUIET)


def _capped_channel(
    server: BaseWSGIServer, conn: object, addr: tuple, adj: object, map: dict
) -> HTTPChannel | None:
    """A new connection, unless its client already holds its share of them."""
    held = sum(1 for ch in map.values() if isinstance(ch, HTTPChannel) and ch.addr[0] == addr[0])
    if held >= CONNECTIONS_PER_CLIENT:
        conn.close()  # type: ignore[attr-defined]
        return None
    return _ShareChannel(server, conn, addr, adj, map=map)


class RoomShare:
    """A share that is on from construction until stop(): one token, one port, one thread."""

    def __init__(
        self,
        files: dict[str, SharedFile],
        host: str,
        port: int = 0,
        on_fetch: Callable[[int, int], None] | None = None,
        limiter: RateLimiter | None = None,
        idle_timeout: int = IDLE_TIMEOUT,
        phones: PhoneInput | None = None,
    ) -> None:
        host, port = checked_host(host), checked_port(port)
        _quiet_waitress()
        self.token = new_token()
        self.fetches = Fetches(on_fetch)
        self.app = ShareApp(self.token, files, limiter, self.fetches, phones)
        self._map: dict = {}
        try:
            self._server = create_server(
                self.app,
                map=self._map,
                host=host,
                port=port,
                # A phone's POST waits for its commit: more threads keep a room of phones
                # from queueing behind four slow answers (p95 in tests/bench).
                threads=16 if phones is not None else 4,
                ident="",
                connection_limit=CONNECTIONS,
                channel_timeout=idle_timeout,
                cleanup_interval=1,
                max_request_body_size=MAX_BODY,
                max_request_header_size=MAX_HEADERS,
                asyncore_use_poll=True,
            )
        except OSError as error:
            raise ShareAddressError(
                QT_TRANSLATE_NOOP("Messages", "Cannot share on {host}, port {port}: {reason}."),
                host=host,
                port=port or "any",
                reason=error.strerror or str(error),
            ) from None
        self._server.channel_class = _capped_channel
        self.host = host
        self.port = int(self._server.effective_port)
        try:
            self.address = share_address(host, self.port, self.token)
        except ShareAddressError:
            self._server.close()
            self._server.task_dispatcher.shutdown(timeout=1)
            raise
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="room-share", daemon=True)
        self._thread.start()

    def replace_files(self, files: dict[str, SharedFile]) -> None:
        """Serve newer files at the same address: one assignment, so no request sees half."""
        self.app.files = files

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _serve(self) -> None:
        # The loop is ours, so closing every socket happens on this thread, never racing it.
        while not self._stopping.is_set():
            wasyncore.loop(timeout=0.2, use_poll=True, map=self._map, count=1)
        wasyncore.close_all(self._map, ignore_all=True)
        self._server.task_dispatcher.shutdown(timeout=2)

    def stop(self) -> None:
        """Close the port and every connection; returns once nothing listens any more."""
        if not self._stopping.is_set():
            self._stopping.set()
            try:
                self._server.pull_trigger()
            except OSError:
                pass  # the loop saw the flag first and has closed its trigger: it is ending
        self._thread.join(timeout=5)
