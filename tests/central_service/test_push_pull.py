"""Push and pull as docs/contract/SYNC_PROTOCOL.md describes them, against the real server."""

from __future__ import annotations

import gzip
import json
import uuid

import requests

from tests.central_service.support import (
    Server,
    assert_error_body,
    attendance_data,
    candidate_data,
    change,
    enroll,
    new_office,
    nik,
    session_data,
)


def test_health_is_json_with_api_version(server: Server) -> None:
    body = requests.get(server.url("/health"), timeout=5).json()
    assert body["status"] == "ok" and body["api_version"] == 1 and body["server_time"].endswith("Z")


def test_applied_then_duplicate_with_the_original_version(server: Server) -> None:
    device = enroll(server)
    create = change("candidate", candidate_data())
    first = device.push(create)
    assert first[0]["status"] == "applied" and first[0]["version"] == 1
    again = device.push(create, create)
    assert [r["status"] for r in again] == ["duplicate", "duplicate"]
    assert all(r["version"] == 1 for r in again)


def test_stale_base_version_is_a_conflict_with_the_current_copy(server: Server) -> None:
    device = enroll(server)
    data = candidate_data()
    create = change("candidate", data)
    device.push(create)
    edit = change(
        "candidate",
        {**data, "full_name": "Siti Aminah Binti Ahmad"},
        entity_id=create["entity_id"],
        base_version=1,
    )
    assert device.push(edit)[0]["version"] == 2
    stale = change(
        "candidate", {**data, "phone": "+6281111111111"}, entity_id=create["entity_id"], base_version=1
    )
    result = device.push(stale)[0]
    assert result["status"] == "conflict"
    assert result["current"]["version"] == 2
    assert result["current"]["data"]["full_name"] == "Siti Aminah Binti Ahmad"
    unknown = change("candidate", data, base_version=3)
    assert device.push(unknown)[0]["errors"][0]["code"] == "unknown_reference"


def test_rule_breaking_change_is_rejected_and_does_not_block_the_others(server: Server) -> None:
    device = enroll(server)
    bad_nik = change("candidate", candidate_data(nik="3601014502990000"))
    under_age = change("candidate", candidate_data(nik=nik("100515"), birth_date="2010-05-15"))
    bad_village = change("candidate", candidate_data(village_code="3601019999"))
    good = change("candidate", candidate_data(unknown_field={"kept": True}))
    results = device.push(bad_nik, under_age, bad_village, good)
    assert [r["status"] for r in results] == ["rejected", "rejected", "rejected", "applied"]
    codes = [{e["code"] for e in r["errors"]} for r in results[:3]]
    assert "nik_serial" in codes[0] and "under_age" in codes[1] and "village_unknown" in codes[2]
    assert all(e["message"] for r in results[:3] for e in r["errors"])
    pulled = device.pull_all()
    assert [c["entity_id"] for c in pulled] == [good["entity_id"]]
    assert pulled[0]["data"]["unknown_field"] == {"kept": True}


def test_active_nik_is_held_by_one_office_only(server: Server) -> None:
    a, b = enroll(server), enroll(server)
    shared = nik()
    assert a.push(change("candidate", candidate_data(nik=shared)))[0]["status"] == "applied"
    result = b.push(change("candidate", candidate_data(nik=shared)))[0]
    assert result["status"] == "rejected"
    assert result["errors"][0]["code"] == "nik_registered_elsewhere"
    assert result["errors"][0]["details"] == {"office_code": a.office}
    # Same office, another device: not "elsewhere".
    a2 = enroll(server, a.office)
    assert a2.push(change("candidate", candidate_data(nik=shared)))[0]["status"] == "applied"


def test_withdrawn_registration_frees_the_nik(server: Server) -> None:
    a, b = enroll(server), enroll(server)
    shared = nik()
    create = change("candidate", candidate_data(nik=shared))
    a.push(create)
    withdraw = change(
        "candidate",
        candidate_data(nik=shared, status="withdrawn"),
        entity_id=create["entity_id"],
        base_version=1,
    )
    assert a.push(withdraw)[0]["status"] == "applied"
    assert b.push(change("candidate", candidate_data(nik=shared)))[0]["status"] == "applied"


def test_attendance_references_and_capacity(server: Server) -> None:
    device = enroll(server)
    session = change("opp_session", session_data(capacity=1))
    c1, c2 = change("candidate", candidate_data()), change("candidate", candidate_data())
    orphan = change("opp_attendance", attendance_data(str(uuid.uuid4()), c1["entity_id"]))
    first = change("opp_attendance", attendance_data(session["entity_id"], c1["entity_id"]))
    # The same person recorded again (another desk, offline): one record, merged, never a duplicate.
    twin = change(
        "opp_attendance",
        attendance_data(session["entity_id"], c1["entity_id"], checked_in_at="2026-12-01T01:09:00Z"),
    )
    over = change("opp_attendance", attendance_data(session["entity_id"], c2["entity_id"]))
    absent = change(
        "opp_attendance",
        attendance_data(session["entity_id"], c2["entity_id"], status="absent"),
        entity_id=over["entity_id"],
    )
    drawn = change(
        "opp_attendance", attendance_data(session["entity_id"], c2["entity_id"]), entity_id=str(uuid.uuid4())
    )
    results = device.push(session, c1, c2, orphan, first, twin, over, absent, drawn)
    assert [r["status"] for r in results] == [
        "applied",
        "applied",
        "applied",
        "rejected",
        "applied",
        "applied",
        "rejected",
        "applied",
        "rejected",
    ]
    assert results[3]["errors"][0] == {
        **results[3]["errors"][0],
        "field": "session_id",
        "code": "unknown_reference",
    }
    assert results[5]["version"] == 2
    assert results[5]["current"]["data"]["checked_in_at"] == "2026-12-01T01:05:00Z"  # the earlier stands
    assert results[6]["errors"][0]["code"] == "capacity_exceeded"
    # A record of a pair under any id but the derived one would be a second record for a person.
    assert results[8]["errors"][0]["field"] == "entity_id"
    assert results[8]["errors"][0]["details"] == {"expected": over["entity_id"]}


