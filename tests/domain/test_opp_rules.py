"""OPP prerequisites are dated data: a new rule applies from its date, older sessions keep theirs."""

from __future__ import annotations

import datetime as dt

from domain.codes import DocumentType
from domain.rules import (
    OPP_PREREQUISITE_RULES,
    OppPrerequisites,
    missing_opp_prerequisites,
    opp_prerequisites,
)

FOUR = ["paspor", "visa_kerja", "perjanjian_kerja", "bpjs_ketenagakerjaan"]


def test_the_four_documents_of_domain_md_are_asked_for_today() -> None:
    assert [d.value for d in opp_prerequisites(dt.date(2026, 11, 30))] == FOUR
    assert missing_opp_prerequisites({d: True for d in FOUR}, dt.date(2026, 11, 30)) == []
    assert [d.value for d in missing_opp_prerequisites({"ktp": True}, dt.date(2026, 11, 30))] == FOUR


def test_a_regulation_change_is_a_new_dated_entry() -> None:
    later = OppPrerequisites(
        (DocumentType.PASPOR, DocumentType.VISA_KERJA, DocumentType.SURAT_SEHAT),
        dt.date(2027, 1, 1),
        "a hypothetical regulation",
    )
    table = (*OPP_PREREQUISITE_RULES, later)
    held = {"paspor": True, "visa_kerja": True, "perjanjian_kerja": True, "bpjs_ketenagakerjaan": True}
    assert missing_opp_prerequisites(held, dt.date(2026, 12, 31), table) == []
    assert missing_opp_prerequisites(held, dt.date(2027, 1, 1), table) == [DocumentType.SURAT_SEHAT]
