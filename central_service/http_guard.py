"""`serve` defends itself when no reverse proxy stands in front of it (deploy/ is the
production recipe): slow clients are cut, broken requests get the JSON error body, and what
an attacker can trigger is logged at a bounded rate.

uvicorn's h11 protocol has a keep-alive timeout but none for a request that never finishes: a
connection that sends nothing, or half a header, or a body one byte a minute, stays open until
the process runs out of file descriptors. `GuardedH11Protocol` adds:

- a header timeout: the request line and headers must arrive within `header_seconds` of the
  connection (or of its first byte after a previous answer); else a 408 JSON answer and close;
- a body timeout: while a body is being received, at most `body_idle_seconds` between reads;
  else the connection is closed, the request handler sees a disconnect, and the access log
  shows 499 (client closed request; `errors.install`), never a 500;
- h11's own 400 (a request that is not HTTP) with the protocol's JSON error body.

`install_loop_guard` replaces asyncio's traceback per failed `accept()` (EMFILE and friends:
asyncio retries after a second) with a rate-limited line.
"""

from __future__ import annotations

import asyncio
import errno
import json
import logging
import os
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from central_service.ratelog import RateLimitedLog, RateLimitFilter

ENV_HEADER_SECONDS = "LOKET_CENTRAL_HEADER_TIMEOUT"
ENV_BODY_IDLE_SECONDS = "LOKET_CENTRAL_BODY_TIMEOUT"
log = logging.getLogger("loket_central.guard")
_ACCEPT_ERRNOS = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


def _json_answer(status: int, reason: str, code: str, message: str) -> bytes:
    body = json.dumps({"error": {"code": code, "message": message, "details": {}}}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
    )
    return head.encode() + body


REQUEST_TIMEOUT = _json_answer(
    408, "Request Timeout", "request_timeout", "The request took too long to arrive."
)
BAD_REQUEST = _json_answer(400, "Bad Request", "bad_request", "The request is not valid HTTP.")


class GuardedH11Protocol(H11Protocol):
    # One limiter per process: uvicorn builds protocols itself, with a fixed signature.
    slow_log = RateLimitedLog(log)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_seconds = float(os.environ.get(ENV_HEADER_SECONDS, "10"))
        self.body_idle_seconds = float(os.environ.get(ENV_BODY_IDLE_SECONDS, "30"))
        self._guard: asyncio.TimerHandle | None = None
        self._guarding: str | None = None  # "header" or "body"

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm("header", self.header_seconds)

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if self.transport.is_closing():
            self._disarm()
            return
        state = self.conn.their_state
        if state is h11.IDLE:
            if self._guarding != "header":  # the first byte of a next request: its clock starts
                self._arm("header", self.header_seconds)
        elif state is h11.SEND_BODY:
            self._arm("body", self.body_idle_seconds)  # between reads, like nginx
        else:
            self._disarm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._disarm()  # idle between requests: uvicorn's keep-alive timeout

    def send_400_response(self, msg: str) -> None:
        self.slow_log.event("bad_request", "answered 400 to requests that are not HTTP")
        self._disarm()
        if not self.transport.is_closing():
            self.transport.write(BAD_REQUEST)
            self.transport.close()

    def _arm(self, phase: str, seconds: float) -> None:
        self._disarm()
        self._guarding = phase
        self._guard = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._guard is not None:
            self._guard.cancel()
        self._guard = None
        self._guarding = None

    def _expired(self) -> None:
        phase, self._guard, self._guarding = self._guarding, None, None
        if self.transport.is_closing():
            return
        self.slow_log.event(f"slow_{phase}", f"closed connections whose {phase} did not arrive in time")
        if phase == "header" and (self.cycle is None or self.cycle.response_complete):
            self.transport.write(REQUEST_TIMEOUT)
        self.transport.close()


def install_loop_guard(loop: asyncio.AbstractEventLoop, limiter: RateLimitedLog | None = None) -> None:
    """Failed `accept()` calls (out of file descriptors...) as one rate-limited line each window."""
    limiter = limiter or RateLimitedLog(log)
    default = loop.get_exception_handler()

    def handler(the_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, OSError) and exc.errno in _ACCEPT_ERRNOS:
            reason = os.strerror(exc.errno or 0)
            limiter.event("accept", f"accept() failed: {reason}; retrying", logging.ERROR)
            return
        if default is not None:
            default(the_loop, context)
        else:
            the_loop.default_exception_handler(context)

    loop.set_exception_handler(handler)


def quiet_uvicorn(limiter: RateLimitedLog | None = None) -> None:
    """uvicorn's own per-event warnings that a client can trigger, rate-limited."""
    limiter = limiter or RateLimitedLog(logging.getLogger("uvicorn.error"))
    logging.getLogger("uvicorn.error").addFilter(
        RateLimitFilter(("Invalid HTTP request received.", "Unsupported upgrade request."), limiter)
    )
