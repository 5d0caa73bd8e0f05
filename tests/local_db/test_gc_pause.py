"""`fewer_collections` relaxes the collector during an import and leaves it as it found it."""

from __future__ import annotations

import gc

from local_db.tabular.gc_pause import BULK_GEN0_THRESHOLD, fewer_collections


def test_the_collector_is_relaxed_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    enabled = gc.isenabled()
    with fewer_collections():
        assert gc.get_threshold()[0] == max(before[0], BULK_GEN0_THRESHOLD)
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > 0  # what existed before is left out of collections
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0
    assert gc.isenabled() == enabled
