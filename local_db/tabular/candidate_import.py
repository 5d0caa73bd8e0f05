"""Bulk import of candidates from a CSV/XLSX file, through the same record + audit + outbox path.

Rows are validated with `domain.candidate.check_candidate` and written in batches, each batch
one transaction: a killed process or a cancel leaves whole rows only, and a re-run skips every
NIK that is already registered (counted as present; reported if other fields differ).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from domain.actor import Actor, require_write
from domain.candidate import REQUIRED_FIELDS
from domain.codes import CandidateStatus, Entity
from domain.dates import format_utc
from domain.field_names import field_names, row_message
from domain.issues import Issue, Lang
from domain.names import normalise_name
from domain.private_files import open_private
from domain.spreadsheet_cells import neutralise_row
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database, insert_tuples
from local_db.journal import AS_STORED, Entry
from local_db.models import P3MI_T
from local_db.repositories.candidate_rows import CANDIDATE, NAME_WORD
from local_db.repositories.candidates import allocate_registration_numbers
from local_db.repositories.settings import Settings
from local_db.rules import LocalRules
from local_db.states import SyncState
from local_db.tabular.gc_pause import fewer_collections
from local_db.tabular.prefetch import prefetched
from local_db.tabular.prepare import (
    BATCH_SIZE,
    IMPORT_COLUMNS,
    STORED_FIELDS,
    VALUES_AT,
    Helper,
    PreparedBatch,
    PrepareJob,
    ReadyRow,
    RowProblem,
    prepare,
)
from local_db.tabular.reader import FileUnusable, read_columns

_CANDIDATE_COLUMNS = (
    "id",
    "registration_no",
    "created_at",
    "updated_at",
    "version",
    "sync_state",
    "name_norm",
    *STORED_FIELDS,
)
# Fields compared when a NIK is already registered, to report a differing row.
COMPARED = (
    "full_name",
    "birth_date",
    "sex",
    "birth_place",
    "phone",
    "village_code",
    "destination_country",
    "scheme",
    "sector",
    "job_position",
)

# The active registrations of a batch's NIKs (a JSON array): one statement, one index lookup
# per NIK, instead of SQLAlchemy compiling an IN list of 900 parameters at a time.
_REGISTERED_SQL = (
    f"SELECT nik, registration_no, {', '.join(COMPARED)} FROM candidate "
    f"WHERE nik IN (SELECT value FROM json_each(?)) AND status != '{CandidateStatus.WITHDRAWN.value}'"
)

Progress = Callable[[int, float], None]  # rows read so far, fraction of the file read


@dataclass
class ImportReport:
    imported: int = 0
    present: int = 0
    rejected: int = 0
    cancelled: bool = False
    problems: list[RowProblem] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # ids of the candidates created

    @property
    def rows(self) -> int:
        return self.imported + self.present + self.rejected


def check_columns(columns: tuple[str, ...]) -> None:
    unknown = [c for c in columns if c and c not in IMPORT_COLUMNS]
    if unknown:
        raise FileUnusable("unknown_column", unknown[0])
    missing = [c for c in REQUIRED_FIELDS if c not in columns]
    if missing:
        raise FileUnusable("missing_columns", ", ".join(missing))


class CandidateImporter:
    def __init__(self, db: Database, rules: LocalRules, settings: Settings) -> None:
        self._db = db
        self._rules = rules
        self._settings = settings

    def run(
        self,
        path: Path,
        actor: Actor,
        *,
        lang: Lang = "id",
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        batch_size: int = BATCH_SIZE,
        helper: Helper | None = None,
    ) -> ImportReport:
        """Import `path`; raises `FileUnusable` before writing anything if the file cannot be used.

        `helper`: a helper process already started for `path` (`start_helper`)."""
        require_write(actor, "import candidates")
        check_columns(read_columns(path))
        now = self._rules.now()  # rows without `registered_at` are registered at the start
        villages, licences = self._rules.villages(), self._licences()
        job = PrepareJob(now.date(), villages, licences, lang, format_utc(now), actor.name)
        report = ImportReport()
        seen: set[str] = set()  # NIKs of this file created so far (a repeat later on is "present")
        # Receiving (unpickling) the next batch overlaps SQLite writing this one, which releases
        # the GIL while it works.
        with (
            fewer_collections(),
            self._db.checkpointing(),
            prefetched(prepare(path, job, batch_size, helper)) as batches,
        ):
            for batch in batches:
                report.rejected += batch.rejected
                report.problems.extend(batch.problems)
                self._write(batch, actor, seen, report, lang, path.name)
                if progress:
                    progress(report.rows, batch.fraction)
                if cancelled and cancelled():
                    report.cancelled = True
                    break
        return report

    def _licences(self) -> dict[str, str]:
        with self._db.read() as conn:
            rows = conn.execute(select(P3MI_T.c.licence_no, P3MI_T.c.id))
            return {r.licence_no.strip().upper(): r.id for r in rows}

    def _write(
        self,
        batch: PreparedBatch,
        actor: Actor,
        seen: set[str],
        report: ImportReport,
        lang: Lang,
        source: str,
    ) -> None:
        if not batch.rows:
            return
        # `to_json` of {"file", "registration_no", "row"}, written out: sorted keys, no spaces.
        source_json = to_json(source)
        _, tag = self._settings.device_identity()
        now = self._rules.now()
        at = format_utc(now)
        with self._db.write(durable=False) as conn:
            # Registered here already (earlier batches of this file included): (number, compared).
            known: dict[str, tuple[str, tuple[Any, ...]]] = {}
            niks = to_json([row[1] for row in batch.rows])
            for found in conn.exec_driver_sql(_REGISTERED_SQL, (niks,)):
                compared = _compared(dict(zip(COMPARED, found[2:], strict=True)))
                known.setdefault(found[0], (found[1], compared))
            fresh = _fresh(batch.rows, known, seen, report, lang)
            if not fresh:
                return
            numbers = allocate_registration_numbers(conn, tag, now.year, len(fresh))
            candidate_rows: list[tuple[Any, ...]] = []
            entries: list[Entry] = []
            by, entity, op = actor.name, Entity.CANDIDATE.value, journal.UPSERT
            pending = SyncState.PENDING.value
            sha256 = hashlib.sha256
            for row, registration_no in zip(fresh, numbers, strict=True):
                number, _, record_id, change_id, norm, digest = row[:VALUES_AT]
                candidate_rows.append(
                    (record_id, registration_no, at, at, 1, pending, norm, *row[VALUES_AT:])
                )
                # The audit entry names the source and holds the content's hash; the outbox row
                # refers to the stored record.
                origin = f'{{"file":{source_json},"registration_no":"{registration_no}","row":{number}}}'
                content = sha256(f"{digest}\x1f{registration_no}".encode()).hexdigest()  # content_hash
                entries.append(
                    Entry(
                        at, by, "import", entity, record_id, origin, AS_STORED, None, op, change_id, content
                    )
                )
            words = batch.words
            if len(fresh) < len(batch.rows):
                created = {row[2] for row in fresh}
                words = [w for w in words if w[1] in created]
            insert_tuples(conn, CANDIDATE, _CANDIDATE_COLUMNS, candidate_rows)
            insert_tuples(conn, NAME_WORD, ("word", "candidate_id"), words)  # in key order
            journal.append(conn, entries)
        report.imported += len(fresh)
        report.changed.extend(e.entity_id for e in entries)


def _fresh(
    rows: list[ReadyRow],
    known: dict[str, tuple[str, tuple[Any, ...]]],
    seen: set[str],
    report: ImportReport,
    lang: Lang,
) -> list[ReadyRow]:
    """The rows to create; the others are counted as present (reported if their fields differ)."""
    fresh: list[ReadyRow] = []
    in_batch: dict[str, ReadyRow] = {}
    for row in rows:
        nik = row[1]
        if nik not in known and nik not in seen:
            fresh.append(row)
            seen.add(nik)
            in_batch[nik] = row
            continue
        report.present += 1
        earlier = known.get(nik)
        if earlier is None and nik in in_batch:  # a repeat within this batch
            earlier = ("", _compared_row(in_batch[nik]))
        if earlier is None:  # an earlier row of the file, since withdrawn: nothing to compare
            continue
        differing = [c for c, a, b in zip(COMPARED, earlier[1], _compared_row(row), strict=True) if a != b]
        if differing:
            issue = Issue(
                "nik",
                "already_registered_differs",
                {"registration_no": earlier[0] or "-", "columns": field_names(differing, lang)},
            )
            report.problems.append(RowProblem(row[0], "nik", issue.code, row_message(issue, lang)))
    return fresh


def _compared_row(row: ReadyRow) -> tuple[Any, ...]:
    return _compared(dict(zip(STORED_FIELDS, row[VALUES_AT:], strict=True)))


def _compared(data: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(
        normalise_name(str(data.get(f) or "")) if f == "full_name" else data.get(f) for f in COMPARED
    )


def write_rejects(path: Path, problems: list[RowProblem]) -> Path | None:
    """`FILE.rejects.csv` beside the input (row, column, code, message); removes a stale one."""
    import csv

    target = path.with_name(path.name + ".rejects.csv")
    if not problems:
        target.unlink(missing_ok=True)
        return None
    with open_private(target, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["row", "column", "code", "message"])
        ordered = sorted(problems, key=lambda p: p.row)
        writer.writerows(neutralise_row((p.row, p.column, p.code, p.message)) for p in ordered)
    return target
