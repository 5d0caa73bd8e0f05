"""Staff accounts: argon2 password hashes, roles, sign-in that works offline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from domain.actor import Actor
from domain.codes import Role
from domain.dates import format_utc
from local_db import journal
from local_db.canonical_json import to_json
from local_db.database import Database
from local_db.models import STAFF_USER_T
from local_db.rules import Clock

if TYPE_CHECKING:
    from local_db.vault import KeyHolders

USER = STAFF_USER_T
MIN_PASSWORD_LENGTH = 10
# zxcvbn's score (0-4): 3 is "safely unguessable: moderate protection from offline slow-hash
# attacks" (about 10^8 guesses and more); 2 and less are common words, keyboard runs, a name
# plus digits.
MIN_PASSWORD_SCORE = 3
_USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


class UserError(Exception):
    """A bad account request; `code` is stable (username_invalid, user_exists, password_weak...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True, slots=True)
class StaffAccount:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool

    def actor(self) -> Actor:
        return Actor(self.username, self.role)


def _account(row: object) -> StaffAccount:
    r = row._mapping  # type: ignore[attr-defined]
    return StaffAccount(r["id"], r["username"], r["full_name"], Role(r["role"]), bool(r["active"]))


def password_problem(password: str, username: str, full_name: str = "") -> str | None:
    """`password_too_short`, `password_weak` (common, guessable, or built from the account's own
    names) or None. zxcvbn is imported here: only account changes pay for its word lists."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "password_too_short"
    if password.lower() == username.lower() or len(set(password)) < 4:
        return "password_weak"
    from zxcvbn import zxcvbn

    # zxcvbn ignores what lies past its first 100 characters; a longer password is not weaker.
    words = full_name.lower().split()
    names = [username.lower(), *words, "".join(words), "loket", "pmi", "disnaker", "bp2mi"]
    if zxcvbn(password[:100], user_inputs=names)["score"] < MIN_PASSWORD_SCORE:
        return "password_weak"
    return None


def account_problem(username: str, password: str, full_name: str = "") -> str | None:
    """Why a new account cannot be made with these (a `UserError` code), or None."""
    name = username.strip().lower()
    if not _USERNAME.fullmatch(name):
        return "username_invalid"
    return password_problem(password, name, full_name)


class Users:
    """Staff accounts. In an encrypted store each account's key slot follows it (`key_holders`):
    made with the account, re-wrapped with a new password, removed when it is deactivated, and
    added at the first sign-in of an account that had none (after a conversion)."""

    def __init__(
        self, db: Database, hasher: PasswordHasher, clock: Clock, key_holders: KeyHolders | None = None
    ) -> None:
        self._db = db
        self._hasher = hasher
        self._clock = clock
        self._key_holders = key_holders

    def count(self) -> int:
        with self._db.read() as conn:
            return int(conn.execute(select(func.count()).select_from(USER)).scalar_one())

    def add(self, username: str, password: str, role: Role, full_name: str, by: str) -> StaffAccount:
        username = username.strip().lower()
        if problem := account_problem(username, password, full_name):
            raise UserError(problem)
        at = format_utc(self._clock())
        row = {
            "username": username,
            "full_name": full_name.strip() or username,
            "role": role.value,
            "password_hash": self._hasher.hash(password),
            "active": 1,
            "created_at": at,
        }
        try:
            with self._db.write() as conn:
                new_id = int(conn.execute(insert(USER).values(row)).inserted_primary_key[0])  # type: ignore[index]
                change = to_json({"username": username, "role": role.value})
                journal.append(conn, [journal.Entry(at, by, "user_add", "staff_user", str(new_id), change)])
        except IntegrityError as exc:
            raise UserError("user_exists") from exc
        if self._key_holders is not None:
            self._key_holders.set(username, password)
        return StaffAccount(new_id, username, str(row["full_name"]), role, True)

    def get(self, username: str) -> StaffAccount | None:
        with self._db.read() as conn:
            row = conn.execute(select(USER).where(USER.c.username == username.strip().lower())).first()
        return _account(row) if row else None

    def list(self) -> list[StaffAccount]:
        with self._db.read() as conn:
            return [_account(r) for r in conn.execute(select(USER).order_by(USER.c.username))]

    def authenticate(self, username: str, password: str) -> StaffAccount | None:
        """The account if the password is right and the account active; None otherwise."""
        with self._db.read() as conn:
            row = conn.execute(select(USER).where(USER.c.username == username.strip().lower())).first()
        if row is None or not row._mapping["active"]:
            # Spend the same time as a real check so timing does not reveal valid usernames.
            self._hasher.hash(password)
            return None
        stored = row._mapping["password_hash"]
        try:
            self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        with self._db.write() as conn:
            values = {"last_login_at": format_utc(self._clock())}
            if self._hasher.check_needs_rehash(stored):
                values["password_hash"] = self._hasher.hash(password)
            conn.execute(update(USER).where(USER.c.id == row._mapping["id"]).values(values))
        account = _account(row)
        if self._key_holders is not None and not self._key_holders.has(account.username):
            self._key_holders.set(account.username, password)
        return account

    def set_active(self, username: str, active: bool, by: str) -> None:
        at = format_utc(self._clock())
        with self._db.write() as conn:
            conn.execute(update(USER).where(USER.c.username == username).values(active=int(active)))
            change = to_json({"username": username, "active": active})
            journal.append(conn, [journal.Entry(at, by, "user_active", "staff_user", username, change)])
        if not active and self._key_holders is not None:
            self._key_holders.remove(username)

    def set_password(self, username: str, password: str, by: str) -> None:
        """A new password (checked like a new account's); in an encrypted store only this
        account's slot is re-wrapped."""
        account = self.get(username)
        if account is None:
            raise UserError("unknown_user")
        if problem := password_problem(password, account.username, account.full_name):
            raise UserError(problem)
        at = format_utc(self._clock())
        with self._db.write() as conn:
            values = {"password_hash": self._hasher.hash(password)}
            conn.execute(update(USER).where(USER.c.id == account.id).values(values))
            change = to_json({"username": account.username})
            journal.append(
                conn, [journal.Entry(at, by, "user_password", "staff_user", account.username, change)]
            )
        if self._key_holders is not None and account.active:
            self._key_holders.set(account.username, password)
