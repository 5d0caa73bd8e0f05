"""Import and export from the candidate list: file dialog, task runner, progress, cancel, summary.

Qt's file dialogs are patched (they are Qt's, not ours); everything else is the real thing: the
importer writes to the test's SQLite file, the list re-queries it.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget

from bench.datagen import COLUMNS, generate_rows, write_csv
from local_db.check import check_store
from local_db.store import Store
from local_db.tabular.prepare import BATCH_SIZE, FIRST_BATCH, PROCESS_THRESHOLD_BYTES
from ui.candidates.page import CandidateListPage
from ui.i18n import install_translators, remove_translators
from ui.progress import SHOW_AFTER_MS, ProgressDialog

TIMEOUT = 60_000

# WORKAROUND: CandidateImporter.run leaves read_table's CSV file open (ResourceWarning at GC; the
# same mark as tests/sync/test_faults.py, reported to the owner of local_db/tabular). Remove once
# it is closed.
pytestmark = pytest.mark.filterwarnings("ignore:unclosed file:ResourceWarning")


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), "")))


def choose_target(monkeypatch: pytest.MonkeyPatch, path: Path, selected: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), selected)))


def list_page(make_window, account) -> CandidateListPage:  # type: ignore[no-untyped-def]
    window = make_window(account)
    window.navigation.setCurrentRow(1)
    return window.candidates


def run_action(qtbot, page: CandidateListPage, action) -> None:  # type: ignore[no-untyped-def]
    """Trigger `action` and wait until the task has ended and the list shows the result."""
    with qtbot.waitSignals([page.records_changed, page.results_shown], timeout=TIMEOUT, order="strict"):
        action.trigger()


def write_rows(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


def language(app: QApplication, lang: str) -> Iterator[None]:
    translators = install_translators(app, lang)  # as the app does: English has plural forms too
    yield
    remove_translators(app, translators)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    yield from language(qapp, "en")


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    yield from language(qapp, "id")


def test_import_from_the_list_shows_the_rows_and_a_summary(
    english, make_window, clerk, qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = list_page(make_window, clerk)
    source = write_csv(tmp_path / "cpmi.csv", 30)
    choose_file(monkeypatch, source)
    run_action(qtbot, page, page.transfer.import_action)
    assert page.model.total() == 30
    box = page.transfer.message
    assert box is not None and box.isVisible()
    assert box.windowTitle() == "Import finished"
    assert box.text() == "Imported 30, already registered 0, rejected 0."
    assert not (tmp_path / "cpmi.csv.rejects.csv").exists()
    assert page.import_button.isEnabled() and page.export_button.isEnabled()
    assert check_store(store.db) == []


def test_rejected_and_present_rows_are_counted_and_written_beside_the_file(
    english, make_window, clerk, qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    rows = list(generate_rows(5))
    rows[2]["nik"] = "1234"  # not a NIK
    source = write_rows(tmp_path / "campuran.csv", rows)
    page = list_page(make_window, clerk)
    page.transfer.open_files = False
    choose_file(monkeypatch, source)
    run_action(qtbot, page, page.transfer.import_action)
    box = page.transfer.message
    assert box is not None
    assert box.text() == "Imported 4, already registered 0, rejected 1."
    rejects = tmp_path / "campuran.csv.rejects.csv"
    assert str(rejects) in box.informativeText()
    assert box.findChild(QPushButton, "open_rejects") is not None
    with rejects.open(encoding="utf-8-sig") as f:
        problems = list(csv.DictReader(f))
    assert [p["row"] for p in problems] == ["4"]
    assert page.model.total() == 4

    run_action(qtbot, page, page.transfer.import_action)  # the same file again
    box = page.transfer.message
    assert box is not None
    assert box.text() == "Imported 0, already registered 4, rejected 1."
    assert page.model.total() == 4


def test_a_broken_file_is_explained_in_a_plain_sentence(
    english, make_window, clerk, qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = list_page(make_window, clerk)
    binary = tmp_path / "foto.csv"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    choose_file(monkeypatch, binary)
    run_action(qtbot, page, page.transfer.import_action)
    box = page.transfer.message
    assert box is not None and box.windowTitle() == "Import failed"
    assert box.text() == (
        "The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx."
    )
    missing = write_rows(tmp_path / "kurang.csv", [])
    missing.write_text("nik,full_name\n3601015505990001,Siti\n", encoding="utf-8")
    choose_file(monkeypatch, missing)
    run_action(qtbot, page, page.transfer.import_action)
    assert page.transfer.message is not None
    assert page.transfer.message.text().startswith("Required columns are missing: birth_place, ")
    assert page.transfer.message.text().endswith(" No row was imported.")
    assert page.model.total() == 0


def test_a_broken_file_is_explained_in_indonesian(
    indonesian, make_window, clerk, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk, "id")
    page = window.candidates
    assert page.import_button.text() == "Impor dari berkas…"
    assert page.export_button.text() == "Ekspor…"
    source = tmp_path / "data.ods"
    source.write_text("x", encoding="utf-8")
    choose_file(monkeypatch, source)
    run_action(qtbot, page, page.transfer.import_action)
    box = page.transfer.message
    assert box is not None
    assert box.windowTitle() == "Impor gagal"
    assert box.text() == "Jenis berkas .ods tidak didukung; gunakan .csv atau .xlsx."


def test_progress_appears_only_after_a_while(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = ProgressDialog("Importing", parent, stopping_text="Stopping")
    dialog.start("Reading")
    qtbot.wait(SHOW_AFTER_MS // 2)
    assert not dialog.isVisible()
    qtbot.waitUntil(dialog.isVisible, timeout=SHOW_AFTER_MS * 4)
    dialog.finish()
    assert not dialog.isVisible()
    quick = ProgressDialog("Importing", parent)
    quick.start("Reading")
    quick.finish()  # done before the delay: never shown
    qtbot.wait(SHOW_AFTER_MS + 200)
    assert not quick.isVisible()
    assert not quick.cancel_button.isVisibleTo(quick)  # no stopping text: not cancellable


def test_cancel_keeps_whole_batches_only(
    english, make_window, clerk, qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    total = 4 * BATCH_SIZE  # a file this large is read by the helper process; the writes are ours
    source = write_csv(tmp_path / "besar.csv", total)
    page = list_page(make_window, clerk)
    choose_file(monkeypatch, source)
    with qtbot.waitSignals([page.records_changed, page.results_shown], timeout=TIMEOUT, order="strict"):
        page.transfer.import_action.trigger()
        assert not page.import_button.isEnabled()  # one transfer at a time
        qtbot.waitUntil(
            lambda: (
                page.transfer.progress is not None
                and page.transfer.progress.isVisible()
                and " rows (" in page.transfer.progress.label.text()  # "N of about M rows (P %)"
            ),
            timeout=TIMEOUT,
        )
        page.transfer.progress.cancel_button.click()
        assert page.transfer.progress.label.text().startswith("Stopping")
    box = page.transfer.message
    assert box is not None
    assert box.windowTitle() == "Import stopped"
    imported = store.search.count()
    assert 0 < imported < total
    assert (imported - FIRST_BATCH) % BATCH_SIZE == 0  # whole batches, each one transaction
    assert box.text() == f"Imported {imported:,}, already registered 0, rejected 0."
    assert page.model.total() == imported
    assert check_store(store.db) == []
    assert not page.transfer.progress.isVisible()


@pytest.mark.slow
def test_a_large_file_is_prepared_in_a_helper_process(
    english, make_window, clerk, qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    total = 11_500
    source = write_csv(tmp_path / "besar.csv", total)
    assert source.stat().st_size >= PROCESS_THRESHOLD_BYTES
    page = list_page(make_window, clerk)
    choose_file(monkeypatch, source)
    run_action(qtbot, page, page.transfer.import_action)
    box = page.transfer.message
    assert box is not None
    assert box.text() == f"Imported {total:,}, already registered 0, rejected 0."
    assert page.model.total() == total
    assert check_store(store.db) == []


def test_export_writes_every_candidate(
    english, make_window, clerk, operator, qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for row in generate_rows(3):
        store.candidates.create(row, operator)
    page = list_page(make_window, clerk)
    choose_target(monkeypatch, tmp_path / "semua.csv", "CSV file (*.csv)")
    run_action(qtbot, page, page.transfer.export_candidates_action)
    box = page.transfer.message
    assert box is not None and box.windowTitle() == "Export finished"
    assert box.text() == f"3 rows written to {tmp_path / 'semua.csv'}."
    with (tmp_path / "semua.csv").open(encoding="utf-8-sig") as f:
        assert len(list(csv.DictReader(f))) == 3

    # no extension typed: the chosen filter decides
    choose_target(monkeypatch, tmp_path / "semua", "Excel workbook (*.xlsx)")
    run_action(qtbot, page, page.transfer.export_candidates_action)
    book = load_workbook(tmp_path / "semua.xlsx", read_only=True)
    assert sum(1 for _ in book.worksheets[0].iter_rows()) == 1 + 3
    book.close()

    choose_target(monkeypatch, tmp_path / "opp.csv")
    run_action(qtbot, page, page.transfer.export_attendance_action)
    assert page.transfer.message is not None
    assert page.transfer.message.text() == f"0 rows written to {tmp_path / 'opp.csv'}."


def test_export_failure_is_shown_plainly(make_window, clerk, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    page = list_page(make_window, clerk)
    target = tmp_path / "tidak-ada" / "kandidat.csv"
    choose_target(monkeypatch, target)
    run_action(qtbot, page, page.transfer.export_candidates_action)
    box = page.transfer.message
    assert box is not None and box.windowTitle() == "Export failed"
    assert box.text().startswith(f"File {target} cannot be written.")
    assert not target.parent.exists()


def test_viewer_sees_the_actions_disabled(
    english, make_window, viewer, qtbot, store: Store, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    page = list_page(make_window, viewer)
    assert not page.import_button.isEnabled()
    assert not page.export_button.isEnabled()
    assert all(not action.isEnabled() for action in page.transfer.actions())
    source = write_csv(tmp_path / "cpmi.csv", 3)
    assert page.transfer.start_import(source) is None
    assert page.transfer.start_export(lambda *_a: 0, tmp_path / "x.csv") is None
    assert store.search.count() == 0
