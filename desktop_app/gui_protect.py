"""After the store is open: sign in, encrypt a plain store when an administrator signs in, and
show a new recovery key once.

A plain store (an older version's) is encrypted the first time an administrator signs in in the
window: the password just typed becomes that account's key slot (local_db/unlocking.py
`encrypt_plain`). It takes seconds on a large store, so it runs off the UI thread behind a
"please wait" dialog. If it fails, the store is opened again as it is and the person goes on;
a clerk signing in on a plain store simply works (the next administrator encrypts it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from desktop_app.gui_open import CANCELLED, CANNOT_OPEN, OPEN_ERRORS, Session, open_for_window
from desktop_app.gui_steps import damaged_message
from desktop_app.paths import AppPaths
from local_db.store import Store
from local_db.unlocking import StoreLocked, encrypt_plain, open_unlocked
from local_db.vault import Vault
from ui.auth import FirstRunDialog, SignInDialog
from ui.recovery_key import RecoveryKeyDialog
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)


def sign_in(session: Session) -> Session | None:
    """`session` with someone signed in (the dialog, unless opening signed in already); None when
    the person cancels."""
    if session.account is not None:
        return session
    store = session.store
    dialog: FirstRunDialog | SignInDialog
    if store.users.count() == 0:
        dialog = FirstRunDialog(store.users)
        password = dialog.form.password
    else:
        dialog = SignInDialog(store.sign_in)
        password = dialog.password
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.account is None:
        return None
    return Session(store, dialog.account, password=password.text())


def needs_encrypting(session: Session) -> bool:
    account = session.account
    return (
        session.store.db.key is None
        and account is not None
        and account.actor().can_administer
        and session.password is not None
    )


def busy_dialog() -> QProgressDialog:
    busy = QProgressDialog(
        QCoreApplication.translate(
            "Encryption", "Encrypting the database… This takes a few seconds; do not turn off the computer."
        ),
        "",
        0,
        0,
    )
    busy.setWindowTitle(QCoreApplication.translate("Encryption", "Loket PMI"))
    busy.setCancelButton(None)  # type: ignore[arg-type]
    busy.setWindowModality(Qt.WindowModality.ApplicationModal)
    busy.setMinimumDuration(0)
    busy.setMinimumWidth(420)
    return busy


def _in_background(work: Any) -> tuple[Any, Exception | None]:
    """`work()` on a worker thread while a busy dialog keeps the window responsive."""
    runner = TaskRunner()
    loop = QEventLoop()
    result: list[Any] = []
    failure: list[Exception] = []
    busy = busy_dialog()
    busy.show()
    runner.start(
        work,
        on_done=lambda value: (result.append(value), loop.quit()),
        on_error=lambda exc: (failure.append(exc), loop.quit()),
    )
    if not result and not failure:
        loop.exec()
    busy.close()
    runner.wait()
    return (result[0] if result else None), (failure[0] if failure else None)


def encrypt(session: Session, paths: AppPaths, vault: Vault, **store_options: Any) -> Session | int:
    """The plain store of `session` encrypted, with the signed-in administrator as its first key
    holder; a new session holding the recovery key. If it fails before the encrypted copy
    replaced the plain one, the store as it was (and a sentence); after, the encrypted store
    and its recovery key all the same."""
    account, password = session.account, session.password
    assert account is not None and password is not None
    session.store.close()
    new = vault.new_keys(account.username, password)

    def work() -> Store:
        store, _backups = encrypt_plain(
            paths.database, paths.backups, vault, new, account.username, **store_options
        )
        return store

    store, failure = _in_background(work)
    if failure is None and store is not None:
        return Session(store, account, new.recovery_key)
    log.error("encrypting the database failed: %r", failure)
    try:
        opened = open_unlocked(
            paths.database,
            paths.backups,
            vault,
            username=account.username,
            password=password,
            **store_options,
        )
    except (*OPEN_ERRORS, StoreLocked):
        log.exception("cannot open the database %s again", paths.database)
        damaged_message(paths).exec()
        return CANNOT_OPEN
    if opened.store.db.key == new.data_key:  # the store was encrypted; a later step failed
        return Session(opened.store, account, new.recovery_key)
    QMessageBox.warning(
        None,
        QCoreApplication.translate("Encryption", "Loket PMI"),
        QCoreApplication.translate(
            "Encryption",
            "The database could not be encrypted; it stays as it was and nothing is lost. "
            "Loket PMI tries again the next time an administrator signs in.",
        ),
    )
    return Session(opened.store, account)


def show_recovery_key(session: Session, paths: AppPaths) -> None:
    """A new recovery key, shown once; forgotten afterwards."""
    if session.recovery_key is None:
        return
    dialog = RecoveryKeyDialog(session.recovery_key, str(paths.data_dir))
    dialog.exec()
    session.recovery_key = None


def start(
    paths: AppPaths, vault: Vault, *, on_open: Callable[[Store], None] | None = None, **store_options: Any
) -> Session | int:
    """The window's way in: the store opened (desktop_app/gui_open.py), someone signed in, a
    plain store encrypted when that is an administrator, a new recovery key shown once.
    `on_open` runs as soon as the store is open (the saved language, before the sign-in dialog).
    The exit code when nobody gets in."""
    opened = open_for_window(paths, vault, **store_options)
    if isinstance(opened, int):
        return opened
    if on_open is not None:
        on_open(opened.store)
    session = sign_in(opened)
    if session is None:
        opened.store.close()
        return CANCELLED
    if needs_encrypting(session):
        encrypted = encrypt(session, paths, vault, **store_options)
        if isinstance(encrypted, int):
            return encrypted
        session = encrypted
    session.password = None
    show_recovery_key(session, paths)
    return session
