"""Key slots of the encrypted store, on real files: each account's slot follows the account
(added, re-wrapped alone on a password change, removed on deactivation); 30 wrong passwords at
unlock slow down, then lock even the right password out until an administrator lifts it, and
every failure reaches the audit log once the store opens; the recovery key and the machine key
(a file-backed key store standing in for the OS one) open the store."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import null

from domain.codes import Role
from local_db import cipher, key_slots
from local_db.key_slots import KdfCost
from local_db.machine_key import MachineKeyStore
from local_db.throttle import Verdict
from local_db.unlocking import (
    Opened,
    StoreLocked,
    StoreState,
    Why,
    create_encrypted,
    open_unlocked,
    store_state,
)
from local_db.vault import Vault
from tests.conftest import cheap_hasher
from tests.local_db.test_sign_in import RIGHT, FakeTime
from tests.support.file_keyring import ENV_FILE, FileKeyring

CHEAP = KdfCost(t=1, m=8, p=1)
OTHER = "Teh-Manis-Hangat-48"


@pytest.fixture
def os_key_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This PC has a key store (a JSON file standing in for the Credential Manager)."""
    path = tmp_path / "os-keyring.json"
    monkeypatch.setenv(ENV_FILE, str(path))
    keyring.set_keyring(FileKeyring())
    yield path
    keyring.set_keyring(null.Keyring())


def make(tmp_path: Path, time: FakeTime, machine: bool = False) -> tuple[Vault, Path, str]:
    """An encrypted store whose first account is kepala (admin); budi (operator) added."""
    database = tmp_path / "data" / "loket.db"
    database.parent.mkdir()
    vault = Vault(database, time.clock, cost=CHEAP)
    store, recovery = create_encrypted(
        database,
        tmp_path / "data" / "backups",
        vault,
        ("kepala", RIGHT, Role.ADMIN, "Ibu Kepala"),
        "test",
        machine=machine,
        hasher=cheap_hasher(),
        clock=time.clock,
    )
    store.users.add("budi", OTHER, Role.OPERATOR, "Budi", "kepala")
    store.close()
    return vault, database, recovery


def open_as(vault: Vault, database: Path, user: str | None, password: str | None, time: FakeTime) -> Opened:
    return open_unlocked(
        database,
        database.parent / "backups",
        vault,
        username=user,
        password=password,
        sleep=time.sleep,
        hasher=cheap_hasher(),
        clock=time.clock,
    )


def test_each_account_holds_a_slot_that_follows_it(tmp_path: Path) -> None:
    time = FakeTime()
    vault, database, _ = make(tmp_path, time)
    assert store_state(database) is StoreState.ENCRYPTED
    assert not database.read_bytes().startswith(cipher.PLAIN_HEADER)
    keys = vault.keys()
    assert keys is not None and keys.staff_names() == ["budi", "kepala"]
    assert (vault.path.stat().st_mode & 0o777) == 0o600
    before = {(s.kind, s.name): s for s in keys.slots}

    opened = open_as(vault, database, "budi", OTHER, time)
    assert opened.unlocked_as == "budi"
    opened.store.users.set_password("budi", "Nasi-Goreng-Pedas-61", "budi")
    after = {(s.kind, s.name): s for s in vault.keys().slots}  # type: ignore[union-attr]
    changed = [k for k in before if before[k] != after[k]]
    assert changed == [("staff", "budi")]  # only that slot is re-wrapped
    opened.store.users.set_active("budi", False, "kepala")
    assert vault.keys().staff_names() == ["kepala"]  # type: ignore[union-attr]
    opened.store.close()
    for password in (OTHER, "Nasi-Goreng-Pedas-61"):
        with pytest.raises(StoreLocked) as refused:
            open_as(vault, database, "budi", password, time)
        assert refused.value.why is Why.WRONG_PASSWORD
        time.now += dt.timedelta(seconds=vault.policy.max_delay)
    with pytest.raises(StoreLocked) as nothing:
        open_as(vault, database, None, None, time)
    assert nothing.value.why is Why.NEEDS_PASSWORD


