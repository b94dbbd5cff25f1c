"""The share's WSGI app: two files behind a token, read-only, rate-limited, told nothing more."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from workshop.share.forms import SUMMARY, PhoneInput
from workshop.share.limiter import RateLimiter
from workshop.share.page import CONTENT_SECURITY_POLICY

PAGE = ""
PDF = "summary.pdf"

# Sent with every answer, errors included: nothing cached, no address passed on, nothing
# loaded or framed, no guessing of types.
SAFE_HEADERS = [
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]

StartResponse = Callable[[str, list[tuple[str, str]]], object]


@dataclass(frozen=True)
class SharedFile:
    """One file the share serves: its bytes, type and how a browser should take it."""

    body: bytes
    content_type: str
    disposition: str = ""


class Fetches:
    """How often the page was opened and the summary fetched; read from the GUI's thread."""

    def __init__(self, on_change: Callable[[int, int], None] | None = None) -> None:
        self._lock = threading.Lock()
        self.page = 0
        self.pdf = 0
        self.on_change = on_change

    def count(self, name: str) -> None:
        with self._lock:
            if name == PDF:
                self.pdf += 1
            else:
                self.page += 1
            page, pdf = self.page, self.pdf
        if self.on_change is not None:
            self.on_change(page, pdf)


class ShareApp:
    """Serves `/<token>/` and `/<token>/summary.pdf`; every other path is the same 404."""

    def __init__(
        self,
        token: str,
        files: dict[str, SharedFile],
        limiter: RateLimiter | None = None,
        fetches: Fetches | None = None,
        phones: PhoneInput | None = None,
    ) -> None:
        self.token = token
        self.phones = phones  # the phones' forms, when the room may write
        self.files = files
        self.limiter = limiter or RateLimiter()
        self.fetches = fetches or Fetches()

    def _file(self, path: str) -> str | None:
        """The name of the shared file a path asks for, or None; the token compared safely."""
        parts = path.split("/")
        if len(parts) != 3 or parts[0] != "":
            return None
        token_ok = hmac.compare_digest(parts[1].encode("utf-8", "replace"), self.token.encode())
        return parts[2] if token_ok and parts[2] in self.files else None

    def _under_token(self, path: str) -> str | None:
        """What follows a right token in a path (`/<token>/<rest>`), or None."""
        parts = path.split("/")
        if len(parts) != 3 or parts[0] != "":
            return None
        token_ok = hmac.compare_digest(parts[1].encode("utf-8", "replace"), self.token.encode())
        return parts[2] if token_ok else None

    def __call__(self, environ: dict, start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "")
        if not self.limiter.allow(str(environ.get("REMOTE_ADDR", ""))):
            return _plain(start_response, "429 Too Many Requests", b"Too many requests.\n",
                          [("Retry-After", "5")])  # fmt: skip
        path = environ.get("PATH_INFO", "")
        if self.phones is not None:
            rest = self._under_token(path)
            if rest is not None and self.phones.handles(rest, method):
                return self.phones(rest, environ, start_response)
            if rest == SUMMARY:  # the summary page, while the address shows the form
                path = f"/{self.token}/{PAGE}"
        name = self._file(path)
        if name is None:
            return _plain(start_response, "404 Not Found", b"Not found.\n")
        if method not in ("GET", "HEAD"):
            return _plain(start_response, "405 Method Not Allowed", b"Read only.\n",
                          [("Allow", "GET, HEAD")])  # fmt: skip
        shared = self.files[name]
        headers = [("Content-Type", shared.content_type),
                   ("Content-Length", str(len(shared.body)))]  # fmt: skip
        if shared.disposition:
            headers.append(("Content-Disposition", shared.disposition))
        start_response("200 OK", headers + SAFE_HEADERS)
        if method == "HEAD":
            return [b""]
        self.fetches.count(name)
        return [shared.body]


def _plain(
    start_response: StartResponse,
    status: str,
    body: bytes,
    extra: list[tuple[str, str]] | None = None,
) -> list[bytes]:
    headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
    start_response(status, headers + (extra or []) + SAFE_HEADERS)
    return [body]
