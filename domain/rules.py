"""Rules that change by regulation, kept as dated data in one place.

Each rule names its source. To change one, add a new entry with the date it takes effect;
old records keep being judged by the rule in force when they were registered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from domain.codes import DocumentType, Scheme, Sector


@dataclass(frozen=True, slots=True)
class MinimumAge:
    years: int
    since: dt.date
    scheme: Scheme | None  # None: every scheme
    source: str


# UU 18/2017 art. 5: at least 18 years old, for every scheme. docs/contract/DOMAIN.md notes some officials
# still quote 21 for domestic workers (old law); that is uncertain today, so it is not encoded.
MINIMUM_AGES: tuple[MinimumAge, ...] = (MinimumAge(18, dt.date(2017, 11, 22), None, "UU 18/2017 pasal 5"),)


def minimum_age(scheme: Scheme | None, on: dt.date) -> int:
    """The strictest minimum age in force on `on` for `scheme`."""
    ages = [
        rule.years
        for rule in MINIMUM_AGES
        if rule.since <= on and (rule.scheme is None or rule.scheme == scheme)
    ]
    return max(ages, default=18)


# Documents a registration office usually asks for at registration (docs/contract/DOMAIN.md, "Documents").
REGISTRATION_DOCUMENTS: tuple[DocumentType, ...] = (
    DocumentType.KTP,
    DocumentType.KK,
    DocumentType.AKTA_LAHIR,
    DocumentType.IJAZAH,
    DocumentType.SURAT_IZIN_KELUARGA,
    DocumentType.SURAT_SEHAT,
)

# Required before placement (UU 18/2017 art. 13).
PLACEMENT_DOCUMENTS: tuple[DocumentType, ...] = (
    DocumentType.SURAT_STATUS_PERKAWINAN,
    DocumentType.SURAT_IZIN_KELUARGA,
    DocumentType.SERTIFIKAT_KOMPETENSI,
    DocumentType.SURAT_SEHAT,
    DocumentType.PASPOR,
    DocumentType.VISA_KERJA,
    DocumentType.PERJANJIAN_PENEMPATAN,
    DocumentType.PERJANJIAN_KERJA,
)


@dataclass(frozen=True, slots=True)
class OppPrerequisites:
    """The documents a candidate must hold before OPP, from `since` until a later entry replaces it."""

    documents: tuple[DocumentType, ...]
    since: dt.date
    source: str


# OPP prerequisites (docs/contract/DOMAIN.md, "OPP"): enrolment warns, never refuses, when one is missing.
# UU 18/2017 art. 13 asks for the passport, work visa and employment contract before placement,
# and art. 5 for registration with social security (BPJS Ketenagakerjaan); BP3MI holds back OPP
# applicants without them (NTB, 2022). A regulation change is a new entry with its date.
OPP_PREREQUISITE_RULES: tuple[OppPrerequisites, ...] = (
    OppPrerequisites(
        (
            DocumentType.PASPOR,
            DocumentType.VISA_KERJA,
            DocumentType.PERJANJIAN_KERJA,
            DocumentType.BPJS_KETENAGAKERJAAN,
        ),
        dt.date(2017, 11, 22),
        "UU 18/2017 pasal 5 dan 13",
    ),
)


def opp_prerequisites(
    on: dt.date, table: tuple[OppPrerequisites, ...] = OPP_PREREQUISITE_RULES
) -> tuple[DocumentType, ...]:
    """The documents asked for before an OPP held on `on`: the newest rule in force that day."""
    in_force = [rule for rule in table if rule.since <= on]
    if not in_force:
        return table[0].documents
    return max(in_force, key=lambda rule: rule.since).documents


def documents_expected(scheme: Scheme, sector: Sector) -> tuple[DocumentType, ...]:
    """The checklist shown for a scheme and sector: registration documents first, then placement ones.

    The informal sector needs more at registration (docs/contract/DOMAIN.md): the AK/I card and the competency
    certificate are asked for up front. A placement agreement (PP) is signed with a P3MI, so
    schemes without one (UKPS, mandiri) do not list it.
    """
    extra: tuple[DocumentType, ...] = (DocumentType.AK1,)
    if sector is Sector.INFORMAL:
        extra = (DocumentType.AK1, DocumentType.SERTIFIKAT_KOMPETENSI)
    placement = PLACEMENT_DOCUMENTS
    if scheme in (Scheme.UKPS, Scheme.MANDIRI):
        placement = tuple(d for d in placement if d is not DocumentType.PERJANJIAN_PENEMPATAN)
    seen: dict[DocumentType, None] = {}
    for doc in (*REGISTRATION_DOCUMENTS, *extra, *placement, DocumentType.BPJS_KETENAGAKERJAAN):
        seen.setdefault(doc, None)
    return tuple(seen)


def missing_opp_prerequisites(
    documents: Mapping[str, bool], on: dt.date, table: tuple[OppPrerequisites, ...] = OPP_PREREQUISITE_RULES
) -> list[DocumentType]:
    """The OPP prerequisites of the rule in force on `on` that `documents` does not mark present."""
    return [doc for doc in opp_prerequisites(on, table) if not documents.get(doc.value)]
