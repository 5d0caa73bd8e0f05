"""`loket check`, the part that holds the audit log to its word: the keyed chain, its head and
the anchor the central service acknowledged, and every record against its last audit entry.

Each problem names what was changed: a record edited outside the application is named by
entity, registration number (or code) and id, with the fields that differ from its last
audited state where that state is known (an outbox copy or the entry itself); a removed or
rewritten stretch of the log is named by length and position.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from local_db.canonical_json import to_json
from local_db.content_hash import ABSENT, CONTENT_COLUMNS, TABLES, all_content_hashes, row_content_hash
from local_db.journal import ANCHOR_SETTING, GENESIS, HEAD_SETTING, KEY_SETTING, chain_key, verify_chain
from local_db.repositories.settings import SettingKey

LEGACY_BREAK = SettingKey.AUDIT_LEGACY_BREAK  # written by migration 0004


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    detail: str


def _setting(conn: Connection, key: str) -> str | None:
    row = conn.exec_driver_sql("SELECT value FROM setting WHERE key = ?", (key,)).first()
    return None if row is None else str(row[0])


def chain_problems(conn: Connection) -> list[Problem]:
    problems: list[Problem] = []
    if (legacy := _setting(conn, LEGACY_BREAK)) is not None:
        problems.append(
            Problem("audit_chain", f"the audit log was already broken before it was keyed ({legacy})")
        )
    if _setting(conn, KEY_SETTING) is None:
        count = conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar_one()
        if count:
            return [*problems, Problem("audit_chain", "the audit log's key is missing from the store")]
        return problems
    key = chain_key(conn)
    rows = conn.exec_driver_sql(
        "SELECT id, at, actor, action, entity, entity_id, change, content_hash, prev_hash, hash "
        "FROM audit_entry ORDER BY id"
    )
    problems += [Problem("audit_chain", f"entry {b.entry_id}: {b.reason}") for b in verify_chain(rows, key)]
    count, last = _length_and_last(conn)
    head = _setting(conn, HEAD_SETTING)
    if head is not None:
        length, digest = json.loads(head)["length"], json.loads(head)["hash"]
        if count < length:
            problems.append(
                Problem(
                    "audit_truncated",
                    f"the audit log holds {count} entries; {length - count} newest were removed",
                )
            )
        elif (count, last) != (length, digest):
            problems.append(
                Problem("audit_head", f"the newest audit entry is not the one last written (of {length})")
            )
    problems += _anchor_problems(conn, count)
    return problems


def _length_and_last(conn: Connection) -> tuple[int, str]:
    count = int(conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar_one())
    last = conn.exec_driver_sql("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1").scalar()
    return count, str(last or GENESIS)


def _anchor_problems(conn: Connection, count: int) -> list[Problem]:
    """The head the central service acknowledged must still be in the log, unchanged."""
    anchor = _setting(conn, ANCHOR_SETTING)
    if anchor is None:
        return []
    length, digest = json.loads(anchor)["length"], json.loads(anchor)["hash"]
    if count < length:
        return [
            Problem(
                "audit_anchor",
                f"the audit log holds {count} entries but {length} were confirmed by the central service: "
                f"{length - count} were removed",
            )
        ]
    at = conn.exec_driver_sql(
        "SELECT hash FROM audit_entry ORDER BY id LIMIT 1 OFFSET ?", (length - 1,)
    ).scalar()
    if length and at != digest:
        return [
            Problem(
                "audit_anchor",
                f"audit entry {length} differs from the one confirmed by the central service: "
                "history was rewritten",
            )
        ]
    return []


def record_problems(conn: Connection) -> list[Problem]:
    problems: list[Problem] = []
    for entity in TABLES:
        latest = {
            row[0]: (row[1], row[2])
            for row in conn.exec_driver_sql(
                "SELECT a.entity_id, a.content_hash, a.id FROM audit_entry a "
                "JOIN (SELECT entity_id, max(id) AS last FROM audit_entry WHERE entity = ? "
                "GROUP BY entity_id) m ON a.id = m.last",
                (entity,),
            )
        }
        for record_id, digest, row in all_content_hashes(conn, entity):
            audited = latest.pop(record_id, None)
            if audited is None:
                problems.append(Problem("record_without_audit", f"{entity} {record_id}"))
            elif audited[0] is not None and audited[0] != digest:
                fields = _changed_fields(conn, entity, record_id, audited[0], row)
                what = f"{', '.join(fields)} changed" if fields else "changed"
                problems.append(
                    Problem("record_changed", f"{_name(entity, row)}: {what} outside the application")
                )
        for record_id, (digest, _) in latest.items():
            if digest is not None and digest != ABSENT:
                problems.append(
                    Problem("record_removed", f"{entity} {record_id}: deleted outside the application")
                )
    return problems


def _name(entity: str, row: Mapping[str, Any]) -> str:
    if entity == "candidate":
        return f"candidate {row.get('registration_no') or '-'} (id {row['id']})"
    if entity == "opp_session":
        return f"OPP session {row.get('code')} (id {row['id']})"
    return f"attendance {row['id']}"


def _known_states(conn: Connection, entity: str, record_id: str) -> Iterator[Mapping[str, Any]]:
    """Earlier full states of the record, newest first: outbox copies, then audit entries."""
    for (data,) in conn.exec_driver_sql(
        "SELECT data FROM outbox_change WHERE entity_id = ? AND data IS NOT NULL ORDER BY seq DESC",
        (record_id,),
    ):
        yield json.loads(data)
    for (change,) in conn.exec_driver_sql(
        "SELECT change FROM audit_entry WHERE entity_id = ? ORDER BY id DESC", (record_id,)
    ):
        value = json.loads(change)
        if isinstance(value, dict):
            yield value


def _columns(entity: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """A wire state as the stored content columns."""
    fields = CONTENT_COLUMNS[entity][:-1]
    out: dict[str, Any] = {f: data.get(f) for f in fields}
    if "documents" in out:
        out["documents"] = to_json(out["documents"] or {})
    extra = {k: v for k, v in data.items() if k not in fields and k != "registration_no"}
    out["extra"] = to_json(extra) if extra else None
    out["registration_no"] = data.get("registration_no")
    return out


def _changed_fields(
    conn: Connection, entity: str, record_id: str, audited: str, row: Mapping[str, Any]
) -> list[str]:
    """The fields that differ from the last audited state, when an earlier copy matches it."""
    order = CONTENT_COLUMNS[entity]
    for state in _known_states(conn, entity, record_id):
        before = _columns(entity, state)
        if row_content_hash(entity, [before["registration_no"], *(before[c] for c in order)]) == audited:
            names = ["registration_no", *order] if entity == "candidate" else list(order)
            return [c for c in names if before.get(c) != row.get(c)]
    return []
