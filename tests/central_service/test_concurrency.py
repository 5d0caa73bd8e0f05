"""Eight clients push overlapping batches sharing change ids to `serve --workers 4` on PostgreSQL."""

from __future__ import annotations

import random
import uuid
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.central_service.support import Device, candidate_data, change, enroll, running_server

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
CLIENTS, CHANGES, BATCH = 8, 400, 50


def test_every_change_applied_exactly_once_and_pulled_in_order(pg_url: str, tmp_path: Path) -> None:
    with running_server(pg_url, tmp_path / "server.log", "--workers", "4") as server:
        first = enroll(server)
        devices = [first] + [enroll(server, first.office) for _ in range(CLIENTS - 1)]
        pool = [change("candidate", candidate_data()) for _ in range(CHANGES)]

        def client(device: Device) -> list[dict]:
            rng = random.Random(device.device_id)
            results = []
            for _ in range(6):
                start = rng.randrange(0, CHANGES - BATCH)
                batch = pool[start : start + BATCH]  # overlapping windows, same order as recorded
                results += device.push(*batch)
            for start in range(0, CHANGES, 100):  # finally, everything once more
                results += device.push(*pool[start : start + 100])
            return results

        with ThreadPoolExecutor(CLIENTS) as executor:
            all_results = [r for rs in executor.map(client, devices) for r in rs]

        statuses = Counter(r["status"] for r in all_results)
        assert set(statuses) <= {"applied", "duplicate"}, statuses
        applied = Counter(r["change_id"] for r in all_results if r["status"] == "applied")
        assert set(applied) == {c["change_id"] for c in pool}
        assert set(applied.values()) == {1}, "a change was applied twice"
        assert all(r["version"] == 1 for r in all_results)

        pulled = [c for c in first.pull_all(limit=97) if c["entity"] == "candidate"]
        seqs = [c["seq"] for c in first.pull_all(limit=1000)]
        assert seqs == list(range(1, len(seqs) + 1)), "the feed has a gap or is out of order"
        assert sorted(c["entity_id"] for c in pulled) == sorted(c["entity_id"] for c in pool)
        assert uuid.UUID(pulled[0]["entity_id"])
