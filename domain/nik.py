"""NIK (Nomor Induk Kependudukan) parser: PP KK CC DDMMYY SSSS.

Rules (docs/contract/DOMAIN.md): 16 digits after stripping spaces, dots and dashes; a known province code;
regency and district codes not 00; a real birth date with 40 added to the day for women;
serial 0001-9999. The region is where the NIK was first issued, so a regency or district code
missing from today's table (a code from before a region split) is only a warning. The
two-digit year gets the century that makes a plausible living person on the reference date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from domain.codes import Sex
from domain.issues import Issue

# Kemendagri province codes (Kepmendagri 300.2.2-2138/2025). A NIK keeps the province code it
# was issued under; every code issued since the national NIK began (UU 23/2006) is still in
# this table, including 91/92 for people first registered before the 2022 Papua split.
PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}

MAX_PLAUSIBLE_AGE = 100
_SEPARATORS = re.compile(r"[\s.\-]")
_MALE, _FEMALE = Sex.MALE, Sex.FEMALE

RegionLookup = Callable[[str], bool]
"""Answers whether a dotted region code ("32.76" or "32.76.01") exists today."""


@dataclass(frozen=True, slots=True)
class NikInfo:
    nik: str
    province_code: str
    regency_code: str
    district_code: str
    birth_date: dt.date
    sex: Sex
    serial: str


@dataclass(frozen=True, slots=True)
class NikResult:
    info: NikInfo | None
    errors: tuple[Issue, ...]
    warnings: tuple[Issue, ...]

    @property
    def valid(self) -> bool:
        return self.info is not None


def clean_nik(text: str) -> str:
    # A string of letters and digits has no separator in it: skip the regex (the usual NIK).
    return text if text.isalnum() else _SEPARATORS.sub("", text)


def _century(yy: int, month: int, day: int, reference: dt.date) -> dt.date | None:
    """The latest real date with these digits that is not in the future and not implausibly old."""
    # A 20yy reading in a later year is in the future, so the answer is the 19yy one: skip
    # building the first date. (No day is real in 19yy but not in 20yy, 29-02-1900 included.)
    if 2000 + yy > reference.year:
        try:
            return dt.date(1900 + yy, month, day)
        except ValueError:
            return None
    try:
        candidate = dt.date(2000 + yy, month, day)
    except ValueError:
        return None
    if candidate <= reference and reference.year - candidate.year <= MAX_PLAUSIBLE_AGE:
        return candidate
    # Otherwise the older reading, even outside the plausible window (e.g. a date later this
    # year, 100+ years ago): still a real date, so a genuine NIK is not rejected.
    try:
        return dt.date(1900 + yy, month, day)
    except ValueError:
        return None


def check_nik(
    text: str,
    reference_date: dt.date,
    region_exists: RegionLookup | None,
    field: str,
    errors: list[Issue],
    warnings: list[Issue],
) -> tuple[str, dt.date | None, Sex]:
    """The rules of `parse_nik` without its result objects, for `check_candidate` (once per import row).

    Appends to `errors` and `warnings`; returns the cleaned digits, the birth date (None when
    the NIK is invalid) and the sex. Warnings come only for a NIK without errors.
    """
    digits = clean_nik(text)
    # Same as `[0-9]{16}`: ASCII digits only (str.isdigit alone accepts other scripts' digits).
    if len(digits) != 16 or not digits.isdigit() or not digits.isascii():
        errors.append(Issue(field, "nik_format"))
        return digits, None, _MALE
    valid = True
    pp, kk, cc = digits[0:2], digits[2:4], digits[4:6]
    if pp not in PROVINCES:
        errors.append(Issue(field, "nik_province", {"code": pp}))
        valid = False
    if kk == "00" or cc == "00":
        errors.append(Issue(field, "nik_region_zero"))
        valid = False
    ddmmyy = int(digits[6:12])  # one int() for the three fields
    day, month, yy = ddmmyy // 10000, ddmmyy // 100 % 100, ddmmyy % 100
    sex = _MALE
    if day > 40:
        sex = _FEMALE
        day -= 40
    birth = _century(yy, month, day, reference_date) if 1 <= day <= 31 else None
    if birth is None:
        errors.append(Issue(field, "nik_birth_date"))
    if digits[12:] == "0000":
        errors.append(Issue(field, "nik_serial"))
        valid = False
    if not valid or birth is None:
        return digits, None, sex
    if region_exists is not None:
        regency, district = f"{pp}.{kk}", f"{pp}.{kk}.{cc}"
        if not (region_exists(regency) and region_exists(district)):
            warnings.append(Issue(field, "nik_region_unknown", {"code": district}))
    return digits, birth, sex


def parse_nik(
    text: str,
    *,
    reference_date: dt.date,
    region_exists: RegionLookup | None = None,
    field: str = "nik",
) -> NikResult:
    errors: list[Issue] = []
    warnings: list[Issue] = []
    digits, birth, sex = check_nik(text, reference_date, region_exists, field, errors, warnings)
    if birth is None:
        return NikResult(None, tuple(errors), ())
    pp, kk, cc = digits[0:2], digits[2:4], digits[4:6]
    info = NikInfo(digits, pp, f"{pp}.{kk}", f"{pp}.{kk}.{cc}", birth, sex, digits[12:])
    return NikResult(info, (), tuple(warnings))
