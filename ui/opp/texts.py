"""The words of the OPP page for the desk's outcome values, translated on each call."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from domain.codes import DocumentType
from local_db.values import Checkin, CheckinResult, Enrol, EnrolResult
from ui import labels

# Feedback colours: background, text. Colour is never alone: the text says the same.
GOOD = ("#c8e6c9", "#1b5e20")
NOTE = ("#fff3c4", "#6d4c00")
BAD = ("#ffcdd2", "#8e0000")
WARNING = QColor("#8a5300")


def tr(text: str) -> str:
    return QCoreApplication.translate("Opp", text)


def hhmm(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


def local_text(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


def session_statuses() -> dict[str, str]:
    return {
        "planned": QCoreApplication.translate("Opp", "Planned"),
        "open": QCoreApplication.translate("Opp", "Open"),
        "closed": QCoreApplication.translate("Opp", "Closed"),
        "cancelled": QCoreApplication.translate("Opp", "Cancelled"),
    }


def attendance_statuses() -> dict[str, str]:
    return {
        "enrolled": QCoreApplication.translate("Opp", "Enrolled"),
        "present": QCoreApplication.translate("Opp", "Present"),
        "absent": QCoreApplication.translate("Opp", "Absent"),
        "excused": QCoreApplication.translate("Opp", "Excused"),
    }


def missing_text(missing: tuple[DocumentType, ...]) -> str:
    if not missing:
        return ""
    names = labels.documents()
    return QCoreApplication.translate("Opp", "Missing: {documents}").format(
        documents=", ".join(names.get(d.value, d.value) for d in missing)
    )


def checkin_feedback(result: CheckinResult) -> tuple[str, tuple[str, str]]:  # noqa: PLR0911 - a case each
    """(text, colours) shown large after Enter."""
    person = result.person
    who = f"{person.full_name} · {person.registration_no}" if person else ""
    when = hhmm(result.checked_in_at)
    outcome = result.outcome
    if outcome is Checkin.CHECKED_IN:
        return QCoreApplication.translate("Opp", "{who}\npresent {time}").format(who=who, time=when), GOOD
    if outcome is Checkin.ALREADY:
        by = result.entry.recorded_by if result.entry else ""
        text = QCoreApplication.translate("Opp", "{who}\nalready checked in at {time} by {by}")
        return text.format(who=who, time=when, by=by), NOTE
    if outcome is Checkin.UNKNOWN:
        text = QCoreApplication.translate(
            "Opp", "Unknown code: not a NIK or registration number registered here"
        )
        return text, BAD
    if outcome is Checkin.CLOSED:
        status = session_statuses().get(result.session.status, result.session.status)
        text = QCoreApplication.translate("Opp", "Check-in has stopped: the session is {status}")
        return text.format(status=status.lower()), BAD
    if outcome is Checkin.FULL:
        text = QCoreApplication.translate(
            "Opp", "{who}\nnot checked in: the session is full ({capacity} seats)"
        )
        return text.format(who=who, capacity=result.session.capacity), BAD
    if outcome is Checkin.OTHER_SESSION:
        text = QCoreApplication.translate("Opp", "{who}\nis enrolled in session {codes}, not in this one")
        return text.format(who=who, codes=", ".join(result.other_sessions)), BAD
    if result.walk_in_possible:
        text = QCoreApplication.translate("Opp", "{who}\nis not enrolled in this session")
    else:
        text = QCoreApplication.translate("Opp", "{who}\nis not enrolled, and no seat is left for a walk-in")
    return text.format(who=who), BAD


def enrol_line(result: EnrolResult) -> str:
    person = result.person
    who = f"{person.full_name} ({person.registration_no})" if person else result.ref
    words = {
        Enrol.ENROLLED: QCoreApplication.translate("Opp", "{who}: enrolled"),
        Enrol.ALREADY: QCoreApplication.translate("Opp", "{who}: already enrolled"),
        Enrol.UNKNOWN: QCoreApplication.translate("Opp", "{who}: unknown"),
        Enrol.WITHDRAWN: QCoreApplication.translate("Opp", "{who}: refused, the candidate has withdrawn"),
        Enrol.FULL: QCoreApplication.translate("Opp", "{who}: refused, the session is full"),
    }
    line = words[result.outcome].format(who=who)
    notes = []
    if result.missing and not result.refused:
        notes.append(missing_text(result.missing))
    if result.other_sessions and not result.refused:
        notes.append(
            QCoreApplication.translate("Opp", "also enrolled in {codes}").format(
                codes=", ".join(result.other_sessions)
            )
        )
    return "; ".join([line, *notes])


def style(colours: tuple[str, str]) -> str:
    background, text = colours
    return f"background: {background}; color: {text}; border-radius: 6px; padding: 10px;"
