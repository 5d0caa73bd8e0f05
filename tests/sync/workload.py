"""Records a clerk makes offline: imported registrations, OPP sessions, attendance, edits."""

from __future__ import annotations

import random
from pathlib import Path

from bench.datagen import write_csv
from domain.actor import Actor
from domain.codes import Role
from local_db.store import Store
from local_db.tabular.candidate_import import CandidateImporter

OP = Actor("operator1", Role.OPERATOR)


def import_candidates(store: Store, folder: Path, count: int, seed: int) -> list[str]:
    path = write_csv(folder / f"candidates-{seed}.csv", count, seed)
    report = CandidateImporter(store.db, store.rules, store.settings).run(path, OP)
    assert report.imported == count, report
    with store.db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT id FROM candidate ORDER BY id")]


def session_fields(code: str, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "code": code,
        "title": "OPP Malaysia",
        "organiser": "BP3MI Banten",
        "venue": "Aula Disnakertrans",
        "starts_at": "2026-12-01T01:00:00Z",
        "ends_at": "2026-12-01T09:00:00Z",
        "lesson_hours": 8,
        "capacity": 500,
        "status": "open",
    }
    data.update(overrides)
    return data


def attendance_fields(session_id: str, candidate_id: str, **overrides: object) -> dict[str, object]:
    data: dict[str, object] = {
        "session_id": session_id,
        "candidate_id": candidate_id,
        "status": "present",
        "checked_in_at": "2026-12-01T01:05:00Z",
        "method": "nik",
        "recorded_by": "operator1",
    }
    data.update(overrides)
    return data


def edit_phone(store: Store, candidate_id: str, rnd: random.Random) -> None:
    current = store.candidates.get(candidate_id)
    phone = f"0812{rnd.randrange(10**7, 10**8)}"
    store.candidates.update(candidate_id, {"phone": phone}, OP, current.version)


def opp_records(store: Store, candidates: list[str], rnd: random.Random, tag: str, count: int) -> None:
    sessions = [store.sessions.create(session_fields(f"OPP-{tag}-{i}"), OP).id for i in range(2)]
    for candidate_id in rnd.sample(candidates, count):
        store.attendance.create(attendance_fields(rnd.choice(sessions), candidate_id), OP)
