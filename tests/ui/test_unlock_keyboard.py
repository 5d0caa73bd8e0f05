"""The unlock and recovery key dialogs driven from the keyboard alone, and the printed key."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.gui_open import WindowUnlocker
from desktop_app.paths import AppPaths
from local_db.key_slots import new_recovery_key
from tests.ui.conftest import PASSWORD
from tests.ui.encrypted_support import Clock, encrypted_store, options, vault_of
from ui.recovery_key import RecoveryKeyDialog
from ui.unlock_dialog import UnlockDialog


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def shown(qtbot, dialog: QDialog, first: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)


def test_unlock_by_keyboard(qtbot, paths: AppPaths, template_db: Path, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    vault = vault_of(paths, clock)
    encrypted_store(paths, template_db, vault)
    unlocker = WindowUnlocker(paths, vault, **options(clock))
    dialog = UnlockDialog(unlocker)
    shown(qtbot, dialog, dialog.username)
    qtbot.keyClicks(focused(), "petugas")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.password
    qtbot.keyClicks(focused(), PASSWORD)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.username == "petugas"
    assert unlocker.store is not None
    unlocker.store.close()


def test_escape_cancels_the_unlock_dialog(qtbot, paths: AppPaths, template_db: Path, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    vault = vault_of(paths, clock)
    encrypted_store(paths, template_db, vault)
    dialog = UnlockDialog(WindowUnlocker(paths, vault, **options(clock)))
    shown(qtbot, dialog, dialog.username)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_recovery_key_by_keyboard_goes_on_only_once_confirmed(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = RecoveryKeyDialog(new_recovery_key(), "/data")
    shown(qtbot, dialog, dialog.confirm)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert dialog.confirm.isChecked()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is dialog.continue_button
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_the_printed_page_carries_the_key_and_the_folder(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    key = new_recovery_key()
    dialog = RecoveryKeyDialog(key, "/data/loket")
    qtbot.addWidget(dialog)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "key.pdf"))
    dialog.document().print_(printer)
    text = " ".join(PdfReader(tmp_path / "key.pdf").pages[0].extract_text().split())
    assert all(group in text for group in key.split("-"))
    assert "/data/loket" in text and "loket keys recover" in text
