"""Sign-in that resists guessing: 30 wrong passwords against the real store, with a clock and a
sleeper injected (no real waiting): the delay grows, the lockout holds even with the right
password, an administrator lifts it, and every failure is in the audit log."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from domain.codes import Role
from local_db.repositories.sign_in import SignInGuard, SignInPolicy, Verdict
from local_db.repositories.users import UserError, password_problem
from local_db.store import Store, open_store
from tests.conftest import FIXED_NOW, cheap_hasher

RIGHT = "Kopi-Tubruk-93!"


class FakeTime:
    """A clock the sleeper moves forward."""

    def __init__(self) -> None:
        self.now = FIXED_NOW
        self.sleeps: list[float] = []

    def clock(self) -> dt.datetime:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def timed(data_dir: Path) -> tuple[Store, FakeTime]:
    time = FakeTime()
    store = open_store(data_dir / "loket.db", data_dir / "backups", clock=time.clock, hasher=cheap_hasher())
    store.users.add("budi", RIGHT, Role.OPERATOR, "Budi Santoso", "test")
    yield store, time
    store.close()


def audit(store: Store, action: str) -> list[tuple[str, str, str]]:
    with store.db.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT actor, entity_id, change FROM audit_entry WHERE action = ? ORDER BY id", (action,)
        )
        return [tuple(r) for r in rows]


def test_thirty_wrong_passwords_slow_down_then_lock_until_an_administrator_unlocks(
    timed: tuple[Store, FakeTime],
) -> None:
    store, time = timed
    guard = store.sign_in
    policy = guard.policy
    outcomes = [guard.attempt_after_wait("budi", f"wrong-{i}", "cli", time.sleep) for i in range(30)]
    # The first failures cost nothing, then each waits twice as long as the one before.
    assert time.sleeps == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0]
    assert time.sleeps == sorted(time.sleeps)
    assert [o.verdict for o in outcomes[: policy.lockout_after - 1]] == [Verdict.WRONG] * 9
    assert all(o.verdict is Verdict.LOCKED for o in outcomes[policy.lockout_after - 1 :])

    time.now += dt.timedelta(days=30)  # a lockout does not wear off
    held = guard.attempt_after_wait("budi", RIGHT, "cli", time.sleep)
    assert held.verdict is Verdict.LOCKED and held.account is None
    assert guard.is_locked("budi")

    failures = audit(store, "sign_in_failed")
    assert len(failures) == 31 and {(a, e) for a, e, _ in failures} == {("budi", "budi")}
    assert '"locked":true' in failures[-1][2]

    assert guard.unlock("budi", by="admin") is True
    assert audit(store, "sign_in_unlock")[0][:2] == ("admin", "budi")
    ok = guard.attempt("budi", RIGHT, "window")
    assert ok.verdict is Verdict.OK and ok.account is not None and ok.account.username == "budi"
    assert guard.wait_seconds("budi") == 0
    assert [a for a, _, _ in audit(store, "sign_in")] == ["budi"]


def test_an_attempt_before_the_delay_is_refused_without_checking_the_password(
    timed: tuple[Store, FakeTime],
) -> None:
    store, time = timed
    guard = SignInGuard(store.db, store.users, time.clock, SignInPolicy(free_failures=1, lockout_after=5))
    assert guard.attempt("budi", "nope-nope-1", "window").verdict is Verdict.WRONG
    too_soon = guard.attempt("budi", RIGHT, "window")
    assert too_soon.verdict is Verdict.WAIT and too_soon.wait_seconds == 1.0
    time.sleep(1.0)
    assert guard.attempt("budi", RIGHT, "window").verdict is Verdict.OK
    assert guard.wait_seconds("budi") == 0  # a success forgets the failures


def test_unknown_names_are_slowed_too_and_never_written_to_the_audit_log(
    timed: tuple[Store, FakeTime],
) -> None:
    store, time = timed
    for i in range(5):
        outcome = store.sign_in.attempt_after_wait(f"Secret-Typed-{i}", "x-y-z-1234", "window", time.sleep)
        assert outcome.verdict is Verdict.WRONG
    assert time.sleeps == [1.0, 2.0]
    failures = audit(store, "sign_in_failed")
    assert {(a, e) for a, e, _ in failures} == {("?", "?")}
    assert store.sign_in.wait_seconds("budi") == 0  # one account's failures are its own


@pytest.mark.parametrize(
    "password", ["password", "12345678", "abcdefgh", "admin123", "password123", "1234567890", "rahasia123"]
)
def test_common_and_guessable_passwords_are_refused(store: Store, password: str) -> None:
    with pytest.raises(UserError) as refused:
        store.users.add("petugas", password, Role.OPERATOR, "", "test")
    assert refused.value.code in ("password_too_short", "password_weak")


def test_names_of_the_account_make_a_weak_password_and_long_ones_pass() -> None:
    assert password_problem("budisantoso1", "budi", "Budi Santoso") == "password_weak"
    assert password_problem(RIGHT, "budi", "Budi Santoso") is None
    assert password_problem("Serang-Banten-2026", "budi") is None
    assert password_problem("short-9", "budi") == "password_too_short"
