"""The OPP page's attendance sheet (daftar hadir): saved as PDF and printed, read back with pypdf."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from local_db.opp_desk.service import open_desk
from local_db.repositories.users import StaffAccount
from local_db.store import Store
from tests.local_db.opp_support import add_people, session_fields
from tests.ui.test_opp_page import _open


def _text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_page_saves_and_prints_the_chosen_sessions_sheet(
    qtbot, store: Store, clerk: StaffAccount, make_window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    actor = clerk.actor()
    desk = open_desk(store)
    people = add_people(store, actor, 12)
    session = desk.save_session(session_fields("OPP-HADIR"), actor)
    desk.enrol_ids(session.id, [p.id for p in people], actor)
    desk.checkin(session.id, people[0]["nik"], actor)
    page = _open(qtbot, make_window(clerk), "OPP-HADIR")
    actions = page.sheet_actions
    assert actions is not None and all(a in page.actions() for a in actions.actions())
    assert actions.print_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    sheet = actions.current_sheet()
    assert sheet is not None and sheet.session.code == "OPP-HADIR"
    target = tmp_path / "daftar-hadir.pdf"
    with qtbot.waitSignal(actions.saved, timeout=30_000):
        actions.start_save(sheet, target)
    assert actions.message is not None and str(target) in actions.message.text()
    text = _text(target)
    assert [p["full_name"] for p in people if p["full_name"] not in text] == [], text
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert actions.print_to(printer, sheet) >= 1
    assert all(p["full_name"] in _text(tmp_path / "printed.pdf") for p in people)
    message = page.findChild(QMessageBox, "sheet_message")
    assert message is not None and message.isVisible()  # the clerk is told where the file went
    message.close()
