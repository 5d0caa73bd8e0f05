"""The attendance sheet from the OPP page: "Print attendance sheet…" (Ctrl+P) and "Save as PDF…".

The page gives a callable that names the selected session's code (None: nothing selected) and
adds `actions()` to its toolbar or menu. The roster is read and the labels translated on the
UI thread (a session has at most a few hundred people); saving the PDF runs on the task
runner. Printing paints on the UI thread: a printer from the print dialog belongs to it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from local_db.store import Store
from local_db.values import NotFound, SettingKey
from ui.opp.sheet import Sheet, print_sheet, write_sheet
from ui.opp.sheet_data import sheet_from_roster
from ui.opp.sheet_labels import sheet_labels
from ui.tasks import Task, TaskRunner


class SheetActions(QObject):
    saved = Signal(Path)  # the PDF was written
    printed = Signal(int)  # pages sent to the printer

    def __init__(
        self, store: Store, runner: TaskRunner, parent: QWidget, session_code: Callable[[], str | None]
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._runner = runner
        self._widget = parent
        self._code = session_code
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._task: Task | None = None
        self.message: QMessageBox | None = None  # the last result shown (tests read it)

        self.print_action = QAction(self.tr("Print attendance sheet…"), self)
        self.print_action.setObjectName("print_sheet")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.save_action = QAction(self.tr("Save attendance sheet as PDF…"), self)
        self.save_action.setObjectName("save_sheet")
        self._connect_signals()

    def actions(self) -> tuple[QAction, ...]:
        return (self.print_action, self.save_action)

    def _connect_signals(self) -> None:
        self.print_action.triggered.connect(self.on_print_action_triggered)
        self.save_action.triggered.connect(self.on_save_action_triggered)

    def current_sheet(self) -> Sheet | None:
        """The selected session's sheet as it is now, or None (nothing selected, or it is gone)."""
        code = self._code()
        if not code:
            return None
        try:
            roster = self._store.roster(code)
        except NotFound:
            self._show(
                QMessageBox.Icon.Warning,
                self.tr("Attendance sheet"),
                self.tr("The session no longer exists."),
            )
            return None
        office = self._store.settings.get(SettingKey.SYNC_OFFICE_NAME) or self.tr(
            "Loket PMI (this PC is not enrolled with an office)"
        )
        return sheet_from_roster(roster, office, dt.datetime.now(dt.UTC))

    # Print -------------------------------------------------------------------------------------

    @Slot()
    def on_print_action_triggered(self) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self._widget)
        dialog.setWindowTitle(self.tr("Print the attendance sheet of {code}").format(code=sheet.session.code))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer, sheet)

    def print_to(self, printer: QPrinter, sheet: Sheet) -> int:
        pages = print_sheet(printer, sheet, sheet_labels())
        self.printed.emit(pages)
        return pages

    # Save as PDF -------------------------------------------------------------------------------

    @Slot()
    def on_save_action_triggered(self) -> None:
        sheet = self.current_sheet()
        if sheet is None:
            return
        name = self.tr("attendance-sheet-{code}.pdf").format(code=sheet.session.code)
        chosen, _filter = QFileDialog.getSaveFileName(
            self._widget,
            self.tr("Save the attendance sheet"),
            str(Path(self._folder) / name),
            self.tr("PDF (*.pdf)"),
        )
        if chosen:
            path = Path(chosen)
            self.start_save(sheet, path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf"))

    def start_save(self, sheet: Sheet, path: Path) -> Task | None:
        if self._task is not None:
            return None
        self._folder = str(path.parent)
        self.save_action.setEnabled(False)
        self._task = self._runner.start(
            write_sheet,
            path,
            sheet,
            sheet_labels(),
            on_done=lambda pages: self.on_save_done(path, pages),
            on_error=lambda exc: self.on_save_failed(path, exc),
            expected=(OSError,),
        )
        return self._task

    def on_save_done(self, path: Path, pages: int) -> None:
        self._end()
        text = self.tr("The attendance sheet (%n page(s)) was saved to {path}.", "", pages).format(path=path)
        self._show(QMessageBox.Icon.Information, self.tr("Attendance sheet saved"), text)
        self.saved.emit(path)

    def on_save_failed(self, path: Path, exc: Exception) -> None:
        self._end()
        if isinstance(exc, OSError):
            text = self.tr("File {path} cannot be written. Choose another folder or name.").format(path=path)
        else:  # a bug: the runner has logged the trace
            text = self.tr(
                "The attendance sheet could not be written ({reason}); the details are in the log."
            ).format(reason=type(exc).__name__)
        self._show(QMessageBox.Icon.Critical, self.tr("Attendance sheet not saved"), text)

    def _end(self) -> None:
        self._task = None
        self.save_action.setEnabled(True)

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        if self.message is not None:
            self.message.deleteLater()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._widget)
        box.setObjectName("sheet_message")
        self.message = box
        box.open()
        return box
