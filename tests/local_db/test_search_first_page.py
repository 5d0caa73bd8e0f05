"""The first page of a search (walking the display order's index when many match) is the
start of the full answer, with the right total, for every kind of text and filter."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bench.datagen import generate_rows
from domain.actor import Actor
from domain.countries import Countries
from local_db.repositories.candidate_search import CandidateFilter, text_condition
from local_db.store import Store, open_store
from tests.conftest import cheap_hasher, fixed_clock


@pytest.fixture(scope="module")
def many_db(
    tmp_path_factory: pytest.TempPathFactory, template_db: Path, countries: Countries, operator: Actor
) -> Path:
    """120 saved candidates, written once for the module (0.4 s) and copied for each test."""
    folder = tmp_path_factory.mktemp("many")
    shutil.copy(template_db, folder / "loket.db")
    store = open_store(
        folder / "loket.db", folder / "backups", clock=fixed_clock, countries=countries, hasher=cheap_hasher()
    )
    try:
        for row in generate_rows(120, seed=3):
            store.candidates.create(row, operator)
    finally:
        store.close()
    return folder / "loket.db"


@pytest.fixture
def data_dir(tmp_path: Path, many_db: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    shutil.copy(many_db, folder / "loket.db")
    return folder


@pytest.fixture
def many(store: Store) -> Store:
    return store


TEXTS = ["", "26", "26-", "36", "3601", "si", "sit", "budi", "a", "zzz", "26-0"]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("walk_above", [0, 10_000], ids=["walk", "ranges"])
def test_first_page_is_the_start_of_the_full_answer(many: Store, text: str, walk_above: int) -> None:
    for filters in (
        CandidateFilter(),
        CandidateFilter(sync_states=("pending",)),
        CandidateFilter(documents="incomplete"),
    ):
        full = many.search.ids(text, filters)
        page = many.search.first_page(text, filters, size=7, walk_above=walk_above)
        assert page.total == len(full)
        assert page.ids == full[:7]
        assert page.complete == (len(full) <= 7)


def test_registration_shaped_text_searches_registration_numbers_only(many: Store) -> None:
    condition = text_condition("26-")
    assert condition is not None
    sql = str(condition.compile())
    assert "registration_no" in sql and "nik" not in sql and "candidate_name_word" not in sql
    walking = str(text_condition("26-", walk=True).compile())  # type: ignore[union-attr]
    assert "||" in walking  # no index range: the display order's index is walked instead
    assert many.search.count("26-") == many.search.count()


def test_a_long_answer_stops_when_no_longer_wanted(many: Store) -> None:
    assert many.search.ids("", still_wanted=lambda: False) == []
    assert len(many.search.ids("", still_wanted=lambda: True)) == 120
