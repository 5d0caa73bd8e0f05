"""One OPP attendance record per (session, candidate): its derived id and the merge of two versions.

SYNC_PROTOCOL.md ("opp_attendance") fixes both, and the desktop and the central service use
these two functions and nothing else for them:

- `attendance_id`: UUIDv5 in a fixed namespace of `<session_id>:<candidate_id>` (lower-case
  canonical UUIDs), so two check-in desks that record one person offline write one record.
- `merge_attendance`: of two versions, the one that "wins": `present` beats `excused` beats
  `absent` beats `enrolled`; between two `present` the earlier `checked_in_at` stands. The
  winner is returned whole, so `recorded_by` and `method` follow it.

The merge is the maximum of a total order (status rank, then the earlier check-in, then the
record's canonical text as a last tie-break), so it is commutative, associative and
idempotent: desks and the centre merging versions in any order end with the same record.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import Any

from domain.codes import AttendanceStatus
from domain.dates import parse_utc

ATTENDANCE_NAMESPACE = uuid.UUID("6f1c2a9e-5b7d-4c3e-9a81-0d4b6e2f7a10")
RANK: dict[str, int] = {
    AttendanceStatus.ENROLLED.value: 1,
    AttendanceStatus.ABSENT.value: 2,
    AttendanceStatus.EXCUSED.value: 3,
    AttendanceStatus.PRESENT.value: 4,
}
_NO_TIME = float("-inf")  # a check-in time nobody knows loses to any known one


def attendance_id(session_id: str | uuid.UUID, candidate_id: str | uuid.UUID) -> str:
    """The attendance record's id; any spelling of the two UUIDs gives the same id."""
    name = f"{uuid.UUID(str(session_id))}:{uuid.UUID(str(candidate_id))}"
    return str(uuid.uuid5(ATTENDANCE_NAMESPACE, name))


def _checkin_key(data: Mapping[str, Any]) -> float:
    """Larger is better: the negated check-in time, so the earlier check-in ranks higher."""
    value = data.get("checked_in_at")
    moment = parse_utc(value) if isinstance(value, str) else None
    return -moment.timestamp() if moment is not None else _NO_TIME


def _order(data: Mapping[str, Any]) -> tuple[int, float, str]:
    rank = RANK.get(str(data.get("status")), 0)
    when = _checkin_key(data) if rank == RANK[AttendanceStatus.PRESENT.value] else 0.0
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return rank, when, text


def wins(candidate: Mapping[str, Any], other: Mapping[str, Any]) -> bool:
    """True when `candidate` is the merge of the two (ties are impossible: the text decides)."""
    return _order(candidate) >= _order(other)


def merge_attendance(a: Mapping[str, Any], b: Mapping[str, Any]) -> Mapping[str, Any]:
    """The winning version of two versions of one attendance record, returned as is (not copied)."""
    return a if wins(a, b) else b
