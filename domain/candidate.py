"""A candidate (CPMI) record: its fields, how convenient input is normalised, which rules it obeys.

`check_candidate` is the single validator used by the desktop form, the import and the
central service. It takes loosely written input (the import file's conveniences: `L`/`P`,
`DD/MM/YYYY`, `0812…`, a country's name) and returns the record in wire form plus errors
(which block saving) and warnings (which a clerk should see, e.g. a NIK whose embedded birth
date differs from the declared one: such NIKs legitimately exist).
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from domain.codes import (
    CandidateStatus,
    DocumentType,
    Education,
    MaritalStatus,
    Scheme,
    Sector,
    Sex,
)
from domain.countries import HOME_COUNTRY, Countries
from domain.dates import age_on, format_utc, parse_date, parse_utc
from domain.issues import Issue
from domain.names import clean_display_name
from domain.nik import MAX_PLAUSIBLE_AGE, RegionLookup, check_nik
from domain.phone import normalise_phone
from domain.rules import minimum_age

REQUIRED_FIELDS: tuple[str, ...] = (
    "nik",
    "full_name",
    "birth_place",
    "birth_date",
    "sex",
    "phone",
    "village_code",
    "address_line",
    "destination_country",
    "scheme",
    "sector",
    "job_position",
)
TEXT_LIMITS: dict[str, int] = {
    "full_name": 120,
    "birth_place": 80,
    "religion": 40,
    "address_line": 300,
    "heir_name": 120,
    "heir_relationship": 60,
    "job_position": 120,
    "employer_name": 200,
    "email": 254,
    "registration_no": 40,
    "registered_by": 120,
}
CANDIDATE_FIELDS: tuple[str, ...] = (
    "registration_no",
    "nik",
    "kk_number",
    "full_name",
    "birth_place",
    "birth_date",
    "sex",
    "religion",
    "marital_status",
    "education",
    "phone",
    "email",
    "village_code",
    "address_line",
    "heir_name",
    "heir_relationship",
    "heir_phone",
    "scheme",
    "destination_country",
    "sector",
    "job_position",
    "employer_name",
    "p3mi_id",
    "documents",
    "status",
    "registered_at",
    "registered_by",
)
_SIXTEEN = re.compile(r"[0-9]{16}")
_TEN = re.compile(r"[0-9]{10}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# What `format_utc(parse_utc(text))` gives back unchanged: the wire form, seconds precision.
_CANONICAL_UTC = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
_SEP = re.compile(r"[\s.\-]")
# Enum values as plain constants: `Member.value` goes through a descriptor on every access.
_MALE, _FEMALE = Sex.MALE.value, Sex.FEMALE.value
_SEX_ALIASES = {"M": _MALE, "L": _MALE, "F": _FEMALE, "P": _FEMALE}
_REGISTERED = CandidateStatus.REGISTERED.value
_DOCUMENT_TYPES = frozenset(d.value for d in DocumentType)
_NO_DOCUMENTS = dict.fromkeys(sorted(_DOCUMENT_TYPES), False)


@dataclass(frozen=True, slots=True)
class RuleContext:
    """What the rules need from outside: today's date, the region table, the country list."""

    today: dt.date
    village_exists: Callable[[str], bool]
    countries: Countries
    region_exists: RegionLookup | None = None


@dataclass(frozen=True, slots=True)
class CandidateCheck:
    data: dict[str, Any]
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def _texts(raw: Mapping[str, Any]) -> dict[str, str]:
    """Every input value as stripped text, once ("" for None); documents may stay a mapping."""
    return {
        k: v.strip()
        if v.__class__ is str
        else ("" if v is None else v if k == "documents" else str(v).strip())
        for k, v in raw.items()
    }


def _values(choices: type[StrEnum]) -> dict[str, str]:
    return {str(c.value): str(c.value) for c in choices}


# Plain dicts: an Enum look-up by value costs a microsecond, which bulk import notices.
_CHOICES: dict[str, dict[str, str]] = {
    "scheme": _values(Scheme),
    "marital_status": _values(MaritalStatus),
    "education": _values(Education),
    "sector": _values(Sector),
    "status": _values(CandidateStatus),
}


@lru_cache(maxsize=4096)
def _minimum_age(scheme: str | None, on: dt.date) -> int:
    """`minimum_age` per (scheme, day): pure, and ~3 µs a call that bulk import and push repeat."""
    return minimum_age(Scheme(scheme) if scheme else None, on)


