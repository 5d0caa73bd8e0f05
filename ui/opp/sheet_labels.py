"""The attendance sheet's words in the interface language, translated once on the caller's thread.

`sheet_labels()` reads Qt's installed translators (and QLocale's default, which
`ui.i18n.install_translators` sets), so the sheet's writer can run anywhere with plain values.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale


@dataclass(frozen=True, slots=True)
class SheetLabels:
    locale_name: str
    heading: str
    code: str
    title: str
    organiser: str
    venue: str
    starts: str
    ends: str
    lesson_hours: str
    capacity: str
    session_status: str
    printed: str
    number: str
    registration_no: str
    full_name: str
    nik: str
    status: str
    checked_in: str
    signature: str
    summary: str  # %1 present of %2 enrolled
    officer: str
    page: str  # %1 page number, %2 page count
    attendance_statuses: dict[str, str]
    session_statuses: dict[str, str]


def sheet_labels() -> SheetLabels:
    return SheetLabels(
        locale_name=QLocale().name(),
        heading=QCoreApplication.translate(
            "AttendanceSheet", "ATTENDANCE SHEET — PRE-DEPARTURE ORIENTATION (OPP)"
        ),
        code=QCoreApplication.translate("AttendanceSheet", "Session code"),
        title=QCoreApplication.translate("AttendanceSheet", "Title"),
        organiser=QCoreApplication.translate("AttendanceSheet", "Organiser"),
        venue=QCoreApplication.translate("AttendanceSheet", "Venue"),
        starts=QCoreApplication.translate("AttendanceSheet", "Starts"),
        ends=QCoreApplication.translate("AttendanceSheet", "Ends"),
        lesson_hours=QCoreApplication.translate("AttendanceSheet", "Lesson hours"),
        capacity=QCoreApplication.translate("AttendanceSheet", "Capacity"),
        session_status=QCoreApplication.translate("AttendanceSheet", "Session status"),
        printed=QCoreApplication.translate("AttendanceSheet", "Printed"),
        number=QCoreApplication.translate("AttendanceSheet", "No."),
        registration_no=QCoreApplication.translate("AttendanceSheet", "Registration no."),
        full_name=QCoreApplication.translate("AttendanceSheet", "Name"),
        nik=QCoreApplication.translate("AttendanceSheet", "NIK"),
        status=QCoreApplication.translate("AttendanceSheet", "Status"),
        checked_in=QCoreApplication.translate("AttendanceSheet", "Time"),
        signature=QCoreApplication.translate("AttendanceSheet", "Signature"),
        summary=QCoreApplication.translate("AttendanceSheet", "Present: %1 of %2 enrolled."),
        officer=QCoreApplication.translate("AttendanceSheet", "Officer in charge,"),
        page=QCoreApplication.translate("AttendanceSheet", "Page %1 of %2"),
        attendance_statuses={
            "enrolled": QCoreApplication.translate("AttendanceSheet", "Enrolled"),
            "present": QCoreApplication.translate("AttendanceSheet", "Present"),
            "absent": QCoreApplication.translate("AttendanceSheet", "Absent"),
            "excused": QCoreApplication.translate("AttendanceSheet", "Excused"),
        },
        session_statuses={
            "planned": QCoreApplication.translate("AttendanceSheet", "Planned"),
            "open": QCoreApplication.translate("AttendanceSheet", "Open"),
            "closed": QCoreApplication.translate("AttendanceSheet", "Closed"),
            "cancelled": QCoreApplication.translate("AttendanceSheet", "Cancelled"),
        },
    )
