"""The OPP page's sheet actions: save as PDF on the task runner, print through a QPrinter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from domain.actor import Actor
from domain.codes import Role
from local_db.store import Store
from tests.sync.workload import import_candidates, session_fields
from ui.i18n import install_translators, remove_translators
from ui.opp.sheet_actions import SheetActions
from ui.tasks import TaskRunner

CLERK = Actor("clerk-a", Role.OPERATOR)


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "id")
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def page(
    qtbot, store: Store, runner: TaskRunner, tmp_path: Path
) -> tuple[dict[str, str | None], SheetActions]:  # type: ignore[no-untyped-def]
    people = import_candidates(store, tmp_path, 12, seed=12)
    session = store.sessions.create(session_fields("OPP-PAGE-1"), CLERK).id
    for cid in people:
        store.attendance.create(
            {"session_id": session, "candidate_id": cid, "status": "enrolled", "recorded_by": "a"}, CLERK
        )
    widget = QWidget()
    qtbot.addWidget(widget)
    selected: dict[str, str | None] = {"code": "OPP-PAGE-1"}  # what the page's session list selects
    actions = SheetActions(store, runner, widget, lambda: selected["code"])
    widget.addActions(list(actions.actions()))
    return selected, actions


def test_save_as_pdf_runs_on_the_runner_and_says_where(
    indonesian, qtbot, page, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    _widget, actions = page
    target = tmp_path / "daftar"  # no extension typed: .pdf is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), "")))
    with qtbot.waitSignal(actions.saved, timeout=20_000) as saved:
        actions.save_action.trigger()
    assert saved.args == [target.with_suffix(".pdf")]
    box = actions.message
    assert box is not None and box.icon() == QMessageBox.Icon.Information
    assert box.text() == f"Daftar hadir (1 halaman) disimpan ke {target.with_suffix('.pdf')}."
    text = PdfReader(target.with_suffix(".pdf")).pages[0].extract_text()
    assert "Halaman 1 dari 1" in " ".join(text.split())


def test_an_unwritable_target_is_said_plainly(qtbot, page, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _widget, actions = page
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(blocker / "s.pdf"), ""))
    )
    actions.save_action.trigger()
    qtbot.waitUntil(lambda: actions.message is not None and actions.save_action.isEnabled(), timeout=20_000)
    assert actions.message is not None and actions.message.icon() == QMessageBox.Icon.Critical
    assert "cannot be written" in actions.message.text()


def test_ctrl_p_prints_the_selected_session(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    selected, actions = page
    assert actions.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    sheet = actions.current_sheet()
    assert sheet is not None and len(sheet.rows) == 12
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(actions.printed) as printed:
        actions.print_to(printer, sheet)
    assert printed.args == [len(PdfReader(tmp_path / "printed.pdf").pages)] == [1]
    selected["code"] = None  # nothing selected: the actions do nothing
    assert actions.current_sheet() is None
    selected["code"] = "GONE"
    assert actions.current_sheet() is None
    assert actions.message is not None and "no longer exists" in actions.message.text()
