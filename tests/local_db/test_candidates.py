from __future__ import annotations

import sqlite3

import pytest

from domain.actor import Actor, PermissionDenied
from domain.codes import Role
from local_db.errors import StaleRecord, ValidationFailed
from local_db.store import Store
from tests.conftest import valid_candidate


def _counts(store: Store) -> tuple[int, int, int]:
    with sqlite3.connect(store.db.path) as conn:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("candidate", "audit_entry", "outbox_change")
        )  # type: ignore[return-value]


def test_create_writes_record_audit_and_outbox_together(store: Store, operator: Actor) -> None:
    result = store.candidates.create(valid_candidate(), operator)
    assert result.record["registration_no"].startswith("26-")
    assert result.record["phone"] == "+6281234567890"
    assert result.record.sync_state == "pending"
    assert _counts(store) == (1, 1, 1)


def test_duplicate_nik_is_refused_and_nothing_written(store: Store, operator: Actor) -> None:
    first = store.candidates.create(valid_candidate(), operator)
    with pytest.raises(ValidationFailed) as info:
        store.candidates.create(valid_candidate(full_name="Other Name"), operator)
    assert info.value.errors[0].code == "nik_duplicate"
    assert first.record["registration_no"] in info.value.errors[0].message("en")
    assert _counts(store) == (1, 1, 1)


def test_same_person_under_another_nik_is_a_warning(store: Store, operator: Actor) -> None:
    store.candidates.create(valid_candidate(), operator)
    result = store.candidates.create(
        valid_candidate(nik="3601015505990002", full_name="SITI  aminah"), operator
    )
    assert [w.code for w in result.warnings] == ["same_person_other_nik"]


def test_invalid_record_writes_nothing(store: Store, operator: Actor) -> None:
    with pytest.raises(ValidationFailed) as info:
        store.candidates.create(valid_candidate(birth_date="2015-01-01", nik="3601010101150001"), operator)
    assert "under_age" in {e.code for e in info.value.errors}
    assert _counts(store) == (0, 0, 0)


def test_viewer_cannot_save(store: Store) -> None:
    with pytest.raises(PermissionDenied):
        store.candidates.create(valid_candidate(), Actor("v", Role.VIEWER))


def test_update_bumps_version_diffs_audit_and_detects_stale(store: Store, operator: Actor) -> None:
    created = store.candidates.create(valid_candidate(), operator).record
    updated = store.candidates.update(
        created.id, {"full_name": "Siti Aminah Binti Ahmad"}, operator, 1
    ).record
    assert updated.version == 2
    assert updated["registration_no"] == created["registration_no"]
    with pytest.raises(StaleRecord):
        store.candidates.update(created.id, {"job_position": "Perawat"}, operator, 1)
    assert _counts(store) == (1, 2, 2)


def test_registration_numbers_are_sequential_per_device(store: Store, operator: Actor) -> None:
    a = store.candidates.create(valid_candidate(), operator).record["registration_no"]
    b = store.candidates.create(
        valid_candidate(nik="3601011203950003", full_name="Budi", sex="M", birth_date="1995-03-12"),
        operator,
    ).record["registration_no"]
    assert a[:-5] == b[:-5]
    assert int(b[-5:]) == int(a[-5:]) + 1
