"""UUIDv7 ids (domain/ids.py): one layout for ids made alone and in import batches."""

from __future__ import annotations

import time
import uuid

from domain.ids import new_id, uuid7_batch


def _millis(value: str) -> int:
    return uuid.UUID(value).int >> 80


def test_ids_are_version_7_with_the_rfc_variant_and_the_current_time() -> None:
    before = time.time_ns() // 1_000_000
    ids = [new_id(), *uuid7_batch(3)]
    after = time.time_ns() // 1_000_000
    for value in ids:
        parsed = uuid.UUID(value)
        assert str(parsed) == value  # canonical lower-case form
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122
        assert before <= _millis(value) <= after


def test_a_batch_is_distinct_and_ascending_and_ids_made_later_sort_after_it() -> None:
    batch = uuid7_batch(5000)
    assert len(set(batch)) == 5000
    assert batch == sorted(batch)
    while time.time_ns() // 1_000_000 <= _millis(batch[-1]):
        pass  # the next millisecond, so the order below is the clock's, not chance
    assert new_id() > batch[-1]
