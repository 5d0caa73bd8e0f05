"""GET /sync/pull: one page of an office's feed, bounded in records and in bytes, gzip on request.

A page holds at most `limit` changes and at most `budget` bytes of JSON (the whole body before
compression): it ends early when the next change would not fit, with `more` true, so a link
that loses large answers and a desktop's memory both see pages of a known size. The first
change of a page is always sent, even alone above the budget (a record stored before the caps
of docs/sync-protocol.md existed), or the feed could never move past it.

Stored `data` is JSON text already; it goes into the page as it is (no parse and re-encode).
Rows are fetched in small batches, so a page that stops early never loaded the rest.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass

import orjson
from sqlalchemy import Connection, and_, select

from central_service.models import FEED

GZIP_LEVEL = 1  # ~8x smaller already; higher levels cost CPU on every page for a few %
MIN_GZIP_BYTES = 1024  # smaller bodies are not worth a gzip header
FETCH_ROWS = 100


@dataclass(frozen=True, slots=True)
class Page:
    body: bytes  # JSON, uncompressed
    changes: int
    more: bool


def _tail(next_cursor: str, more: bool) -> bytes:
    return b'],"next":' + orjson.dumps(next_cursor) + b',"more":' + (b"true" if more else b"false") + b"}"


def read_page(conn: Connection, office_id: int, since: int, limit: int, budget: int) -> Page:
    head = b'{"changes":['
    # The tail's longest form: a 19-digit cursor and "false".
    size = len(head) + len(_tail("9" * 19, more=False))
    items: list[bytes] = []
    last = since
    more = False
    rows = conn.execution_options(stream_results=True, max_row_buffer=FETCH_ROWS).execute(
        select(FEED.c.seq, FEED.c.entity, FEED.c.entity_id, FEED.c.op, FEED.c.version, FEED.c.data)
        .where(and_(FEED.c.office_id == office_id, FEED.c.seq > since))
        .order_by(FEED.c.seq)
        .limit(limit + 1)
    )
    try:
        for r in rows:
            if len(items) == limit:
                more = True
                break
            item = orjson.dumps(
                {
                    "seq": r.seq,
                    "entity": r.entity,
                    "entity_id": r.entity_id,
                    "op": r.op,
                    "version": r.version,
                    "data": orjson.Fragment(r.data),
                }
            )
            added = len(item) + (1 if items else 0)
            if items and size + added > budget:
                more = True
                break
            items.append(item)
            size += added
            last = int(r.seq)
    finally:
        rows.close()
    body = head + b",".join(items) + _tail(str(last), more)
    return Page(body, len(items), more)


def accepts_gzip(accept_encoding: str | None) -> bool:
    """True when the client lists gzip (or *) without q=0."""
    for part in (accept_encoding or "").split(","):
        name, _, params = part.strip().partition(";")
        if name.strip().lower() not in ("gzip", "*"):
            continue
        q = params.strip().lower().removeprefix("q=")
        try:
            return not params.strip() or float(q) > 0
        except ValueError:
            return False
    return False


def encoded(body: bytes, gzip_ok: bool) -> tuple[bytes, dict[str, str]]:
    """The body as sent, and its headers (Vary always: a cache must not mix the two). Push
    answers go through it too."""
    headers = {"Vary": "Accept-Encoding"}
    if not gzip_ok or len(body) < MIN_GZIP_BYTES:
        return body, headers
    headers["Content-Encoding"] = "gzip"
    return gzip.compress(body, GZIP_LEVEL, mtime=0), headers
