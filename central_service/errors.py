"""The error body of every non-2xx answer, and the handlers that make sure of it.

`{"error": {"code": ..., "message": ..., "details": {...}}}` for our own refusals, FastAPI's
validation errors (422 `invalid`), Starlette's 404/405, a client gone mid-body (499, logged
as one access-log line), and bugs (500 `internal_error`, logged
with its trace; a malformed body never gets here). Validation details name the fields only:
the values sent are not echoed (they may be personal data).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

log = logging.getLogger("loket_central")
CLIENT_CLOSED = 499  # nginx's status for a request the client abandoned

_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "too_many_requests",
    503: "unavailable",
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers


def error_response(
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details or {}}}
    return JSONResponse(body, status_code=status, headers=headers)


DISK_FULL_RETRY_SECONDS = 300  # an operator has to free space: no point asking again soon


def is_disk_full(exc: Exception) -> bool:
    """SQLite's SQLITE_FULL ("database or disk is full") or PostgreSQL's disk_full (53100)."""
    orig = getattr(exc, "orig", None)
    if getattr(orig, "sqlstate", None) == "53100":
        return True
    if getattr(orig, "sqlite_errorcode", None) == 13:  # SQLITE_FULL
        return True
    return "database or disk is full" in str(orig)


def disk_full() -> ApiError:
    return ApiError(
        503,
        "disk_full",
        "The server's disk is full; it stores nothing until an operator frees space.",
        {"retry_after": DISK_FULL_RETRY_SECONDS},
        {"Retry-After": str(DISK_FULL_RETRY_SECONDS)},
    )


def field_errors(errors: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "loc": [str(p) for p in e.get("loc", ())],
            "type": str(e.get("type", "")),
            "msg": str(e.get("msg", "")),
        }
        for e in errors[:50]
    ]


def from_validation(exc: ValidationError, what: str) -> ApiError:
    errors = exc.errors(include_url=False, include_input=False, include_context=False)
    if any(e["type"] in ("json_invalid", "json_type") for e in errors):
        return ApiError(400, "bad_request", f"The {what} is not valid JSON (UTF-8).")
    return ApiError(
        422, "invalid", f"The {what} does not follow the protocol.", {"errors": field_errors(errors)}
    )


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _request_invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        details = {"errors": field_errors(list(exc.errors()))}
        return error_response(422, "invalid", "The request does not follow the protocol.", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else "The request was refused."
        return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(ClientDisconnect)
    async def _gone(_request: Request, _exc: ClientDisconnect) -> JSONResponse:
        # The client left while sending its body (or was cut by `http_guard` for being too
        # slow): nobody reads this answer; the access log records 499, as nginx does.
        return error_response(CLIENT_CLOSED, "client_closed_request", "The client closed the connection.")

    @app.exception_handler(Exception)
    async def _bug(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return error_response(500, "internal_error", "The server failed; the request can be retried later.")
