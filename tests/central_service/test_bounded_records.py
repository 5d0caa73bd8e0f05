"""Bounded records and pull pages: a greedy device cannot make the centre or its office's
desktops hold huge records (docs/sync-protocol.md, "Bounded records" and "Pull pages")."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import orjson
import pytest
import requests

from sync.protocol import MAX_DATA_BYTES, MAX_UNKNOWN_FIELD_BYTES, PULL_PAGE_BYTES
from tests.central_service.support import Device, Server, candidate_data, change, enroll, running_server

HUGE_FIELD = 7_800_000  # the unknown field of the attack in issue 14, per change
PUSHES = 40


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


def pull_pages(device: Device, limit: int = 1000) -> list[requests.Response]:
    pages: list[requests.Response] = []
    since: str | None = None
    for _ in range(1000):
        params: dict[str, Any] = {"limit": limit, **({"since": since} if since else {})}
        r = requests.get(device.server.url("/sync/pull"), params=params, headers=device.headers, timeout=60)
        assert r.status_code == 200, r.text[:300]
        pages.append(r)
        body = r.json()
        since = body["next"]
        if not body["more"]:
            return pages
    raise AssertionError("the feed did not end")


def gzip_push(device: Device, changes: list[dict[str, Any]]) -> requests.Response:
    body = gzip.compress(orjson.dumps({"device_id": device.device_id, "changes": changes}), 6)
    headers = {**device.headers, "Content-Type": "application/json", "Content-Encoding": "gzip"}
    return requests.post(device.server.url("/sync/push"), data=body, headers=headers, timeout=120)


@pytest.mark.slow
def test_forty_oversized_upserts_are_refused_and_pages_stay_within_budget(tmp_path: Path) -> None:
    with running_server(f"sqlite:///{tmp_path / 'central.db'}", tmp_path / "server.log") as server:
        device = enroll(server)
        for _ in range(PUSHES):
            greedy = change("candidate", candidate_data(notes="x" * HUGE_FIELD))
            normal = change("candidate", candidate_data())
            r = gzip_push(device, [greedy, normal])
            assert r.status_code == 200, r.text[:300]
            refused, stored = r.json()["results"]
            assert refused["status"] == "rejected"
            assert refused["errors"] == [
                {
                    "field": "notes",
                    "code": "too_large",
                    "message": refused["errors"][0]["message"],
                    "details": {"max_bytes": MAX_UNKNOWN_FIELD_BYTES},
                }
            ]
            assert stored["status"] == "applied"
        # Records just under the caps, enough for the page budget to end pages early.
        near = [change("candidate", candidate_data(notes="y" * 8000)) for _ in range(300)]
        assert all(r["status"] == "applied" for r in device.push(*near))
        too_big_record = {**candidate_data(), **{f"f{i}": "z" * 7000 for i in range(10)}}
        [whole] = device.push(change("candidate", too_big_record))
        assert whole["status"] == "rejected"
        assert [(e["field"], e["details"]) for e in whole["errors"]] == [
            (None, {"max_bytes": MAX_DATA_BYTES})
        ]

        pages = pull_pages(device)
        assert len(pages) >= 3  # 340 records of up to 8 KB: the byte budget, not the limit, ends pages
        assert all(len(p.content) <= PULL_PAGE_BYTES for p in pages)
        assert all(p.headers.get("Content-Encoding") == "gzip" for p in pages)
        assert sum(len(p.json()["changes"]) for p in pages) == PUSHES + len(near)
        assert peak_rss_mb(server.process.pid) < 400


def test_pull_is_gzipped_only_when_the_client_accepts_it(server: Server) -> None:
    device = enroll(server)
    device.push(*(change("candidate", candidate_data()) for _ in range(20)))
    url = device.server.url("/sync/pull")
    plain = requests.get(url, headers={**device.headers, "Accept-Encoding": "identity"}, timeout=30)
    packed = requests.get(url, headers={**device.headers, "Accept-Encoding": "gzip"}, stream=True, timeout=30)
    assert "Content-Encoding" not in plain.headers and plain.headers["Vary"] == "Accept-Encoding"
    assert packed.headers["Content-Encoding"] == "gzip"
    wire = packed.raw.read(decode_content=False)
    assert len(wire) * 4 < len(plain.content)
    assert orjson.loads(gzip.decompress(wire)) == plain.json()
    refused = requests.get(url, headers={**device.headers, "Accept-Encoding": "gzip;q=0"}, timeout=30)
    assert "Content-Encoding" not in refused.headers


def test_a_small_budget_still_moves_past_a_record_larger_than_itself(tmp_path: Path) -> None:
    env = {"LOKET_CENTRAL_PULL_PAGE_BYTES": "3000"}
    with running_server(f"sqlite:///{tmp_path / 'c.db'}", tmp_path / "s.log", env=env) as server:
        device = enroll(server)
        sent = [change("candidate", candidate_data(notes="n" * 4000)) for _ in range(3)]
        assert all(r["status"] == "applied" for r in device.push(*sent))
        pages = pull_pages(device)
        assert [len(p.json()["changes"]) for p in pages] == [1, 1, 1]
