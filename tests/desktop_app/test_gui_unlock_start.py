"""`loket gui` on an encrypted store without a machine key: the real start-up (desktop_app/gui.py)
in its own process, the unlock dialog answered, the main window signed in as that account."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from domain.codes import Role
from local_db.key_slots import KdfCost
from local_db.store import open_store, utc_clock
from local_db.unlocking import encrypt_plain
from local_db.vault import Vault
from tests.conftest import cheap_hasher

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Kuat-Sekali-99"


def drive(data_dir: Path, username: str, password: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.desktop_app.gui_driver", str(data_dir), username, password],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_the_window_opens_signed_in_as_the_account_that_unlocked(data_dir: Path) -> None:
    store = open_store(data_dir / "loket.db", data_dir / "backups", hasher=cheap_hasher())
    store.users.add("kepala", PASSWORD, Role.ADMIN, "Kepala Kantor", "test")
    store.users.add("rina", PASSWORD, Role.OPERATOR, "Rina Wulandari", "test")
    store.close()
    vault = Vault(data_dir / "loket.db", utc_clock, cost=KdfCost(t=1, m=8, p=1))
    new = vault.new_keys("kepala", PASSWORD, machine=False)
    store, _ = encrypt_plain(data_dir / "loket.db", data_dir / "backups", vault, new, "test")
    vault.set_staff(new.data_key, "rina", PASSWORD)
    store.close()
    done = drive(data_dir, "rina", PASSWORD)
    assert done.stdout.splitlines() == ["window: Signed in: Rina Wulandari (Operator)", "exit: 0"], (
        done.stderr
    )
