"""Fewer garbage collections while a bulk import runs.

An import allocates millions of short-lived tuples and strings but makes no reference cycles
of its own, and CPython's collector, triggered by allocation counts, would walk every live
object of the process (SQLAlchemy's metadata, the open batch) hundreds of times. While the
import runs, the objects that exist already are frozen out of collection and the youngest
generation is collected ten times less often. Both are undone afterwards; automatic collection
is never switched on or off here (the GUI keeps its own policy, see ui/gc_guard.py).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

BULK_GEN0_THRESHOLD = 7_000  # CPython's default is 700


@contextmanager
def fewer_collections() -> Iterator[None]:
    previous = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(previous[0], BULK_GEN0_THRESHOLD), *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)
        gc.unfreeze()
