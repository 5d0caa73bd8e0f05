"""HTTP transport with limits a hostile network cannot stretch: an overall deadline per request
and a cap on the size of every answer.

`requests` bounds each socket read (`timeout=`), not a whole request: a server or a broken proxy
that drips one byte every few seconds keeps a request alive for ever, and an endless body is
read into memory until the machine runs out. Here every request gets a guard thread that, at
its deadline or when the caller cancels, shuts down the sockets of this session's connections
(a blocked `recv` then returns at once and the request fails like a dropped connection), and
answers are read in chunks and abandoned past a byte limit, counted after gzip decoding (a
small gzip bomb cannot grow past the limit either).
"""

from __future__ import annotations

import contextlib
import functools
import socket
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

CHUNK = 64 * 1024
POLL_SECONDS = 0.2  # how soon a cancel cuts a request in flight


class TooLarge(Exception):
    """The answer was longer than the caller accepts."""


class DeadlinePassed(Exception):
    """The request's deadline was reached before it could start."""


class Watchdog:
    """Knows the open connections of one session and can cut them all at once."""

    def __init__(self) -> None:
        self._conns: weakref.WeakSet[Any] = weakref.WeakSet()
        self._lock = threading.Lock()
        self.fired = 0

    def track(self, conn: Any) -> None:
        with self._lock:
            self._conns.add(conn)

    def abort(self) -> None:
        with self._lock:
            conns = list(self._conns)
            self.fired += 1
        for conn in conns:
            sock = getattr(conn, "sock", None)
            if sock is None:
                continue
            with contextlib.suppress(OSError):  # already closed
                sock.shutdown(socket.SHUT_RDWR)


class _WatchedPool(HTTPConnectionPool):
    def __init__(self, *args: Any, watchdog: Watchdog, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._watchdog = watchdog

    def _new_conn(self) -> Any:
        conn = super()._new_conn()
        self._watchdog.track(conn)
        return conn


class _WatchedHttpsPool(HTTPSConnectionPool):
    def __init__(self, *args: Any, watchdog: Watchdog, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._watchdog = watchdog

    def _new_conn(self) -> Any:
        conn = super()._new_conn()
        self._watchdog.track(conn)
        return conn


class WatchedAdapter(HTTPAdapter):
    """An adapter whose pools report every new connection to the watchdog."""

    def __init__(self, watchdog: Watchdog) -> None:
        self._watchdog = watchdog
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": functools.partial(_WatchedPool, watchdog=self._watchdog),  # type: ignore[dict-item]
            "https": functools.partial(_WatchedHttpsPool, watchdog=self._watchdog),  # type: ignore[dict-item]
        }


def watch(session: requests.Session) -> Watchdog:
    """Mount watched adapters on `session`; returns the watchdog that can cut its connections."""
    watchdog = Watchdog()
    adapter = WatchedAdapter(watchdog)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return watchdog


@dataclass
class WireCounts:
    """Bytes of request bodies sent and of answer bodies received, as they travelled (gzip)."""

    sent: int = 0
    received: int = 0


class Transport:
    """One session, a watchdog and the byte counters; `request` enforces deadline and size."""

    def __init__(self, session: requests.Session) -> None:
        self.session = session
        self.watchdog = watch(session)
        self.wire = WireCounts()

    def request(
        self,
        method: str,
        url: str,
        *,
        deadline: float,
        max_bytes: int,
        cancelled: Callable[[], bool] | None = None,
        **kwargs: Any,
    ) -> tuple[requests.Response, bytes]:
        """The response and its body (decoded), or an exception: `requests.RequestException`
        (network, and a deadline reached or a cancel seen mid-request), `DeadlinePassed`,
        `TooLarge`. `cancelled` is polled every `POLL_SECONDS` while the request runs."""
        if deadline - time.monotonic() <= 0:
            raise DeadlinePassed
        data = kwargs.get("data")
        if isinstance(data, (bytes, str)):
            self.wire.sent += len(data)
        finished = threading.Event()
        guard = threading.Thread(
            target=self._guard, args=(finished, deadline, cancelled), name="sync-deadline", daemon=True
        )
        guard.start()
        try:
            response = self.session.request(method, url, stream=True, **kwargs)
            try:
                body = _read_capped(response, max_bytes)
                self.wire.received += int(response.raw.tell())
            finally:
                response.close()
        finally:
            finished.set()
        return response, body

    def _guard(
        self, finished: threading.Event, deadline: float, cancelled: Callable[[], bool] | None
    ) -> None:
        """Cut the request's connection at its deadline, or as soon as the caller cancels."""
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or (cancelled is not None and cancelled()):
                if not finished.is_set():
                    self.watchdog.abort()
                return
            if finished.wait(min(left, POLL_SECONDS) if cancelled else left):
                return

    def close(self) -> None:
        self.session.close()


def _read_capped(response: requests.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and "Content-Encoding" not in response.headers and int(declared) > max_bytes:
        raise TooLarge
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise TooLarge
        chunks.append(chunk)
    return b"".join(chunks)
