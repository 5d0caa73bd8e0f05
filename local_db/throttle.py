"""The sign-in throttle's rule: failures in a row slow the next attempt, then lock the account.

One rule for both places a password is checked: signing in to an open store
(local_db/repositories/sign_in.py, state in the store's settings) and unlocking an encrypted
store (local_db/vault.py, state in the key file, since the store cannot be read yet).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from domain.dates import format_utc, parse_utc


@dataclass(frozen=True, slots=True)
class SignInPolicy:
    free_failures: int = 3  # typing errors cost nothing
    first_delay: float = 1.0  # then 1, 2, 4, 8 ... seconds
    max_delay: float = 60.0
    lockout_after: int = 10

    def delay_after(self, failures: int) -> float:
        if failures < self.free_failures:
            return 0.0
        return float(min(self.first_delay * 2 ** (failures - self.free_failures), self.max_delay))


class Verdict(Enum):
    OK = "ok"
    WRONG = "wrong"  # wrong password, unknown or inactive account (never said which)
    WAIT = "wait"  # too soon after the last failure; the password was not checked
    LOCKED = "locked"  # too many failures; an administrator must unlock the account


@dataclass(frozen=True, slots=True)
class Failures:
    """An account's failures in a row."""

    failures: int = 0
    last_failure_at: str | None = None
    locked: bool = False


def remaining(policy: SignInPolicy, state: Failures, now: dt.datetime) -> float:
    """Seconds before the next attempt is accepted (0 for a locked account: waiting won't help)."""
    last = parse_utc(state.last_failure_at) if state.last_failure_at else None
    if last is None or state.locked:
        return 0.0
    ready = last + dt.timedelta(seconds=policy.delay_after(state.failures))
    return max((ready - now).total_seconds(), 0.0)


def after_failure(policy: SignInPolicy, state: Failures, now: dt.datetime) -> Failures:
    failures = state.failures + 1
    return Failures(failures, format_utc(now), state.locked or failures >= policy.lockout_after)