def test_thirty_wrong_passwords_at_unlock_slow_down_lock_out_and_are_audited(tmp_path: Path) -> None:
    time = FakeTime()
    vault, database, _ = make(tmp_path, time)
    outcomes = [vault.unlock_after_wait("budi", f"guess-{i}", time.sleep) for i in range(30)]
    policy = vault.policy
    assert [o.verdict for o in outcomes[: policy.lockout_after - 1]] == [Verdict.WRONG] * (
        policy.lockout_after - 1
    )
    assert all(o.verdict is Verdict.LOCKED for o in outcomes[policy.lockout_after - 1 :])
    # The delay grows: nothing for the free failures, then 1, 2, 4 ... seconds.
    assert time.sleeps == [policy.delay_after(n) for n in range(policy.free_failures, policy.lockout_after)]
    assert time.sleeps == sorted(time.sleeps) and time.sleeps[-1] > time.sleeps[0]

    with pytest.raises(StoreLocked) as locked:  # the right password does not help
        open_as(vault, database, "budi", OTHER, time)
    assert locked.value.why is Why.LOCKED_OUT
    # An unknown name is counted apart, and never written down as typed.
    assert vault.unlock("kata-sandi-salah", "x").verdict is Verdict.WRONG

    # The administrator opens the store: every failure is now in the audit log, then lifts it.
    opened = open_as(vault, database, "kepala", RIGHT, time)
    with opened.store.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT actor, change FROM audit_entry WHERE action = 'sign_in_failed' ORDER BY id"
        ).fetchall()
    assert len(rows) == 30 + 1 + 1
    assert [json.loads(c)["origin"] for _, c in rows] == ["unlock"] * 32
    assert {a for a, _ in rows} == {"budi", "?"}
    assert json.loads(rows[-2][1]) == {"origin": "unlock", "failures": policy.lockout_after, "locked": True}
    opened.store.close()
    assert vault.lift_lockout("budi")
    again = open_as(vault, database, "budi", OTHER, time)
    assert again.unlocked_as == "budi"
    again.store.close()


def test_the_recovery_key_opens_the_store_and_gives_a_new_password(tmp_path: Path) -> None:
    time = FakeTime()
    vault, database, recovery = make(tmp_path, time)
    assert vault.recover("AAAA-" * 7 + "AAAA") is None
    typed = recovery.lower().replace("-", " ")  # as someone types it from paper
    key = vault.recover(typed)
    assert key is not None and cipher.connect(database, key)


def test_the_machine_key_opens_the_store_without_a_password_until_it_is_turned_off(
    tmp_path: Path, os_key_store: Path
) -> None:
    time = FakeTime()
    assert MachineKeyStore().available()
    vault, database, _ = make(tmp_path, time, machine=True)
    assert os_key_store.exists() and vault.has_machine_slot()
    opened = open_as(vault, database, None, None, time)  # a scheduled `loket sync`
    assert opened.unlocked_as is None and opened.store.users.get("kepala") is not None
    key = opened.store.db.key
    opened.store.close()
    assert key is not None and vault.set_machine(key, on=False)
    assert json.loads(os_key_store.read_text()) == {}
    with pytest.raises(StoreLocked):
        open_as(vault, database, None, None, time)


def test_no_key_store_is_no_machine_slot_and_no_error(tmp_path: Path) -> None:
    time = FakeTime()
    assert not MachineKeyStore().available()  # the null backend the tests run with
    vault, _, _ = make(tmp_path, time, machine=True)
    assert not vault.has_machine_slot() and vault.machine_key() is None
    keys = vault.keys()
    assert keys is not None
    assert not vault.set_machine(cipher.new_data_key(), on=True)


def test_a_damaged_key_file_is_said_and_slots_tamper_is_refused(tmp_path: Path) -> None:
    time = FakeTime()
    vault, database, _ = make(tmp_path, time)
    data = json.loads(vault.path.read_text())
    staff = next(s for s in data["slots"] if s["name"] == "budi")
    staff["name"] = "kepala2"  # a slot relabelled for another account fails its tag
    vault.path.write_text(json.dumps(data))
    assert vault.unlock("kepala2", OTHER).verdict is Verdict.WRONG
    vault.path.write_text("{not json")
    with pytest.raises(StoreLocked) as damaged:
        open_as(vault, database, "kepala", RIGHT, time)
    assert damaged.value.why is Why.KEYS_DAMAGED
    with pytest.raises(key_slots.KeyFileDamaged):
        vault.keys()


def test_a_lockout_in_the_store_holds_against_unlocking_with_the_right_password(tmp_path: Path) -> None:
    time = FakeTime()
    vault, database, _ = make(tmp_path, time)
    opened = open_as(vault, database, "kepala", RIGHT, time)
    guard = opened.store.sign_in
    for _ in range(guard.policy.lockout_after):  # sign-ins where the machine key opened it
        time.now += dt.timedelta(seconds=guard.policy.max_delay)
        guard.attempt("budi", "tebakan-salah-1", "window")
    opened.store.close()
    with pytest.raises(StoreLocked) as locked:
        open_as(vault, database, "budi", OTHER, time)
    assert locked.value.why is Why.LOCKED_OUT
