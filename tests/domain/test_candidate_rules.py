from __future__ import annotations

import datetime as dt

import pytest

from domain.candidate import REQUIRED_FIELDS, RuleContext, check_candidate
from domain.codes import DocumentType, Scheme, Sector
from domain.countries import Countries
from domain.dates import parse_date
from domain.issues import MESSAGES, Issue
from domain.phone import normalise_phone
from domain.rules import documents_expected, minimum_age, missing_opp_prerequisites
from tests.conftest import valid_candidate

TODAY = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def ctx() -> RuleContext:
    return RuleContext(TODAY, {"3601012001"}.__contains__, Countries())


def error_codes(ctx: RuleContext, **overrides: object) -> dict[str, str | None]:
    return {e.code: e.field for e in check_candidate(valid_candidate(**overrides), ctx).errors}


def test_valid_candidate_normalises_to_wire_form(ctx: RuleContext) -> None:
    check = check_candidate(
        valid_candidate(
            sex="P",
            birth_date="15/05/1999",
            phone="+62 812-3456-7890",
            village_code="36.01.01.2001",
            destination_country="Malaysia",
            scheme="P to P",
        ),
        ctx,
    )
    assert check.ok, check.errors
    assert check.data["sex"] == "F"
    assert check.data["birth_date"] == "1999-05-15"
    assert check.data["phone"] == "+6281234567890"
    assert check.data["village_code"] == "3601012001"
    assert check.data["destination_country"] == "MY"
    assert check.data["scheme"] == "p_to_p"
    assert check.data["documents"]["ktp"] is True and check.data["documents"]["paspor"] is False


@pytest.mark.parametrize("field", REQUIRED_FIELDS)
def test_each_required_field(ctx: RuleContext, field: str) -> None:
    assert error_codes(ctx, **{field: ""}).get("required") == field


def test_under_age_is_refused_and_age_rule_is_dated_per_scheme(ctx: RuleContext) -> None:
    codes = error_codes(ctx, nik="3601015505100001", birth_date="2010-05-15")
    assert codes["under_age"] == "birth_date"
    assert minimum_age(Scheme.P_TO_P, TODAY) == 18


def test_nik_date_or_sex_mismatch_is_a_warning_not_an_error(ctx: RuleContext) -> None:
    check = check_candidate(valid_candidate(birth_date="1999-05-16", sex="M"), ctx)
    assert check.ok
    assert {w.code for w in check.warnings} == {"nik_birth_date_mismatch", "nik_sex_mismatch"}


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("village_code", "3601019999", "village_unknown"),
        ("village_code", "36010120", "village_format"),
        ("destination_country", "Atlantis", "country_unknown"),
        ("destination_country", "Indonesia", "country_is_home"),
        ("phone", "12", "phone_invalid"),
        ("sex", "X", "invalid_choice"),
        ("scheme", "calo", "invalid_choice"),
        ("birth_date", "1999-02-30", "date_format"),
        ("birth_date", "31/31/1999", "date_format"),
        ("kk_number", "123", "kk_format"),
        ("email", "not-an-email", "email_invalid"),
        ("documents", "ktp;fingerprint", "documents_invalid"),
        ("full_name", "x" * 121, "too_long"),
    ],
)
def test_field_rules(ctx: RuleContext, field: str, value: str, code: str) -> None:
    assert error_codes(ctx, **{field: value}).get(code) == field


def test_every_code_has_both_languages() -> None:
    for code, (indonesian, english) in MESSAGES.items():
        assert indonesian and english and indonesian != english, code
    assert Issue("nik", "nik_format").message("en") == "The NIK must be 16 digits."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2001-02-03", dt.date(2001, 2, 3)),
        ("03-02-2001", dt.date(2001, 2, 3)),
        ("03/02/2001", dt.date(2001, 2, 3)),
        ("3/2/2001", dt.date(2001, 2, 3)),
        ("2001/02/03", None),
        ("03-02-01", None),
        ("", None),
        ("29-02-2001", None),
    ],
)
def test_accepted_date_formats(text: str, expected: dt.date | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("081234567890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("+62 812 3456 7890", "+6281234567890"),
        ("(021) 555-1234", "+62215551234"),
        ("+60 12-345 6789", "+60123456789"),
        ("0812", None),
        ("abc", None),
    ],
)
def test_phone_numbers_to_e164(text: str, expected: str | None) -> None:
    assert normalise_phone(text) == expected


def test_countries_have_indonesian_names_and_common_names() -> None:
    countries = Countries()
    assert countries.resolve("Korea Selatan") == "KR"
    assert countries.resolve("Taiwan") == "TW"
    assert countries.resolve("arab saudi") == "SA"
    assert countries.resolve("hk") == "HK"
    taiwan = countries.get("TW")
    assert taiwan is not None and taiwan.name_en == "Taiwan"


def test_document_rules() -> None:
    informal = documents_expected(Scheme.P_TO_P, Sector.INFORMAL)
    formal = documents_expected(Scheme.P_TO_P, Sector.FORMAL)
    assert informal.index(DocumentType.SERTIFIKAT_KOMPETENSI) < formal.index(
        DocumentType.SERTIFIKAT_KOMPETENSI
    )
    assert DocumentType.PERJANJIAN_PENEMPATAN in formal
    assert DocumentType.PERJANJIAN_PENEMPATAN not in documents_expected(Scheme.MANDIRI, Sector.FORMAL)
    assert [
        d.value
        for d in missing_opp_prerequisites({"paspor": True, "visa_kerja": True}, dt.date(2026, 11, 30))
    ] == [
        "perjanjian_kerja",
        "bpjs_ketenagakerjaan",
    ]
