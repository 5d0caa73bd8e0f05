"""The attendance id and merge rule that the desktop and the central service share."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from domain.attendance import ATTENDANCE_NAMESPACE, attendance_id, merge_attendance, wins

SESSION = "0190a000-0000-7000-8000-00000000000a"
PERSON = "0190a000-0000-7000-8000-00000000000b"


def version(
    status: str, at: str | None = None, by: str = "desk-a", method: str | None = None
) -> dict[str, Any]:
    return {
        "session_id": SESSION,
        "candidate_id": PERSON,
        "status": status,
        "checked_in_at": at,
        "method": method,
        "recorded_by": by,
    }


def test_the_id_is_uuid5_of_the_pair_in_the_protocol_namespace() -> None:
    expected = uuid.uuid5(uuid.UUID("6f1c2a9e-5b7d-4c3e-9a81-0d4b6e2f7a10"), f"{SESSION}:{PERSON}")
    assert attendance_id(SESSION, PERSON) == str(expected)
    assert uuid.UUID("6f1c2a9e-5b7d-4c3e-9a81-0d4b6e2f7a10") == ATTENDANCE_NAMESPACE
    # Any spelling of the two ids names the same record; the order of the pair matters.
    assert attendance_id(SESSION.upper(), uuid.UUID(PERSON)) == str(expected)
    assert attendance_id(PERSON, SESSION) != str(expected)


def test_present_beats_excused_beats_absent_beats_enrolled() -> None:
    ladder = [
        version("enrolled"),
        version("absent"),
        version("excused"),
        version("present", "2026-12-01T01:10:00Z"),
    ]
    for low, high in itertools.combinations(ladder, 2):
        assert merge_attendance(low, high) is high
        assert merge_attendance(high, low) is high


def test_the_earlier_check_in_stands_and_brings_its_desk_and_method() -> None:
    early = version("present", "2026-12-01T01:10:00Z", by="desk-a", method="nik")
    late = version("present", "2026-12-01T01:25:00Z", by="desk-b", method="qr")
    assert merge_attendance(late, early) is early
    assert merge_attendance(early, late) is early
    # Another spelling of the same instant is the same time.
    same = version("present", "2026-12-01T08:10:00+07:00", by="desk-c")
    assert merge_attendance(same, late) is same
    # A check-in without a time loses to one with a time.
    unknown = version("present", None, by="desk-d")
    assert merge_attendance(unknown, late) is late


statuses = st.sampled_from(["enrolled", "absent", "excused", "present"])
times = st.one_of(st.none(), st.integers(0, 3600).map(lambda s: f"2026-12-01T01:{s // 60:02d}:{s % 60:02d}Z"))
versions = st.builds(
    version, statuses, times, st.sampled_from(["a", "b", "c"]), st.sampled_from([None, "nik", "qr"])
)


@given(versions, versions, versions)
def test_the_merge_is_commutative_associative_and_idempotent(a: Any, b: Any, c: Any) -> None:
    assert merge_attendance(a, b) == merge_attendance(b, a)
    assert merge_attendance(merge_attendance(a, b), c) == merge_attendance(a, merge_attendance(b, c))
    assert merge_attendance(a, a) is a
    assert wins(merge_attendance(a, b), a) and wins(merge_attendance(a, b), b)
