"""`loket --user NAME` with a password (LOKET_PASSWORD or --password-file): checked, audited,
refused with exit 2, locked after too many failures until `loket users unlock`; and
`loket users add` refusing common passwords with exit 2."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from local_db.repositories.sign_in import SignInGuard, Verdict
from local_db.store import open_store
from tests.conftest import FIXED_NOW, cheap_hasher
from tests.desktop_app.cli_helpers import loket
from tests.support import raw_db

RIGHT = "Kopi-Tubruk-93!"


def add_user(data_dir: Path, name: str, role: str = "operator") -> None:
    added = loket(data_dir, "users", "add", name, "--role", role, "--password-stdin", stdin=RIGHT + "\n")
    assert added.code == 0, added.err


def failures(data_dir: Path) -> list[tuple[str, str]]:
    with raw_db.connect(data_dir) as conn:
        rows = conn.execute(
            "SELECT actor, change FROM audit_entry WHERE action = 'sign_in_failed' ORDER BY id"
        )
        return [tuple(r) for r in rows]


@pytest.mark.parametrize("weak", ["password", "12345678", "abcdefgh", "admin123", "password1234"])
def test_users_add_refuses_common_passwords_with_exit_2(data_dir: Path, weak: str) -> None:
    result = loket(
        data_dir, "users", "add", "petugas", "--role", "operator", "--password-stdin", stdin=weak + "\n"
    )
    assert result.code == 2
    assert result.err.strip() in (
        "The password needs at least 10 characters.",
        "The password is too easy to guess (a common word, a run of keys, a name or a date); "
        "choose a longer one, for example three unrelated words.",
    )


def test_a_wrong_password_is_refused_audited_and_a_lockout_holds_until_unlocked(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_user(data_dir, "budi")
    add_user(data_dir, "kepala", role="admin")
    monkeypatch.setenv("LOKET_PASSWORD", "not-the-password")
    wrong = loket(data_dir, "--user", "budi", "export", "candidates", str(tmp_path / "x.csv"))
    assert wrong.code == 2 and not (tmp_path / "x.csv").exists()
    assert wrong.err.strip().startswith("Signing in as budi failed: wrong user name or password")
    assert failures(data_dir) == [("budi", '{"failures":1,"locked":false,"origin":"cli"}')]

    password_file = tmp_path / "pw.txt"
    password_file.write_text(RIGHT + "\n", encoding="utf-8")
    right = loket(
        data_dir,
        "--user",
        "budi",
        "--password-file",
        str(password_file),
        "export",
        "candidates",
        str(tmp_path / "x.csv"),
    )
    assert right.code == 0, right.err

    # Nine more failures (the clock injected, so the growing delays pass at once) lock the account.
    clock = [FIXED_NOW]
    store = open_store(
        data_dir / "loket.db",
        data_dir / "backups",
        clock=lambda: clock[0],
        hasher=cheap_hasher(),
        key=raw_db.data_key(data_dir),
    )
    guard = SignInGuard(store.db, store.users, lambda: clock[0])
    for _ in range(guard.policy.lockout_after):
        clock[0] += dt.timedelta(minutes=5)
        outcome = guard.attempt("budi", "guess-guess-1", "cli")
    store.close()
    assert outcome.verdict is Verdict.LOCKED

    monkeypatch.setenv("LOKET_PASSWORD", RIGHT)
    locked = loket(data_dir, "--user", "budi", "export", "candidates", str(tmp_path / "y.csv"))
    assert locked.code == 2
    assert locked.err.strip() == (
        "Account budi is locked after too many failed sign-ins; an administrator can unlock it "
        "with `loket users unlock budi` or in Settings."
    )
    assert not (tmp_path / "y.csv").exists()
    assert len(failures(data_dir)) == 1 + guard.policy.lockout_after + 1

    not_admin = loket(data_dir, "--user", "budi", "users", "unlock", "budi")
    assert not_admin.code == 2
    unlocked = loket(data_dir, "--user", "kepala", "users", "unlock", "budi")
    assert (unlocked.code, unlocked.out.strip()) == (0, "Account budi can sign in again."), unlocked.err
    again = loket(data_dir, "--user", "budi", "export", "candidates", str(tmp_path / "y.csv"))
    assert again.code == 0, again.err

    unreadable = loket(data_dir, "--user", "budi", "--password-file", str(tmp_path / "none"), "status")
    assert unreadable.code == 2 and "cannot be read" in unreadable.err
