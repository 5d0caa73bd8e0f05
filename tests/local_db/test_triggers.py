"""The outbox-copy triggers a migrated database holds are the ones generated from the wire field
list (local_db/triggers.py); when a wire field is added without regenerating them, this test
fails and says what to do."""

from __future__ import annotations

from pathlib import Path

import orjson

from bench.datagen import write_csv
from domain.actor import Actor
from domain.candidate import CANDIDATE_FIELDS
from local_db.store import Store
from local_db.tabular.candidate_import import CandidateImporter
from local_db.triggers import TRIGGERS, drift, recreate_candidate_triggers


def installed(store: Store) -> dict[str, str | None]:
    with store.db.read() as conn:
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all()
    return {name: sql for name, sql in rows if name in TRIGGERS}


def test_the_installed_triggers_are_the_ones_generated_from_the_wire_fields(store: Store) -> None:
    problem = drift(installed(store))
    assert problem is None, problem


def test_a_wire_field_added_without_regenerating_the_triggers_fails_with_what_to_do(store: Store) -> None:
    """What the test above says the day `mother_name` joins CANDIDATE_FIELDS and the model
    without a migration regenerating the triggers."""
    problem = drift(installed(store), (*CANDIDATE_FIELDS, "mother_name"))
    assert problem is not None
    assert "outbox_copy_before_candidate_update, outbox_copy_before_candidate_delete" in problem
    assert "NEW migration" in problem and "recreate_candidate_triggers(op.execute, FIELDS)" in problem
    assert '"registered_by", "mother_name",)' in problem  # the list to freeze, ready to paste


def test_a_future_migration_recreates_them_and_the_new_field_is_copied(
    store: Store, operator: Actor, tmp_path: Path
) -> None:
    fields = (*CANDIDATE_FIELDS, "mother_name")
    report = CandidateImporter(store.db, store.rules, store.settings).run(
        write_csv(tmp_path / "c.csv", 2, seed=4), operator
    )
    assert report.imported == 2
    with store.db.write() as conn:  # what the migration adding the field would do
        conn.exec_driver_sql("ALTER TABLE candidate ADD COLUMN mother_name VARCHAR(120)")
        recreate_candidate_triggers(conn.exec_driver_sql, fields)
        conn.exec_driver_sql("UPDATE candidate SET mother_name = 'Siti Rahma'")
    assert drift(installed(store), fields) is None
    with store.db.read() as conn:
        copies = [r[0] for r in conn.exec_driver_sql("SELECT data FROM outbox_change ORDER BY seq")]
    assert len(copies) == 2
    assert all(orjson.loads(c)["mother_name"] is None for c in copies)  # frozen before the change
    assert all(set(orjson.loads(c)) == set(fields) for c in copies)
