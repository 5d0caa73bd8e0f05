"""A full disk on the centre is said as such: 503 `disk_full` with a long Retry-After and a log
line that says "disk full", never "database busy"; what was stored can still be pulled.

The disk is a real one that fills: a 2 MB tmpfs mounted for the server alone, in a user and
mount namespace (`unshare`), so the test needs no privileges of its own.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import requests

from central_service import offices
from central_service.db import make_engine
from central_service.migrate import upgrade
from domain.dates import utc_now
from tests.central_service.support import ROOT, candidate_data, change, free_port

UNSHARE = shutil.which("unshare")


def _namespaces_work(folder: Path) -> bool:
    if UNSHARE is None:
        return False
    probe = [
        UNSHARE,
        "--user",
        "--map-root-user",
        "--mount",
        "sh",
        "-c",
        f"mount -t tmpfs -o size=1m tmpfs {folder}",
    ]
    return subprocess.run(probe, capture_output=True, timeout=30, check=False).returncode == 0


@pytest.mark.slow  # a fault run on a server of its own
def test_a_full_disk_is_disk_full(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    disk.mkdir()
    if not _namespaces_work(disk):
        pytest.skip("user and mount namespaces are not available here")
    prepared = tmp_path / "prepared.db"
    engine = make_engine(f"sqlite:///{prepared}")
    upgrade(engine)
    offices.add_office(engine, "3600", "Kantor Uji", utc_now())
    code = offices.create_enrollment_code(engine, "3600", 1.0, utc_now())
    engine.dispose()
    size_kb = prepared.stat().st_size // 1024 + 1024  # room for about a megabyte more
    port, log = free_port(), tmp_path / "server.log"
    script = (
        f"mount -t tmpfs -o size={size_kb}k tmpfs {disk} && cp {prepared} {disk}/c.db && "
        f"exec {sys.executable} -m central_service.cli --db sqlite:///{disk}/c.db serve --port {port}"
    )
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(UNSHARE), "--user", "--map-root-user", "--mount", "sh", "-c", script],
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        _wait_healthy(base, process, log)
        device_id = str(uuid.uuid4())
        enrolled = requests.post(
            f"{base}/devices/enroll",
            json={"enrollment_code": code, "device_id": device_id, "device_name": "PC", "app_version": "1"},
            timeout=30,
        )
        assert enrolled.status_code == 201, enrolled.text
        headers = {"Authorization": f"Bearer {enrolled.json()['token']}"}
        answers = []
        for _ in range(40):  # bounded: about 1 MB fits, each push brings ~0.3 MB
            body = {
                "device_id": device_id,
                "changes": [change("candidate", candidate_data()) for _ in range(100)],
            }
            r = requests.post(f"{base}/sync/push", json=body, headers=headers, timeout=60)
            answers.append(r.status_code)
            if r.status_code != 200:
                break
        assert answers[0] == 200 and answers[-1] == 503, answers
        assert r.json()["error"]["code"] == "disk_full" and int(r.headers["Retry-After"]) >= 60
        pulled = requests.get(f"{base}/sync/pull", headers=headers, timeout=60)
        assert pulled.status_code == 200 and pulled.json()["changes"]
    finally:
        process.terminate()
        process.wait(timeout=30)
    text = log.read_text()
    assert "disk full" in text and "database busy" not in text and "Traceback" not in text, text[-3000:]


def _wait_healthy(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        if process.poll() is not None:
            raise AssertionError(log.read_text()[-2000:])
        try:
            if requests.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except requests.ConnectionError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("server did not start")
        time.sleep(0.1)
