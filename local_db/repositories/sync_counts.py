"""How many records are in each sync state: the status bar and `loket status`."""

from __future__ import annotations

from dataclasses import dataclass

from local_db.database import Database
from local_db.states import SyncState

_TABLES = ("candidate", "opp_session", "opp_attendance")


@dataclass(frozen=True, slots=True)
class SyncCounts:
    pending: int
    sent: int
    rejected: int
    conflict: int
    waiting: int

    def as_dict(self) -> dict[str, int]:
        return {
            "pending": self.pending,
            "sent": self.sent,
            "rejected": self.rejected,
            "conflict": self.conflict,
            "waiting": self.waiting,
        }

    @property
    def needs_attention(self) -> int:
        return self.rejected + self.conflict


def sync_counts(db: Database) -> SyncCounts:
    totals = dict.fromkeys((s.value for s in SyncState), 0)
    # One GROUP BY per table: the candidate table's is answered from its sync_state index
    # (~3 ms for 100,000 rows) where a GROUP BY over a UNION ALL scanned every row (~29 ms);
    # the status bar asks after every save.
    with db.read() as conn:
        for table in _TABLES:
            for state, count in conn.exec_driver_sql(f"SELECT sync_state, count(*) FROM {table} GROUP BY 1"):
                totals[state] = totals.get(state, 0) + int(count)
    return SyncCounts(
        totals[SyncState.PENDING],
        totals[SyncState.SENT],
        totals[SyncState.REJECTED],
        totals[SyncState.CONFLICT],
        totals[SyncState.WAITING],
    )
