"""What a bulk import stores per row: the same record the single-record path would send.

An imported record's outbox row refers to the stored record (migration 0002) instead of
holding a copy, and the writer fills the registration number into the audit entry's origin.
What the sync engine takes to send must be exactly the canonical JSON of the stored record,
and every audit entry exactly the canonical JSON of its origin, whatever the file is called.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bench.datagen import write_csv
from domain.actor import Actor
from local_db.canonical_json import to_json
from local_db.models import AUDIT_T, OUTBOX_T
from local_db.store import Store
from local_db.tabular.candidate_import import CandidateImporter


def test_sent_data_and_audit_origin_are_the_canonical_json_of_what_was_stored(
    store: Store, operator: Actor, tmp_path: Path
) -> None:
    name = 'data "ñame" \\ 1.csv'  # quotes, a backslash and a non-ASCII letter in the file name
    path = write_csv(tmp_path / name, 40, seed=11)

    report = CandidateImporter(store.db, store.rules, store.settings).run(path, operator, batch_size=15)

    assert report.imported == 40
    with store.db.read() as conn:
        stored = [r.data for r in conn.execute(select(OUTBOX_T.c.data))]
        audit = {r.entity_id: r.change for r in conn.execute(select(AUDIT_T.c.entity_id, AUDIT_T.c.change))}
    assert stored == [None] * 40  # by reference: no second copy of each record
    outgoing = {c.entity_id: c.data for c in store.outbox.next_batch(500, 1 << 22).changes}
    records = store.candidates.get_many(list(outgoing))
    assert len(records) == 40
    rows_seen = set()
    for record in records:
        assert outgoing[record.id] == to_json(dict(record.data))
        assert record["registration_no"] in audit[record.id]
        origin = {"file": name, "registration_no": record["registration_no"], "row": None}
        row = int(audit[record.id].rsplit(":", 1)[1].rstrip("}"))
        rows_seen.add(row)
        assert audit[record.id] == to_json({**origin, "row": row})
    assert rows_seen == set(range(2, 42))