def test_session_rules(server: Server) -> None:
    device = enroll(server)
    bad = change("opp_session", session_data(ends_at="2026-12-01T00:00:00Z", capacity=0, status="maybe"))
    codes = {e["code"] for e in device.push(bad)[0]["errors"]}
    assert codes == {"time_order", "not_positive", "invalid_choice"}


def test_delete_is_a_tombstone_in_the_feed(server: Server) -> None:
    device = enroll(server)
    create = change("candidate", candidate_data())
    device.push(create)
    gone = change("candidate", None, entity_id=create["entity_id"], base_version=1, op="delete")
    assert (device.push(gone)[0]["status"], device.push(gone)[0]["status"]) == ("applied", "duplicate")
    pulled = device.pull_all()
    assert [(c["op"], c["version"]) for c in pulled] == [("upsert", 1), ("delete", 2)]


def test_pull_pages_in_seq_order_without_gaps(server: Server) -> None:
    device = enroll(server)
    device.push(*[change("candidate", candidate_data()) for _ in range(25)])
    pages, since, seqs = 0, None, []
    while True:
        params = {"limit": 7, **({"since": since} if since else {})}
        body = requests.get(
            server.url("/sync/pull"), params=params, headers=device.headers, timeout=10
        ).json()
        seqs += [c["seq"] for c in body["changes"]]
        pages, since = pages + 1, body["next"]
        if not body["more"]:
            break
    assert seqs == list(range(1, 26)) and pages == 4
    again = requests.get(
        server.url("/sync/pull"), params={"since": since}, headers=device.headers, timeout=10
    )
    assert again.json() == {"changes": [], "next": since, "more": False}


def test_gzip_body_is_accepted(server: Server) -> None:
    device = enroll(server)
    body = json.dumps({"device_id": device.device_id, "changes": [change("candidate", candidate_data())]})
    headers = {**device.headers, "Content-Encoding": "gzip", "Content-Type": "application/json"}
    r = requests.post(
        server.url("/sync/push"), data=gzip.compress(body.encode()), headers=headers, timeout=10
    )
    assert r.status_code == 200 and r.json()["results"][0]["status"] == "applied"


def test_limits_give_413_with_the_limits(server: Server) -> None:
    device = enroll(server)
    r = device.push_raw([change("candidate", {}) for _ in range(501)])
    body = assert_error_body(r, 413, "payload_too_large")
    assert body["error"]["details"] == {"max_bytes": 8 * 1024 * 1024, "max_changes": 500}
    big = change("candidate", candidate_data(note="x" * (8 * 1024 * 1024)))
    assert_error_body(device.push_raw([big]), 413, "payload_too_large")


def test_device_id_must_match_the_token(server: Server) -> None:
    device = enroll(server)
    body = {"device_id": str(uuid.uuid4()), "changes": []}
    r = requests.post(server.url("/sync/push"), json=body, headers=device.headers, timeout=10)
    assert_error_body(r, 403, "device_mismatch")


def test_p3mi_list_reaches_every_office_feed(server: Server, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.central_service.support import cli

    office = new_office(server)
    licence = f"KEP-{uuid.uuid4().hex[:8]}"
    csv_file = tmp_path / "p3mi.csv"
    csv_file.write_text(
        f"name,licence_no,address,active\nPT Maju Jaya,{licence},Jl. Raya 1,true\n", encoding="utf-8"
    )
    assert "1 added" in cli(server.db_url, "p3mi", "import", str(csv_file)).stdout
    device = enroll(server, office)
    pulled = [c for c in device.pull_all() if c["entity"] == "p3mi" and c["data"]["licence_no"] == licence]
    assert len(pulled) == 1 and pulled[0]["data"]["active"] is True
    late = enroll(server)  # an office created after the import starts with the list
    assert any(c["entity"] == "p3mi" and c["data"]["licence_no"] == licence for c in late.pull_all())


def test_ids_in_other_spellings_are_stored_in_canonical_form(server: Server) -> None:
    """Upper case, no hyphens, braces: the same UUID, answered and pulled in canonical form."""
    device = enroll(server)
    canonical = [change("candidate", candidate_data()) for _ in range(3)]
    spelled = [
        {**canonical[0], "change_id": canonical[0]["change_id"].upper()},
        {**canonical[1], "entity_id": uuid.UUID(canonical[1]["entity_id"]).hex},
        {**canonical[2], "change_id": "{" + canonical[2]["change_id"] + "}"},
    ]
    results = device.push(*spelled)
    assert [r["status"] for r in results] == ["applied"] * 3
    assert [r["change_id"] for r in results] == [c["change_id"] for c in canonical]
    # The canonical spelling is the same change: a duplicate, not a second record.
    assert [r["status"] for r in device.push(*canonical)] == ["duplicate"] * 3
    pulled = {c["entity_id"] for c in device.pull_all() if c["entity"] == "candidate"}
    assert pulled == {c["entity_id"] for c in canonical}
