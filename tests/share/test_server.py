"""The room share over real HTTP on loopback: what it serves, and everything it refuses."""

from __future__ import annotations

import re
import select
import socket
import time

import pytest

from workshop.core.details import SessionDetails
from workshop.core.session import Session
from workshop.share.address import MAX_ADDRESS, ShareAddressError, share_address
from workshop.share.app import PDF
from workshop.share.limiter import RateLimiter
from workshop.share.server import CONNECTIONS_PER_CLIENT, RoomShare, summary_files

from .client import get, raw_request

SAFE = {
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-content-type-options": "nosniff",
}


def path_of(share: RoomShare, name: str = "") -> str:
    return f"/{share.token}/{name}"


def assert_safe_headers(headers: dict[str, str]) -> None:
    for name, value in SAFE.items():
        assert headers[name] == value
    policy = headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "script-src" not in policy
    assert "server" not in headers  # nothing says which server answers


def test_the_address_carries_128_random_bits_and_fits_a_back_row_qr(share):
    # 23 symbols of 56 (no look-alikes): 133 bits.
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/[2-9A-HJ-NP-Za-km-z]{23}/", share.address)
    assert len(share.address) <= MAX_ADDRESS
    # The longest IPv4 address and port still fit.
    assert len(share_address("255.255.255.255", 65535, share.token)) <= MAX_ADDRESS


def test_the_pdf_and_page_are_served_exactly_with_the_token(share, shared_session):
    pdf = summary_files(shared_session)[PDF].body
    status, headers, body = get(share.port, path_of(share, PDF))
    assert status == 200 and headers["content-type"] == "application/pdf"
    assert body == share.app.files[PDF].body
    assert body.startswith(b"%PDF") and len(body) == len(pdf)
    assert_safe_headers(headers)
    status, headers, page = get(share.port, path_of(share))
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert_safe_headers(headers)
    assert b"Room share &lt;b&gt;test&lt;/b&gt;" in page
    assert b'href="summary.pdf"' in page
    status, headers, body = get(share.port, path_of(share, PDF), "HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) == len(pdf)
    assert (share.fetches.page, share.fetches.pdf) == (1, 1)  # HEAD fetches nothing


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/summary.pdf",
        "/{wrong}/summary.pdf",
        "/{wrong}/",
        "/{token}",
        "/{token}/../summary.pdf",
        "/{token}/other.pdf",
        "/{token}/summary.pdf/",
        "/{token}//summary.pdf",
        "/{token}/%2e%2e/etc/passwd",
        "/{token}{token}/summary.pdf",
        "/{upper}/summary.pdf",
    ],
)
def test_anything_but_the_two_files_is_the_same_404(share, path):
    wrong = share.token[:-1] + ("A" if share.token[-1] != "A" else "B")
    asked = path.format(token=share.token, wrong=wrong, upper=share.token.upper())
    status, headers, body = get(share.port, asked)
    assert status == 404 and body == b"Not found.\n"
    assert_safe_headers(headers)
    assert (share.fetches.page, share.fetches.pdf) == (0, 0)


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
def test_only_get_and_head_are_allowed(share, method):
    status, headers, _ = get(share.port, path_of(share, PDF), method)
    assert status == 405 and headers["allow"] == "GET, HEAD"
    # Without the token even the method is not discussed.
    assert get(share.port, "/", method)[0] == 404


TOO_LARGE = {413: b"Request Entity Too Large", 431: b"Request Header Fields Too Large"}


