"""Settings of one central-service process, read once from arguments and the environment.

`serve --workers N` starts N processes that each build their app from the environment, so the
command line hands its choices over through these variables.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sync.protocol import MAX_BODY_BYTES, MAX_CHANGES, PULL_PAGE_BYTES

DEFAULT_DB = "sqlite:///loket-central.db"
ENV_DB = "LOKET_CENTRAL_DB"
ENV_MAX_INFLIGHT = "LOKET_CENTRAL_MAX_INFLIGHT"
ENV_MAX_QUEUED = "LOKET_CENTRAL_MAX_QUEUED"
ENV_LOCK_TIMEOUT_MS = "LOKET_CENTRAL_LOCK_TIMEOUT_MS"
ENV_PULL_PAGE_BYTES = "LOKET_CENTRAL_PULL_PAGE_BYTES"
ENV_ENROLL_FAILURES = "LOKET_CENTRAL_ENROLL_FAILURES"


def db_url_from(arg: str | None) -> str:
    return arg or os.environ.get(ENV_DB) or DEFAULT_DB


@dataclass(frozen=True, slots=True)
class Settings:
    db_url: str = DEFAULT_DB
    max_changes: int = MAX_CHANGES
    max_body_bytes: int = MAX_BODY_BYTES
    pull_page_bytes: int = PULL_PAGE_BYTES  # JSON bytes of one pull page (docs/sync-protocol.md)
    # Requests doing database work at once in one process, and how many may wait for a turn
    # before the next one is told to come back later (429 with Retry-After).
    max_inflight: int = 4
    max_queued: int = 32
    retry_after_seconds: int = 2
    # How long a request waits for a database lock held by another transaction before it is
    # answered 503 with Retry-After.
    lock_timeout_ms: int = 10_000
    # Wrong enrolment codes one client address may send per window (`attempts`).
    enroll_failures: int = 10
    enroll_window_seconds: float = 600.0
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            db_url=db_url_from(None),
            max_inflight=int(os.environ.get(ENV_MAX_INFLIGHT, "4")),
            max_queued=int(os.environ.get(ENV_MAX_QUEUED, "32")),
            lock_timeout_ms=int(os.environ.get(ENV_LOCK_TIMEOUT_MS, "10000")),
            pull_page_bytes=int(os.environ.get(ENV_PULL_PAGE_BYTES, str(PULL_PAGE_BYTES))),
            enroll_failures=int(os.environ.get(ENV_ENROLL_FAILURES, "10")),
        )
