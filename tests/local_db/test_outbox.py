"""Outbox rows by reference (migration 0002): an imported candidate's outbox row has no data of
its own while the record is unchanged. Before any of the record's fields change, or the row is
deleted, a trigger copies the record into the outbox row, so the change still sends exactly
what was imported, whether it was sent already or not."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from bench.datagen import write_csv
from domain.actor import Actor
from local_db.canonical_json import to_json
from local_db.check import check_store
from local_db.store import Store
from local_db.tabular.candidate_import import CandidateImporter


@pytest.fixture
def imported(store: Store, operator: Actor, tmp_path: Path) -> list[str]:
    path = write_csv(tmp_path / "c.csv", 6, seed=5)
    report = CandidateImporter(store.db, store.rules, store.settings).run(path, operator)
    assert report.imported == 6
    with store.db.read() as conn:
        return [r[0] for r in conn.exec_driver_sql("SELECT entity_id FROM outbox_change ORDER BY seq")]


def outbox_data(store: Store, candidate_id: str) -> str | None:
    with store.db.read() as conn:
        row = conn.exec_driver_sql(
            "SELECT data FROM outbox_change WHERE entity_id = ? ORDER BY seq LIMIT 1", (candidate_id,)
        ).one()
    return row[0]


def raw(store: Store, sql: str, *params: object) -> None:
    with store.db.write() as conn:
        conn.exec_driver_sql(sql, params)


def test_an_edit_copies_the_imported_record_into_its_outbox_row_first(
    store: Store, operator: Actor, imported: list[str]
) -> None:
    first, other = imported[0], imported[1]
    before = store.candidates.get(first)
    store.candidates.update(first, {"full_name": "Ñoño Ärmin Ağa", "phone": "081299998888"}, operator, 1)

    copied = outbox_data(store, first)
    assert copied == to_json(dict(before.data))  # the same text the record's own path writes
    assert outbox_data(store, other) is None  # other records keep referring to themselves
    # The edit has its own row with the new data; both are sent in order (or folded).
    with store.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT data FROM outbox_change WHERE entity_id = ? ORDER BY seq", (first,)
        ).all()
    assert orjson.loads(rows[1][0])["full_name"] == "Ñoño Ärmin Ağa"
    assert check_store(store.db) == []


def test_the_copy_includes_fields_kept_from_a_newer_server(store: Store, imported: list[str]) -> None:
    first = imported[0]
    raw(
        store,
        "UPDATE candidate SET extra = ?, full_name = ? WHERE id = ?",
        '{"future_field":[1,2]}',
        'Ñoño "Q" \\ Ağa',
        first,
    )
    raw(store, "UPDATE outbox_change SET data = NULL WHERE entity_id = ?", first)  # as if imported so
    record = store.candidates.get(first)
    raw(store, "UPDATE candidate SET status = 'withdrawn' WHERE id = ?", first)
    copied = outbox_data(store, first)
    assert copied is not None and orjson.loads(copied) == dict(record.data)
    assert orjson.loads(copied)["future_field"] == [1, 2]
    assert orjson.loads(copied)["full_name"] == 'Ñoño "Q" \\ Ağa'


def test_only_record_fields_trigger_a_copy_and_a_delete_copies_too(store: Store, imported: list[str]) -> None:
    first, second = imported[0], imported[1]
    raw(store, "UPDATE candidate SET sync_state = 'sent', server_version = 1 WHERE id = ?", first)
    assert outbox_data(store, first) is None  # sync bookkeeping is not the record's data
    record = store.candidates.get(second)
    raw(store, "DELETE FROM candidate WHERE id = ?", second)
    assert outbox_data(store, second) == to_json(dict(record.data))


def test_a_sent_change_still_holds_what_was_sent_after_an_edit(
    store: Store, operator: Actor, imported: list[str]
) -> None:
    batch = store.outbox.next_batch(500, 1 << 22)
    assert {c.entity_id for c in batch.changes} == set(imported)
    store.outbox.mark_attempted(batch, "2026-11-27T03:04:05Z")
    sent = {c.entity_id: c.data for c in batch.changes}
    assert outbox_data(store, imported[0]) is None  # still by reference: the record is what was sent
    store.candidates.update(imported[0], {"phone": "081299998888"}, operator, 1)
    assert outbox_data(store, imported[0]) == sent[imported[0]]
    assert check_store(store.db) == []


def test_check_reports_a_reference_row_of_another_kind_of_record(store: Store, imported: list[str]) -> None:
    raw(store, "UPDATE outbox_change SET entity = 'opp_session' WHERE entity_id = ?", imported[0])
    problems = [(p.code, p.detail) for p in check_store(store.db)]
    assert ("outbox_reference_not_candidate", f"opp_session {imported[0]}") in problems
