"""Opening the store for the window, whatever state the data folder is in (local_db/unlocking.py).

- No store yet: the first-run dialog creates the administrator and the store, encrypted from
  its first record; the recovery key is then shown once (desktop_app/gui_protect.py).
- Encrypted, and this PC holds the machine key: opened; then the usual sign-in dialog.
- Encrypted, no machine key: the unlock dialog (ui/unlock_dialog.py); the account whose password
  opened the store is signed in, with no second prompt.
- Plain (made by an older version): opened as it is; the usual sign-in dialog; an administrator
  signing in encrypts it (desktop_app/gui_protect.py).

A missing or damaged key file, or a damaged database, is a message box and exit 1; cancelling
is exit 0. `credentials` (the smoke check, desktop_app/smoke.py) replaces the dialogs: what they
would refuse is exit 2.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from desktop_app.gui_steps import damaged_message
from desktop_app.paths import AppPaths
from domain.codes import Role
from local_db.key_slots import KeyFileDamaged
from local_db.store import Store
from local_db.unlocking import (
    Opened,
    StoreLocked,
    StoreState,
    Why,
    create_encrypted,
    finish_interrupted_creation,
    open_unlocked,
    store_state,
)
from local_db.values import DatabaseError, SignInOutcome, StaffAccount, UserError, Verdict
from local_db.vault import Vault, keys_path
from ui.auth import FirstRunDialog
from ui.unlock_dialog import UnlockDialog

log = logging.getLogger(__name__)

CANCELLED, CANNOT_OPEN, REFUSED = 0, 1, 2  # exit codes when no session comes out
OPEN_ERRORS = (SQLAlchemyError, DatabaseError, OSError)


@dataclass
class Session:
    store: Store
    account: StaffAccount | None = None  # already signed in while opening (unlock, first run)
    recovery_key: str | None = None  # a new recovery key, to show once
    password: str | None = None  # kept only until a plain store is encrypted (gui_protect.py)


def _no_sleep(_seconds: float) -> None:
    """The window never waits on the UI thread: a too-early attempt is refused instead."""


class WindowUnlocker:
    """The unlock dialog's `attempt`: the store opened through one account's key slot."""

    def __init__(self, paths: AppPaths, vault: Vault, **store_options: Any) -> None:
        self._paths = paths
        self._vault = vault
        self._options = store_options
        self.store: Store | None = None
        self.key_file_missing: bool | None = None  # set when the key file went away or broke

    def attempt(self, username: str, password: str) -> SignInOutcome | None:
        opened = self._open(username, password)
        if not isinstance(opened, Opened):
            return opened
        outcome = _signed_in(opened, username, password)
        if outcome.account is None:
            opened.store.close()
        else:
            self.store = opened.store
        return outcome

    def _open(self, username: str, password: str) -> Opened | SignInOutcome | None:
        """The store unlocked, the refusal, or None when the store cannot be opened at all."""
        try:
            if (wait := self._vault.wait_seconds(username)) > 0:
                return SignInOutcome(Verdict.WAIT, wait_seconds=wait)
            return open_unlocked(
                self._paths.database,
                self._paths.backups,
                self._vault,
                username=username,
                password=password,
                sleep=_no_sleep,
                **self._options,
            )
        except StoreLocked as exc:
            if exc.why in (Why.KEYS_MISSING, Why.KEYS_DAMAGED):
                self.key_file_missing = exc.why is Why.KEYS_MISSING
                return None
            verdict = {Why.LOCKED_OUT: Verdict.LOCKED, Why.WAIT: Verdict.WAIT}.get(exc.why, Verdict.WRONG)
            return SignInOutcome(verdict, wait_seconds=exc.wait_seconds)
        except KeyFileDamaged:
            self.key_file_missing = False
        except OPEN_ERRORS:
            log.exception("cannot open the database %s", self._paths.database)
        return None


def _signed_in(opened: Opened, username: str, password: str) -> SignInOutcome:
    """Who the slot let in (`open_unlocked` checked the account is active and not locked)."""
    store = opened.store
    if opened.unlocked_as is None:  # a machine key appeared meanwhile: sign in as usual
        return store.sign_in.attempt(username, password, "window")
    account = store.users.get(opened.unlocked_as)
    assert account is not None
    return SignInOutcome(Verdict.OK, account)


class StoreCreator:
    """The first-run dialog's `add`: a new encrypted store whose first record is this account."""

    def __init__(self, paths: AppPaths, vault: Vault, **store_options: Any) -> None:
        self._paths = paths
        self._vault = vault
        self._options = store_options
        self.session: Session | None = None

    def add(self, username: str, password: str, role: Role, full_name: str, by: str) -> StaffAccount:
        try:
            store, recovery = create_encrypted(
                self._paths.database,
                self._paths.backups,
                self._vault,
                (username, password, role, full_name),
                by,
                **self._options,
            )
        except OPEN_ERRORS as exc:  # a full disk, a folder not writable: the dialog says so
            log.exception("cannot create the database %s", self._paths.database)
            raise UserError("store_not_created") from exc
        account = store.users.get(username)
        assert account is not None
        self.session = Session(store, account, recovery)
        return account


