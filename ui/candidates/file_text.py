"""Plain sentences for a file that cannot be imported or written (the same facts `loket import`
and `loket export` print, translated by Qt here since `ui` does not reach into `desktop_app`).

Each sentence is a literal in a `translate` call so that `pyside6-lupdate` finds it; details
are filled in after translating.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from local_db.values import ExportFailed, FileUnusable


def unusable_text(exc: FileUnusable) -> str:
    texts = {
        "missing": QCoreApplication.translate("FileText", "File {detail} was not found."),
        "unsupported_type": QCoreApplication.translate(
            "FileText", "File type {detail} is not supported; use .csv or .xlsx."
        ),
        "empty": QCoreApplication.translate("FileText", "The file is empty."),
        "binary": QCoreApplication.translate(
            "FileText",
            "The file is not CSV text (it contains binary data). Save it again as UTF-8 CSV or .xlsx.",
        ),
        "not_utf8": QCoreApplication.translate(
            "FileText", 'The CSV file is not UTF-8 encoded. Save it again as "CSV UTF-8".'
        ),
        "no_header": QCoreApplication.translate("FileText", "The first line must hold the column names."),
        "csv_broken": QCoreApplication.translate("FileText", "The CSV file is broken ({detail})."),
        "xlsx_broken": QCoreApplication.translate(
            "FileText", "The .xlsx file is broken or not an Excel workbook."
        ),
        "unknown_column": QCoreApplication.translate(
            "FileText", "Unknown column: {detail}. Fix the column name; no row was imported."
        ),
        "missing_columns": QCoreApplication.translate(
            "FileText", "Required columns are missing: {detail}. No row was imported."
        ),
        "reader_failed": QCoreApplication.translate("FileText", "The file could not be read to the end."),
    }
    text = texts.get(exc.code) or QCoreApplication.translate(
        "FileText", "The file cannot be imported ({detail})."
    )
    return text.format(detail=exc.detail or exc.code)


def export_failed_text(exc: ExportFailed) -> str:
    texts = {
        "unsupported_type": QCoreApplication.translate(
            "FileText", "File type {detail} is not supported; use .csv or .xlsx."
        ),
        "unwritable": QCoreApplication.translate(
            "FileText",
            "File {detail} cannot be written. Choose another folder, or close the file if it is open "
            "in another program.",
        ),
    }
    text = texts.get(exc.code) or QCoreApplication.translate(
        "FileText", "The file cannot be written ({detail})."
    )
    return text.format(detail=exc.detail or exc.code)
