"""Failed enrolment-code attempts, counted per client address: guessing codes is slow.

An enrolment code is short enough to type; without a bound, a client could try codes as fast
as the server answers. Each address may fail `limit` times within `window` seconds; after that
its enrolments are answered 429 with `Retry-After` until the oldest failure leaves the window.
Counts live in this process (each `--workers` process counts its own; nginx's per-address
request limit in deploy/ is the outer bound) and at most `max_clients` addresses are tracked,
the least recently failed forgotten first.

Behind the reverse proxy every peer is loopback: the client's address is then the proxy's
`X-Forwarded-For`, trusted only from a loopback peer (deploy/nginx sets it, replacing any value
the client sent).
"""

from __future__ import annotations

import ipaddress
import time
from collections import OrderedDict, deque
from collections.abc import Callable

from starlette.requests import Request


class FailedAttempts:
    def __init__(
        self,
        limit: int = 10,
        window: float = 600.0,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._limit = limit
        self._window = window
        self._max_clients = max_clients
        self._clock = clock
        self._failures: OrderedDict[str, deque[float]] = OrderedDict()

    def retry_after(self, client: str) -> int | None:
        """Seconds until `client` may try again, or None when it may now."""
        times = self._failures.get(client)
        if times is None:
            return None
        now = self._clock()
        while times and now - times[0] >= self._window:
            times.popleft()
        if len(times) < self._limit:
            return None
        return max(1, int(times[0] + self._window - now) + 1)

    def failed(self, client: str) -> None:
        times = self._failures.pop(client, None) or deque(maxlen=self._limit)
        times.append(self._clock())
        self._failures[client] = times  # most recent last
        while len(self._failures) > self._max_clients:
            self._failures.popitem(last=False)


def client_address(request: Request) -> str:
    peer = request.client.host if request.client else ""
    try:
        from_proxy = ipaddress.ip_address(peer).is_loopback
    except ValueError:
        from_proxy = False
    forwarded = request.headers.get("x-forwarded-for", "")
    if from_proxy and forwarded:
        return forwarded.split(",")[-1].strip()[:64]
    return peer
