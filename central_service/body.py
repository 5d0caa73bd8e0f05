"""Reading a request body within the protocol's limits: size before and after gzip, JSON, schema.

The raw body is read in chunks and abandoned as soon as it passes the limit; a gzip body is
inflated with a bounded output, so a small bomb costs at most the limit in memory.
"""

from __future__ import annotations

import zlib
from typing import TypeVar

from fastapi import Request
from pydantic import BaseModel, ValidationError

from central_service.errors import ApiError, from_validation

Model = TypeVar("Model", bound=BaseModel)
GZIP_SLACK = 64 * 1024  # gzip of incompressible data is a little larger than the data


def _too_large(limit: int, max_changes: int | None = None) -> ApiError:
    details: dict[str, int] = {"max_bytes": limit}
    if max_changes is not None:
        details["max_changes"] = max_changes
    return ApiError(413, "payload_too_large", "The request is larger than the server accepts.", details)


async def read_limited(request: Request, limit: int, max_changes: int | None = None) -> bytes:
    encoding = request.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "gzip", ""):
        raise ApiError(415, "unsupported_media_type", "Only gzip request bodies are accepted.")
    raw_limit = limit + GZIP_SLACK if encoding == "gzip" else limit
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > raw_limit:
        raise _too_large(limit, max_changes)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > raw_limit:
            raise _too_large(limit, max_changes)
        chunks.append(chunk)
    body = b"".join(chunks)
    if encoding != "gzip":
        return body
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit + 1)
        if len(out) > limit or inflater.unconsumed_tail:
            raise _too_large(limit, max_changes)
        out += inflater.flush()
    except zlib.error:
        raise ApiError(400, "bad_request", "The body is not valid gzip.") from None
    if len(out) > limit:
        raise _too_large(limit, max_changes)
    if not inflater.eof:
        raise ApiError(400, "bad_request", "The gzip body is truncated.")
    return out


def parse(
    model: type[Model], body: bytes, what: str, max_bytes: int = 0, max_changes: int | None = None
) -> Model:
    try:
        return model.model_validate_json(body)
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False, include_context=False)
        if max_changes is not None and any(
            e["type"] == "too_long" and e["loc"] == ("changes",) for e in errors
        ):
            raise _too_large(max_bytes, max_changes) from None
        raise from_validation(exc, what) from None
