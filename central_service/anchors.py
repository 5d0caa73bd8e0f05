"""Anchors of the desktops' audit logs: with each push a desktop may send its audit chain's
head (`audit_head`: length and newest hash) and, for the head this service last acknowledged,
the hash its entry at that position has now (`previous`). An extra field of the push request,
which the protocol allows (docs/sync-protocol.md).

A desktop whose log still holds the acknowledged head unchanged and has not shrunk is
`accepted` and the new head becomes its anchor. Otherwise its history was truncated or
rewritten since: the push is still applied (records are never lost over it), the answer says
`mismatch`, the first problem is kept with its time (`loket-central devices list` shows it),
the anchor is not moved, and a warning is logged (device id only).
"""

from __future__ import annotations

import logging
import re
from typing import Any

from sqlalchemy import Connection, insert, select, update

from central_service.models import DEVICE_ANCHOR

log = logging.getLogger(__name__)
_HASH = re.compile(r"[0-9a-f]{64}")
ACCEPTED, MISMATCH = "accepted", "mismatch"


def _mark(value: Any) -> tuple[int, str] | None:
    if not isinstance(value, dict):
        return None
    length, digest = value.get("length"), value.get("hash")
    if not isinstance(length, int) or isinstance(length, bool) or length < 0:
        return None
    return (length, digest) if isinstance(digest, str) and _HASH.fullmatch(digest) else None


def record(conn: Connection, device_id: str, head: Any, stamp: str) -> str | None:
    """Check `head` against the device's anchor and move it; None when no usable head came."""
    claimed = _mark(head)
    if claimed is None:
        return None
    row = conn.execute(select(DEVICE_ANCHOR).where(DEVICE_ANCHOR.c.device_id == device_id)).first()
    if row is None:
        conn.execute(
            insert(DEVICE_ANCHOR).values(
                device_id=device_id, length=claimed[0], hash=claimed[1], anchored_at=stamp
            )
        )
        return ACCEPTED
    problem = _problem(row.length, row.hash, claimed, _mark(head.get("previous")))
    if problem is None:
        conn.execute(
            update(DEVICE_ANCHOR)
            .where(DEVICE_ANCHOR.c.device_id == device_id)
            .values(length=claimed[0], hash=claimed[1], anchored_at=stamp)
        )
        return ACCEPTED
    log.warning("audit anchor mismatch for device %s: %s", device_id, problem)
    if row.problem is None:
        conn.execute(
            update(DEVICE_ANCHOR)
            .where(DEVICE_ANCHOR.c.device_id == device_id)
            .values(problem=problem, problem_at=stamp)
        )
    return MISMATCH


def _problem(
    length: int, digest: str, claimed: tuple[int, str], previous: tuple[int, str] | None
) -> str | None:
    if claimed[0] < length:
        return f"audit log shrank from {length} to {claimed[0]} entries"
    if claimed[0] == length:
        return None if claimed[1] == digest else f"audit entry {length} was rewritten"
    if previous != (length, digest):
        return f"audit entry {length} was rewritten (or the desktop's anchor was changed)"
    return None


def problems(conn: Connection) -> dict[str, str]:
    """device id -> its first anchor problem, with when it was seen."""
    rows = conn.execute(
        select(DEVICE_ANCHOR.c.device_id, DEVICE_ANCHOR.c.problem, DEVICE_ANCHOR.c.problem_at).where(
            DEVICE_ANCHOR.c.problem.is_not(None)
        )
    )
    return {r.device_id: f"{r.problem} (seen {r.problem_at})" for r in rows}