def keys_message(paths: AppPaths, missing: bool) -> QMessageBox:
    """The key file beside an encrypted database is gone or unreadable: nothing can open it."""
    keys = keys_path(paths.database)
    if missing:
        text = QCoreApplication.translate(
            "Startup", "The database {path} is encrypted, but its key file {keys} is missing."
        )
    else:
        text = QCoreApplication.translate(
            "Startup", "The database {path} is encrypted, but its key file {keys} is damaged."
        )
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Startup", "Loket PMI"),
        text.format(path=paths.database, keys=keys),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "Without it nobody can open the database. Close Loket PMI and put back a copy of "
            "loket.keys.json from the same time as the database, or ask your administrator.",
        )
    )
    return box


def _key_file_missing(vault: Vault) -> bool | None:
    """True: missing, False: damaged, None: readable."""
    try:
        return True if vault.keys() is None else None
    except KeyFileDamaged:
        return False


def _open_as_is(paths: AppPaths, vault: Vault, show: bool, **store_options: Any) -> Session | int:
    try:
        return Session(open_unlocked(paths.database, paths.backups, vault, **store_options).store)
    except OPEN_ERRORS:
        log.exception("cannot open the database %s", paths.database)
    except StoreLocked:
        log.warning("the machine key stopped opening the store")
    if show:
        damaged_message(paths).exec()
    return CANNOT_OPEN


def open_for_window(
    paths: AppPaths,
    vault: Vault,
    *,
    credentials: tuple[str, str] | None = None,
    show: bool = True,
    **store_options: Any,
) -> Session | int:
    """The store open (and maybe someone signed in already), or the exit code."""
    finish_interrupted_creation(paths.database, vault)
    state = store_state(paths.database)
    if state is StoreState.NONE:
        if credentials is not None:
            return REFUSED
        creator = StoreCreator(paths, vault, **store_options)
        dialog = FirstRunDialog(creator)
        if dialog.exec() != QDialog.DialogCode.Accepted or creator.session is None:
            return CANCELLED
        return creator.session
    if state is StoreState.ENCRYPTED:
        if (missing := _key_file_missing(vault)) is not None:
            if show:
                keys_message(paths, missing).exec()
            return CANNOT_OPEN
        if vault.machine_key() is None:
            return _unlock(paths, vault, credentials, show, **store_options)
    return _open_as_is(paths, vault, show, **store_options)


def _unlock(
    paths: AppPaths, vault: Vault, credentials: tuple[str, str] | None, show: bool, **store_options: Any
) -> Session | int:
    unlocker = WindowUnlocker(paths, vault, **store_options)
    if credentials is not None:
        outcome = unlocker.attempt(*credentials)
        account = outcome.account if outcome is not None else None
        code = CANNOT_OPEN if outcome is None else REFUSED
    else:
        dialog = UnlockDialog(unlocker)
        result = dialog.exec()
        account = dialog.account
        code = CANNOT_OPEN if result == UnlockDialog.CANNOT_OPEN else CANCELLED
    if unlocker.store is None or account is None:
        if code == CANNOT_OPEN and show:
            missing = unlocker.key_file_missing
            (damaged_message(paths) if missing is None else keys_message(paths, missing)).exec()
        return code
    return Session(unlocker.store, account)
