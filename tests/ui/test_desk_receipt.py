"""Receipts from the window: PDF on request, Ctrl+P through Qt's print dialog, reprint from
the list and the detail, buttons off once the next applicant is being typed."""

from __future__ import annotations

import stat
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from local_db.store import Store
from tests.conftest import valid_candidate
from tests.pdf_text import full_text, pieces
from ui.main_window import MainWindow
from ui.registration.receipt_content import OFFICE_NAME_SETTING


def saved_applicant(window: MainWindow):  # type: ignore[no-untyped-def]
    form = window.registration.form
    form.fields.load(valid_candidate(documents="ktp;kk;akta_lahir"))
    result = form.save()
    assert result is not None
    return result.record


def print_to(dialog, path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """In Qt's dialog (no printer installed here: "Print to File (PDF)"), name the file, press Print."""
    name = dialog.findChild(QLineEdit, "filename")
    assert name is not None
    name.setText(str(path))
    dialog.accept()
    qtbot.waitUntil(lambda: path.is_file() and path.stat().st_size > 0, timeout=5000)


def test_pdf_on_request_has_office_clerk_zone_and_10_pt_text(
    make_window, clerk, store: Store, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "Asia/Makassar")
    import time

    time.tzset()
    store.settings.put(OFFICE_NAME_SETTING, "Disnakertrans Provinsi Banten")
    window = make_window(clerk)
    record = saved_applicant(window)
    page = window.registration
    assert page.receipt_button.isEnabled() and page.print_button.isEnabled()
    with qtbot.waitSignal(page.receipt_written, timeout=10_000):
        page.receipt_button.click()
    assert page.last_receipt is not None
    assert stat.S_IMODE(page.last_receipt.stat().st_mode) == 0o600  # it names a person
    assert page.last_receipt.name == f"receipt-{record['registration_no']}.pdf"
    text = full_text(page.last_receipt)
    assert "Disnakertrans Provinsi Banten" in text
    assert "Clerk Satu" in text
    assert "27-11-2026 11:04 WITA" in text
    assert "Identity card (KTP)" in text and "Birth certificate" in text
    assert "What happens next" in text
    assert min(p.points for p in pieces(page.last_receipt)) >= 9.9
    monkeypatch.delenv("TZ")
    time.tzset()


def test_receipt_buttons_switch_off_when_the_next_applicant_is_typed(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    record = saved_applicant(window)
    page = window.registration
    assert page.print_button.isEnabled()
    qtbot.keyClicks(window.registration.form.fields.line("nik"), "3")
    assert not page.print_button.isEnabled()
    assert not page.receipt_button.isEnabled()
    assert record["registration_no"] in page.receipt_label.text()


def test_ctrl_p_prints_through_the_print_dialog(make_window, clerk, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    record = saved_applicant(window)
    qtbot.keyClick(
        window.registration.form.fields.line("nik"), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.registration.receipts.dialog
    assert dialog is not None and dialog.isVisible()
    printed = tmp_path / "printed.pdf"
    with qtbot.waitSignal(window.registration.receipts.printed, timeout=10_000):
        print_to(dialog, printed, qtbot)
    assert record["registration_no"] in full_text(printed)


def test_reprint_from_the_list_and_from_the_detail(
    make_window, clerk, operator, store: Store, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    number = store.candidates.create(valid_candidate(), operator).record["registration_no"]
    window = make_window(clerk)
    page = window.candidates
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    page.table.selectRow(0)
    page.print_button.click()
    receipts = window.registration.receipts
    assert receipts.dialog is not None and receipts.dialog.isVisible()
    from_list = tmp_path / "from-list.pdf"
    print_to(receipts.dialog, from_list, qtbot)
    assert number in full_text(from_list)
    dialog = page.open_row(0)
    qtbot.addWidget(dialog)
    first = receipts.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.form.fields.line("phone"), Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: receipts.dialog is not first and receipts.dialog.isVisible())
    assert receipts.dialog.parent() is dialog
    from_detail = tmp_path / "from-detail.pdf"
    print_to(receipts.dialog, from_detail, qtbot)
    assert number in full_text(from_detail)


def test_a_receipt_that_cannot_be_written_says_where(make_window, clerk, data_dir: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    (data_dir / "exports").write_text("a file where the folder should be")
    window = make_window(clerk)
    saved_applicant(window)
    page = window.registration
    with qtbot.waitSignal(page.receipts.failed, timeout=10_000):
        page.receipt_button.click()
    assert "could not be written to" in page.receipt_label.text()
    assert str(data_dir / "exports") in page.receipt_label.text()
    assert page.receipt_button.isEnabled()  # try again once the folder is fixed
