"""No input makes the server answer 5xx: schemathesis against the served OpenAPI schema, then
hypothesis and hand-made bodies the schema cannot express. Every refusal carries the error body."""

from __future__ import annotations

import gzip
import json
import uuid
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.central_service.support import Device, Server, candidate_data, change, enroll

FUZZ = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)


@pytest.fixture(scope="session")
def fuzz_device(server: Server) -> Device:
    return enroll(server)


@pytest.fixture(scope="session")
def api_schema(server: Server) -> Any:
    return schemathesis.openapi.from_url(server.url("/openapi.json"))


def _error_body_if_refused(response: Any) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"} and {"code", "message", "details"} <= set(body["error"])


def test_schemathesis_finds_no_server_error(api_schema: Any, fuzz_device: Device) -> None:
    # WORKAROUND: schemathesis' pytest plugin (`from_fixture`) fails on this pytest
    # ("'Function' object has no attribute '_nodeid'"), so each operation's strategy is run here.
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 4
    for operation in operations:

        @FUZZ
        @given(case=operation.as_strategy())
        def check(case: Any) -> None:
            headers = dict(case.headers or {})
            headers.setdefault("Authorization", fuzz_device.headers["Authorization"])
            _error_body_if_refused(case.call(headers=headers, timeout=30))

        check()


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


@FUZZ
@given(
    data=st.dictionaries(st.sampled_from([*candidate_data(), "x"]), json_values, max_size=30),
    entity=st.sampled_from(["candidate", "opp_session", "opp_attendance"]),
    base=st.none() | st.integers(min_value=-5, max_value=2**63 + 5),
)
def test_any_record_data_gets_a_per_change_answer(
    fuzz_device: Device, data: dict, entity: str, base: Any
) -> None:
    body = change(entity, data)
    body["base_version"] = base
    response = fuzz_device.push_raw([body])
    _error_body_if_refused(response)


@FUZZ
@given(raw=st.binary(max_size=300))
def test_arbitrary_bytes(fuzz_device: Device, raw: bytes) -> None:
    for path in ("/sync/push", "/devices/enroll"):
        r = requests.post(fuzz_device.server.url(path), data=raw, headers=fuzz_device.headers, timeout=10)
        _error_body_if_refused(r)
        assert r.status_code in (400, 422)


def _post(device: Device, data: bytes, **headers: str) -> requests.Response:
    return requests.post(
        device.server.url("/sync/push"), data=data, headers={**device.headers, **headers}, timeout=30
    )


def test_nasty_bodies(fuzz_device: Device) -> None:
    dev = fuzz_device
    ok_body = json.dumps({"device_id": dev.device_id, "changes": []}).encode()
    cases: list[tuple[requests.Response, int]] = [
        (_post(dev, b'{"device_id": "x", "changes": [}'), 400),
        (_post(dev, b'{"device_id": "\xff\xfe", "changes": []}'), 400),
        (_post(dev, b"[" * 100_000 + b"]" * 100_000), 400),
        (
            _post(
                dev, json.dumps({"device_id": dev.device_id, "changes": [], "deep": [[[[[]]]]] * 5}).encode()
            ),
            200,
        ),
        (_post(dev, b'{"device_id": "\\ud800", "changes": []}'), 400),
        (_post(dev, json.dumps({"device_id": dev.device_id, "changes": 5}).encode()), 422),
        (_post(dev, b"null"), 422),
        (_post(dev, b"not gzip at all", **{"Content-Encoding": "gzip"}), 400),
        (_post(dev, gzip.compress(ok_body)[:-10], **{"Content-Encoding": "gzip"}), 400),
        (_post(dev, ok_body, **{"Content-Encoding": "br"}), 415),
        (_post(dev, gzip.compress(b" " * (64 * 1024 * 1024)), **{"Content-Encoding": "gzip"}), 413),
        (_post(dev, b" " * (8 * 1024 * 1024 + 1)), 413),
    ]
    deep = {"device_id": dev.device_id, "changes": [change("candidate", {"nik": [[[[[[[["x"]]]]]]]]})]}
    nul = {"device_id": dev.device_id, "changes": [change("candidate", candidate_data(full_name="a\u0000b"))]}
    cases += [(dev.push_raw(deep["changes"]), 200), (dev.push_raw(nul["changes"]), 200)]
    enroll_nul = {
        "enrollment_code": "\u0000",
        "device_id": str(uuid.uuid4()),
        "device_name": "a\u0000",
        "app_version": "1",
    }
    cases.append((requests.post(dev.server.url("/devices/enroll"), json=enroll_nul, timeout=10), 422))
    for since in ("-1", "1e9", "9" * 40, "\u0663", "abc"):
        r = requests.get(
            dev.server.url("/sync/pull"), params={"since": since}, headers=dev.headers, timeout=10
        )
        cases.append((r, 422))
    r = requests.get(dev.server.url("/sync/pull"), params={"limit": 0}, headers=dev.headers, timeout=10)
    cases.append((r, 422))
    r = requests.get(dev.server.url("/sync/pull"), params={"limit": 10**30}, headers=dev.headers, timeout=10)
    cases.append((r, 422))
    for number, (response, status) in enumerate(cases):
        assert response.status_code == status, (number, response.status_code, response.text[:300])
        _error_body_if_refused(response)
