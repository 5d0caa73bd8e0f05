"""What a clerk types or scans at the desk (REF) turned into a candidate with one indexed look-up.

A REF is a NIK (16 digits; dots, spaces and hyphens as people write them are ignored), a
registration number, or the text of the receipt's QR code. Today the QR code holds the
registration number alone (ui/registration/receipt.py); a registration number found anywhere
in the scanned text is taken, so a later receipt that wraps it (a prefix, a URL) still works.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, select

from domain.codes import CandidateStatus, CheckinMethod
from domain.registration_no import PATTERN
from local_db.models import CANDIDATE_T

CANDIDATE = CANDIDATE_T
_NIK_SEPARATORS = re.compile(r"[\s.\-]")
_NIK = re.compile(r"[0-9]{16}")
_COLUMNS = (
    CANDIDATE.c.id,
    CANDIDATE.c.registration_no,
    CANDIDATE.c.nik,
    CANDIDATE.c.full_name,
    CANDIDATE.c.status,
    CANDIDATE.c.documents,
)


@dataclass(frozen=True, slots=True)
class Ref:
    """A parsed REF: which indexed column to look in, the value, and the check-in method it means."""

    column: str  # "nik" or "registration_no"
    value: str
    method: CheckinMethod


@dataclass(frozen=True, slots=True)
class Person:
    """The candidate fields the desk shows and judges."""

    id: str
    registration_no: str
    nik: str
    full_name: str
    status: str
    documents: Mapping[str, bool]

    @property
    def withdrawn(self) -> bool:
        return self.status == CandidateStatus.WITHDRAWN.value


def parse_ref(text: str) -> Ref | None:
    """None when the text is neither a NIK nor holds a registration number."""
    text = text.strip()
    if not text:
        return None
    compact = _NIK_SEPARATORS.sub("", text)
    if _NIK.fullmatch(compact):
        return Ref("nik", compact, CheckinMethod.NIK)
    found = PATTERN.search(text.upper())
    if found:
        # Typed or scanned, a registration number is the receipt's code: method `qr`.
        return Ref("registration_no", found.group(0), CheckinMethod.QR)
    return None


def person_from_row(row: Any) -> Person:
    documents = orjson.loads(row.documents) if row.documents else {}
    return Person(
        row.id, row.registration_no, row.nik, row.full_name, row.status, MappingProxyType(dict(documents))
    )


_ACTIVE = CANDIDATE.c.status != CandidateStatus.WITHDRAWN.value
# Built once (the desk's hot path); several records may share a NIK (a withdrawn one and a new
# registration): the active one is taken first, then the newest.
_BY_NIK = (
    select(*_COLUMNS)
    .where(CANDIDATE.c.nik == bindparam("value"))
    .order_by(_ACTIVE.desc(), CANDIDATE.c.registered_at.desc())
    .limit(1)
)
_BY_NUMBER = select(*_COLUMNS).where(CANDIDATE.c.registration_no == bindparam("value"))


def find_person(conn: Connection, ref: Ref) -> Person | None:
    """One index look-up (`candidate.nik` or the unique `registration_no`)."""
    query = _BY_NIK if ref.column == "nik" else _BY_NUMBER
    row = conn.execute(query, {"value": ref.value}).first()
    return person_from_row(row) if row else None


def people_by_id(conn: Connection, ids: list[str]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in conn.execute(select(*_COLUMNS).where(CANDIDATE.c.id.in_(chunk))):
            found[row.id] = person_from_row(row)
    return found
