"""The "Registration" page: the form for the next applicant and the receipt of the last one."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.actor import Actor
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import CandidateRecord, SaveResult
from ui import labels
from ui.registration.fields import display_date
from ui.registration.form import CandidateForm
from ui.registration.receipt import ReceiptText, receipt_rows, write_receipt
from ui.tasks import TaskRunner


def receipt_text(record: CandidateRecord, countries: Countries, lang: Lang) -> ReceiptText:
    data = dict(record.data)
    data["birth_date"] = display_date(data.get("birth_date"))
    country = countries.get(str(data.get("destination_country") or ""))
    rows = receipt_rows(data, labels.field_names())
    if country:
        rows += (
            (
                labels.field_names()["destination_country"],
                country.name_id if lang == "id" else country.name_en,
            ),
        )
    rows += ((labels.field_names()["registered_at"], str(data.get("registered_at") or "")),)
    return ReceiptText(
        title=QCoreApplication.translate(
            "Receipt", "Registration receipt — prospective migrant worker (CPMI)"
        ),
        office_note=QCoreApplication.translate(
            "Receipt", "Keep this receipt. Show the registration number or the QR code at every visit."
        ),
        rows=rows,
        footer=QCoreApplication.translate(
            "Receipt",
            "Printed by Loket PMI. The record is sent to the central system when this computer is online.",
        ),
    )


class RegistrationPage(QWidget):
    saved = Signal(object)  # SaveResult
    receipt_written = Signal(object)  # Path

    def __init__(
        self,
        store: Store,
        countries: Countries,
        actor: Actor,
        lang: Lang,
        runner: TaskRunner,
        exports: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._countries = countries
        self._lang = lang
        self._runner = runner
        self._exports = exports
        self.last: CandidateRecord | None = None
        self.last_receipt: Path | None = None
        self.open_receipts = True  # tests switch this off: no PDF viewer there
        self.form = CandidateForm(store, countries, actor, lang)
        self.receipt_button = QPushButton(self.tr("Receipt (PDF)"))
        self.receipt_button.setObjectName("receipt")
        self.receipt_button.setEnabled(False)
        self.receipt_label = QLabel()
        row = QHBoxLayout()
        row.addWidget(self.receipt_label, 1)
        row.addWidget(self.receipt_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form, 1)
        layout.addLayout(row)
        self.form.saved.connect(self.on_form_saved)
        self.receipt_button.clicked.connect(self.on_receipt_button_clicked)

    @Slot(object)
    def on_form_saved(self, result: SaveResult) -> None:
        self.last = result.record
        self.receipt_button.setEnabled(True)
        self.saved.emit(result)

    @Slot()
    def on_receipt_button_clicked(self) -> None:
        if self.last is None:
            return
        number = str(self.last["registration_no"])
        path = self._exports / f"receipt-{re.sub(r'[^0-9A-Z-]', '', number)}.pdf"
        text = receipt_text(self.last, self._countries, self._lang)
        self.receipt_button.setEnabled(False)
        self.receipt_label.setText(self.tr("Writing the receipt…"))
        self._runner.start(
            write_receipt,
            path,
            number,
            text,
            on_done=self.on_receipt_written,
            on_error=self.on_receipt_failed,
        )

    @Slot(object)
    def on_receipt_written(self, path: Path) -> None:
        self.last_receipt = path
        self.receipt_button.setEnabled(True)
        self.receipt_label.setText(self.tr("Receipt saved: {path}").format(path=str(path)))
        self.receipt_written.emit(path)
        if self.open_receipts and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.receipt_label.setText(
                self.tr("Receipt saved: {path} (open it to print)").format(path=str(path))
            )

    @Slot(object)
    def on_receipt_failed(self, exc: Exception) -> None:
        self.receipt_button.setEnabled(True)
        self.receipt_label.setText(
            self.tr("The receipt could not be written: {reason}").format(reason=str(exc))
        )
