"""The demo's sample world, built through the real paths: no Qt, so tests run it as it is.

1. The demo centre: office 3600 (this PC's), office 3200 (a neighbour), the placement-company
   list (bench/datagen.py's P3MI_COMPANIES).
2. Another PC of office 3200 registers a few NIKs first: when this PC pushes the same NIKs, the
   centre refuses them with `nik_registered_elsewhere`, so "Perlu ditangani" has work in it.
3. Another PC of office 3600 registers some applicants, which this PC pulls ("from another PC").
4. This PC: a fresh store in the demo folder, the demo clerk, enrolled through the network
   switch (the relay), a first sync (pulls the company list and the other PC's records), then
   ~200 candidates saved through the one writer path and two OPP sessions (one today, with
   enrolments and a few check-ins) through the OPP repositories. They wait in the outbox: the
   window's background sync sends them once it opens, and the queue can be watched draining.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import select

from bench.datagen import generate_rows, write_p3mi_csv
from desktop_app.demo.central import DemoCentral
from desktop_app.paths import AppPaths
from domain.candidate import check_candidate
from domain.codes import Role
from domain.countries import Countries
from domain.dates import format_utc
from domain.registration_no import new_device_tag, registration_numbers
from local_db.models import P3MI_T
from local_db.repositories.outbox import Outgoing
from local_db.repositories.users import StaffAccount
from local_db.store import Store, open_store
from sync.client import CentralClient
from sync.engine import SyncEngine
from sync.enrolment import enroll

OFFICE = ("3600", "Disnakertrans Provinsi Banten (DEMO)")
NEIGHBOUR = ("3200", "Disnakertrans Provinsi Jawa Barat (DEMO)")
CLERK = ("demo", "Petugas Demo")
CLERK_PASSWORD = "loket-demo-Banten-2026"  # noqa: S105 - a demo account, printed on purpose; shown in the demo bar: the idle lock asks for it
CANDIDATES = 200
ELSEWHERE_EVERY = 25  # every 25th sample NIK is already registered at the neighbour's office
FROM_OTHER_PC = 12
TODAY_ENROLLED, TODAY_PRESENT = 40, 12
SEED = 2613  # sample rows: deterministic, and disjoint from the other PC's (seed + 1)


@dataclass(frozen=True)
class DemoWorld:
    paths: AppPaths
    store: Store
    clerk: StaffAccount
    candidates: int
    elsewhere_niks: tuple[str, ...]
    pulled: int
    sessions: tuple[str, ...]  # session codes, today's first


def build_world(
    central: DemoCentral, server_url: str, paths: AppPaths, countries: Countries, app_version: str
) -> DemoWorld:
    """`server_url` is where this PC reaches the centre (the relay, so it can be switched off)."""
    for code, name in (OFFICE, NEIGHBOUR):
        central.add_office(code, name)
    central.import_p3mi(write_p3mi_csv(central.folder / "p3mi.csv"))
    store = open_store(paths.database, paths.backups, countries=countries)
    try:
        rows = list(generate_rows(CANDIDATES, seed=SEED))
        elsewhere = [row for i, row in enumerate(rows) if i % ELSEWHERE_EVERY == ELSEWHERE_EVERY - 1]
        _other_pc(central, store, NEIGHBOUR[0], elsewhere, app_version)
        _other_pc(central, store, OFFICE[0], list(generate_rows(FROM_OTHER_PC, seed=SEED + 1)), app_version)
        clerk = store.users.add(CLERK[0], CLERK_PASSWORD, Role.OPERATOR, CLERK[1], "demo")
        client = CentralClient(server_url, app_version=app_version)
        try:
            creds = enroll(store.settings, client, central.enrolment_code(OFFICE[0]), "PC demo")
            pulled = SyncEngine(store, client, creds.device_id).run_once().pulled
        finally:
            client.close()
        ids = _register(store, rows, clerk)
        elsewhere_niks = {row["nik"] for row in elsewhere}
        accepted = [i for i, row in zip(ids, rows, strict=True) if row["nik"] not in elsewhere_niks]
        sessions = _opp_sessions(store, clerk, accepted)
    except BaseException:
        store.close()
        raise
    return DemoWorld(paths, store, clerk, len(ids), tuple(sorted(elsewhere_niks)), pulled, sessions)


def _other_pc(
    central: DemoCentral, store: Store, office: str, rows: Iterable[Mapping[str, str]], app_version: str
) -> None:
    """Another enrolled PC pushes `rows` as registrations of `office` (the real protocol)."""
    client = CentralClient(central.url, app_version=app_version)
    try:
        device_id = str(uuid.uuid4())
        client.use_token(client.enroll(central.enrolment_code(office), device_id, f"PC {office}-2").token)
        now = dt.datetime.now(dt.UTC)
        rows = list(rows)
        numbers = registration_numbers(now.year, new_device_tag(), 1, len(rows))
        context = store.rules.context()
        changes = []
        for seq, (row, number) in enumerate(zip(rows, numbers, strict=True), start=1):
            data = dict(check_candidate(row, context).data)
            data.update(
                registration_no=number,
                registered_at=format_utc(now),
                registered_by="petugas2",
                status=data.get("status") or "registered",
            )
            changes.append(
                Outgoing(seq, str(uuid.uuid4()), "candidate", str(uuid.uuid4()), "upsert", None,
                         format_utc(now), orjson.dumps(data).decode())
            )  # fmt: skip
        client.push(device_id, changes)
    finally:
        client.close()


def _register(store: Store, rows: list[dict[str, str]], clerk: StaffAccount) -> list[str]:
    """Each sample row saved by the demo clerk; every third one names a licensed P3MI."""
    with store.db.read() as conn:
        companies = list(conn.execute(select(P3MI_T.c.id).where(P3MI_T.c.active == 1)).scalars())
    actor = clerk.actor()
    ids = []
    for i, row in enumerate(rows):
        extra = {"p3mi_id": companies[i % len(companies)]} if companies and i % 3 == 0 else {}
        ids.append(store.candidates.create({**row, **extra}, actor).record.id)
    return ids


def _local_moment(day: dt.date, hour: int) -> str:
    """`hour` o'clock on `day` in this PC's time zone, as the UTC text the records hold."""
    return format_utc(dt.datetime.combine(day, dt.time(hour)).astimezone(dt.UTC))


def _opp_sessions(store: Store, clerk: StaffAccount, candidate_ids: list[str]) -> tuple[str, ...]:
    actor = clerk.actor()
    today = dt.date.today()
    later = today + dt.timedelta(days=7)
    plans: list[dict[str, Any]] = [
        {
            "code": f"OPP-{today:%Y%m%d}-A",
            "title": "OPP Malaysia dan Singapura",
            "venue": "Aula Disnakertrans Banten",
            "starts_at": _local_moment(today, 8),
            "ends_at": _local_moment(today, 16),
            "capacity": 60,
            "status": "open",
        },
        {
            "code": f"OPP-{later:%Y%m%d}-B",
            "title": "OPP Taiwan dan Hong Kong",
            "venue": "LTSA Kota Serang",
            "starts_at": _local_moment(later, 8),
            "ends_at": _local_moment(later, 16),
            "capacity": 90,
            "status": "planned",
        },
    ]
    common = {"organiser": "BP3MI Banten", "lesson_hours": 8}
    records = [store.sessions.create({**plan, **common}, actor) for plan in plans]
    checked_in = dt.datetime.combine(today, dt.time(8, 5)).astimezone(dt.UTC)
    for n, candidate_id in enumerate(candidate_ids[:TODAY_ENROLLED]):
        present = n < TODAY_PRESENT
        store.attendance.create(
            {
                "session_id": records[0].id,
                "candidate_id": candidate_id,
                "status": "present" if present else "enrolled",
                "checked_in_at": format_utc(checked_in + dt.timedelta(minutes=2 * n)) if present else None,
                "method": "nik" if present else None,
                "recorded_by": clerk.username,
            },
            actor,
        )
    return tuple(str(r.data["code"]) for r in records)


def demo_folder_problem(folder: Path, real_data_dir: Path) -> str | None:
    """Why `folder` cannot hold a demo: it is (or is inside) the real data folder, or not empty."""
    folder, real = folder.resolve(), real_data_dir.resolve()
    if folder == real or real in folder.parents or folder in real.parents:
        return "real_folder"
    if folder.exists() and any(folder.iterdir()):
        return "not_empty"
    return None
