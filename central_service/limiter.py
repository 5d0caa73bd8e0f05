"""A bounded number of requests doing database work at once in each process.

Beyond `max_inflight` running and `max_queued` waiting, a request is answered at once with 429
and `Retry-After`, so an overloaded server sheds load instead of piling up timeouts. A database
that is busy or unreachable (lock timeout, deadlock, pool exhausted) is 503 with `Retry-After`.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from central_service.errors import ApiError


class Limiter:
    def __init__(self, max_inflight: int, max_queued: int, retry_after: int) -> None:
        self._slots = asyncio.Semaphore(max_inflight)
        self._max_waiting = max_inflight + max_queued
        self._waiting = 0
        self._retry_after = retry_after

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        if self._waiting >= self._max_waiting:
            raise ApiError(
                429,
                "too_many_requests",
                "The server is busy; retry after the given number of seconds.",
                {"retry_after": self._retry_after},
                {"Retry-After": str(self._retry_after)},
            )
        self._waiting += 1
        try:
            async with self._slots:
                yield
        finally:
            self._waiting -= 1

    def unavailable(self) -> ApiError:
        return ApiError(
            503,
            "unavailable",
            "The database is busy; retry after the given number of seconds.",
            {"retry_after": self._retry_after},
            {"Retry-After": str(self._retry_after)},
        )
