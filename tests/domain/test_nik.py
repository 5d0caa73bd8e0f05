"""The NIK parser: every rule of docs/contract/DOMAIN.md, round-trips by property, and lokal-id as an oracle."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lokal import parse_nik as lokal_parse_nik

from domain.codes import Sex
from domain.nik import PROVINCES, parse_nik

TODAY = dt.date(2026, 11, 27)


def codes(nik: str) -> set[str]:
    result = parse_nik(nik, reference_date=TODAY)
    return {e.code for e in result.errors}


def test_valid_female_nik_decodes_date_sex_and_region() -> None:
    result = parse_nik("3601 0155 0599 0001", reference_date=TODAY)
    assert result.info is not None
    assert result.info.birth_date == dt.date(1999, 5, 15)
    assert result.info.sex is Sex.FEMALE
    assert (result.info.province_code, result.info.regency_code) == ("36", "36.01")


@pytest.mark.parametrize(
    ("nik", "code"),
    [
        ("360101150599000", "nik_format"),  # 15 digits
        ("36010115059900011", "nik_format"),  # 17 digits
        ("36010115O5990001", "nik_format"),  # a letter O
        ("9901011505990001", "nik_province"),  # no province 99
        ("3600011505990001", "nik_region_zero"),
        ("3601001505990001", "nik_region_zero"),
        ("3601013102990001", "nik_birth_date"),  # 31 February
        ("3601017102990001", "nik_birth_date"),  # 31 February for a woman (71)
        ("3601010005990001", "nik_birth_date"),  # day 00
        ("3601013205990001", "nik_birth_date"),  # day 32 is neither man (≤31) nor woman (≥41)
        ("3601011513990001", "nik_birth_date"),  # month 13
        ("3601011505990000", "nik_serial"),
    ],
)
def test_each_rule_has_its_code(nik: str, code: str) -> None:
    assert code in codes(nik)


def test_separators_are_stripped() -> None:
    assert parse_nik("36.01.01-150599-0001", reference_date=TODAY).valid


def test_29_february_only_in_leap_years() -> None:
    assert parse_nik("3601012902960001", reference_date=TODAY).valid
    assert "nik_birth_date" in codes("3601012902970001")


def test_century_makes_a_plausible_person() -> None:
    def year(nik: str) -> int:
        info = parse_nik(nik, reference_date=TODAY).info
        assert info is not None
        return info.birth_date.year

    assert year("3601011505050001") == 2005
    assert year("3601011505990001") == 1999
    assert year("3601011505260001") == 2026  # earlier this year
    assert year("3601011512260001") == 1926  # December 2026 is still to come


def test_unknown_regency_or_district_is_only_a_warning() -> None:
    known = {"36.01", "36.01.01"}
    result = parse_nik("3698011505990001", reference_date=TODAY, region_exists=known.__contains__)
    assert result.valid
    assert [w.code for w in result.warnings] == ["nik_region_unknown"]


def test_papua_split_provinces_and_their_parents_are_accepted() -> None:
    for province in ("91", "92", "93", "94", "95", "96"):
        assert parse_nik(f"{province}01011505990001", reference_date=TODAY).valid


@st.composite
def valid_niks(draw: st.DrawFn) -> tuple[str, dt.date, Sex, str]:
    province = draw(st.sampled_from(sorted(PROVINCES)))
    regency = draw(st.integers(1, 99))
    district = draw(st.integers(1, 99))
    birth = draw(st.dates(min_value=dt.date(1927, 1, 1), max_value=TODAY))
    sex = draw(st.sampled_from([Sex.MALE, Sex.FEMALE]))
    serial = draw(st.integers(1, 9999))
    day = birth.day + (40 if sex is Sex.FEMALE else 0)
    nik = f"{province}{regency:02d}{district:02d}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"
    return nik, birth, sex, province


@settings(max_examples=400, deadline=None)
@given(valid_niks())
def test_generated_valid_niks_round_trip(case: tuple[str, dt.date, Sex, str]) -> None:
    nik, birth, sex, province = case
    result = parse_nik(nik, reference_date=TODAY)
    assert result.info is not None, result.errors
    assert result.info.birth_date == birth
    assert result.info.sex is sex
    assert result.info.province_code == province
    assert result.info.nik == nik


@settings(max_examples=600, deadline=None)
@given(st.one_of(valid_niks().map(lambda c: c[0]), st.text(alphabet="0123456789", min_size=16, max_size=16)))
def test_lokal_id_agrees_on_validity(nik: str) -> None:
    """lokal-id is an independent implementation of the same structure rules.

    Both accept the same province table (lokal-id's includes 91-96). The two differ by design
    only in the century of the birth year: lokal-id picks 20YY up to this year's YY, we pick the
    latest date that is not in the future, so a birth date later this year in 20YY is valid
    for lokal-id and 19YY for us — validity is the same, so this test compares validity only.
    """
    ours = parse_nik(nik, reference_date=TODAY).valid
    theirs = lokal_parse_nik(nik, reference_date=TODAY).valid
    assert ours == theirs
