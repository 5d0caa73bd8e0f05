"""Records a clerk makes offline: imported registrations, OPP sessions, attendance, edits."""

from __future__ import annotations

import random
from pathlib import Path

from bench.datagen import write_csv
from domain.actor import Actor
from domain.codes import Role
from local_db.store import Store
from local_db.tabular.candidate_import import CandidateImporter
from tests.central_service.support import attendance_data, session_data

OP = Actor("operator1", Role.OPERATOR)


def import_candidates(store: Store, folder: Path, count: int, seed: int) -> list[str]:
    path = write_csv(folder / f"candidates-{seed}.csv", count, seed)
    report = CandidateImporter(store.db, store.rules, store.settings).run(path, OP)
    assert report.imported == count, report
    with store.db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM candidate ORDER BY id")]


def session_fields(code: str, **overrides: object) -> dict[str, object]:
    """A session roomy enough for the workloads (the central tests' default capacity is 2)."""
    return session_data(**{"code": code, "capacity": 500, **overrides})


def attendance_fields(session_id: str, candidate_id: str, **overrides: object) -> dict[str, object]:
    return attendance_data(session_id, candidate_id, **overrides)


def edit_phone(store: Store, candidate_id: str, rnd: random.Random) -> None:
    current = store.candidates.get(candidate_id)
    phone = f"0812{rnd.randrange(10**7, 10**8)}"
    store.candidates.update(candidate_id, {"phone": phone}, OP, current.version)


def opp_records(store: Store, candidates: list[str], rnd: random.Random, tag: str, count: int) -> None:
    sessions = [store.sessions.create(session_fields(f"OPP-{tag}-{i}"), OP).id for i in range(2)]
    for candidate_id in rnd.sample(candidates, count):
        store.attendance.create(attendance_fields(rnd.choice(sessions), candidate_id), OP)
