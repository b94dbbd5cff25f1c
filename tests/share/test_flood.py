"""A flood of malformed requests, clients leaving abruptly: no traceback, the share serves on."""

from __future__ import annotations

import logging
import socket
import struct
import threading
import time

import pytest
from waitress.channel import ClientDisconnected

from workshop.share import server
from workshop.share.server import RoomShare

from .client import get, raw_request

MALFORMED = (
    b"GARBAGE\r\n\r\n",
    b"\x00\xff\xfe\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
    b"GET / HTTP/1.1\r\nX: " + b"y" * 20_000 + b"\r\n\r\n",
    b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n",
)


def send_and_reset(port: int, data: bytes) -> None:
    """Send bytes and leave at once with a reset, as a phone walking out of the Wi-Fi does."""
    try:
        conn = socket.create_connection(("127.0.0.1", port), 2)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.sendall(data)
        conn.close()
    except OSError:
        pass  # the share may refuse a connection of the flood; that is its cap working


def tracebacks(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.exc_info or "Traceback" in r.getMessage()]


def test_a_client_gone_while_a_malformed_request_is_answered_prints_no_traceback(
    share: RoomShare, caplog, capfd, monkeypatch
):
    """The exact path of the traceback seen in a flood, made certain instead of timing-bound:
    the client is gone when waitress writes its answer to a request with no path."""

    def client_gone(task: server._SafeErrorTask) -> None:
        raise ClientDisconnected

    monkeypatch.setattr(server._SafeErrorTask, "execute", client_gone)
    caplog.set_level(logging.DEBUG, logger="waitress")
    with socket.create_connection(("127.0.0.1", share.port), 5) as conn:
        conn.sendall(b"GARBAGE\r\n\r\n")
        # Waitress logs the client's leaving (or, before the fix, a traceback) on its thread.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not any(
            "servicing" in r.getMessage() or "disconnected" in r.getMessage()
            for r in caplog.records
        ):
            time.sleep(0.05)
    status, _headers, _body = get(share.port, f"/{share.token}/")
    assert status == 200
    assert tracebacks(caplog) == []
    assert any("Client disconnected" in r.getMessage() for r in caplog.records)
    assert "Traceback" not in capfd.readouterr().err


def test_a_flood_of_malformed_requests_leaves_the_terminal_clean(share: RoomShare, caplog, capfd):
    caplog.set_level(logging.DEBUG, logger="waitress")

    def flood(offset: int) -> None:
        for n in range(150):
            send_and_reset(share.port, MALFORMED[(n + offset) % len(MALFORMED)])

    threads = [threading.Thread(target=flood, args=(k,)) for k in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    status, _headers, _body = get(share.port, f"/{share.token}/")
    assert status == 200
    # A well-formed but malformed request still gets waitress's own answer.
    assert raw_request(share.port, b"GARBAGE\r\n\r\n")[0] == 400
    assert tracebacks(caplog) == []
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Task queue depth" not in err
