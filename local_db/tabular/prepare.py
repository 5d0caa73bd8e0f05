"""Reading, validating and encoding import rows, in this process or in a helper process.

Validation and encoding are pure Python and cost about as much as writing, so a large file
is read and prepared by a helper process while this one writes the previous batch to SQLite.
The helper can be started before its job is known (`start_helper`: the command line does so
while the store opens); it gets everything it needs in a picklable `PrepareJob` (the store is
never opened there) and sends back `PreparedBatch`es: each valid row already in the form the
writer inserts (plain tuples and JSON text, which pickle several times faster than dicts, with
the record and outbox ids) and the batch's name words in index order, so the writer only adds
what needs the database: registration numbers and the audit chain. Small files are prepared
in-process: starting a process costs more than it saves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import multiprocessing
import operator
import os
import queue
import sys
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from domain.candidate import CANDIDATE_FIELDS, RuleContext, check_candidate
from domain.countries import Countries
from domain.field_names import row_message
from domain.ids import uuid7_batch
from domain.issues import Issue, Lang
from domain.names import normalise_name
from local_db.canonical_json import to_json
from local_db.content_hash import CONTENT_COLUMNS
from local_db.tabular.gc_pause import fewer_collections
from local_db.tabular.reader import FileUnusable, read_table

IMPORT_COLUMNS = frozenset(CANDIDATE_FIELDS) | {"p3mi_licence_no", "sync_state"}
IGNORED_COLUMNS = frozenset({"sync_state"})  # written by export; local state, not data
MAX_CELL_CHARS = 10_000
PROCESS_THRESHOLD_BYTES = 2 * 1024 * 1024
_POLL_SECONDS = 0.5
PARENT_GONE_EXIT = 3  # the helper's exit status when its parent died first
HELPER_SWITCH_INTERVAL = 0.0005  # seconds; CPython's default is 0.005
# Rows per transaction. 5,000 rows hold the write lock for ~0.3 s; fewer, larger commits cut
# SQLite's share of a 100,000-row import by a quarter (checkpoints and index page rewrites).
BATCH_SIZE = 5_000
# The first batch is small so that writing starts early; the rest are the caller's size.
FIRST_BATCH = 1_000
# A valid row's record fields as stored (the registration number is the writer's to give: a
# number in the file is not ours to keep).
STORED_FIELDS = tuple(f for f in CANDIDATE_FIELDS if f != "registration_no")
assert (*STORED_FIELDS, "extra") == CONTENT_COLUMNS["candidate"], "the content hash must cover the row"
_sha256 = hashlib.sha256
_dumps = orjson.dumps
_STORED_VALUES = operator.itemgetter(*STORED_FIELDS)
# Fields with few distinct values (a file's places, choices, document sets).
_REPEATED_FIELDS = (
    "birth_place",
    "documents",
    "religion",
    "marital_status",
    "education",
    "heir_relationship",
    "scheme",
    "destination_country",
    "sector",
    "job_position",
    "employer_name",
    "p3mi_id",
    "status",
)


@dataclass(frozen=True, slots=True)
class RowProblem:
    row: int
    column: str
    code: str
    message: str


# A valid row, ready to write, as one flat tuple (nested tuples and lists cost twice as much
# to pickle and unpickle, and the helper sends 100,000 rows):
#   file row number, NIK, record id, outbox change id, normalised name, the content digest
#   (`content_hash.inner_digest`: the audit entry's content hash without the registration
#   number, which only the writer knows), then the STORED_FIELDS values (`documents` as JSON).
ReadyRow = tuple[Any, ...]
VALUES_AT = 6


@dataclass(frozen=True, slots=True)
class PreparedBatch:
    rows: list[ReadyRow]
    words: list[tuple[str, str]]  # (name word, record id) of every row, sorted: the index's order
    problems: list[RowProblem]  # of the rejected rows, in file order
    rejected: int
    fraction: float  # of the file read so far


@dataclass(frozen=True, slots=True)
class PrepareJob:
    """What validation needs, as plain picklable values."""

    today: dt.date
    villages: frozenset[str]
    licences: dict[str, str]  # licence number (upper case) -> p3mi id
    lang: Lang
    registered_at: str  # for rows that do not say when they were registered: the import's start
    registered_by: str  # ... and by whom: the signed-in user


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


def prepare_batches(
    path: Path, job: PrepareJob, batch_size: int, first: int = FIRST_BATCH
) -> Iterator[PreparedBatch]:
    """The file's rows in batches of `batch_size` (the first of at most `first`)."""
    table = read_table(path)
    ctx = RuleContext(job.today, job.villages.__contains__, Countries())
    valid: list[tuple[int, dict[str, Any]]] = []
    problems: list[RowProblem] = []
    rejected = 0
    size = min(first, batch_size)
    for number, values in table.rows:
        issues = precheck(values, job.licences)
        if not issues:
            check = check_candidate(values, ctx)
            if check.ok:
                valid.append((number, check.data))
                if len(valid) >= size:
                    yield PreparedBatch(*_ready(valid, job), problems, rejected, table.progress())
                    valid, problems, rejected, size = [], [], 0, batch_size
                continue
            issues = list(check.errors)
        rejected += 1
        problems.extend(RowProblem(number, i.field or "", i.code, row_message(i, job.lang)) for i in issues)
    yield PreparedBatch(*_ready(valid, job), problems, rejected, 1.0)


