"""Import from and export to spreadsheet files, from the candidate list.

The file dialogs and the summary run on the UI thread; the import and the export themselves
run on the task runner. An import reports (rows read, fraction of the file) after each batch
and polls its cancel flag between batches, so a cancel leaves whole batches saved; rows with
problems are written to `FILE.rejects.csv` beside the file, as `loket import` does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QStandardPaths, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMenu, QMessageBox, QWidget

from domain.actor import Actor, PermissionDenied
from domain.issues import Lang
from local_db.store import Store
from local_db.values import ExportFailed, FileUnusable, ImportReport, write_rejects
from ui.candidates.file_text import export_failed_text, unusable_text
from ui.progress import ProgressDialog
from ui.progress_text import ProgressEstimate
from ui.tasks import Task, TaskRunner

if TYPE_CHECKING:  # an annotation only: the importer comes from Store.importer()
    from local_db.tabular.candidate_import import CandidateImporter

# Problems with the file or the role: a sentence for the user, not a trace in the log.
EXPECTED = (FileUnusable, ExportFailed, PermissionDenied)


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    report: ImportReport
    rejects: Path | None  # FILE.rejects.csv, when some rows had problems
    rejects_error: str = ""  # why the rejects file could not be written


def import_file(
    importer: CandidateImporter,
    path: Path,
    actor: Actor,
    lang: Lang,
    progress: Callable[[int, float], None],
    cancelled: Callable[[], bool],
) -> ImportOutcome:
    """The task: import, then write the row-by-row reasons (never touches widgets)."""
    report = importer.run(path, actor, lang=lang, progress=progress, cancelled=cancelled)
    try:
        return ImportOutcome(report, write_rejects(path, report.problems))
    except OSError as exc:  # a read-only folder must not hide that the rows were imported
        return ImportOutcome(report, None, str(exc))


class TransferActions(QObject):
    finished = Signal()  # an import or export ended (successfully or not); rows may have changed

    def __init__(self, store: Store, actor: Actor, lang: Lang, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._lang = lang
        self._runner = runner
        self._widget = parent
        self._folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self._task: Task | None = None
        self._importing = False  # what the running task is, for the failure's wording
        self.progress: ProgressDialog | None = None
        self._estimate = ProgressEstimate()
        self.message: QMessageBox | None = None  # the last summary or error shown
        self.open_files = True  # tests and screenshots switch opening the rejects file off

        self.import_action = QAction(self.tr("Import from file…"), self)
        self.import_action.setObjectName("import")
        self.export_candidates_action = QAction(self.tr("Candidate list…"), self)
        self.export_candidates_action.setObjectName("export_candidates")
        self.export_attendance_action = QAction(self.tr("OPP attendance…"), self)
        self.export_attendance_action.setObjectName("export_attendance")
        self.export_menu = QMenu(parent)
        self.export_menu.addAction(self.export_candidates_action)
        self.export_menu.addAction(self.export_attendance_action)
        self.export_action = QAction(self.tr("Export…"), self)
        self.export_action.setObjectName("export")
        self.export_action.setMenu(self.export_menu)
        for action in self.actions():
            action.setIconText(action.text())  # a button keeps its "…": it opens a dialog
        if not actor.can_write:
            tip = self.tr("Your role can only read records.")
            for action in self.actions():
                action.setToolTip(tip)
        self._set_idle(True)
        self._connect_signals()

    def actions(self) -> tuple[QAction, ...]:
        return (
            self.import_action,
            self.export_action,
            self.export_candidates_action,
            self.export_attendance_action,
        )

    def _connect_signals(self) -> None:
        self.import_action.triggered.connect(self.on_import_action_triggered)
        self.export_candidates_action.triggered.connect(self.on_export_candidates_action_triggered)
        self.export_attendance_action.triggered.connect(self.on_export_attendance_action_triggered)

    def _set_idle(self, idle: bool) -> None:
        for action in self.actions():
            action.setEnabled(idle and self._actor.can_write)

    def _new_progress(self, title: str, text: str, stopping_text: str = "") -> ProgressDialog:
        if self.progress is not None:
            self.progress.deleteLater()
        self.progress = ProgressDialog(title, self._widget, stopping_text=stopping_text)
        self.progress.start(text)
        return self.progress

    # Import --------------------------------------------------------------------------------

    @Slot()
    def on_import_action_triggered(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self._widget,
            self.tr("Import candidates from a file"),
            self._folder,
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"),
        )
        if name:
            self.start_import(Path(name))

    def start_import(self, path: Path) -> Task | None:
        if not self._actor.can_write or self._task is not None:
            return None
        self._folder = str(path.parent)
        self._importing = True
        self._set_idle(False)
        progress = self._new_progress(
            self.tr("Importing {file}").format(file=path.name),
            self.tr("Reading {file}…").format(file=path.name),
            self.tr("Stopping after the rows being saved now; they stay complete…"),
        )
        importer = self._store.importer()
        self._estimate = ProgressEstimate()
        self._task = self._runner.start(
            import_file,
            importer,
            path,
            self._actor,
            self._lang,
            on_done=self.on_import_done,
            on_error=self.on_task_failed,
            expected=EXPECTED,
            on_progress=self.on_import_progress,
        )
        progress.cancel_requested.connect(self._task.cancel)
        return self._task

    @Slot(int, float)
    def on_import_progress(self, rows: int, fraction: float) -> None:
        if self.progress is not None:
            self.progress.set_progress(self._estimate.text(rows, fraction), fraction)

    @Slot(object)
    def on_import_done(self, outcome: ImportOutcome) -> None:
        self._end()
        report = outcome.report
        title = self.tr("Import stopped") if report.cancelled else self.tr("Import finished")
        number = QLocale().toString  # 15.000 in Indonesian, 15,000 in English
        text = self.tr("Imported {imported}, already registered {present}, rejected {rejected}.").format(
            imported=number(report.imported), present=number(report.present), rejected=number(report.rejected)
        )
        notes = []
        if report.cancelled:
            notes.append(
                self.tr(
                    "The rows saved before stopping are complete. Importing the same file again "
                    "skips them and continues with the rest."
                )
            )
        if outcome.rejects is not None:
            notes.append(self.tr("Row-by-row reasons: {path}").format(path=outcome.rejects))
        if outcome.rejects_error:
            notes.append(
                self.tr("The row-by-row reasons could not be written: {reason}").format(
                    reason=outcome.rejects_error
                )
            )
        problems = bool(report.problems) or report.cancelled
        icon = QMessageBox.Icon.Warning if problems else QMessageBox.Icon.Information
        box = self._show(icon, title, text, "\n\n".join(notes))
        if outcome.rejects is not None:
            button = box.addButton(self.tr("Open the rejects file"), QMessageBox.ButtonRole.ActionRole)
            button.setObjectName("open_rejects")
            rejects = outcome.rejects
            box.buttonClicked.connect(lambda clicked: self._open_rejects(clicked, button, rejects))

    def _open_rejects(self, clicked: QAbstractButton, button: QAbstractButton, path: Path) -> None:
        if clicked is button and self.open_files:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    # Export --------------------------------------------------------------------------------

    @Slot()
    def on_export_candidates_action_triggered(self) -> None:
        name = self.tr("candidates-{date}.csv").format(date=dt.date.today().isoformat())
        path = self._ask_target(self.tr("Export the candidate list"), name)
        if path is not None:
            self.start_export(self._store.export_candidates, path)

    @Slot()
    def on_export_attendance_action_triggered(self) -> None:
        name = self.tr("opp-attendance-{date}.csv").format(date=dt.date.today().isoformat())
        path = self._ask_target(self.tr("Export OPP attendance"), name)
        if path is not None:
            self.start_export(self._store.export_attendance, path)

    def _ask_target(self, title: str, name: str) -> Path | None:
        csv_filter = self.tr("CSV file (*.csv)")
        xlsx_filter = self.tr("Excel workbook (*.xlsx)")
        chosen, selected = QFileDialog.getSaveFileName(
            self._widget, title, str(Path(self._folder) / name), f"{csv_filter};;{xlsx_filter}"
        )
        if not chosen:
            return None
        path = Path(chosen)
        if not path.suffix:  # some platforms' dialogs do not add the filter's extension
            path = path.with_suffix(".xlsx" if selected == xlsx_filter else ".csv")
        return path

    def start_export(self, write: Callable[..., int], path: Path) -> Task | None:
        if not self._actor.can_write or self._task is not None:
            return None
        self._folder = str(path.parent)
        self._importing = False
        self._set_idle(False)
        progress = self._new_progress(self.tr("Exporting"), self.tr("Writing {file}…").format(file=path.name))
        progress.set_progress(self.tr("Writing {file}…").format(file=path.name), None)
        self._task = self._runner.start(
            write,
            path,
            on_done=lambda count: self.on_export_done(count, path),
            on_error=self.on_task_failed,
            expected=EXPECTED,
        )
        return self._task

    def on_export_done(self, count: int, path: Path) -> None:
        self._end()
        text = self.tr("%Ln row(s) written to {path}.", "", count).format(path=path)
        self._show(QMessageBox.Icon.Information, self.tr("Export finished"), text)

    # Both ----------------------------------------------------------------------------------

    @Slot(object)
    def on_task_failed(self, exc: Exception) -> None:
        self._end()
        if isinstance(exc, FileUnusable):
            text = unusable_text(exc)
        elif isinstance(exc, ExportFailed):
            text = export_failed_text(exc)
        elif isinstance(exc, PermissionDenied):
            text = self.tr("Your role can only read records.")
        elif self._importing:  # a bug: the runner has logged the trace
            text = self.tr(
                "The import stopped because of an unexpected error ({reason}). Rows saved so far are "
                "complete; the details are in the log."
            ).format(reason=type(exc).__name__)
        else:
            text = self.tr(
                "The export failed because of an unexpected error ({reason}); no file was written. "
                "The details are in the log."
            ).format(reason=type(exc).__name__)
        title = self.tr("Import failed") if self._importing else self.tr("Export failed")
        self._show(QMessageBox.Icon.Critical, title, text)

    def _end(self) -> None:
        self._task = None
        if self.progress is not None:
            self.progress.finish()
        self._set_idle(True)
        self.finished.emit()

    def _show(self, icon: QMessageBox.Icon, title: str, text: str, more: str = "") -> QMessageBox:
        if self.message is not None:
            self.message.deleteLater()
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self._widget)
        box.setObjectName("transfer_message")
        box.setInformativeText(more)
        self.message = box
        box.open()
        return box
