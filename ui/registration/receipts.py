"""Receipts on request: a PDF in the exports folder (written on the task runner) or paper
through Qt's print dialog. One object serves the registration page, the list and the detail."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from domain.countries import Countries
from domain.issues import Lang
from local_db.store import PlacementCompanies, Store
from local_db.values import CandidateRecord
from ui.registration.receipt import ReceiptText, page_layout, paint_receipt, write_receipt
from ui.registration.receipt_content import receipt_text
from ui.tasks import TaskRunner


def receipt_file_name(registration_no: str) -> str:
    return f"receipt-{re.sub(r'[^0-9A-Z-]', '', registration_no.upper())}.pdf"


class Receipts(QObject):
    written = Signal(object)  # Path of a PDF
    failed = Signal(object)  # Path that could not be written
    printed = Signal()

    def __init__(
        self,
        store: Store,
        countries: Countries,
        lang: Lang,
        runner: TaskRunner,
        exports: Path,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._countries = countries
        self._lang = lang
        self._runner = runner
        self._exports = exports
        self._companies = PlacementCompanies(store.db)
        self.dialog: QPrintDialog | None = None
        self._printer: QPrinter | None = None
        self._printing: ReceiptText | None = None

    def text(self, record: CandidateRecord) -> ReceiptText:
        return receipt_text(
            record, self._countries, self._lang, self._store.settings, self._store.users, self._companies
        )

    def save_pdf(self, record: CandidateRecord) -> None:
        """Write the PDF in the background; `written` or `failed` follows."""
        path = self._exports / receipt_file_name(str(record["registration_no"]))
        self._runner.start(
            write_receipt,
            path,
            self.text(record),
            on_done=self.written.emit,
            on_error=lambda _exc: self.failed.emit(path),
        )

    def print_dialog(self, record: CandidateRecord, parent: QWidget | None) -> QPrintDialog:
        """Qt's print dialog (A5 preset), opened without blocking; accepting it prints."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(receipt_file_name(str(record["registration_no"])))
        self._printing = self.text(record)
        self._printer = printer  # the dialog does not own it: it must outlive the dialog
        dialog = QPrintDialog(printer, parent)
        dialog.setObjectName("print_receipt")
        dialog.accepted.connect(self.on_dialog_accepted)
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()  # open(): PySide6 offers only QPrintDialog's open(receiver, slot)
        return dialog

    @Slot()
    def on_dialog_accepted(self) -> None:
        if self.dialog is None or self._printing is None:
            return
        paint_receipt(self.dialog.printer(), self._printing)
        self.printed.emit()
