"""Enrolment codes and tokens; office isolation on every endpoint."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import requests

from domain.dates import utc_now
from tests.central_service.support import (
    Device,
    Server,
    admin_engine,
    assert_error_body,
    attendance_data,
    candidate_data,
    change,
    enroll,
    new_code,
    new_office,
    running_server,
    session_data,
)


def _enroll(server: Server, code: str, device_id: str) -> requests.Response:
    body = {"enrollment_code": code, "device_id": device_id, "device_name": "PC", "app_version": "0.1"}
    return requests.post(server.url("/devices/enroll"), json=body, timeout=10)


def test_code_is_single_use_but_a_lost_answer_can_be_retried(server: Server) -> None:
    office = new_office(server, "Disnakertrans Provinsi Banten")
    code = new_code(server, office)
    device_id = str(uuid.uuid4())
    first = _enroll(server, code, device_id)
    assert first.status_code == 201
    assert first.json()["office"] == {"code": office, "name": "Disnakertrans Provinsi Banten"}
    retry = _enroll(server, code.lower(), device_id)
    assert retry.status_code == 201 and retry.json()["token"] != first.json()["token"]
    old = Device(server, device_id, first.json()["token"], office)
    assert_error_body(old.push_raw([]), 401, "unauthorized")
    new = Device(server, device_id, retry.json()["token"], office)
    assert new.push_raw([]).status_code == 200
    assert_error_body(_enroll(server, code, str(uuid.uuid4())), 401, "invalid_enrollment_code")
    assert_error_body(_enroll(server, "AAAA-BBBB-CCCC", str(uuid.uuid4())), 401, "invalid_enrollment_code")


def test_expired_code_is_refused(server: Server) -> None:
    office = new_office(server)
    an_hour_ago = utc_now() - dt.timedelta(hours=1)  # issued in the past instead of waiting for expiry
    expired = new_code(server, office, ttl_hours=0.99, issued_at=an_hour_ago)
    assert_error_body(_enroll(server, expired, str(uuid.uuid4())), 401, "invalid_enrollment_code")
    alive = new_code(server, office, ttl_hours=1.1, issued_at=an_hour_ago)
    assert _enroll(server, alive, str(uuid.uuid4())).status_code == 201


def test_revoked_device_is_refused_and_cannot_reuse_its_code(server: Server) -> None:
    from central_service.offices import revoke_device

    office = new_office(server)
    code = new_code(server, office)
    device_id = str(uuid.uuid4())
    token = _enroll(server, code, device_id).json()["token"]
    assert revoke_device(admin_engine(server.db_url), device_id, utc_now())
    device = Device(server, device_id, token, office)
    assert_error_body(device.push_raw([]), 401, "device_revoked")
    assert_error_body(_enroll(server, code, device_id), 401, "invalid_enrollment_code")


def test_missing_and_forged_tokens(server: Server) -> None:
    for headers in (
        {},
        {"Authorization": "Bearer"},
        {"Authorization": "Basic abc"},
        {"Authorization": "Bearer " + "A" * 43},
        {"Authorization": "Bearer \u00e9\u00e9"},
    ):
        r = requests.get(server.url("/sync/pull"), headers=headers, timeout=10)
        assert_error_body(r, 401, "unauthorized")
        r = requests.post(
            server.url("/sync/push"),
            json={"device_id": str(uuid.uuid4()), "changes": []},
            headers=headers,
            timeout=10,
        )
        assert_error_body(r, 401, "unauthorized")


def test_office_b_can_neither_read_nor_change_office_a(server: Server) -> None:
    a, b = enroll(server), enroll(server)
    session = change("opp_session", session_data())
    person = change("candidate", candidate_data())
    presence = change("opp_attendance", attendance_data(session["entity_id"], person["entity_id"]))
    assert [r["status"] for r in a.push(session, person, presence)] == ["applied"] * 3

    # Read: B's feed holds nothing of A's, whatever the cursor or limit.
    a_ids = {session["entity_id"], person["entity_id"], presence["entity_id"]}
    for since in (None, "0", "1", "2", "3"):
        assert not a_ids & {c["entity_id"] for c in b.pull_all(since=since, limit=1)}

    # Change: every entity of A, with every base_version, is forbidden to B.
    for original in (session, person, presence):
        for base in (None, 1, 2):
            attempt = change(
                original["entity"], original["data"], entity_id=original["entity_id"], base_version=base
            )
            result = b.push(attempt)[0]
            assert result["status"] == "rejected" and result["errors"][0]["code"] == "forbidden", result
            assert result["current"] is None
        gone = change(original["entity"], None, entity_id=original["entity_id"], base_version=1, op="delete")
        assert b.push(gone)[0]["errors"][0]["code"] == "forbidden"
    # Replaying A's change ids tells B nothing either.
    assert b.push(person)[0]["errors"][0]["code"] == "forbidden"
    # References to A's records are unknown to B.
    mine = change("candidate", candidate_data())
    b.push(mine)
    cross = change("opp_attendance", attendance_data(session["entity_id"], mine["entity_id"]))
    assert b.push(cross)[0]["errors"][0]["code"] == "unknown_reference"
    # B's device id with A's token, and the other way round.
    r = requests.post(
        server.url("/sync/push"),
        json={"device_id": a.device_id, "changes": []},
        headers=b.headers,
        timeout=10,
    )
    assert_error_body(r, 403, "device_mismatch")
    # A still sees exactly its own three records, unchanged.
    pulled = [c for c in a.pull_all() if c["entity"] != "p3mi"]
    assert {(c["entity_id"], c["version"]) for c in pulled} == {(i, 1) for i in a_ids}


def test_a_fresh_code_cannot_take_over_an_existing_device(server: Server) -> None:
    office = new_office(server)
    device_id = str(uuid.uuid4())
    token = _enroll(server, new_code(server, office), device_id).json()["token"]
    thief = _enroll(server, new_code(server, office), device_id)  # same office, no token
    assert_error_body(thief, 401, "invalid_enrollment_code")
    forged = requests.post(
        server.url("/devices/enroll"),
        json={
            "enrollment_code": new_code(server, office),
            "device_id": device_id,
            "device_name": "PC",
            "app_version": "1",
        },
        headers={"Authorization": "Bearer " + "x" * 43},
        timeout=10,
    )
    assert_error_body(forged, 401, "invalid_enrollment_code")
    assert Device(server, device_id, token, office).push_raw([]).status_code == 200  # still its own
    again = requests.post(
        server.url("/devices/enroll"),
        json={
            "enrollment_code": new_code(server, office),
            "device_id": device_id,
            "device_name": "PC",
            "app_version": "1",
        },
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert again.status_code == 201  # re-enrolment of the same PC, proven by its token
    assert_error_body(Device(server, device_id, token, office).push_raw([]), 401, "unauthorized")


def test_no_answer_reveals_a_device_of_another_office(server: Server) -> None:
    device_id = str(uuid.uuid4())
    assert _enroll(server, new_code(server, new_office(server)), device_id).status_code == 201
    elsewhere = _enroll(server, new_code(server, new_office(server)), device_id)
    unknown = _enroll(server, "WRONG-CODE-1234", str(uuid.uuid4()))
    assert elsewhere.status_code == unknown.status_code == 401
    assert elsewhere.json() == unknown.json()


def test_device_names_are_one_printable_line(server: Server) -> None:
    office = new_office(server)
    for name in ("PC\tloket", "PC\nforged\trow", "PC\x1b[31m", "PC\u202eevil", "   "):
        body = {
            "enrollment_code": new_code(server, office),
            "device_id": str(uuid.uuid4()),
            "device_name": name,
            "app_version": "1",
        }
        r = requests.post(server.url("/devices/enroll"), json=body, timeout=10)
        errors = assert_error_body(r, 422, "invalid")["error"]["details"]["errors"]
        assert errors[0]["loc"][-1] == "device_name"


def test_wrong_codes_are_rate_limited_per_client_address(tmp_path: Path) -> None:
    env = {"LOKET_CENTRAL_ENROLL_FAILURES": "3"}
    with running_server(f"sqlite:///{tmp_path / 'c.db'}", tmp_path / "s.log", env=env) as server:
        office = new_office(server)

        def attempt(code: str, address: str) -> requests.Response:
            body = {
                "enrollment_code": code,
                "device_id": str(uuid.uuid4()),
                "device_name": "PC",
                "app_version": "1",
            }
            headers = {"X-Forwarded-For": address}  # as deploy/nginx sets it
            return requests.post(server.url("/devices/enroll"), json=body, headers=headers, timeout=10)

        for _ in range(3):
            assert_error_body(attempt("GUESS-0000-0000", "203.0.113.7"), 401, "invalid_enrollment_code")
        blocked = attempt(new_code(server, office), "203.0.113.7")  # even a right code waits now
        assert_error_body(blocked, 429, "too_many_requests")
        assert int(blocked.headers["Retry-After"]) > 0
        assert attempt(new_code(server, office), "198.51.100.9").status_code == 201  # others enrol
