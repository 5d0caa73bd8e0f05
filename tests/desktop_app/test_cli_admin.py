"""`loket users add`, `status`, `backup`, `check`, and what happens with a damaged database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.desktop_app.cli_helpers import loket, status
from tests.support import raw_db


def test_users_add_from_stdin_then_refuses_duplicates_and_weak_passwords(data_dir: Path) -> None:
    added = loket(
        data_dir,
        "users",
        "add",
        "Admin",
        "--role",
        "admin",
        "--full-name",
        "Ibu Admin",
        "--password-stdin",
        stdin="Kuat-Sekali-99\n",
    )
    assert added.code == 0, added.err
    assert "admin" in added.out
    again = loket(
        data_dir, "users", "add", "admin", "--role", "viewer", "--password-stdin", stdin="Other-Pass-77\n"
    )
    assert (again.code, again.err.strip()) == (2, "User admin already exists.")
    weak = loket(data_dir, "users", "add", "budi", "--role", "operator", "--password-stdin", stdin="budi\n")
    assert weak.code == 2 and "10 characters" in weak.err
    with raw_db.connect(data_dir) as conn:
        stored = conn.execute("SELECT password_hash FROM staff_user WHERE username='admin'").fetchone()[0]
    assert stored.startswith("$argon2") and "Kuat-Sekali-99" not in stored


def test_viewer_cannot_import_and_unknown_user_is_refused(data_dir: Path, tmp_path: Path) -> None:
    assert (
        loket(
            data_dir,
            "users",
            "add",
            "lihat",
            "--role",
            "viewer",
            "--password-stdin",
            stdin="Lihat-Saja-123\n",
        ).code
        == 0
    )
    path = tmp_path / "x.csv"
    path.write_text("nik\n", encoding="utf-8")
    viewer = loket(data_dir, "--user", "lihat", "import", "candidates", str(path))
    assert viewer.code == 2 and "viewer" in viewer.err
    assert loket(data_dir, "--user", "nobody", "import", "candidates", str(path)).code == 2


def test_status_json_keys(data_dir: Path) -> None:
    assert status(data_dir) == {
        "pending": 0,
        "sent": 0,
        "rejected": 0,
        "conflict": 0,
        "waiting": 0,
        "last_sync_at": None,
    }
    text = loket(data_dir, "status", lang="id")
    assert text.code == 0 and "menunggu 0" in text.out


@pytest.mark.slow  # the real command several times
def test_backup_is_a_consistent_owner_only_copy(data_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.db"
    result = loket(data_dir, "backup", str(target))
    assert result.code == 0, result.err
    assert (target.stat().st_mode & 0o777) == 0o600
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert loket(data_dir, "backup").code == 0
    assert list((data_dir / "backups").glob("loket-*-manual.db"))
    nested = tmp_path / "new" / "folder" / "x.db"
    assert loket(data_dir, "backup", str(nested)).code == 0
    assert nested.is_file()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    refused = loket(data_dir, "backup", str(blocker / "x.db"))
    assert refused.code == 2 and refused.err.strip()


@pytest.mark.slow  # the real command several times
def test_check_finds_a_tampered_audit_entry_and_an_orphan_outbox_row(data_dir: Path) -> None:
    assert (
        loket(
            data_dir, "users", "add", "admin", "--role", "admin", "--password-stdin", stdin="Kuat-Sekali-99\n"
        ).code
        == 0
    )
    assert loket(data_dir, "check").code == 0
    with raw_db.connect(data_dir) as conn:
        conn.execute("UPDATE audit_entry SET actor = 'someone-else'")
        conn.execute(
            "INSERT INTO outbox_change (change_id, entity, entity_id, op, recorded_at, data, state, attempts) "
            "VALUES ('c1', 'candidate', 'no-such-record', 'upsert', '2026-11-27T00:00:00Z', '{}', 'pending', 0)"
        )
    result = loket(data_dir, "check")
    assert result.code == 1
    assert "audit_chain" in result.out and "outbox_without_record" in result.out


@pytest.mark.slow  # the real command several times
def test_damaged_database_gives_a_plain_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "loket.db").write_bytes(b"this is not a database" * 1000)
    result = loket(folder, "status")
    assert result.code == 2
    assert "damaged" in result.err and len(result.err.strip().splitlines()) == 1
    assert loket(folder, "check").code == 1


def test_version(tmp_path: Path) -> None:
    result = loket(tmp_path, "--version")
    assert result.code == 0 and result.out.startswith("loket ")
