"""Access log: one line per request with method, path, status, size, duration and device id.

No query values beyond the pull cursor, no bodies, no tokens, no client-sent names: nothing
that identifies a person. Replaces uvicorn's own access log (which prints full URLs).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response

log = logging.getLogger("loket_central.access")


async def access_log(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    started = time.perf_counter()
    status = 500
    try:
        response = await call_next(request)
        status = response.status_code
        return response
    finally:
        device = getattr(request.state, "device_id", "-")
        log.info(
            "%s %s %d %.1fms device=%s",
            request.method,
            request.url.path[:200],
            status,
            (time.perf_counter() - started) * 1000,
            device,
        )
