"""HTTP client of sync protocol v1: one `requests.Session`, a deadline and a size cap on every request.

Failures come back as three kinds of exception, because the engine treats them differently:
`Unreachable` (network, timeout, 5xx, 429, a body that is not the protocol's: try again later),
`AuthFailed` (401: this PC must be enrolled again) and `ServerRefused` (any other 4xx: a bug or
a refused enrolment code). The device token is held privately: it is never part of a message,
a log line or a `repr`.

Every request ends by its own deadline (`Timeouts.total`) or the run's (`set_deadline`),
whichever comes first, however slowly the other side sends; every answer is read up to a byte
cap (`sync.transport`). A deadline reached or a cap passed is `Unreachable`: nothing was learnt.
Pull answers come gzip-compressed when the server can (`Accept-Encoding`, docs/sync-protocol.md).
"""

from __future__ import annotations

import gzip
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import orjson
import pydantic
import requests

from local_db.repositories.outbox import Outgoing
from sync.protocol import API_PREFIX, EnrollRequest, EnrollResponse, Health, PullResponse, PushResponse
from sync.transport import DeadlinePassed, TooLarge, Transport, WireCounts

log = logging.getLogger("loket.sync")
M = TypeVar("M", bound=pydantic.BaseModel)
USER_AGENT_PREFIX = "LoketPMI/"
GZIP_LEVEL = 1  # JSON shrinks ~8x already at level 1; higher levels cost CPU for a few % more


# Caps on answers, after gzip decoding. A pull page is at most PULL_PAGE_BYTES from our server
# (protocol: docs/sync-protocol.md); another server's larger page fails and is asked again
# smaller. A push answer can hold 500 conflicts, each with a record's current copy.
MAX_HEALTH_BYTES = 4 * 1024
MAX_PULL_BYTES = 16 * 1024 * 1024
MAX_ANSWER_BYTES = 32 * 1024 * 1024


@dataclass(frozen=True)
class Timeouts:
    connect: float = 5.0
    read: float = 60.0  # one socket read
    probe: float = 5.0  # the whole /health request
    total: float = 180.0  # the whole of any other request


class SyncError(Exception):
    """Base of the errors a sync can end with; messages are English and carry no secret."""


class Unreachable(SyncError):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


class AuthFailed(SyncError):
    def __init__(self, code: str) -> None:
        super().__init__(f"the central service refused this PC's token ({code})")
        self.code = code


class ServerRefused(SyncError):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def _error_code(content: bytes, reason: str | None = None) -> tuple[str, str]:
    try:
        error = orjson.loads(content)["error"]
        return str(error["code"])[:100], str(error["message"])[:500]
    except (ValueError, KeyError, TypeError):
        return "unknown", reason or ""


