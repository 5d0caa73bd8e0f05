"""The opening layer of the encrypted store: given the data key, the database, its WAL, the
background checkpoints, backups (rotating and pre-migration) and the full-disk reader all go
through SQLCipher. After an import through the helper process and a backup, no file of the data
folder holds a NIK or a name in clear; a wrong key opens nothing."""

from __future__ import annotations

import csv
import logging
import re
from pathlib import Path

import pytest

from bench.datagen import FIRST, LAST, write_csv
from local_db import cipher
from local_db.backup import rotating_backup
from local_db.check import check_store
from local_db.database import Database
from local_db.store import open_store
from local_db.tabular.candidate_import import CandidateImporter
from local_db.tabular.prepare import PROCESS_THRESHOLD_BYTES
from tests.conftest import cheap_hasher
from tests.sync.workload import OP


def leaks(content: bytes, niks: set[bytes], words: list[bytes]) -> list[bytes]:
    """NIKs of the file and the name words every name is built from, in clear (UTF-8 or
    UTF-16): one linear scan for 16-digit runs, a few dozen word searches."""
    found = [m for m in re.findall(rb"\d{16}", content) if m in niks]
    found += [
        m.replace(b"\x00", b"")
        for m in re.findall(rb"(?:\d\x00){16}", content)
        if m.replace(b"\x00", b"") in niks
    ]
    return found + [w for w in words if w in content or w.decode().encode("utf-16-le") in content]


@pytest.mark.slow  # 12,000 rows through the helper process and a backup
def test_nothing_personal_in_clear_in_any_file_after_an_import_and_a_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    key = cipher.new_data_key()
    source = write_csv(tmp_path / "in.csv", 12_000)
    assert source.stat().st_size >= PROCESS_THRESHOLD_BYTES  # through the helper process
    store = open_store(data / "loket.db", data / "backups", hasher=cheap_hasher(), key=key)
    logs = data / "logs"
    logs.mkdir()
    handler = logging.FileHandler(logs / "loket.log")
    logging.getLogger().addHandler(handler)
    try:
        report = CandidateImporter(store.db, store.rules, store.settings).run(source, OP)
        assert report.imported == 12_000
        rotating_backup(store.db.path, data / "backups", "manual", key=key)
        assert check_store(store.db) == []
        wal = data / "loket.db-wal"
        assert wal.exists() and wal.stat().st_size > 0  # the WAL is there, and read below
        files = [p for p in data.rglob("*") if p.is_file()]
        assert {p.name for p in files} >= {"loket.db", "loket.db-wal", "loket.log"}
        assert any(p.parent.name == "backups" for p in files)
        with source.open(encoding="utf-8", newline="") as f:
            niks = {r["nik"].encode() for r in csv.DictReader(f)}
        words = [w.encode() for w in (*FIRST, *LAST) if len(w) >= 5]  # shorter ones occur by chance
        assert leaks(source.read_bytes(), niks, words)  # the scan finds what is in clear
        for path in files:
            content = path.read_bytes()
            assert not content.startswith(cipher.PLAIN_HEADER), path
            leaked = leaks(content, niks, words)
            assert leaked == [], f"{path} holds {leaked[:3]}"
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
        store.close()

    # The backup is a store of its own under the same key, and nothing opens either without it.
    backup = next((data / "backups").glob("loket-*-manual.db"))
    copy = open_store(backup, tmp_path / "b2", hasher=cheap_hasher(), key=key)
    try:
        assert copy.search.count() == 12_000
    finally:
        copy.close()
    for path in (data / "loket.db", backup):
        with pytest.raises(cipher.WrongKey):
            cipher.connect(path, cipher.new_data_key())
    assert not cipher.is_plain(data / "loket.db") and cipher.is_plain(tmp_path / "none.db")


def test_a_wrong_key_opens_nothing_and_says_so_without_noise(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    key = cipher.new_data_key()
    open_store(tmp_path / "loket.db", tmp_path / "backups", hasher=cheap_hasher(), key=key).close()
    with pytest.raises(Exception, match="file is not a database"):
        open_store(tmp_path / "loket.db", tmp_path / "backups", key=cipher.new_data_key())
    assert "hmac check failed" not in capfd.readouterr().err  # SQLCipher's own log is off
    with pytest.raises(ValueError):
        cipher.connect(tmp_path / "loket.db", b"short")


def test_every_connection_of_the_store_uses_the_same_cipher_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page size is fixed when the file is made: the engine, the read-only reader, raw
    connections (checkpoints) and backups must all say the same one, or they read a wrong key.
    A size other than SQLCipher's default shows that each of them sets it."""
    monkeypatch.setattr(cipher, "PAGE_SIZE", 8192)
    key = cipher.new_data_key()
    store = open_store(tmp_path / "loket.db", tmp_path / "backups", hasher=cheap_hasher(), key=key)
    try:
        with store.db.read() as conn:
            assert conn.exec_driver_sql("PRAGMA cipher_page_size").scalar() == "8192"
            assert int(conn.exec_driver_sql("PRAGMA page_size").scalar()) == 8192
            assert conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar() == "0"
        backup = rotating_backup(store.db.path, tmp_path / "backups", "manual", key=key)
    finally:
        store.close()
    for path in (tmp_path / "loket.db", backup):
        conn = cipher.connect(path, key)
        assert int(conn.execute("PRAGMA page_size").fetchone()[0]) == 8192
        conn.close()
    reader = open_store(
        tmp_path / "loket.db", tmp_path / "b2", hasher=cheap_hasher(), key=key, read_only=True
    )
    assert reader.search.count() == 0
    reader.close()
    monkeypatch.setattr(cipher, "PAGE_SIZE", 4096)
    with pytest.raises(cipher.WrongKey):
        cipher.connect(tmp_path / "loket.db", key)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_the_pool_hands_out_the_most_recently_used_connection(tmp_path: Path, encrypted: bool) -> None:
    """An idle connection whose cache another's write has invalidated reads (and, encrypted,
    decrypts) its pages again: the one just used keeps them (docs/benchmarks.md)."""
    db = Database(tmp_path / "loket.db", key=cipher.new_data_key() if encrypted else None)
    try:
        first, second = db.engine.connect(), db.engine.connect()
        first_raw, second_raw = first.connection.dbapi_connection, second.connection.dbapi_connection
        first.close()
        second.close()
        with db.engine.connect() as again:
            assert again.connection.dbapi_connection is second_raw
        with db.engine.connect() as again:
            assert again.connection.dbapi_connection is second_raw is not first_raw
    finally:
        db.close()
