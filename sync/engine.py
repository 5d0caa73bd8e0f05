"""The sync engine: push the outbox, then pull the office's feed. Synchronous and Qt-free.

The GUI runs `run_once` on a worker thread (progress callbacks become signals, the cancel
flag is a button); `loket sync` runs the very same call. A request that fails for a reason that
may pass (network, timeout, 5xx, 429) is retried with full-jitter backoff honouring
`Retry-After`, up to the policy's tries and never past the deadline; cancellation is checked
between batches and during every wait. Nothing is lost when a run stops anywhere: each batch's
rows are marked attempted before the request and settled after the answer, in transactions.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TypeVar

import orjson

from domain.dates import format_utc
from local_db.repositories.inbox import CURSOR_KEY, PullCounts, Pulled
from local_db.repositories.outbox import Batch, Outcome, OutcomeCounts
from local_db.repositories.sync_counts import sync_counts
from local_db.store import Store
from sync.client import CentralClient, Unreachable
from sync.paging import PageSize
from sync.protocol import MAX_BODY_BYTES, MAX_CHANGES, PULL_MAX_LIMIT, PullResponse, PushResponse
from sync.retry import Cancelled, RetryPolicy, never, wait

log = logging.getLogger("loket.sync")
LAST_SYNC_AT = "last_sync_at"
T = TypeVar("T")
Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class SyncProgress:
    phase: str  # "probe", "push", "pull", "wait"
    done: int
    total: int | None


Progress = Callable[[SyncProgress], None]


@dataclass(frozen=True, slots=True)
class SyncStatus:
    online: bool | None  # None: not probed yet
    pending: int
    needs_attention: int
    last_sync_at: str | None


@dataclass(slots=True)
class SyncReport:
    online: bool = False
    finished: bool = False  # push and pull both ran to the end
    cancelled: bool = False
    error: str | None = None  # why the run stopped early (English, no secrets)
    pushed: OutcomeCounts = field(default_factory=OutcomeCounts)
    pulled: int = 0
    pending: int = 0
    needs_attention: int = 0
    changed: set[str] = field(default_factory=set)  # ids of records whose state or data changed

    def summary(self) -> str:
        p = self.pushed
        return (
            f"sent {p.sent}, duplicate {p.duplicate}, rejected {p.rejected}, conflict {p.conflict}, "
            f"pulled {self.pulled}, pending {self.pending}"
        )


class Stopped(Exception):
    """Cancelled by the caller, or the deadline would pass before the next try."""


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: CentralClient,
        device_id: str,
        *,
        clock: Clock = _utc_now,
        policy: RetryPolicy | None = None,
        batch_changes: int = MAX_CHANGES,
        batch_bytes: int = MAX_BODY_BYTES - 64 * 1024,
        pull_limit: int = PULL_MAX_LIMIT,
    ) -> None:
        self._store = store
        self._client = client
        self._device_id = device_id
        self._clock = clock
        self._policy = policy or RetryPolicy()
        self._batch_changes = batch_changes
        self._batch_bytes = batch_bytes
        self._pull_limit = pull_limit
        self._online: bool | None = None

    # Status ----------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        counts = sync_counts(self._store.db)
        return SyncStatus(
            self._online,
            counts.pending + counts.waiting,
            counts.needs_attention,
            self._store.settings.get(LAST_SYNC_AT),
        )

    def probe(self) -> bool:
        self._online = self._client.health()
        return self._online

    # Runs ------------------------------------------------------------------------------------

    def run_once(
        self, progress: Progress | None = None, cancelled: Cancelled = never, deadline: float | None = None
    ) -> SyncReport:
        """Probe, push everything pending, pull everything new; `deadline` is a `time.monotonic()`."""
        report = SyncReport()
        tell = progress or (lambda _p: None)
        # No request outlives the run or a cancel, however slow the link.
        self._client.set_deadline(deadline, cancelled if cancelled is not never else None)
        try:
            tell(SyncProgress("probe", 0, None))
            self._retrying(self._probe_or_raise, tell, cancelled, deadline)
            report.online = True
            self.push(tell, cancelled, deadline, report)
            pulled = self.pull(tell, cancelled, deadline)
            report.pulled = pulled.applied
            report.changed.update(pulled.changed)
            report.finished = True
            self._store.settings.put(LAST_SYNC_AT, format_utc(self._clock()))
        except Stopped as exc:
            report.cancelled = cancelled()
            report.error = str(exc) or None
        except Unreachable as exc:
            report.error = str(exc)
            log.info("sync stopped: %s", exc)
        finally:
            self._client.set_deadline(None)
            counts = sync_counts(self._store.db)
            report.pending = counts.pending + counts.waiting
            report.needs_attention = counts.needs_attention
        return report

    def _probe_or_raise(self) -> None:
        if not self.probe():
            raise Unreachable("the central service does not answer /health")

    def push(
        self,
        progress: Progress,
        cancelled: Cancelled = never,
        deadline: float | None = None,
        report: SyncReport | None = None,
    ) -> OutcomeCounts:
        """Drain the outbox, pipelined: batch n's answers are recorded on a helper thread while
        batch n+1 is on the wire. Batch n+1 never holds a record of batch n (nor attendance that
        needs one), it is marked attempted before batch n's answers are recorded (so the two
        writes never wait for each other), and batch n+2 is read only after they are recorded."""
        outbox = self._store.outbox
        outbox.coalesce(self._now())
        total = outbox.pending_count()
        counts = report.pushed if report else OutcomeCounts()
        done = 0
        progress(SyncProgress("push", 0, total))
        answered: tuple[Batch, list[Outcome]] | None = None  # sent and answered, not yet recorded

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-record") as recorder:
            recording: Future[OutcomeCounts] | None = None
            try:
                while True:
                    if cancelled():
                        raise Stopped("cancelled")
                    busy = frozenset(c.entity_id for c in answered[0].changes) if answered else frozenset()
                    batch = outbox.next_batch(self._batch_changes, self._batch_bytes, busy)
                    if batch:
                        outbox.mark_attempted(batch, self._now())
                    recorded = answered is not None
                    if answered:
                        recording = recorder.submit(outbox.apply_outcomes, *answered, self._now())
                        done += len(answered[0].changes)
                        answered = None
                    if batch:
                        send = functools.partial(self._client.push, self._device_id, batch.changes)
                        answer = self._retrying(send, progress, cancelled, deadline)
                        answered = (batch, _outcomes(batch, answer))
                        if report is not None:
                            report.changed.update(c.entity_id for c in batch.changes)
                    if recording:
                        counts.add(recording.result())
                        recording = None
                        progress(SyncProgress("push", done, max(total, done)))
                    if not batch and not recorded:
                        return counts  # else: the records just settled may have later rows
            finally:
                if recording:
                    counts.add(recording.result())
                if answered:  # stopped between the answer and its recording: record it now
                    counts.add(outbox.apply_outcomes(*answered, self._now()))

    def pull(
        self, progress: Progress, cancelled: Cancelled = never, deadline: float | None = None
    ) -> PullCounts:
        """Pull pages until the feed is drained; each page is stored with its cursor, so a run that
        stops anywhere resumes after the last stored page. A page that fails to arrive is asked
        again smaller (`PageSize`). Pipelined: page n+1 is fetched on a helper thread while page
        n is stored (its cursor is known once page n is parsed); retries, waits and progress
        stay on the calling thread."""
        settings = self._store.settings
        cursor = settings.get(CURSOR_KEY)
        total = PullCounts()
        size = PageSize(self._pull_limit)

        def shrink(exc: Unreachable) -> None:
            if exc.retry_after is None:
                size.failed()

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-fetch") as fetcher:
            ahead: Future[PullResponse] | None = None
            while True:
                if cancelled():
                    raise Stopped("cancelled")
                fetch = functools.partial(self._pull_page, cursor, size)
                page = self._retrying(_first(ahead, fetch), progress, cancelled, deadline, shrink)
                size.arrived()
                ahead = fetcher.submit(self._pull_page, page.next, size) if page.more else None
                changes = [
                    Pulled(c.seq, c.entity, str(c.entity_id), c.op, c.version, c.data) for c in page.changes
                ]
                got = self._store.inbox.apply(changes, page.next, self._now())
                total.applied += got.applied
                total.ignored += got.ignored
                total.conflict += got.conflict
                total.held += got.held
                total.changed.extend(got.changed)
                cursor = page.next
                progress(
                    SyncProgress("pull", total.applied + total.ignored + total.held + total.conflict, None)
                )
                if not page.more:
                    return total

    # Helpers ---------------------------------------------------------------------------------

    def _pull_page(self, cursor: str | None, size: PageSize) -> PullResponse:
        return self._client.pull(cursor, size.value)

    def _now(self) -> str:
        return format_utc(self._clock())

    def _retrying(
        self,
        call: Callable[[], T],
        progress: Progress,
        cancelled: Cancelled,
        deadline: float | None,
        failed: Callable[[Unreachable], None] | None = None,
    ) -> T:
        attempt = 0
        while True:
            try:
                return call()
            except Unreachable as exc:
                if failed:
                    failed(exc)
                attempt += 1
                if attempt >= self._policy.max_tries:
                    raise
                delay = self._policy.delay(attempt, exc.retry_after)
                if deadline is not None and time.monotonic() + delay > deadline:
                    raise
                log.info("retry %d in %.1f s: %s", attempt, delay, exc)
                progress(SyncProgress("wait", attempt, None))
                if not wait(delay, cancelled):
                    raise Stopped("cancelled") from None


def _first(ahead: Future[T] | None, call: Callable[[], T]) -> Callable[[], T]:
    """A call whose first try is the answer already on its way (`ahead`), then `call` again."""
    pending = [ahead] if ahead is not None else []

    def attempt() -> T:
        return pending.pop().result() if pending else call()

    return attempt


def _outcomes(batch: Batch, answer: PushResponse) -> list[Outcome]:
    sent = [c.change_id for c in batch.changes]
    got = [str(r.change_id) for r in answer.results]
    if got != sent:
        # Not the protocol's answer (one result per change, same order): learn nothing from it.
        raise Unreachable("the push answer does not match the changes sent")
    out = []
    for r in answer.results:
        errors = orjson.dumps([e.model_dump() for e in r.errors]).decode() if r.errors else None
        current = r.current.model_dump_json() if r.current else None
        out.append(Outcome(str(r.change_id), r.status, r.version, errors, current))
    return out
