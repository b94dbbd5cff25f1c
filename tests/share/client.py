"""A raw HTTP client for the share tests: it sends exactly the bytes it is given."""

from __future__ import annotations

import socket


def _complete(answer: bytes) -> bool:
    """Whether a whole answer is in, by its Content-Length, so keep-alive never hangs us."""
    head, found, body = answer.partition(b"\r\n\r\n")
    if not found:
        return False
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def raw_request(
    port: int, data: bytes, source: str = "127.0.0.1", timeout: float = 5.0
) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are; the status, headers and body of the answer."""
    with socket.create_connection(("127.0.0.1", port), timeout, (source, 0)) as conn:
        conn.sendall(data)
        answer = b""
        while not _complete(answer) and (chunk := conn.recv(65536)):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


def get(port: int, path: str, method: str = "GET", source: str = "127.0.0.1") -> tuple:
    request = f"{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    return raw_request(port, request.encode(), source)
