"""The attendance sheet (daftar hadir) of one OPP session: an A4 document an office signs and files.

`write_sheet` (a PDF) and `print_sheet` (a QPrinter, for the page's Ctrl+P) paint the same
document: the office, the session's details, a numbered table (registration number, name, NIK
with its middle digits masked, status, check-in time) with a signature column, the table header
repeated on every page and "Halaman n dari N" under every page. Pages are cut between rows,
never inside one: a first layout on one long page measures the rows, and each page then gets
its own table with the header (Qt's layout would otherwise split a two-line row).

Both take plain frozen values and translated labels (`sheet_labels`, built by the caller on the
UI thread), so they run on the task runner or in the command line: QTextDocument and
QPdfWriter paint without widgets.

Times are UTC in the values and printed in `zone` (the PC's zone by default) with its name
(WIB, WITA, WIT). Every text is 10 pt or more.
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QMarginsF, QRectF, QSizeF, Qt, QTimeZone
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from domain.zones import local_zone, zone_label
from ui.opp.sheet_labels import SheetLabels

BODY_PT = 10.0
TITLE_PT = 13.0
MARGINS_MM = QMarginsF(15, 14, 15, 12)
FOOTER_LINES = 2.2  # the footer's height, in lines of body text
# Percent of the width: no., registration no., name, NIK, status, time, signature.
COLUMN_WIDTHS = (5, 17, 24, 18, 10, 10, 16)


@dataclass(frozen=True, slots=True)
class SheetSession:
    code: str
    title: str
    organiser: str
    venue: str
    starts_at: dt.datetime  # aware, UTC
    ends_at: dt.datetime
    lesson_hours: int
    capacity: int
    status: str  # planned, open, closed, cancelled


@dataclass(frozen=True, slots=True)
class SheetRow:
    registration_no: str
    full_name: str
    nik: str
    status: str  # enrolled, present, absent, excused
    checked_in_at: dt.datetime | None  # aware, UTC


@dataclass(frozen=True, slots=True)
class Sheet:
    office_name: str
    session: SheetSession
    rows: tuple[SheetRow, ...]
    printed_at: dt.datetime  # aware, UTC


def mask_nik(nik: str) -> str:
    """The region (first 6) and serial (last 4) digits stay; the birth date between is hidden."""
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) != 16:
        return "*" * len(digits)
    return f"{digits[:6]}******{digits[12:]}"


def _local(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return moment.astimezone(zone)


def _format(moment: dt.datetime, zone: dt.tzinfo, locale: QLocale, pattern: str) -> str:
    here = _local(moment, zone)
    offset = int((here.utcoffset() or dt.timedelta()).total_seconds())
    qt_time = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.fromSecondsAheadOfUtc(offset))
    return f"{locale.toString(qt_time, pattern)} {zone_label(here)}"


def _cell(text: str, *, bold: bool = False, align: str = "left", keep: bool = False) -> str:
    inner = f"<b>{html.escape(text)}</b>" if bold else html.escape(text)
    style = " style='white-space:nowrap'" if keep else ""
    return f"<td align='{align}'{style}>{inner}</td>"


def _details(sheet: Sheet, labels: SheetLabels, zone: dt.tzinfo, locale: QLocale) -> str:
    s = sheet.session
    when = "ddd, d MMM yyyy HH:mm"
    details = [
        (labels.code, s.code, labels.title, s.title),
        (labels.organiser, s.organiser, labels.venue, s.venue),
        (
            labels.starts,
            _format(s.starts_at, zone, locale, when),
            labels.ends,
            _format(s.ends_at, zone, locale, when),
        ),
        (labels.lesson_hours, str(s.lesson_hours), labels.capacity, str(s.capacity)),
        (
            labels.session_status,
            labels.session_statuses.get(s.status, s.status),
            labels.printed,
            _format(sheet.printed_at, zone, locale, when),
        ),
    ]
    rows = "".join(
        f"<tr>{_cell(a)}{_cell(b, bold=True)}{_cell(c)}{_cell(d, bold=True)}</tr>" for a, b, c, d in details
    )
    for width in (17, 35, 12, 36):  # the first row's cells set the columns: values wider than labels
        rows = rows.replace("<td align=", f"<td width='{width}%' align=", 1)
    return (
        f"<p style='font-size:{TITLE_PT}pt' align='center'><b>{html.escape(labels.heading)}</b><br>"
        f"{html.escape(sheet.office_name)}</p>"
        f"<table width='100%' cellspacing='0' cellpadding='2'>{rows}</table><p></p>"
    )


def _row(number: int, row: SheetRow, labels: SheetLabels, zone: dt.tzinfo) -> str:
    when = _local(row.checked_in_at, zone).strftime("%H:%M") if row.checked_in_at else ""
    return (
        "<tr>"
        + _cell(str(number), align="right")
        + _cell(row.registration_no, keep=True)
        + _cell(row.full_name)
        + _cell(mask_nik(row.nik), keep=True)
        + _cell(labels.attendance_statuses.get(row.status, row.status))
        + _cell(when)
        + "<td>&nbsp;<br>&nbsp;</td></tr>"
    )


def _table(rows: list[str], header: str, *, new_page: bool) -> str:
    style = "border-collapse:collapse" + ("; page-break-before:always" if new_page else "")
    return (
        f"<table width='100%' border='1' cellspacing='0' cellpadding='3' style='{style}'>"
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def sheet_html(sheet: Sheet, labels: SheetLabels, zone: dt.tzinfo, breaks: Sequence[int] = ()) -> str:
    """The document; `breaks` are the row indexes that start a new page (each page its own table,
    so a row is never cut by a page break and the header heads every page)."""
    locale = QLocale(labels.locale_name)
    zone_name = zone_label(_local(sheet.printed_at, zone))
    heads = (
        labels.number,
        labels.registration_no,
        labels.full_name,
        labels.nik,
        labels.status,
        f"{labels.checked_in} ({zone_name})",
        labels.signature,
    )
    header = "".join(
        f"<th align='left' width='{w}%' bgcolor='#e6e6e6'>{html.escape(h)}</th>"
        for h, w in zip(heads, COLUMN_WIDTHS, strict=True)
    )
    rows = [_row(i, r, labels, zone) for i, r in enumerate(sheet.rows, start=1)]
    bounds = [0, *breaks, len(rows)]
    tables = [
        _table(rows[a:b], header, new_page=n > 0) for n, (a, b) in enumerate(itertools.pairwise(bounds))
    ]
    present = sum(1 for r in sheet.rows if r.status == "present")
    summary = labels.summary.replace("%1", str(present)).replace("%2", str(len(sheet.rows)))
    return (
        _details(sheet, labels, zone, locale)
        + "".join(tables)
        + f"<p>{html.escape(summary)}</p>"
        + f"<table width='100%'><tr><td width='60%'></td><td align='center'>{html.escape(labels.officer)}"
        + "<br><br><br><br>(______________________)</td></tr></table>"
    )


def _document(html_text: str, device: QPagedPaintDevice, page: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPageSize(page)
    document.setHtml(html_text)
    return document


def page_breaks(document: QTextDocument, page_height: float) -> list[int]:
    """Row indexes that start a page, measured on `document` laid out as one long page."""
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable) and f.columns() == 7]
    if not tables or tables[0].rows() < 2:
        return []  # nobody enrolled: the header alone
    table = tables[0]
    layout = document.documentLayout()
    tops = [
        layout.blockBoundingRect(table.cellAt(r, 0).firstCursorPosition().block()).top()
        for r in range(table.rows())
    ]
    end = layout.frameBoundingRect(table).bottom()
    header = tops[1] - tops[0]
    limit = page_height * 0.985  # room for rounding between the two layouts
    breaks: list[int] = []
    page_top = 0.0  # where the current page starts, in the long layout
    for r in range(1, table.rows()):
        bottom = tops[r + 1] if r + 1 < table.rows() else end
        used = bottom - page_top + (header if breaks else 0.0)
        if used > limit and r > (breaks[-1] + 1 if breaks else 1):
            breaks.append(r - 1)  # body row index (row 0 is the header)
            page_top = tops[r]
    return breaks


def _paint(device: QPagedPaintDevice, sheet: Sheet, labels: SheetLabels, zone: dt.tzinfo) -> int:
    """Paint every page on `device`; returns the number of pages."""
    area = device.pageLayout().paintRectPixels(device.resolution())
    line = BODY_PT / 72 * device.resolution() * 1.2
    page = QSizeF(area.width(), area.height() - line * FOOTER_LINES)
    long_page = QSizeF(page.width(), 1e9)
    breaks = page_breaks(_document(sheet_html(sheet, labels, zone), device, long_page), page.height())
    document = _document(sheet_html(sheet, labels, zone, breaks), device, page)
    font = QFont(document.defaultFont())
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * page.height())
            document.drawContents(painter, QRectF(0, index * page.height(), page.width(), page.height()))
            painter.restore()
            painter.setFont(font)
            text = labels.page.replace("%1", str(index + 1)).replace("%2", str(pages))
            bottom = QRectF(0, area.height() - line * 1.2, area.width(), line * 1.2)
            middle = Qt.AlignmentFlag.AlignVCenter
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | middle), sheet.session.code)
            painter.drawText(bottom, int(Qt.AlignmentFlag.AlignRight | middle), text)
    finally:
        painter.end()
    return pages


def _a4(device: QPagedPaintDevice) -> None:
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )


def write_sheet(path: Path, sheet: Sheet, labels: SheetLabels, zone: dt.tzinfo | None = None) -> int:
    """Write the sheet as an A4 PDF; returns the number of pages. OSError if `path` is unwritable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab"):  # QPdfWriter reports no error for a file it cannot open: find out first
        pass
    writer = QPdfWriter(str(path))
    writer.setTitle(f"{labels.heading} {sheet.session.code}")
    writer.setCreator("Loket PMI")
    writer.setResolution(300)
    _a4(writer)
    return _paint(writer, sheet, labels, zone or local_zone())


def print_sheet(printer: QPrinter, sheet: Sheet, labels: SheetLabels, zone: dt.tzinfo | None = None) -> int:
    """Print the same document on `printer` (from QPrintDialog); returns the number of pages."""
    printer.setDocName(f"{labels.heading} {sheet.session.code}")
    _a4(printer)
    return _paint(printer, sheet, labels, zone or local_zone())