def _enum(value: str, field: str, errors: list[Issue]) -> str | None:
    choices = _CHOICES[field]
    found = choices.get(value)  # the exact wire value, the usual case; never "" (no such choice)
    if found is None and value:
        found = choices.get(_SEP.sub("_", value.lower()))
        if found is None:
            errors.append(Issue(field, "invalid_choice", {"value": value[:40]}))
    return found


def _unseparated(text: str) -> str:
    """`text` without spaces, dots and dashes; letters and digits alone (the usual code) skip the regex."""
    return text if text.isalnum() or not text else _SEP.sub("", text)


@lru_cache(maxsize=256)
def _document_list(text: str) -> dict[str, bool] | None:
    """The result for an import list in which every item is a known type (None otherwise).

    An import file repeats a handful of lists; callers get a copy, never this dict.
    """
    errors: list[Issue] = []
    present = _parse_documents(text, errors)
    return None if errors else present


def parse_documents(value: Any, errors: list[Issue]) -> dict[str, bool]:
    """A mapping of type → bool, or the import's `ktp;kk;paspor` list; every type present in the result."""
    if value.__class__ is str and value and (known := _document_list(value)) is not None:
        return dict(known)
    return _parse_documents(value, errors)


def _parse_documents(value: Any, errors: list[Issue]) -> dict[str, bool]:
    present: dict[str, bool] = dict(_NO_DOCUMENTS)
    if value is None or value == "":
        return present
    if isinstance(value, Mapping):
        items = [(str(k), v) for k, v in value.items()]
    else:
        items = [(part.strip().lower(), True) for part in str(value).split(";") if part.strip()]
    for key, flag in items:
        if key not in _DOCUMENT_TYPES or not isinstance(flag, bool):
            errors.append(Issue("documents", "documents_invalid", {"value": key[:40]}))
            continue
        present[key] = flag
    return present


def check_candidate(raw: Mapping[str, Any], ctx: RuleContext) -> CandidateCheck:
    """Every rule of docs/contract/DOMAIN.md on one registration: the cleaned wire data, errors, warnings.

    One step per group of fields, in the order a clerk reads the form; each writes its fields'
    clean values into `data` and its findings into `errors`/`warnings`. The steps are plain
    functions over a shared `get`, not objects: bulk import runs this for every row."""
    errors: list[Issue] = []
    warnings: list[Issue] = []
    get = _texts(raw).get
    data: dict[str, Any] = {}
    _required_and_lengths(get, data, errors)
    nik_birth, nik_sex = _identity_numbers(get, data, ctx, errors, warnings)
    birth, sex = _birth_date_and_sex(get, data, errors)
    on = _registered_on(get, data, ctx)
    _scheme_and_age(get, data, ctx, birth, on, errors)
    if nik_birth is not None:  # a valid NIK
        _nik_agrees(nik_birth, nik_sex, birth, sex, warnings)
    _choices(get, data, errors)
    _contact(get, data, errors)
    _address(get, data, ctx, errors)
    _placement(get, data, ctx, errors)
    data["documents"] = parse_documents(raw.get("documents"), errors)
    if data["heir_name"] is None:
        data["heir_name"] = ""
    if data["heir_relationship"] is None:
        data["heir_relationship"] = ""
    return CandidateCheck(data, tuple(errors), tuple(warnings))


_Get = Callable[..., Any]  # `dict.get` of the stripped input texts


def _required_and_lengths(get: _Get, data: dict[str, Any], errors: list[Issue]) -> None:
    for field in REQUIRED_FIELDS:
        if not get(field):
            errors.append(Issue(field, "required"))
    for field, limit in TEXT_LIMITS.items():
        text = get(field)
        if not text:  # absent or blank: several optional fields in the usual import row
            data[field] = None
            continue
        if len(text) > limit:
            errors.append(Issue(field, "too_long", {"max": limit}))
            text = text[:limit]
        data[field] = (
            clean_display_name(text) if "  " in text or "\t" in text or "\n" in text else text
        ) or None


def _identity_numbers(
    get: _Get, data: dict[str, Any], ctx: RuleContext, errors: list[Issue], warnings: list[Issue]
) -> tuple[dt.date | None, Sex | None]:
    """NIK and KK number; the birth date and sex a valid NIK encodes (None, None otherwise)."""
    nik_text = get("nik", "")
    nik_birth: dt.date | None = None
    nik_sex: Sex | None = None
    if nik_text:
        data["nik"], nik_birth, nik_sex = check_nik(
            nik_text, ctx.today, ctx.region_exists, "nik", errors, warnings
        )
    else:
        data["nik"] = ""
    kk = _unseparated(get("kk_number", ""))
    if kk and not _SIXTEEN.fullmatch(kk):
        errors.append(Issue("kk_number", "kk_format"))
    data["kk_number"] = kk or None
    return nik_birth, nik_sex


