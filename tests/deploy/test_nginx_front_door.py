"""The shipped front door (deploy/nginx/) in front of the real service: the protocol works
through it, its own refusals carry the JSON error body, and 2,000 slow connections leave
/health answering in under 2 s."""

from __future__ import annotations

import gzip
import shutil
import time
from pathlib import Path

import orjson
import pytest
import requests

from tests.central_service.slow_clients import attacker_tls, health_seconds, raise_fd_limit, slow_clients
from tests.central_service.support import Server, candidate_data, change, new_code, new_office, running_server
from tests.deploy.nginx_run import NGINX, Nginx, running_nginx

pytestmark = pytest.mark.skipif(
    shutil.which(NGINX) is None, reason="nginx is not installed (.ci/run installs it)"
)
SLOW_CONNECTIONS = 2000


def _port(server: Server) -> int:
    return int(server.base.rsplit(":", 1)[1])


def test_the_protocol_works_through_the_front_door(tmp_path: Path) -> None:
    with (
        running_server(f"sqlite:///{tmp_path / 'c.db'}", tmp_path / "s.log") as server,
        running_nginx(tmp_path / "nginx", _port(server)) as nginx,
    ):
        api = f"{nginx.base}/api/v1"
        office = new_office(server)
        body = {
            "enrollment_code": new_code(server, office),
            "device_id": "7b0c2f4e-4a53-4a8e-9a57-3f0b8b6d2c11",
            "device_name": "PC loket",
            "app_version": "0.1.0",
        }
        enrolled = requests.post(f"{api}/devices/enroll", json=body, verify=str(nginx.cert), timeout=30)
        assert enrolled.status_code == 201, enrolled.text
        auth = {"Authorization": f"Bearer {enrolled.json()['token']}"}
        push = {"device_id": body["device_id"], "changes": [change("candidate", candidate_data())]}
        pushed = requests.post(
            f"{api}/sync/push",
            data=gzip.compress(orjson.dumps(push)),
            headers={**auth, "Content-Encoding": "gzip", "Content-Type": "application/json"},
            verify=str(nginx.cert),
            timeout=30,
        )
        assert pushed.status_code == 200 and pushed.json()["results"][0]["status"] == "applied"
        pulled = requests.get(f"{api}/sync/pull", headers=auth, verify=str(nginx.cert), timeout=30)
        assert len(pulled.json()["changes"]) == 1
        _assert_json_refusals(nginx)
        plain = requests.get(
            f"http://127.0.0.1:{nginx.http_port}/api/v1/health", allow_redirects=False, timeout=10
        )
        assert plain.status_code == 301 and plain.headers["Location"].startswith("https://")


def _assert_json_refusals(nginx: Nginx) -> None:
    huge = requests.post(
        f"{nginx.base}/api/v1/sync/push", data=b"x" * (10 * 1024 * 1024), verify=str(nginx.cert), timeout=60
    )
    assert huge.status_code == 413 and huge.json()["error"]["code"] == "payload_too_large"
    unknown = requests.get(f"{nginx.base}/wp-login.php", verify=str(nginx.cert), timeout=10)
    assert unknown.status_code == 404 and unknown.json()["error"]["code"] == "not_found"
    codes = []
    for _ in range(20):  # enrolment attempts per address are rate-limited at the door
        r = requests.post(f"{nginx.base}/api/v1/devices/enroll", json={}, verify=str(nginx.cert), timeout=10)
        codes.append(r.status_code)
    assert 429 in codes, codes
    busy = requests.post(f"{nginx.base}/api/v1/devices/enroll", json={}, verify=str(nginx.cert), timeout=10)
    assert busy.json()["error"]["code"] == "too_many_requests" and busy.headers["Retry-After"] == "5"


@pytest.mark.slow
def test_slow_clients_through_the_front_door_leave_health_answering(tmp_path: Path) -> None:
    if raise_fd_limit(3 * SLOW_CONNECTIONS) < SLOW_CONNECTIONS + 200:
        pytest.skip("this process may not open enough files for the attack")
    log = tmp_path / "s.log"
    with (
        running_server(f"sqlite:///{tmp_path / 'c.db'}", log) as server,
        running_nginx(tmp_path / "nginx", _port(server)) as nginx,
    ):
        health = f"{nginx.base}/api/v1/health"
        with slow_clients(nginx.https_port, SLOW_CONNECTIONS, tls=attacker_tls()) as held:
            assert len(held) >= SLOW_CONNECTIONS * 3 // 4 - 10  # "gone" clients close themselves
            timings = []
            for _ in range(10):
                taken = health_seconds(health, timeout=5, verify=str(nginx.cert))
                assert taken is not None, (nginx.prefix / "logs" / "loket.error.log").read_text()[-2000:]
                timings.append(taken)
                time.sleep(0.1)
            assert max(timings) < 2.0, timings
    text = log.read_text()
    assert " 500 " not in text and "Traceback" not in text