class CentralClient:
    def __init__(
        self,
        base_url: str,
        *,
        app_version: str = "0.1.0",
        token: str | None = None,
        timeouts: Timeouts | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self._timeouts = timeouts or Timeouts()
        self._session = session or requests.Session()
        self._session.headers["User-Agent"] = USER_AGENT_PREFIX + app_version
        self._session.headers["Accept-Encoding"] = "gzip"
        self._transport = Transport(self._session)
        self._run_deadline: float | None = None
        self._cancelled: Callable[[], bool] | None = None
        self.app_version = app_version

    @property
    def wire(self) -> WireCounts:
        """Bytes sent and received so far (request and answer bodies, as they travelled)."""
        return self._transport.wire

    def set_deadline(self, deadline: float | None, cancelled: Callable[[], bool] | None = None) -> None:
        """No request of this client runs past `deadline` (a `time.monotonic()`; None: no limit)
        or goes on once `cancelled()` is true (a request in flight is cut within ~0.2 s)."""
        self._run_deadline = deadline
        self._cancelled = cancelled

    def _deadline(self, seconds: float) -> float:
        own = time.monotonic() + seconds
        return own if self._run_deadline is None else min(own, self._run_deadline)

    def __repr__(self) -> str:
        return f"CentralClient({self.base_url!r})"

    def close(self) -> None:
        self._transport.close()

    def _url(self, path: str) -> str:
        return f"{self.base_url}{API_PREFIX}{path}"

    def _auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._token}"} if self._token else {}

    def _exchange(
        self, method: str, path: str, seconds: float, max_bytes: int, **kwargs: Any
    ) -> tuple[requests.Response, bytes]:
        timeout = (self._timeouts.connect, self._timeouts.read)
        try:
            return self._transport.request(
                method,
                self._url(path),
                deadline=self._deadline(seconds),
                max_bytes=max_bytes,
                cancelled=self._cancelled,
                timeout=timeout,
                **kwargs,
            )
        except DeadlinePassed:
            raise Unreachable(f"{method} {path}: the run's time is up") from None
        except TooLarge:
            raise Unreachable(f"{method} {path}: the answer is larger than {max_bytes} bytes") from None
        except requests.RequestException as exc:
            raise Unreachable(f"{method} {path}: {type(exc).__name__}") from None

    def _send(
        self, method: str, path: str, max_bytes: int = MAX_ANSWER_BYTES, **kwargs: Any
    ) -> tuple[requests.Response, bytes]:
        response, content = self._exchange(method, path, self._timeouts.total, max_bytes, **kwargs)
        if response.status_code == 429 or response.status_code >= 500:
            raise Unreachable(f"{method} {path}: HTTP {response.status_code}", _retry_after(response))
        if response.status_code == 401:
            raise AuthFailed(_error_code(content)[0])
        if response.status_code >= 400:
            raise ServerRefused(response.status_code, *_error_code(content, response.reason))
        return response, content

    def health(self) -> bool:
        """Online means the central service answered its own small JSON, in time; a captive
        portal's page, an endless or a dripping answer is not."""
        try:
            response, content = self._exchange("GET", "/health", self._timeouts.probe, MAX_HEALTH_BYTES)
            if response.status_code != 200:
                return False
            body = Health.model_validate_json(content)
        except (Unreachable, pydantic.ValidationError):
            return False
        return body.api_version == 1

    def enroll(self, code: str, device_id: str, device_name: str) -> EnrollResponse:
        body = EnrollRequest.model_validate(
            {
                "enrollment_code": code,
                "device_id": device_id,
                "device_name": device_name,
                "app_version": self.app_version,
            }
        )
        answer = self._send(
            "POST",
            "/devices/enroll",
            data=body.model_dump_json(),
            headers={**self._auth(), "Content-Type": "application/json"},
        )
        return _parse(EnrollResponse, answer)

    def use_token(self, token: str) -> None:
        self._token = token

    def push(self, device_id: str, changes: Sequence[Outgoing]) -> PushResponse:
        """One request for `changes`; the body embeds each change's stored JSON without re-encoding."""
        body = orjson.dumps(
            {
                "device_id": device_id,
                "changes": [
                    {
                        "change_id": c.change_id,
                        "entity": c.entity,
                        "entity_id": c.entity_id,
                        "op": c.op,
                        "base_version": c.base_version,
                        "recorded_at": c.recorded_at,
                        "data": orjson.Fragment(c.data),
                    }
                    for c in changes
                ],
            }
        )
        headers = {**self._auth(), "Content-Type": "application/json", "Content-Encoding": "gzip"}
        answer = self._send("POST", "/sync/push", data=gzip.compress(body, GZIP_LEVEL), headers=headers)
        return _parse(PushResponse, answer)

    def pull(self, since: str | None, limit: int) -> PullResponse:
        params: dict[str, Any] = {"limit": limit}
        if since is not None:
            params["since"] = since
        answer = self._send("GET", "/sync/pull", MAX_PULL_BYTES, params=params, headers=self._auth())
        return _parse(PullResponse, answer)


def _parse(model: type[M], answer: tuple[requests.Response, bytes]) -> M:
    response, content = answer
    try:
        return model.model_validate_json(content)
    except pydantic.ValidationError:
        # A proxy's page, a truncated body: nothing was learnt, so it is like no answer at all.
        raise Unreachable(f"unexpected answer to {response.request.method} {response.url}") from None
