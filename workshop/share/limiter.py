"""A per-client rate limit: a token bucket for each address, with bounded memory."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimiter:
    """Allows `burst` requests at once per client, refilled at `per_second`; thread-safe."""

    def __init__(
        self,
        burst: int = 30,
        per_second: float = 1.0,
        clients: int = 1024,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.burst = burst
        self.per_second = per_second
        self.clients = clients
        self.clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        """Take one request from the client's bucket; False when it is empty."""
        now = self.clock()
        with self._lock:
            bucket = self._buckets.pop(client, None)
            if bucket is None:
                bucket = _Bucket(float(self.burst), now)
            else:
                # A clock that steps back never adds requests.
                gained = max(0.0, now - bucket.at) * self.per_second
                bucket.tokens = min(float(self.burst), bucket.tokens + gained)
                bucket.at = max(bucket.at, now)
            allowed = bucket.tokens >= 1.0
            if allowed:
                bucket.tokens -= 1.0
            self._buckets[client] = bucket
            # The least recently seen client is forgotten first, so spoofed floods stay bounded.
            while len(self._buckets) > self.clients:
                self._buckets.popitem(last=False)
            return allowed
