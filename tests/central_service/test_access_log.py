"""The server's log holds no personal data and no secrets, whatever the requests carried.

A device enrols, pushes a candidate with distinctive personal data (accepted, rejected, and in a
body that breaks the schema), pulls it back, and an intruder sends the person's NIK as a token
and in the query string; then the whole log of the server is searched for every one of those
values. The access lines themselves must be there: method, path, status, device id.
"""

from __future__ import annotations

import time
import uuid
from urllib.parse import quote, quote_plus

import requests

from tests.central_service.support import (
    Server,
    candidate_data,
    change,
    new_code,
    new_office,
    nik,
)

PERSON = {
    "full_name": "Wulandari Kusumaningtyas",
    "birth_place": "Pandeglangsari",
    "phone": "+6281377712345",
    "email": "wulandari.kusuma@example.org",
    "address_line": "Kp. Cigadung Lebak RT 07/09",
    "heir_name": "Sukmawijaya Hartono",
    "heir_phone": "+6285799911177",
    "kk_number": "3601017712340009",
}


def _log_after(server: Server, marker: str, timeout: float = 10.0) -> str:
    """The log once it mentions `marker` (the access line is written as the answer goes out)."""
    deadline = time.monotonic() + timeout
    while True:
        text = server.log.read_text(encoding="utf-8", errors="replace")
        if marker in text or time.monotonic() > deadline:
            return text
        time.sleep(0.05)


def test_access_log_has_no_personal_data_tokens_or_codes(server: Server) -> None:
    office = new_office(server, name="Kantor Rahasia Cibaliung")
    code = new_code(server, office)
    device_id = str(uuid.uuid4())
    enrolment = {
        "enrollment_code": code,
        "device_id": device_id,
        "device_name": "PC milik Wulandari",
        "app_version": "0.1.0",
    }
    r = requests.post(server.url("/devices/enroll"), json=enrolment, timeout=30)
    assert r.status_code == 201, r.text
    token = r.json()["token"]
    headers = {"Authorization": f"Bearer {token}", "User-Agent": "LoketPMI/test"}
    person_nik = nik()

    accepted = change("candidate", candidate_data(nik=person_nik, **PERSON))
    rejected = change("candidate", candidate_data(nik=person_nik[:15] + "X", **PERSON))
    body = {"device_id": device_id, "changes": [accepted, rejected]}
    r = requests.post(server.url("/sync/push"), json=body, headers=headers, timeout=30)
    assert [x["status"] for x in r.json()["results"]] == ["applied", "rejected"]
    broken = {"device_id": device_id, "changes": [{**accepted, "entity": person_nik}]}
    r = requests.post(server.url("/sync/push"), json=broken, headers=headers, timeout=30)
    assert r.status_code == 422
    r = requests.get(server.url("/sync/pull"), params={"since": "0"}, headers=headers, timeout=30)
    assert person_nik in r.text  # the person really went through this server
    # An intruder: the NIK as a token and as a cursor, a name in a made-up query parameter.
    intruder = {"Authorization": f"Bearer {person_nik}"}
    params = {"since": person_nik, "name": PERSON["full_name"]}
    assert (
        requests.get(server.url("/sync/pull"), params=params, headers=intruder, timeout=30).status_code == 401
    )
    assert requests.get(server.url("/sync/pull"), params=params, headers=headers, timeout=30).ok
    params = {"since": PERSON["full_name"]}
    r = requests.get(server.url("/sync/pull"), params=params, headers=headers, timeout=30)
    assert r.status_code == 422

    log = _log_after(server, "GET /api/v1/sync/pull 422")
    secrets = {
        "token": token,
        "enrolment code": code,
        "NIK": person_nik,
        "office name": "Kantor Rahasia Cibaliung",
        "device name": enrolment["device_name"],
        **PERSON,
        "phone as typed": "081377712345",
        "phone digits": "81377712345",
    }
    # As written, and as a URL would carry them.
    forms = {
        (what, form) for what, value in secrets.items() for form in (value, quote(value), quote_plus(value))
    }
    leaked = {what for what, form in forms if form in log}
    assert not leaked, f"personal data or secrets in the server log: {sorted(leaked)}"
    assert "POST /api/v1/sync/push 200" in log
    assert f"device={device_id}" in log
    assert "GET /api/v1/sync/pull 401" in log