def _ready(
    valid: list[tuple[int, dict[str, Any]]], job: PrepareJob
) -> tuple[list[ReadyRow], list[tuple[str, str]]]:
    ids = uuid7_batch(2 * len(valid))
    rows: list[ReadyRow] = []
    words: list[tuple[str, str]] = []
    same: dict[str, str] = {}  # one object per distinct value: pickled once per batch, then by reference
    for (number, data), candidate_id, change_id in zip(valid, ids, ids[len(valid) :], strict=False):
        data["registered_at"] = data["registered_at"] or job.registered_at
        data["registered_by"] = data["registered_by"] or job.registered_by
        data["documents"] = to_json(data["documents"])
        for field in _REPEATED_FIELDS:
            value = data[field]
            if value is not None:
                data[field] = same.setdefault(value, value)
        norm = normalise_name(data["full_name"])
        words.extend((same.setdefault(word, word), candidate_id) for word in set(norm.split()))
        values = _STORED_VALUES(data)
        # Hashed here, off the writer's path (~1 µs a row); `extra` is empty for imported rows.
        digest = _sha256(_dumps([*values, None])).hexdigest()  # inner_digest, inlined
        rows.append((number, data["nik"], candidate_id, change_id, norm, digest, *values))
    words.sort()
    return rows, words


def _exit_with_parent() -> None:
    """End this helper the moment its parent dies (SIGKILL, a crash, Task Manager): otherwise
    a helper blocked on a full queue would wait for a reader that never comes, for good.
    `parent_process()` of a spawned child waits on the parent's sentinel (a pipe that closes
    on POSIX, the process handle on Windows), so this works the same on both."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(PARENT_GONE_EXIT)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _worker(path: str, batch_size: int, jobs: Any, out: Any, stop: Any) -> None:
    """The helper process: waits for its `PrepareJob`, then sends ("batch", PreparedBatch)...,
    then ("done",) or ("error", code, detail)."""
    # The queue's feeder thread writes a ~3 MB batch to the pipe in 64 KiB pieces and needs the
    # interpreter lock back after each one, while this thread holds it preparing the next
    # batch: at the default 5 ms switch interval a batch took ~0.13 s to leave. At 0.5 ms it
    # takes ~0.02 s (and the import ~3 % less). This process runs nothing else.
    sys.setswitchinterval(HELPER_SWITCH_INTERVAL)
    _exit_with_parent()
    job: PrepareJob | None = None
    while job is None and not stop.is_set():
        with contextlib.suppress(queue.Empty):
            job = jobs.get(timeout=_POLL_SECONDS)
    if job is None:
        return
    try:
        _send_batches(path, job, batch_size, out, stop)
    except FileUnusable as exc:
        out.put(("error", exc.code, exc.detail))


def _send_batches(path: str, job: PrepareJob, batch_size: int, out: Any, stop: Any) -> None:
    with fewer_collections():
        for batch in prepare_batches(Path(path), job, batch_size):
            while not stop.is_set():
                try:
                    out.put(("batch", batch), timeout=_POLL_SECONDS)
                    break
                except queue.Full:
                    continue
            if stop.is_set():
                out.cancel_join_thread()  # nobody reads any more: exit without flushing the queue
                return
    out.put(("done",))


class Helper:
    """The helper process that prepares a file's rows (spawned: works the same on Windows).

    It can start before its job is known: the command line starts it first, so that the new
    interpreter loads while this one opens the store, and the first batch is ready sooner.
    `close` (or leaving the `with` block) stops it, whatever happened."""

    def __init__(self, path: Path, batch_size: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.path, self.batch_size = path, batch_size
        self._jobs = context.Queue(maxsize=1)
        self._out = context.Queue(maxsize=2)  # two 5,000-row batches ahead: enough for the writer
        self._stop = context.Event()
        self._process = context.Process(
            target=_worker, args=(str(path), batch_size, self._jobs, self._out, self._stop), daemon=True
        )
        self._process.start()
        self._closed = False

    def __enter__(self) -> Helper:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        return self._process.is_alive()

    def batches(self, job: PrepareJob) -> Iterator[PreparedBatch]:
        """The prepared batches of the file; the helper is closed when this ends."""
        self._jobs.put(job)
        try:
            while True:
                try:
                    message = self._out.get(timeout=_POLL_SECONDS)
                except queue.Empty:
                    if not self._process.is_alive():
                        raise FileUnusable("reader_failed") from None
                    continue
                if message[0] == "batch":
                    yield message[1]
                elif message[0] == "error":
                    raise FileUnusable(message[1], message[2])
                else:
                    return
        finally:
            self.close()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._stop.set()
        deadline = time.monotonic() + 5
        while self._process.is_alive() and time.monotonic() < deadline:
            # Drain what the helper still sends, so its queue thread can finish and it can exit.
            with contextlib.suppress(queue.Empty):
                self._out.get(timeout=0.05)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join()
        for q in (self._out, self._jobs):
            q.close()
            q.join_thread()


def start_helper(path: Path, batch_size: int) -> Helper | None:
    """A helper for a file large enough to be worth a process; None for a small one."""
    try:
        large = path.stat().st_size >= PROCESS_THRESHOLD_BYTES
    except OSError:
        return None  # the import itself says what is wrong with the file
    return Helper(path, batch_size) if large else None


def prepare(
    path: Path, job: PrepareJob, batch_size: int, helper: Helper | None = None
) -> Iterator[PreparedBatch]:
    """The file's prepared batches: from `helper` if one was started for it, else from a new
    helper for a large file, else in this process."""
    if helper is None:
        helper = start_helper(path, batch_size)
    if helper is None:
        return prepare_batches(path, job, batch_size)
    if (helper.path, helper.batch_size) != (path, batch_size):
        helper.close()
        raise ValueError("the helper was started for another file or batch size")
    return helper.batches(job)
