"""The pull page size learnt from the link: halves on a lost page, grows back after successes."""

from __future__ import annotations

from sync.paging import PageSize


def test_halves_to_the_floor_and_grows_back_to_the_ceiling() -> None:
    size = PageSize(1000)
    assert size.value == 1000
    seen = []
    for _ in range(6):
        size.failed()
        seen.append(size.value)
    assert seen == [500, 250, 125, 62, 50, 50]
    grown = []
    for _ in range(3 * 6):
        size.arrived()
        grown.append(size.value)
    assert grown[2::3] == [100, 200, 400, 800, 1000, 1000]
    assert grown[0:2] == [50, 50]  # not before three pages in a row arrived


def test_a_failure_resets_the_streak() -> None:
    size = PageSize(400)
    size.failed()
    size.arrived()
    size.arrived()
    size.failed()
    size.arrived()
    size.arrived()
    assert size.value == 100
    size.arrived()
    assert size.value == 200


def test_a_ceiling_below_the_floor_is_the_floor() -> None:
    size = PageSize(20)
    size.failed()
    assert size.value == 20
