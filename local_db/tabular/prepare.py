"""Reading and validating import rows, in this process or in a helper process.

Validation is pure Python and costs about as much as writing, so a large file is read and
validated by a helper process while this one writes the previous batch to SQLite. The helper
gets everything it needs in a picklable `PrepareJob` (the store is never opened there) and
sends back batches of `Prepared` rows. Small files are prepared in-process: starting a
process costs more than it saves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import multiprocessing
import queue
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from domain.candidate import CANDIDATE_FIELDS, RuleContext, check_candidate
from domain.countries import Countries
from domain.issues import Issue, Lang
from domain.names import normalise_name
from local_db.tabular.reader import FileUnusable, read_table

IMPORT_COLUMNS = frozenset(CANDIDATE_FIELDS) | {"p3mi_licence_no", "sync_state"}
IGNORED_COLUMNS = frozenset({"sync_state"})  # written by export; local state, not data
MAX_CELL_CHARS = 10_000
PROCESS_THRESHOLD_BYTES = 2 * 1024 * 1024
_POLL_SECONDS = 0.5


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    column: str
    code: str
    message: str


class Prepared(NamedTuple):
    """One file row after validation: the record's wire data and name words, or its problems.

    A named tuple, not a slotted dataclass: the helper process pickles 100,000 of them, and a
    dataclass's `__getstate__` cost more than validating the row."""

    number: int
    data: dict[str, Any] | None
    words: list[str]
    problems: tuple[RowProblem, ...]
    name_norm: str = ""


@dataclass(frozen=True, slots=True)
class PrepareJob:
    """What validation needs, as plain picklable values."""

    today: dt.date
    villages: frozenset[str]
    licences: dict[str, str]  # licence number (upper case) -> p3mi id
    lang: Lang


def precheck(values: dict[str, Any], licences: Mapping[str, str]) -> list[Issue]:
    """Problems the rules cannot see: oversize cells, extra values, placement-company licence."""
    issues: list[Issue] = []
    if values.pop("__extra_values__", None):
        issues.append(Issue(None, "extra_values"))
    for column, value in values.items():
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            issues.append(Issue(column, "cell_too_large"))
            values[column] = ""
    for column in IGNORED_COLUMNS:
        values.pop(column, None)
    licence = str(values.pop("p3mi_licence_no", "") or "").strip().upper()
    if licence:
        if licence in licences:
            values["p3mi_id"] = licences[licence]
        else:
            issues.append(Issue("p3mi_licence_no", "p3mi_unknown", {"value": licence[:40]}))
    return issues


def prepare_batches(path: Path, job: PrepareJob, batch_size: int) -> Iterator[tuple[list[Prepared], float]]:
    """Batches of prepared rows with the fraction of the file read so far."""
    table = read_table(path)
    ctx = RuleContext(job.today, job.villages.__contains__, Countries())
    batch: list[Prepared] = []
    for number, values in table.rows:
        issues = precheck(values, job.licences)
        if not issues:
            check = check_candidate(values, ctx)
            if check.ok:
                norm = normalise_name(check.data["full_name"] or "")
                batch.append(Prepared(number, check.data, sorted(set(norm.split())), (), norm))
                if len(batch) >= batch_size:
                    yield batch, table.progress()
                    batch = []
                continue
            issues = list(check.errors)
        problems = tuple(RowProblem(number, i.field or "", i.code, i.message(job.lang)) for i in issues)
        batch.append(Prepared(number, None, [], problems))
    yield batch, 1.0


def _worker(path: str, job: PrepareJob, batch_size: int, out: Any, stop: Any) -> None:
    """The helper process: sends ("batch", rows, fraction)..., then ("done",) or ("error", code, detail)."""
    try:
        for batch, fraction in prepare_batches(Path(path), job, batch_size):
            while not stop.is_set():
                try:
                    out.put(("batch", batch, fraction), timeout=_POLL_SECONDS)
                    break
                except queue.Full:
                    continue
            if stop.is_set():
                out.cancel_join_thread()  # nobody reads any more: exit without flushing the queue
                return
        out.put(("done",))
    except FileUnusable as exc:
        out.put(("error", exc.code, exc.detail))


def prepare_in_helper(path: Path, job: PrepareJob, batch_size: int) -> Iterator[tuple[list[Prepared], float]]:
    """Like `prepare_batches`, but the work runs in a helper process (spawned: works the same on Windows)."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue(maxsize=2)  # two 5,000-row batches ahead: enough to keep the writer busy
    stop = context.Event()
    helper = context.Process(target=_worker, args=(str(path), job, batch_size, out, stop), daemon=True)
    helper.start()
    try:
        while True:
            try:
                message = out.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                if not helper.is_alive():
                    raise FileUnusable("reader_failed") from None
                continue
            if message[0] == "batch":
                yield message[1], message[2]
            elif message[0] == "error":
                raise FileUnusable(message[1], message[2])
            else:
                return
    finally:
        stop.set()
        deadline = time.monotonic() + 5
        while helper.is_alive() and time.monotonic() < deadline:
            # Drain what the helper still sends, so its queue thread can finish and it can exit.
            with contextlib.suppress(queue.Empty):
                out.get(timeout=0.05)
        if helper.is_alive():
            helper.terminate()
            helper.join()
        out.close()
        out.join_thread()


def prepare(path: Path, job: PrepareJob, batch_size: int) -> Iterator[tuple[list[Prepared], float]]:
    if path.stat().st_size >= PROCESS_THRESHOLD_BYTES:
        return prepare_in_helper(path, job, batch_size)
    return prepare_batches(path, job, batch_size)
