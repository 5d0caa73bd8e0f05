"""The validator's shortcuts for the usual input give what the general path gives at their edges."""

from __future__ import annotations

import datetime as dt

import pytest

from domain.candidate import RuleContext, check_candidate, parse_documents
from domain.countries import Countries
from domain.dates import parse_date
from domain.issues import Issue
from domain.nik import clean_nik, parse_nik
from domain.phone import normalise_phone
from tests.conftest import valid_candidate

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1999-05-15", dt.date(1999, 5, 15)),
        (" 1999-05-15 ", dt.date(1999, 5, 15)),
        ("١٩٩٩-٠٥-١٥", dt.date(1999, 5, 15)),  # Arabic-Indic digits: `\d` takes them
        ("１９９９-０５-１５", dt.date(1999, 5, 15)),  # full-width digits too
        ("1999-5-15", dt.date(1999, 5, 15)),
        ("15/05/1999", dt.date(1999, 5, 15)),
        ("1999-02-29", None),
        ("0000-01-01", None),
        ("19990515", None),  # ISO basic form: `fromisoformat` takes it, we do not
        ("1999-W20-6", None),  # ISO week date, likewise
        ("1999-05-1\ud800", None),  # a lone surrogate cannot even be encoded
    ],
)
def test_parse_date_shapes(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


def test_nik_separators_and_other_scripts_digits() -> None:
    assert clean_nik("3601\u00a01555-0599.0001") == "3601155505990001"
    assert clean_nik("36010115O5990001") == "36010115O5990001"
    assert [e.code for e in parse_nik("٣٦٠١٠١١٥٠٥٩٩٠٠٠١", reference_date=TODAY).errors] == ["nik_format"]


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (dt.date(2026, 11, 27), dt.date(2000, 2, 29)),
        (dt.date(2000, 2, 28), None),  # 29-02-2000 is tomorrow and 1900 had no 29 February
        (dt.date(1999, 12, 31), None),
    ],
)
def test_nik_29_february_2000_or_1900(reference: dt.date, expected: dt.date | None) -> None:
    info = parse_nik("3601012902000001", reference_date=reference).info
    assert (info.birth_date if info else None) == expected


def test_phone_with_and_without_noise() -> None:
    assert normalise_phone("081234567890") == "+6281234567890"
    assert normalise_phone("0812 3456-7890") == "+6281234567890"
    assert normalise_phone("0812\u00a03456\u00a07890") == "+6281234567890"


def test_document_lists_are_fresh_each_time() -> None:
    errors: list[Issue] = []
    first = parse_documents("ktp;kk", errors)
    first["paspor"] = True
    assert parse_documents("ktp;kk", errors) == {**first, "paspor": False}
    assert errors == []
    parse_documents("ktp;foo", errors)
    parse_documents("ktp;foo", errors)
    assert [(e.code, e.params) for e in errors] == [("documents_invalid", {"value": "foo"})] * 2


def test_results_do_not_share_state() -> None:
    ctx = RuleContext(TODAY, {"3601012001"}.__contains__, Countries())
    first = check_candidate(valid_candidate(), ctx)
    first.data["documents"]["ktp"] = False
    again = check_candidate(valid_candidate(), ctx)
    assert again.ok and again.data["documents"]["ktp"] is True
    assert again.data["sex"] == "F" and type(again.data["sex"]) is str