def _birth_date_and_sex(
    get: _Get, data: dict[str, Any], errors: list[Issue]
) -> tuple[dt.date | None, str | None]:
    birth_text = get("birth_date", "")
    birth = parse_date(birth_text) if birth_text else None
    if birth_text and birth is None:
        errors.append(Issue("birth_date", "date_format"))
    sex_text = get("sex", "").upper()
    sex = _SEX_ALIASES.get(sex_text)
    if sex_text and sex is None:
        errors.append(Issue("sex", "invalid_choice", {"value": sex_text[:10]}))
    data["birth_date"] = birth.isoformat() if birth else None
    data["sex"] = sex
    return birth, sex


def _registered_on(get: _Get, data: dict[str, Any], ctx: RuleContext) -> dt.date:
    """The registration time in its wire form; the day the age rules apply to."""
    registered_text = get("registered_at", "")
    registered = parse_utc(registered_text) if registered_text else None
    if registered is None:
        data["registered_at"] = None
        return ctx.today
    canonical = _CANONICAL_UTC.fullmatch(registered_text)
    data["registered_at"] = registered_text if canonical else format_utc(registered)
    return registered.date()


def _scheme_and_age(
    get: _Get, data: dict[str, Any], ctx: RuleContext, birth: dt.date | None, on: dt.date, errors: list[Issue]
) -> None:
    scheme = _enum(get("scheme", ""), "scheme", errors)
    data["scheme"] = scheme
    if birth is None:
        return
    age = age_on(birth, on)
    if birth > ctx.today:
        errors.append(Issue("birth_date", "date_future"))
    elif age < (min_age := _minimum_age(scheme, on)):
        errors.append(Issue("birth_date", "under_age", {"age": age, "min_age": min_age}))
    elif age > MAX_PLAUSIBLE_AGE:
        errors.append(Issue("birth_date", "implausible_age", {"age": age}))


def _nik_agrees(
    nik_birth: dt.date, nik_sex: Sex | None, birth: dt.date | None, sex: str | None, warnings: list[Issue]
) -> None:
    if birth is not None and nik_birth != birth:
        warnings.append(Issue("nik", "nik_birth_date_mismatch", {"nik_date": nik_birth.strftime("%d-%m-%Y")}))
    if sex is not None and nik_sex != sex:  # a `Sex` against its wire value: StrEnum compares as text
        warnings.append(Issue("sex", "nik_sex_mismatch"))


def _choices(get: _Get, data: dict[str, Any], errors: list[Issue]) -> None:
    data["marital_status"] = _enum(get("marital_status", ""), "marital_status", errors)
    data["education"] = _enum(get("education", ""), "education", errors)
    data["sector"] = _enum(get("sector", ""), "sector", errors)
    status = _enum(get("status", ""), "status", errors)
    data["status"] = status or _REGISTERED


def _contact(get: _Get, data: dict[str, Any], errors: list[Issue]) -> None:
    for field in ("phone", "heir_phone"):
        text = get(field, "")
        phone = normalise_phone(text) if text else None
        if text and phone is None:
            errors.append(Issue(field, "phone_invalid"))
        data[field] = phone
    if data["email"] and not _EMAIL.fullmatch(data["email"]):
        errors.append(Issue("email", "email_invalid"))


def _address(get: _Get, data: dict[str, Any], ctx: RuleContext, errors: list[Issue]) -> None:
    village = _unseparated(get("village_code", ""))
    if village:
        if not _TEN.fullmatch(village):
            errors.append(Issue("village_code", "village_format"))
        elif not ctx.village_exists(village):
            errors.append(Issue("village_code", "village_unknown", {"code": village}))
    data["village_code"] = village or None


def _placement(get: _Get, data: dict[str, Any], ctx: RuleContext, errors: list[Issue]) -> None:
    country_text = get("destination_country", "")
    country = ctx.countries.resolve(country_text) if country_text else None
    if country_text and country is None:
        errors.append(Issue("destination_country", "country_unknown", {"value": country_text[:60]}))
    elif country == HOME_COUNTRY:
        errors.append(Issue("destination_country", "country_is_home"))
    data["destination_country"] = country
    p3mi = get("p3mi_id", "")
    if p3mi:
        try:
            p3mi = str(uuid.UUID(p3mi))
        except ValueError:
            errors.append(Issue("p3mi_id", "uuid_invalid"))
    data["p3mi_id"] = p3mi or None
