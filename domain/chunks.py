"""Splitting a list into parts of a bounded size: the one definition.

Every query that looks up many keys sends them in parts small enough for one `IN (...)`
(SQLite's bound-parameter budget, PostgreSQL's plan size). Python 3.12's
`itertools.batched` does this; the project supports 3.11.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")


def chunked(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    """`items` in consecutive slices of at most `size` (none for an empty sequence)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]
