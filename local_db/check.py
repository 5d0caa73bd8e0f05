"""`loket check`: is the store whole? SQLite's own checks, the audit chain, and the outbox.

Outbox consistency means: every record the central service has never confirmed has an outbox
row (so it will be sent), every pending record has a pending outbox row, every outbox row
names an existing record (except the rows of a record a person withdrew), every record with
an outbox row has an audit entry, and a row that
refers to its stored record (no data of its own: bulk import) is a candidate's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

from local_db import check_records
from local_db.database import Database
from local_db.states import OutboxState, SyncState

SYNCED_TABLES = {"candidate": "candidate", "opp_session": "opp_session", "opp_attendance": "opp_attendance"}


@dataclass(frozen=True, slots=True)
class Problem:
    code: str
    detail: str


def _sqlite_checks(conn: Connection) -> list[Problem]:
    problems = [
        Problem("integrity", str(row[0]))
        for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        if row[0] != "ok"
    ]
    problems += [
        Problem("foreign_key", f"{row[0]} rowid {row[1]} -> {row[2]}")
        for row in conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    ]
    return problems


def _outbox_checks(conn: Connection) -> list[Problem]:
    # `+o.state` keeps SQLite off the state index, which (without statistics) it would prefer
    # to the entity index: one scan of the outbox per record, minutes for 30,000 records.
    problems: list[Problem] = []
    pending = OutboxState.PENDING.value
    for entity, table in SYNCED_TABLES.items():
        queries = {
            "unsent_without_outbox": f"""
                SELECT r.id FROM {table} r WHERE r.server_version IS NULL
                AND NOT EXISTS (SELECT 1 FROM outbox_change o WHERE o.entity_id = r.id)""",
            "pending_without_outbox": f"""
                SELECT r.id FROM {table} r WHERE r.sync_state = '{SyncState.PENDING.value}'
                AND NOT EXISTS (SELECT 1 FROM outbox_change o WHERE o.entity_id = r.id
                                AND +o.state = '{pending}')""",
            "outbox_without_record": f"""
                SELECT o.entity_id FROM outbox_change o WHERE o.entity = '{entity}'
                AND NOT EXISTS (SELECT 1 FROM {table} r WHERE r.id = o.entity_id)
                AND NOT EXISTS (SELECT 1 FROM outbox_change w WHERE w.entity_id = o.entity_id
                                AND +w.state = '{OutboxState.WITHDRAWN.value}')
                AND (SELECT l.op FROM outbox_change l WHERE l.entity_id = o.entity_id
                     ORDER BY l.seq DESC LIMIT 1) != 'delete'""",
            "record_without_audit": f"""
                SELECT r.id FROM {table} r
                WHERE EXISTS (SELECT 1 FROM outbox_change o WHERE o.entity_id = r.id)
                AND NOT EXISTS (SELECT 1 FROM audit_entry a WHERE a.entity = '{entity}'
                                AND a.entity_id = r.id)""",
        }
        for code, sql in queries.items():
            problems += [Problem(code, f"{entity} {row[0]}") for row in conn.exec_driver_sql(sql).fetchall()]
    by_reference = "SELECT entity, entity_id FROM outbox_change WHERE data IS NULL AND entity != 'candidate'"
    problems += [
        Problem("outbox_reference_not_candidate", f"{row[0]} {row[1]}")
        for row in conn.exec_driver_sql(by_reference).fetchall()
    ]
    return problems


def _name_word_checks(conn: Connection) -> list[Problem]:
    """Name-search words of a candidate that does not exist (the table has no foreign key)."""
    orphans = conn.exec_driver_sql(
        "SELECT DISTINCT w.candidate_id FROM candidate_name_word w "
        "WHERE NOT EXISTS (SELECT 1 FROM candidate c WHERE c.id = w.candidate_id)"
    )
    return [Problem("name_word_without_candidate", f"candidate {row[0]}") for row in orphans.fetchall()]


def _audit_checks(conn: Connection) -> list[Problem]:
    """The keyed chain, its head and anchor, and every record against it (check_records.py)."""
    return [
        Problem(p.code, p.detail)
        for p in (*check_records.chain_problems(conn), *check_records.record_problems(conn))
    ]


def check_store(db: Database) -> list[Problem]:
    with db.read() as conn:
        problems = _sqlite_checks(conn)
        if problems:
            return problems  # a damaged file: the other checks would only repeat it
        found = problems + _outbox_checks(conn) + _name_word_checks(conn) + _audit_checks(conn)
    return list(dict.fromkeys(found))  # a record without audit entries is found by two checks
