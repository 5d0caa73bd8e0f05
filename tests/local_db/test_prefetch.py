"""`prefetched`: items in order, errors where the caller takes the next item, and the source
closed in every way the caller can leave."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from local_db.tabular.prefetch import prefetched


class Source:
    def __init__(self, count: int, fail_at: int | None = None) -> None:
        self.count = count
        self.fail_at = fail_at
        self.closed = threading.Event()
        self.produced = 0

    def items(self) -> Iterator[int]:
        try:
            for i in range(self.count):
                if i == self.fail_at:
                    raise ValueError(f"broken at {i}")
                self.produced += 1
                yield i
        finally:
            self.closed.set()


def test_items_arrive_in_order_and_the_source_is_closed() -> None:
    source = Source(50)
    with prefetched(source.items()) as items:
        assert list(items) == list(range(50))
    assert source.closed.is_set()


def test_an_error_in_the_source_is_raised_where_the_next_item_is_taken() -> None:
    source = Source(10, fail_at=3)
    taken: list[int] = []
    with pytest.raises(ValueError, match="broken at 3"), prefetched(source.items()) as items:
        taken.extend(items)
    assert taken == [0, 1, 2]
    assert source.closed.is_set()


def test_leaving_early_stops_the_source_without_reading_it_all() -> None:
    source = Source(10_000)
    with prefetched(source.items(), depth=2) as items:
        for item in items:
            if item == 5:
                break
    assert source.closed.is_set()
    assert source.produced < 10  # at most `depth` ahead of the caller, plus the one in hand


def test_an_error_in_the_caller_still_closes_the_source() -> None:
    source = Source(10_000)
    with pytest.raises(RuntimeError), prefetched(source.items()) as items:
        next(iter(items))
        raise RuntimeError("the writer failed")
    assert source.closed.is_set()
