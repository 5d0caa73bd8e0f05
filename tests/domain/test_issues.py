"""The one catalogue of reasons: every rejection code of the protocol in both languages, the
server's own message for a code it does not know, and a dash for a detail the server left out."""

from __future__ import annotations

from domain.issues import MESSAGES, SERVER_CODES, Issue

# SYNC_PROTOCOL.md, "Rejection codes include at least", and the two the central service adds.
PROTOCOL_CODES = {"invalid", "unknown_reference", "forbidden", "nik_registered_elsewhere"}


def test_every_rejection_code_of_the_protocol_reads_in_both_languages() -> None:
    assert PROTOCOL_CODES <= SERVER_CODES <= set(MESSAGES)
    for code in SERVER_CODES:
        indonesian, english = Issue("nik", code).message("id"), Issue("nik", code).message("en")
        assert indonesian and english and indonesian != english, code


def test_the_other_offices_code_is_named_and_a_missing_detail_is_a_dash() -> None:
    named = Issue("nik", "nik_registered_elsewhere", {"office_code": "3601"})
    assert named.message("id") == "NIK ini sudah terdaftar aktif di kantor lain (3601)."
    assert named.message("en") == "Another office (3601) holds an active registration with this NIK."
    assert Issue("nik", "nik_registered_elsewhere", {"office_code": None}).message("id").endswith("(-).")


def test_a_code_the_catalogue_does_not_know_shows_the_servers_message() -> None:
    newer = Issue("phone", "phone_blocked_by_operator", {}, "This number is blocked by the operator.")
    assert newer.message("id") == "This number is blocked by the operator."
    assert Issue("phone", "phone_blocked_by_operator").message("en") == "Invalid value."  # nothing better
    known = Issue("nik", "forbidden", {}, "server words")
    assert known.message("id") == "Rekaman ini milik kantor lain."  # the catalogue wins when it knows