def megabyte_answer(port: int, head: str) -> bytes:
    """Announce a megabyte, read the answer, then try to send it: the door is shut by then."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(head.encode())
        answer = conn.recv(65536)
        with pytest.raises(OSError):
            for _ in range(64):
                conn.sendall(b"x" * 16384)
                time.sleep(0.01)
    return answer


def status_line(answer: bytes) -> bytes:
    return answer.split(b"\r\n")[0]


def test_a_megabyte_request_is_refused(share):
    for how in ("Content-Length: 1000000", "Transfer-Encoding: chunked"):
        head = f"GET {path_of(share, PDF)} HTTP/1.1\r\nHost: x\r\n{how}\r\n\r\n"
        if "chunked" in how:
            head += "f4240\r\n" + "x" * 2000
        assert status_line(megabyte_answer(share.port, head)).endswith(b" 413 " + TOO_LARGE[413])
    # A megabyte of headers: refused once the first 16 kB have come in.
    head = f"GET {path_of(share, PDF)} HTTP/1.1\r\nX: {'y' * 20000}"
    assert status_line(megabyte_answer(share.port, head)).endswith(b" 431 " + TOO_LARGE[431])
    assert get(share.port, path_of(share, PDF))[0] == 200


def test_one_client_that_asks_too_often_gets_429_and_others_do_not(shared_session):
    share = RoomShare(summary_files(shared_session), "127.0.0.1",
                      limiter=RateLimiter(burst=5, per_second=0.01))  # fmt: skip
    try:
        statuses = [get(share.port, path_of(share), source="127.0.0.2")[0] for _ in range(8)]
        assert statuses == [200] * 5 + [429] * 3
        status, headers, _ = get(share.port, path_of(share), source="127.0.0.2")
        assert status == 429 and headers["retry-after"]
        assert get(share.port, path_of(share), source="127.0.0.3")[0] == 200
    finally:
        share.stop()


def test_the_limiter_refills_and_forgets_the_oldest_client():
    now = [0.0]
    limiter = RateLimiter(burst=2, per_second=1.0, clients=2, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    now[0] = 1.0
    assert limiter.allow("a") and not limiter.allow("a")
    now[0] = 0.5  # a clock stepping back never adds requests
    assert not limiter.allow("a")
    limiter.allow("b")
    limiter.allow("c")  # "a" is forgotten: memory stays at two clients
    assert len(limiter._buckets) == 2 and "a" not in limiter._buckets


def test_an_idle_connection_is_closed_so_it_blocks_no_one(shared_session):
    share = RoomShare(summary_files(shared_session), "127.0.0.1", idle_timeout=1)
    try:
        with socket.create_connection(("127.0.0.1", share.port), timeout=10) as idle:
            idle.sendall(b"GET / HTTP/1.1\r\n")  # and then nothing more
            # The server hangs up after a second; a server that never did would time out here.
            assert idle.recv(1024) == b""
    finally:
        share.stop()


def open_slow_client(port: int, source: str) -> socket.socket:
    """A client that sends half a request line and then waits."""
    conn = socket.create_connection(("127.0.0.1", port), 5, (source, 0))
    conn.sendall(b"GET /")
    return conn


def test_a_flood_of_bad_requests_leaves_the_share_serving(share):
    """1,000 malformed, oversized and slow requests, then a phone asks for the summary."""
    bad = [
        (b"\x00\xff garbage\r\n\r\n", 400),
        (b"GET\r\n\r\n", 400),
        (b"GET / HTTP/9.9\r\n\r\n", 404),
        (b"GET /" + b"a" * 15000 + b" HTTP/1.1\r\n\r\n", 404),
        (b"GET / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400),
        (b"GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
        (b"POST / HTTP/1.1\r\nContent-Length: 99999999\r\n\r\n", 413),
        (b"GET /%00%ff/../\xc3\x28 HTTP/1.1\r\n\r\n", 400),
    ]
    slow: list[socket.socket] = []
    statuses = []
    try:
        for i in range(1000):
            if i % 10 == 0:
                # 100 slow clients, each from an address of its own, all still waiting below.
                slow.append(open_slow_client(share.port, f"127.0.1.{i // 10 + 1}"))
                continue
            data, _expected = bad[i % len(bad)]
            statuses.append(raw_request(share.port, data, source="127.0.0.2")[0])
        expected = [bad[i % len(bad)][1] for i in range(1000) if i % 10]
        # Each answered, as it should be, until the client's rate ran out: then 429.
        # Waitress's own 400 and 413 answers carry the same safety headers as ours.
        assert_safe_headers(raw_request(share.port, bad[0][0], source="127.0.0.3")[1])
        pairs = enumerate(zip(statuses, expected, strict=True))
        assert not [(n, got, want) for n, (got, want) in pairs if got not in (want, 429)]
        assert statuses.count(429) > 0
        # The client gives up after 5 s: a share clogged by the flood fails here.
        status, _, body = get(share.port, path_of(share, PDF))
        assert status == 200 and body == share.app.files[PDF].body
    finally:
        for conn in slow:
            conn.close()


def hung_up(conn: socket.socket) -> bool:
    """Whether the server closed this connection (a reset too, as it had unread bytes)."""
    try:
        return conn.recv(1) == b""
    except ConnectionResetError:
        return True


def test_one_client_cannot_hold_every_connection(share):
    held = [open_slow_client(share.port, "127.0.0.2") for _ in range(CONNECTIONS_PER_CLIENT + 4)]
    try:
        # The ones refused are closed at once and read as ended; the others stay quiet.
        time.sleep(0.5)
        ended, _, _ = select.select(held, [], [], 0.5)
        assert len(ended) == 4 and all(hung_up(conn) for conn in ended)
        assert get(share.port, path_of(share))[0] == 200
    finally:
        for conn in held:
            conn.close()


def test_stopping_closes_the_port_and_open_connections(shared_session):
    share = RoomShare(summary_files(shared_session), "127.0.0.1")
    kept = socket.create_connection(("127.0.0.1", share.port), timeout=5)
    share.stop()
    assert not share.running
    assert kept.recv(1024) == b""
    kept.close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", share.port), timeout=2)


def test_every_share_has_a_new_token(shared_session):
    files = summary_files(shared_session)
    first = RoomShare(files, "127.0.0.1")
    first.stop()
    second = RoomShare(files, "127.0.0.1")
    try:
        assert first.token != second.token
        assert get(second.port, f"/{first.token}/{PDF}")[0] == 404
    finally:
        second.stop()


@pytest.mark.parametrize("host", ["example.org", "0.0.0.0", "::1", "224.0.0.1", ""])
def test_a_host_that_cannot_be_shared_on_is_refused_in_words(host):
    with pytest.raises(ShareAddressError) as refused:
        RoomShare({}, host)
    assert "address" in str(refused.value) or "interface" in str(refused.value)


def test_a_port_in_use_is_refused_in_words(share):
    with pytest.raises(ShareAddressError, match=f"port {share.port}"):
        RoomShare({}, "127.0.0.1", share.port)


def test_an_empty_session_shares_too():
    files = summary_files(Session(SessionDetails("Empty", "2026-11-22")))
    share = RoomShare(files, "127.0.0.1")
    try:
        assert get(share.port, path_of(share, PDF))[0] == 200
    finally:
        share.stop()
