"""The "Registration" page: the form for the next applicant and the receipt of the last one.

The receipt buttons serve the applicant just saved; once the clerk starts typing the next
applicant they are switched off (the receipt can be printed again from the list).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from domain.actor import Actor
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import CandidateRecord, SaveResult
from ui.registration.form import CandidateForm
from ui.registration.receipts import Receipts
from ui.tasks import TaskRunner


class RegistrationPage(QWidget):
    saved = Signal(object)  # SaveResult
    receipt_written = Signal(object)  # Path
    open_requested = Signal(str)  # candidate id (the duplicate NIK's record)

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
        self.setProperty("nav_icon", "register")  # ui/header.py
        self.last: CandidateRecord | None = None
        self.last_receipt: Path | None = None
        self.open_receipts = True  # tests switch this off: no PDF viewer there
        self.receipts = Receipts(store, countries, lang, runner, exports, self)
        self.form = CandidateForm(store, countries, actor, lang)
        self.print_button = QPushButton(self.tr("Print receipt (Ctrl+P)"))
        self.print_button.setObjectName("print_receipt")
        self.receipt_button = QPushButton(self.tr("Receipt as PDF"))
        self.receipt_button.setObjectName("receipt")
        self.receipt_label = QLabel()
        self.receipt_label.setWordWrap(True)
        self.print_shortcut = QShortcut(QKeySequence.StandardKey.Print, self)
        self.print_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._set_receipt_enabled(False)
        row = QHBoxLayout()
        row.addWidget(self.receipt_label, 1)
        row.addWidget(self.print_button)
        row.addWidget(self.receipt_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form, 1)
        layout.addLayout(row)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.form.saved.connect(self.on_form_saved)
        self.form.fields.edited.connect(self.on_fields_edited)
        self.form.open_requested.connect(self.open_requested)
        self.receipt_button.clicked.connect(self.on_receipt_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.print_shortcut.activated.connect(self.on_print_button_clicked)
        self.receipts.written.connect(self.on_receipts_written)
        self.receipts.failed.connect(self.on_receipts_failed)

    def _set_receipt_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.receipt_button.setEnabled(enabled)
        self.print_shortcut.setEnabled(enabled)

    @Slot(object)
    def on_form_saved(self, result: SaveResult) -> None:
        self.last = result.record
        self._set_receipt_enabled(True)
        self.receipt_label.setText(
            self.tr("Receipt of {number} ({name}): print it now.").format(
                number=result.record["registration_no"], name=result.record["full_name"]
            )
        )
        self.saved.emit(result)

    @Slot(str)
    def on_fields_edited(self, _field: str) -> None:
        if self.last is not None and self.print_button.isEnabled():
            self._set_receipt_enabled(False)
            self.receipt_label.setText(
                self.tr("The receipt of {number} can be printed again from the candidate list.").format(
                    number=self.last["registration_no"]
                )
            )

    @Slot()
    def on_print_button_clicked(self) -> None:
        if self.last is not None:
            self.receipts.print_dialog(self.last, self)

    @Slot()
    def on_receipt_button_clicked(self) -> None:
        if self.last is None:
            return
        self.receipt_button.setEnabled(False)
        self.receipt_label.setText(self.tr("Writing the receipt…"))
        self.receipts.save_pdf(self.last)

    @Slot(object)
    def on_receipts_written(self, path: Path) -> None:
        self.last_receipt = path
        self.receipt_button.setEnabled(self.print_button.isEnabled())
        self.receipt_label.setText(self.tr("Receipt saved: {path}").format(path=str(path)))
        self.receipt_written.emit(path)
        if self.open_receipts and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.receipt_label.setText(
                self.tr("Receipt saved: {path} (open it to print)").format(path=str(path))
            )

    @Slot(object)
    def on_receipts_failed(self, path: Path) -> None:
        self.receipt_button.setEnabled(self.print_button.isEnabled())
        self.receipt_label.setText(
            self.tr(
                "The receipt could not be written to {path}. Check the folder and the free disk space."
            ).format(path=str(path))
        )
