"""Schema: one head, upgrade leaves nothing for autogenerate. CLI: the commands of docs/contract/INTERFACES.md."""

from __future__ import annotations

import csv
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from central_service import db, migrate
from central_service.models import Base
from tests.central_service.support import Server, candidate_data, change, cli, enroll


def test_one_head_and_models_match_migrations(tmp_path: Path) -> None:
    engine = db.make_engine(f"sqlite:///{tmp_path / 'm.db'}")
    assert len(migrate.heads(engine)) == 1
    assert migrate.upgrade(engine) is True
    assert migrate.upgrade(engine) is False
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


@pytest.mark.slow  # the real command several times
def test_cli_commands(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert cli(url, "migrate").returncode == 0
    assert cli(url, "offices", "add", "3600", "Disnakertrans Provinsi Banten").returncode == 0
    dup = cli(url, "offices", "add", "3600", "again", check=False)
    assert dup.returncode == 2 and "already exists" in dup.stderr and "Traceback" not in dup.stderr
    code = cli(url, "enroll-code", "3600", "--ttl-hours", "2").stdout
    assert len(code.splitlines()) == 1 and len(code.strip()) == 14
    missing = cli(url, "enroll-code", "9999", check=False)
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1
    assert "device_id" in cli(url, "devices", "list").stdout
    bad = cli(url, "devices", "revoke", str(uuid.uuid4()), check=False)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    nofile = cli(url, "p3mi", "import", str(tmp_path / "none.csv"), check=False)
    assert nofile.returncode == 2 and "Traceback" not in nofile.stderr
    broken = cli("postgresql+psycopg://nobody@127.0.0.1:1/none", "migrate", check=False)
    assert broken.returncode == 1 and "Traceback" not in broken.stderr


def test_export_candidates_as_the_centre_holds_them(server: Server, tmp_path: Path) -> None:
    device = enroll(server)
    records = [change("candidate", candidate_data()) for _ in range(3)]
    device.push(*records)
    out = tmp_path / "out.csv"
    assert (
        "3 candidates"
        in cli(server.db_url, "export", "candidates", "--office", device.office, str(out)).stdout
    )
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {r["id"] for r in rows} == {c["entity_id"] for c in records}
    assert rows[0]["documents"] == "kk;ktp" and rows[0]["phone"] == "+6281234567890"
