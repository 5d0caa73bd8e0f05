"""People and sessions for the OPP desk tests (service, CLI, window)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from domain.actor import Actor
from local_db.repositories.candidate_rows import CandidateRecord
from local_db.store import Store
from tests.central_service.support import nik
from tests.conftest import FIXED_NOW, valid_candidate

PREREQUISITES = "ktp;kk;paspor;visa_kerja;perjanjian_kerja;bpjs_ketenagakerjaan"
FIRST = ("Siti", "Dewi", "Nur", "Rina", "Ayu", "Budi", "Agus", "Eka", "Tuti", "Wati")
LAST = ("Aminah", "Lestari", "Hasanah", "Susanti", "Rahayu", "Santoso", "Wijaya", "Putri", "Sari")


def add_people(
    store: Store, actor: Actor, count: int, *, first: int = 1, documents: str = PREREQUISITES
) -> list[CandidateRecord]:
    """`count` registered candidates with distinct NIKs and names (serials from `first`)."""
    people = []
    for serial in range(first, first + count):
        name = f"{FIRST[serial % len(FIRST)]} {LAST[serial % len(LAST)]} {serial}"
        raw = valid_candidate(nik=nik(serial=serial), full_name=name, documents=documents)
        people.append(store.candidates.create(raw, actor).record)
    return people


def session_fields(code: str = "OPP-BTN-01", **overrides: Any) -> dict[str, Any]:
    """A session running around FIXED_NOW (the tests' clock), 90 seats."""
    starts = FIXED_NOW - dt.timedelta(hours=1)
    return {
        "code": code,
        "title": "OPP Malaysia sektor informal",
        "organiser": "BP3MI Banten",
        "venue": "Aula Disnakertrans Serang",
        "starts_at": starts,
        "ends_at": starts + dt.timedelta(hours=8),
        "lesson_hours": 8,
        "capacity": 90,
        **overrides,
    }


def dotted(nik_text: str) -> str:
    """A NIK as people write it: 36.0101.550599.0001."""
    return f"{nik_text[:2]}.{nik_text[2:6]}.{nik_text[6:12]}.{nik_text[12:]}"
