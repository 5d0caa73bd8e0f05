"""The FastAPI application: sync protocol v1 under /api/v1.

`create_app(settings)` builds everything a process needs, in order: engine, reference data
(about half a second), services, limiter, routes, error handlers, access log. Database work
runs on the thread pool; bodies are read and parsed on the event loop within the limits.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import errno
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Annotated, Any

from fastapi import FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from central_service import body, db, errors, http_guard, jsontext, wire
from central_service import pull as pull_page
from central_service.accesslog import access_log
from central_service.attempts import FailedAttempts, client_address
from central_service.enroll import AuthFailed, EnrollRefused, authenticate, enroll
from central_service.limiter import Limiter
from central_service.push import DeviceInfo, PushService
from central_service.reference import ReferenceData
from central_service.settings import Settings
from domain.dates import format_utc, utc_now
from sync import protocol as p

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": p.ErrorBody} for code in (400, 401, 403, 413, 415, 422, 429, 503)
}
Clock = Callable[[], dt.datetime]


def _body_schema(model: type[BaseModel]) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}},
        }
    }


def create_app(settings: Settings, clock: Clock = utc_now, reference: ReferenceData | None = None) -> FastAPI:  # noqa: PLR0915
    engine = db.make_engine(settings.db_url, settings.lock_timeout_ms)
    reference = reference or ReferenceData.load()
    pusher = PushService(engine, reference, clock)
    limiter = Limiter(settings.max_inflight, settings.max_queued, settings.retry_after_seconds)
    attempts = FailedAttempts(settings.enroll_failures, settings.enroll_window_seconds)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        http_guard.install_loop_guard(asyncio.get_running_loop())
        http_guard.quiet_uvicorn()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="Loket PMI central service",
        version="1",
        openapi_url=f"{p.API_PREFIX}/openapi.json",
        docs_url=None,
        redoc_url=None,
        separate_input_output_schemas=False,
    )
    errors.install(app)
    app.middleware("http")(access_log)

    async def guarded(work: Callable[[], Any]) -> Any:
        async with limiter.slot():
            try:
                return await run_in_threadpool(work)
            except DBAPIError as exc:
                if errors.is_disk_full(exc):
                    errors.log.error("disk full: the database cannot grow; free space on its disk")
                    raise errors.disk_full() from None
                retryable = getattr(exc.orig, "sqlstate", "") in ("40001", "40P01", "55P03")
                if not (isinstance(exc, OperationalError) or retryable):
                    raise
                errors.log.warning("database busy: %s", type(exc).__name__)
                raise limiter.unavailable() from None
            except PoolTimeout as exc:
                errors.log.warning("database busy: %s", type(exc).__name__)
                raise limiter.unavailable() from None
            except OSError as exc:
                if exc.errno == errno.ENOSPC:
                    errors.log.error("disk full: %s", exc.strerror)
                    raise errors.disk_full() from None
                raise

    async def device_for(request: Request, authorization: str | None) -> DeviceInfo:
        try:
            device: DeviceInfo = await guarded(lambda: authenticate(engine, authorization))
        except AuthFailed as exc:
            raise errors.ApiError(401, exc.code, str(exc)) from None
        request.state.device_id = device.id
        return device

    @app.get(f"{p.API_PREFIX}/health", response_model=p.Health)
    def health() -> dict[str, Any]:
        return {"status": "ok", "api_version": p.API_VERSION, "server_time": format_utc(clock())}

    @app.post(
        f"{p.API_PREFIX}/devices/enroll",
        status_code=201,
        response_model=p.EnrollResponse,
        responses={**ERROR_RESPONSES, 409: {"model": p.ErrorBody}},
        openapi_extra=_body_schema(p.EnrollRequest),
    )
    async def enroll_device(
        request: Request, authorization: Annotated[str | None, Header()] = None
    ) -> JSONResponse:
        client = client_address(request)
        wait = attempts.retry_after(client)
        if wait is not None:
            raise errors.ApiError(
                429,
                "too_many_requests",
                "Too many wrong enrolment codes from this address; retry later.",
                {"retry_after": wait},
                {"Retry-After": str(wait)},
            )
        raw = await body.read_limited(request, 64 * 1024)
        req = body.parse(p.EnrollRequest, raw, "enrolment request")
        try:
            done = await guarded(lambda: enroll(engine, req, clock(), authorization))
        except EnrollRefused as exc:
            if exc.code == "invalid_enrollment_code":
                attempts.failed(client)
            raise errors.ApiError(exc.status, exc.code, str(exc)) from None
        request.state.device_id = done.device_id
        content = {
            "device_id": done.device_id,
            "token": done.token,
            "office": {"code": done.office_code, "name": done.office_name},
        }
        return JSONResponse(content, status_code=201)

    @app.post(
        f"{p.API_PREFIX}/sync/push",
        response_model=p.PushResponse,
        responses=ERROR_RESPONSES,
        openapi_extra=_body_schema(p.PushRequest),
    )
    async def push(request: Request, authorization: Annotated[str | None, Header()] = None) -> Response:
        device = await device_for(request, authorization)
        raw = await body.read_limited(request, settings.max_body_bytes, settings.max_changes)
        req: p.PushRequest | None = None
        if settings.max_changes == p.MAX_CHANGES:
            req = wire.parse_canonical(raw)
        if req is None:
            limits = (settings.max_body_bytes, settings.max_changes)
            req = body.parse(p.PushRequest, raw, "push request", *limits)
        if str(req.device_id) != device.id:
            raise errors.ApiError(
                403, "device_mismatch", "device_id is not the device this token belongs to."
            )
        results = await guarded(lambda: pusher.push(device, list(req.changes)))
        payload = jsontext.dumps_bytes({"results": results, "server_time": format_utc(clock())})
        gzip_ok = pull_page.accepts_gzip(request.headers.get("accept-encoding"))
        content, headers = await run_in_threadpool(pull_page.encoded, payload, gzip_ok)
        return Response(content, media_type="application/json", headers=headers)

    @app.get(f"{p.API_PREFIX}/sync/pull", response_model=p.PullResponse, responses=ERROR_RESPONSES)
    async def pull(
        request: Request,
        authorization: Annotated[str | None, Header()] = None,
        since: Annotated[str | None, Query(max_length=40)] = None,
        limit: Annotated[int, Query(ge=1, le=10**9)] = p.PULL_DEFAULT_LIMIT,
    ) -> Response:
        device = await device_for(request, authorization)
        after = parse_cursor(since)
        count = min(limit, p.PULL_MAX_LIMIT)

        gzip_ok = pull_page.accepts_gzip(request.headers.get("accept-encoding"))

        def read() -> tuple[bytes, dict[str, str]]:
            with db.read(engine) as conn:
                page = pull_page.read_page(conn, device.office_id, after, count, settings.pull_page_bytes)
            return pull_page.encoded(page.body, gzip_ok)

        content, headers = await guarded(read)
        return Response(content, media_type="application/json", headers=headers)

    app.state.engine = engine
    return app


def parse_cursor(since: str | None) -> int:
    """The cursor is the last sequence number seen, as text; clients treat it as opaque."""
    if since is None or since == "":
        return 0
    if not since.isascii() or not since.isdigit() or len(since) > 18:
        raise errors.ApiError(
            422, "invalid", "The cursor 'since' is not one this server gave.", {"field": "since"}
        )
    return int(since)


def create_app_from_env() -> FastAPI:
    """Entry point for `uvicorn --factory` in every worker process of `serve --workers N`."""
    return create_app(Settings.from_env())
