"""What a receipt says, built on the UI thread (translations) from one stored record.

The office is the one this PC is enrolled with, or, before enrolment, the name an
administrator typed in the settings; the clerk is the full name of the account that
registered the candidate; times are the PC's local time with WIB / WITA / WIT.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from domain.countries import Countries
from domain.dates import parse_utc
from domain.issues import Lang
from domain.local_time import local_text
from domain.rules import missing_opp_prerequisites
from local_db.store import PlacementCompanies, Settings, Users
from local_db.values import CandidateRecord, SettingKey
from ui import labels
from ui.registration.fields import display_date
from ui.registration.receipt import ReceiptText

OFFICE_NAME_SETTING = SettingKey.OFFICE_NAME  # typed in the settings before this PC is enrolled


def office_name(settings: Settings) -> str:
    """The enrolled office's name, else the one typed in the settings."""
    return settings.get(SettingKey.SYNC_OFFICE_NAME) or settings.get(SettingKey.OFFICE_NAME) or ""


def clerk_name(users: Users, username: str) -> str:
    account = users.get(username) if username else None
    return (account.full_name or account.username) if account else username


def _rows(
    data: Mapping[str, Any], countries: Countries, lang: Lang, users: Users, companies: PlacementCompanies
) -> list[tuple[str, str]]:
    """(label, value) lines of the receipt: who, where to, by whom, when."""
    names = labels.field_names()
    country = countries.get(str(data.get("destination_country") or ""))
    rows: list[tuple[str, str]] = [
        (names["registration_no"], str(data.get("registration_no") or "")),
        (names["nik"], str(data.get("nik") or "")),
        (names["full_name"], str(data.get("full_name") or "")),
        (names["birth_date"], display_date(data.get("birth_date"))),
    ]
    if country:
        rows.append((names["destination_country"], country.name_id if lang == "id" else country.name_en))
    scheme = labels.schemes().get(str(data.get("scheme") or ""))
    if scheme:
        rows.append((names["scheme"], scheme))
    company = companies.get(str(data["p3mi_id"])) if data.get("p3mi_id") else None
    if company:
        rows.append((names["p3mi_id"], company.name))
    rows.append((names["registered_at"], local_text(data.get("registered_at"))))
    rows.append(
        (
            QCoreApplication.translate("Receipt", "Clerk"),
            clerk_name(users, str(data.get("registered_by") or "")),
        )
    )
    return rows


def _next_steps(data: Mapping[str, Any], present: Mapping[str, bool]) -> list[str]:
    """What happens next, naming the OPP prerequisites still missing (the rule then in force)."""
    document_names = labels.documents()
    registered = parse_utc(str(data.get("registered_at") or ""))
    on = registered.date() if registered else dt.datetime.now(dt.UTC).date()  # the rule then in force
    missing = [document_names[d.value] for d in missing_opp_prerequisites(present, on)]
    steps = [
        QCoreApplication.translate(
            "Receipt", "The labour office checks your documents and verifies the registration."
        ),
        QCoreApplication.translate(
            "Receipt", "Bring the missing documents when you are asked: {documents}."
        ).format(documents=", ".join(missing))
        if missing
        else QCoreApplication.translate(
            "Receipt", "All documents needed for the pre-departure orientation are recorded."
        ),
        QCoreApplication.translate(
            "Receipt", "You will be invited to the pre-departure orientation (OPP); bring this receipt."
        ),
    ]
    return steps


def receipt_text(
    record: CandidateRecord,
    countries: Countries,
    lang: Lang,
    settings: Settings,
    users: Users,
    companies: PlacementCompanies,
) -> ReceiptText:
    data = record.data
    rows = _rows(data, countries, lang, users, companies)
    present = {k: bool(v) for k, v in (data.get("documents") or {}).items()}
    document_names = labels.documents()
    received = tuple(document_names[k] for k in document_names if present.get(k))
    steps = _next_steps(data, present)
    return ReceiptText(
        title=QCoreApplication.translate(
            "Receipt", "Registration receipt — prospective migrant worker (CPMI)"
        ),
        office=office_name(settings) or QCoreApplication.translate("Receipt", "Labour office"),
        rows=tuple(rows),
        documents_title=QCoreApplication.translate("Receipt", "Documents received:"),
        documents=received,
        next_title=QCoreApplication.translate("Receipt", "What happens next"),
        next_steps=tuple(steps),
        keep_note=QCoreApplication.translate(
            "Receipt", "Keep this receipt. Show the registration number or the QR code at every visit."
        ),
        footer=QCoreApplication.translate(
            "Receipt",
            "Printed by Loket PMI on {time}. The record is sent to the central system when this computer is online.",  # noqa: E501
        ).format(time=local_text(dt.datetime.now(dt.UTC).isoformat())),
        qr_text=str(data.get("registration_no") or ""),
    )
