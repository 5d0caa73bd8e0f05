"""`LOKET_SMOKE_TEST=1 loket gui` (desktop_app/smoke.py): the bundle's CI check, run here from source."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from domain.codes import Role
from local_db.store import open_store
from tests.conftest import cheap_hasher

ROOT = Path(__file__).resolve().parents[2]


PASSWORD = "Kuat-Sekali-99"
SIGN_IN = {"LOKET_SMOKE_USER": "admin", "LOKET_SMOKE_PASSWORD": PASSWORD}


def smoke(
    data_dir: Path, *options: str, sign_in: dict[str, str] = SIGN_IN
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "LOKET_SMOKE_TEST": "1",
        "QT_QPA_PLATFORM": "offscreen",
        **sign_in,
    }
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *options, "gui"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def add_account(data_dir: Path) -> None:
    store = open_store(data_dir / "loket.db", data_dir / "backups", hasher=cheap_hasher())
    try:
        store.users.add("admin", PASSWORD, Role.ADMIN, "Ibu Admin", by="test")
    finally:
        store.close()


def test_builds_the_indonesian_window_fills_the_list_and_exits_0(data_dir: Path) -> None:
    add_account(data_dir)
    done = smoke(data_dir)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "smoke title: Loket PMI — pendaftaran CPMI" in lines
    assert "smoke language: id" in lines
    assert "smoke regions: 91599" in lines
    assert lines[-1] == "smoke result: ok"


@pytest.mark.slow  # a second window process; the Indonesian one stays fast
def test_english_on_request(data_dir: Path) -> None:
    add_account(data_dir)
    done = smoke(data_dir, "--lang", "en")
    assert done.returncode == 0, done.stderr
    assert "smoke title: Loket PMI — CPMI registration" in done.stdout.splitlines()


def test_without_a_staff_account_it_says_so_and_exits_2(data_dir: Path) -> None:
    done = smoke(data_dir)
    assert done.returncode == 2
    assert "loket users add" in done.stderr
    assert "smoke result" not in done.stdout


@pytest.mark.slow  # the real window several times
def test_it_is_no_way_around_sign_in(data_dir: Path) -> None:
    add_account(data_dir)
    for sign_in in (
        {},
        {"LOKET_SMOKE_USER": "admin"},
        {**SIGN_IN, "LOKET_SMOKE_PASSWORD": "wrong-Password-1"},
    ):
        done = smoke(data_dir, sign_in=sign_in)
        assert done.returncode == 2, sign_in
        assert "sign-in failed" in done.stderr
        assert "smoke " not in done.stdout  # no window was built, nothing was shown


@pytest.mark.slow  # two window processes
def test_unlocks_an_encrypted_store_with_its_credentials_where_no_machine_key_exists(
    data_dir: Path,
) -> None:
    """CI's bundle check on Linux: `loket users add` made an encrypted store, no OS key store."""
    from local_db.key_slots import KdfCost
    from local_db.store import utc_clock
    from local_db.unlocking import encrypt_plain
    from local_db.vault import Vault

    add_account(data_dir)
    vault = Vault(data_dir / "loket.db", utc_clock, cost=KdfCost(t=1, m=8, p=1))
    new = vault.new_keys("admin", PASSWORD, machine=False)
    store, _ = encrypt_plain(data_dir / "loket.db", data_dir / "backups", vault, new, "test")
    store.close()
    done = smoke(data_dir)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "smoke result: ok"
    refused = smoke(data_dir, sign_in={**SIGN_IN, "LOKET_SMOKE_PASSWORD": "wrong-Password-1"})
    assert refused.returncode == 2
    assert "sign-in failed" in refused.stderr
    keys = vault.keys()
    assert keys is not None and keys.failures["admin"].failures == 1  # counted like the dialog
