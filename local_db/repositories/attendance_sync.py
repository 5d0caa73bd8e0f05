"""Attendance on sync: two versions of one record merge by rule, never a conflict for a person.

SYNC_PROTOCOL.md ("opp_attendance"); the rule is `domain.attendance.merge_attendance`, the very
function the central service uses. Two places on the desktop meet another desk's version:

- **Pull** (`merge_pulled`). Without unsent local changes a newer version simply replaces the
  record (the inbox's ordinary path: the server's version is already merged). With a pending
  change, the record shows the merge at once and the server's copy is kept on the outbox row,
  as for any record; the push then settles the version (the server merges the pending change
  with what it holds). A record whose change was refused (e.g. `capacity_exceeded`) keeps its
  reason, unless the pulled version wins the merge: then the server already holds at least
  what this desk had, the record becomes the server's and the refusal is settled.
- **Push answer** (`settle_merged`). `applied` with a `current` whose data beats what was sent
  means another desk's version won: the record becomes the merged one. A later local edit
  still pending is merged into the record too and keeps its old base version, so the server
  merges it again rather than taking it as an edit of the merged record.

Each write here has its audit entry (action `pull` or `merge`), in the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson
from sqlalchemy import Connection, select, update

from domain.attendance import merge_attendance, wins
from domain.codes import Entity
from local_db import journal
from local_db.canonical_json import to_json
from local_db.models import OPP_ATTENDANCE_T, OUTBOX_T
from local_db.repositories.opp import opp_row
from local_db.repositories.server_copy import FIELDS, local_data, write_server_copy
from local_db.states import OutboxState

ENTITY = Entity.OPP_ATTENDANCE.value
OUTBOX = OUTBOX_T
TABLE = OPP_ATTENDANCE_T


def _set_data(conn: Connection, record_id: str, data: Mapping[str, Any], at: str) -> None:
    """The record shows `data`; its sync state and server version stay (a change is pending)."""
    conn.execute(
        update(TABLE)
        .where(TABLE.c.id == record_id)
        .values(**opp_row(data, FIELDS[ENTITY]), version=TABLE.c.version + 1, updated_at=at)
    )


def merge_pulled(
    conn: Connection,
    record_id: str,
    version: int,
    pulled: Mapping[str, Any],
    pending_seq: int | None,
    open_seq: int | None,
    at: str,
) -> tuple[str, journal.Entry | None]:
    """Merge a pulled version into a record that has an unsent or refused change.

    Returns what happened (`held`: the push settles it; `applied`: the record is the server's
    copy now) and the audit entry to append, if the record changed."""
    local = local_data(conn, ENTITY, record_id)
    copy = to_json({"version": version, "data": dict(pulled)})
    if local is None:  # pending rows of a record that is gone: impossible; take the server's
        write_server_copy(conn, ENTITY, record_id, version, pulled, at)
        return "applied", journal.Entry(at, "sync", "pull", ENTITY, record_id, to_json(dict(pulled)))
    winner = merge_attendance(local, pulled)
    entry = None
    if winner is not local:
        entry = journal.Entry(at, "sync", "merge", ENTITY, record_id, to_json({"merged": dict(winner)}))
    if pending_seq is not None:
        conn.execute(update(OUTBOX).where(OUTBOX.c.seq == pending_seq).values(current=copy))
        if winner is not local:
            _set_data(conn, record_id, winner, at)
        return "held", entry
    assert open_seq is not None
    if winner is not local:  # the server's version holds all this desk had: nothing to send
        _settle_open_rows(conn, record_id, at)
        write_server_copy(conn, ENTITY, record_id, version, pulled, at)
        return "applied", journal.Entry(at, "sync", "pull", ENTITY, record_id, to_json(dict(pulled)))
    conn.execute(update(OUTBOX).where(OUTBOX.c.seq == open_seq).values(current=copy))
    return "held", None  # refused for its own reason (e.g. capacity): a person still decides


def _settle_open_rows(conn: Connection, record_id: str, at: str) -> None:
    conn.execute(
        update(OUTBOX)
        .where(
            OUTBOX.c.entity_id == record_id,
            OUTBOX.c.state.in_((OutboxState.REJECTED.value, OutboxState.CONFLICT.value)),
        )
        .values(state=OutboxState.RESOLVED.value, resolved_at=at)
    )


def lost_merge(sent: str, current: str | None) -> bool:
    """The server answered with a merged record that is not what was sent (another desk won)."""
    if not current:
        return False
    return not wins(orjson.loads(sent), orjson.loads(current)["data"])


def settle_merged(conn: Connection, answers: Sequence[tuple[int, str, str]], at: str) -> None:
    """(outbox seq, record id, `current` JSON) of applied attendance changes that lost the merge."""
    entries = []
    for seq, record_id, current_text in answers:
        current = orjson.loads(current_text)
        later = conn.execute(
            select(OUTBOX.c.seq)
            .where(
                OUTBOX.c.entity_id == record_id,
                OUTBOX.c.state == OutboxState.PENDING.value,
                OUTBOX.c.seq > seq,
            )
            .limit(1)
        ).first()
        if later is None:
            write_server_copy(conn, ENTITY, record_id, current["version"], current["data"], at)
            entries.append(journal.Entry(at, "sync", "merge", ENTITY, record_id, to_json(current["data"])))
            continue
        local = local_data(conn, ENTITY, record_id)
        if local is not None and merge_attendance(local, current["data"]) is not local:
            _set_data(conn, record_id, current["data"], at)
            entries.append(journal.Entry(at, "sync", "merge", ENTITY, record_id, to_json(current["data"])))
    journal.append(conn, entries)
