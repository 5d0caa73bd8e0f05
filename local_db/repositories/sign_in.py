"""Sign-in that resists guessing: every failure is audited and slows the next attempt, and
after `lockout_after` failures in a row the account is locked until an administrator lifts it.

The count lives in the store (setting `sign_in:<username>`), not in the process, so starting
the window or the command again does not reset it, and the window and `loket --user` share it.
A name that is no account counts under one shared key (`sign_in:?`) and is not written to the
audit log: a password typed into the user-name field must not land there.

The guard never sleeps by itself: `attempt` refuses an attempt made before the delay has passed
(the window says how long to wait), and `attempt_after_wait` first waits with the sleeper it is
given (the command line). Tests pass a clock and a sleeper; nothing here reads the real time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass

from sqlalchemy import Connection, delete

from domain.dates import format_utc
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database
from local_db.models import SETTING_T
from local_db.repositories.settings import SettingKey, get_value, put_value
from local_db.repositories.users import StaffAccount, Users
from local_db.rules import Clock
from local_db.throttle import Failures, SignInPolicy, Verdict, after_failure, remaining

__all__ = ["SignInGuard", "SignInOutcome", "SignInPolicy", "Verdict"]

UNKNOWN = "?"
_PREFIX = SettingKey.SIGN_IN_PREFIX.value


@dataclass(frozen=True, slots=True)
class SignInOutcome:
    verdict: Verdict
    account: StaffAccount | None = None
    wait_seconds: float = 0.0  # before the next attempt is accepted
    failures: int = 0


def _read(conn: Connection, key: str) -> Failures:
    raw = get_value(conn, _PREFIX + key)
    if raw is None:
        return Failures()
    data = json.loads(raw)
    return Failures(int(data["failures"]), data.get("last_failure_at"), bool(data.get("locked")))


class SignInGuard:
    def __init__(self, db: Database, users: Users, clock: Clock, policy: SignInPolicy | None = None) -> None:
        self._db = db
        self._users = users
        self._clock = clock
        self.policy = policy or SignInPolicy()

    def _key(self, username: str) -> str:
        name = username.strip().lower()
        return name if self._users.get(name) is not None else UNKNOWN

    def wait_seconds(self, username: str) -> float:
        """How long before an attempt for `username` is accepted (0 if now)."""
        with self._db.read() as conn:
            return remaining(self.policy, _read(conn, self._key(username)), self._clock())

    def is_locked(self, username: str) -> bool:
        with self._db.read() as conn:
            return _read(conn, self._key(username)).locked

    def attempt(self, username: str, password: str, origin: str) -> SignInOutcome:
        """Check one sign-in (`origin`: "window", "unlock", "cli"), audit it, count failures."""
        key = self._key(username)
        now = self._clock()
        with self._db.read() as conn:
            state = _read(conn, key)
        if state.locked:
            self._fail(key, origin, now, counted=False)
            return SignInOutcome(Verdict.LOCKED, failures=state.failures)
        if (wait := remaining(self.policy, state, now)) > 0:
            return SignInOutcome(Verdict.WAIT, wait_seconds=wait, failures=state.failures)
        # An unknown name costs as long as a real check (Users.authenticate): names stay secret.
        account = self._users.authenticate(username, password)
        if account is not None:
            self._succeed(key, origin, now)
            return SignInOutcome(Verdict.OK, account)
        failures, locked = self._fail(key, origin, now, counted=True)
        verdict = Verdict.LOCKED if locked else Verdict.WRONG
        return SignInOutcome(verdict, wait_seconds=self.policy.delay_after(failures), failures=failures)

    def attempt_after_wait(
        self, username: str, password: str, origin: str, sleep: Callable[[float], None]
    ) -> SignInOutcome:
        """`attempt`, first waiting out the delay a previous failure set (the command line)."""
        if (remaining := self.wait_seconds(username)) > 0:
            sleep(remaining)
        return self.attempt(username, password, origin)

    def _fail(self, key: str, origin: str, now: dt.datetime, counted: bool) -> tuple[int, bool]:
        at = format_utc(now)
        with self._db.write() as conn:
            state = _read(conn, key)  # again, under the write lock: parallel attempts all count
            if counted:
                state = after_failure(self.policy, state, now)
                put_value(conn, _PREFIX + key, to_json(asdict(state)))
            failures, locked = state.failures, state.locked
            change = to_json({"origin": origin, "failures": failures, "locked": locked})
            journal.append(conn, [journal.Entry(at, key, "sign_in_failed", "staff_user", key, change)])
        return failures, locked

    def _succeed(self, key: str, origin: str, now: dt.datetime) -> None:
        at = format_utc(now)
        with self._db.write() as conn:
            conn.execute(delete(SETTING_T).where(SETTING_T.c.key == _PREFIX + key))
            change = to_json({"origin": origin})
            journal.append(conn, [journal.Entry(at, key, "sign_in", "staff_user", key, change)])

    def unlock(self, username: str, by: str) -> bool:
        """Lift a lockout (and forget the failures); False if the account was not locked."""
        key = username.strip().lower()
        at = format_utc(self._clock())
        with self._db.write() as conn:
            state = _read(conn, key)
            if not state.locked and not state.failures:
                return False
            conn.execute(delete(SETTING_T).where(SETTING_T.c.key == _PREFIX + key))
            change = to_json({"failures": state.failures, "locked": state.locked})
            journal.append(conn, [journal.Entry(at, by, "sign_in_unlock", "staff_user", key, change)])
        return state.locked
