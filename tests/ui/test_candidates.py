"""The candidate list: search as you type, lazy model, detail with edit and history."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from domain.actor import Actor
from domain.codes import Entity
from domain.countries import Countries
from local_db.store import Store, open_store
from tests.conftest import cheap_hasher, fixed_clock, valid_candidate
from ui.candidates.history import HistoryModel
from ui.candidates.model import BATCH, CandidateTableModel


def add_many(store: Store, operator, count: int) -> None:  # type: ignore[no-untyped-def]
    for i in range(count):
        nik = f"36010155059{i:05d}"[:12] + f"{i + 1:04d}"
        store.candidates.create(valid_candidate(nik=nik, full_name=f"Dewi Lestari {i}"), operator)


def _open(db: Path, countries: Countries) -> Store:
    return open_store(
        db, db.parent / "backups", clock=fixed_clock, countries=countries, hasher=cheap_hasher()
    )


@pytest.fixture(scope="module")
def more_than_a_batch_db(
    tmp_path_factory: pytest.TempPathFactory, template_db: Path, countries: Countries, operator: Actor
) -> Path:
    """A store with a batch and 20 more candidates, written once (about a second) and copied."""
    db = tmp_path_factory.mktemp("batch") / "loket.db"
    shutil.copy(template_db, db)
    store = _open(db, countries)
    try:
        add_many(store, operator, BATCH + 20)
    finally:
        store.close()
    return db


@pytest.fixture
def full_store(tmp_path: Path, more_than_a_batch_db: Path, countries: Countries) -> Iterator[Store]:
    folder = tmp_path / "full"
    folder.mkdir(mode=0o700)
    shutil.copy(more_than_a_batch_db, folder / "loket.db")
    store = _open(folder / "loket.db", countries)
    yield store
    store.close()


def test_list_search_finds_the_new_record(make_window, clerk, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    window.registration.form.fields.load(valid_candidate())
    with qtbot.waitSignal(window.candidates.results_shown, timeout=5000):
        result = window.registration.form.save()  # the window refreshes the list after a save
    assert result is not None
    window.navigation.setCurrentRow(1)
    page = window.candidates
    for text in ("siti ami", "36010155", result.record["registration_no"][:8]):
        page.search_box.clear()
        with qtbot.waitSignal(page.results_shown, timeout=5000) as shown:
            qtbot.keyClicks(page.search_box, text)
        assert shown.args == [1]
        assert page.model.index(0, 2).data() == "Siti Aminah"
    page.search_box.clear()
    with qtbot.waitSignal(page.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(page.search_box, "nobody")
    assert shown.args == [0]


def test_filters_by_status_and_sync_state(make_window, clerk, operator, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    page = make_window(clerk).candidates
    with qtbot.waitSignal(page.results_shown, timeout=5000) as shown:
        page.sync_filter.set_value("sent")
    assert shown.args == [0]
    with qtbot.waitSignal(page.results_shown, timeout=5000) as shown:
        page.sync_filter.set_value("pending")
    assert shown.args == [1]
    with qtbot.waitSignal(page.results_shown, timeout=5000) as shown:
        page.status_filter.set_value("withdrawn")
    assert shown.args == [0]


def test_candidate_model_passes_qtmodeltester(
    qtmodeltester: ModelTester, full_store: Store, countries: Countries
) -> None:
    store = full_store
    model = CandidateTableModel(store.search, countries, "en")
    model.set_ids(store.search.ids())
    assert model.rowCount() == BATCH
    assert model.canFetchMore(model.index(-1, -1))
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == BATCH + 20
    assert not model.canFetchMore(model.index(-1, -1))
    assert model.index(BATCH + 19, 2).data().startswith("Dewi Lestari")
    qtmodeltester.check(model, force_py=True)


def test_sorting_by_header_requeries(make_window, clerk, operator, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    add_many(store, operator, 3)
    page = make_window(clerk).candidates
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.table.sortByColumn(2, page.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    names = [page.model.index(r, 2).data() for r in range(3)]
    assert names == sorted(names)


def test_detail_edits_and_shows_history(make_window, clerk, operator, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    page = make_window(clerk).candidates
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    dialog = page.open_row(0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.form.fields.line("phone").setText("081299998888")
    with qtbot.waitSignal(page.results_shown, timeout=5000):  # the list refreshes after the save
        assert dialog.form.save() is not None
    history = dialog.history.model()
    assert history.rowCount() == 2
    assert "Phone" in history.index(0, 3).data()
    assert "6281299998888" in history.index(0, 3).data()
    assert history.index(1, 1).data() == "operator1"


def test_history_model_passes_qtmodeltester(qtmodeltester: ModelTester, operator, store: Store) -> None:  # type: ignore[no-untyped-def]
    record = store.candidates.create(valid_candidate(), operator).record
    store.candidates.update(record.id, {"phone": "081299998888"}, operator, record.version)
    model = HistoryModel(store.audit.history(Entity.CANDIDATE, record.id))
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_viewer_can_read_but_not_save_in_detail(make_window, viewer, operator, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    window = make_window(viewer)
    assert window.pages.currentWidget() is window.candidates
    with qtbot.waitSignal(window.candidates.results_shown, timeout=5000):
        window.candidates.refresh()
    dialog = window.candidates.open_row(0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.form.save_button.isEnabled()
    assert dialog.form.save() is None


def test_model_shows_a_first_page_then_takes_the_rest(
    qtmodeltester: ModelTester, full_store: Store, countries: Countries
) -> None:
    store = full_store
    everything = store.search.ids()
    model = CandidateTableModel(store.search, countries, "en")
    model.set_ids(everything[:BATCH], total=len(everything))
    assert model.total() == BATCH + 20
    assert model.rowCount() == BATCH
    assert not model.canFetchMore(model.index(-1, -1))  # the rest is not here yet
    qtmodeltester.check(model, force_py=True)
    model.extend_ids(everything)
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == BATCH + 20
    qtmodeltester.check(model, force_py=True)
    fresh = CandidateTableModel(store.search, countries, "en")
    fresh.set_ids(everything[:BATCH], total=len(everything))
    fresh.extend_ids(list(reversed(everything)))  # records changed meanwhile: starts again
    assert fresh.id_at(0) == everything[-1]
    assert fresh.total() == BATCH + 20
