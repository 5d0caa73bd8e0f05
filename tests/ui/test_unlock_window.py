"""The window's side of the encrypted store: first run, unlocking, the machine key, converting a
plain store (desktop_app/gui_open.py, gui_protect.py; ui/unlock_dialog.py, ui/recovery_key.py)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import keyring
from keyring.backends import null
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app import gui_protect as protect
from desktop_app.gui_open import CANNOT_OPEN, Session, WindowUnlocker, keys_message, open_for_window
from desktop_app.paths import AppPaths
from domain.codes import Role
from local_db import cipher
from local_db.store import Store
from local_db.throttle import SignInPolicy, Verdict
from local_db.unlocking import encrypt_plain, open_unlocked
from tests.conftest import cheap_hasher
from tests.ui.conftest import PASSWORD
from tests.ui.encrypted_support import Clock, encrypted_store, options, plain_store_with_staff, vault_of
from tests.ui.modal import answering
from ui.auth import FirstRunDialog, SignInDialog
from ui.recovery_key import RecoveryKeyDialog
from ui.unlock_dialog import UnlockDialog


def is_plain(paths: AppPaths) -> bool:
    return cipher.is_plain(paths.database)


def confirm_recovery(shown: list[str]):  # type: ignore[no-untyped-def]
    def answer(dialog: RecoveryKeyDialog) -> None:
        shown.append(dialog.key_label.text())
        assert not dialog.continue_button.isEnabled()
        dialog.reject()  # Esc before the box is ticked: stays
        assert dialog.isVisible()
        dialog.confirm.click()
        assert dialog.continue_button.isEnabled()
        dialog.continue_button.click()

    return answer


def sign_in_as(username: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    def answer(dialog: SignInDialog | UnlockDialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.ok_button.click()

    return answer


def test_first_run_makes_an_encrypted_store_and_shows_its_recovery_key_once(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, clock: Clock
) -> None:
    def create(dialog: FirstRunDialog) -> None:
        dialog.form.username.setText("kepala")
        dialog.form.full_name.setText("Kepala Kantor")
        for field in (dialog.form.password, dialog.form.repeat):
            field.setText("admin123")
        dialog.ok_button.click()
        assert "at least 10" in dialog.error.text()
        assert not paths.database.exists() and not vault.path.exists()  # nothing made for it
        for field in (dialog.form.password, dialog.form.repeat):
            field.setText(PASSWORD)
        dialog.ok_button.click()

    shown: list[str] = []
    vault = vault_of(paths, clock)
    with answering([(FirstRunDialog, create), (RecoveryKeyDialog, confirm_recovery(shown))]):
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    try:
        assert session.account is not None and session.account.role is Role.ADMIN
        assert session.recovery_key is None  # shown once, then forgotten
        assert paths.database.read_bytes()[:16] != b"SQLite format 3\0"
        assert session.store.db.key is not None
        assert vault.recover(shown[0]) == session.store.db.key  # the key shown opens the store
        assert len(shown[0].split()) == 8  # eight groups
    finally:
        session.store.close()


def test_cancelling_the_first_run_creates_nothing(qtbot, paths: AppPaths, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    with answering([(FirstRunDialog, lambda d: d.reject())]):
        assert protect.start(paths, vault_of(paths, clock), **options(clock)) == 0
    assert not paths.database.exists() and not vault_of(paths, clock).path.exists()


def test_unlock_counts_failures_refuses_too_early_then_signs_in(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    vault = vault_of(paths, clock)
    encrypted_store(paths, template_db, vault)
    unlocker = WindowUnlocker(paths, vault, **options(clock))
    dialog = UnlockDialog(unlocker)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("petugas")
    texts = []
    for _ in range(vault.policy.free_failures):
        dialog.password.setText("not-the-password")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        texts.append(dialog.error.text())
    assert texts[0] == "Wrong user name or password, or the account is disabled."
    assert texts[-1].endswith("The next attempt is possible in 1 s.")
    keys = vault.keys()
    assert keys is not None and keys.failures["petugas"].failures == 3
    assert [e["key"] for e in keys.pending_audit] == ["petugas"] * 3
    # Too early: refused without checking (the count stays), the button disabled meanwhile.
    assert not dialog.ok_button.isEnabled()
    too_early = unlocker.attempt("petugas", PASSWORD)
    assert too_early is not None and too_early.verdict is Verdict.WAIT and too_early.wait_seconds > 0
    assert unlocker.store is None
    dialog.password.setText("not-the-password")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter while the button waits: nothing
    assert dialog.isVisible() and dialog.account is None
    keys = vault.keys()
    assert keys is not None and keys.failures["petugas"].failures == 3
    clock.now += dt.timedelta(seconds=2)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=3000)
    assert dialog.error.text() == "Wrong user name or password, or the account is disabled."  # counted down
    dialog.password.setText(PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.account is not None and dialog.account.username == "petugas"
    store = unlocker.store
    assert store is not None
    try:
        history = store.audit.history("staff_user", "petugas")
        failed = [r for r in history if r.action == "sign_in_failed"]
        assert len(failed) == 3 and all(r.change["origin"] == "unlock" for r in failed)
        assert history[0].action == "sign_in" and history[0].change == {"origin": "unlock"}
        assert vault.keys().failures == {}  # type: ignore[union-attr]
    finally:
        store.close()


def test_the_unlocking_account_is_signed_in_without_a_second_prompt(  # type: ignore[no-untyped-def]
    qtbot, qapp, paths: AppPaths, template_db: Path, clock: Clock, countries
) -> None:
    from desktop_app import gui_steps as step

    vault = vault_of(paths, clock)
    encrypted_store(paths, template_db, vault)
    with answering([(UnlockDialog, sign_in_as("petugas"))]) as answered:
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    assert [type(d) for d in answered] == [UnlockDialog]  # no sign-in dialog after it
    try:
        assert session.account is not None and session.account.username == "petugas"
        assert session.store.db.key is not None
        window, window_runner = step.build_window(
            qapp, session.store, countries, session.account, paths, "en"
        )
        qtbot.addWidget(window)
        assert window.header.clerk.text() == "Signed in: Petugas Loket (Operator)"
        window.close()
        window_runner.wait()
    finally:
        session.store.close()


def test_a_lockout_holds_with_the_right_password_until_an_administrator_lifts_it(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    policy = SignInPolicy(lockout_after=4)
    vault = vault_of(paths, clock, policy)
    encrypted_store(paths, template_db, vault)
    unlocker = WindowUnlocker(paths, vault, **options(clock))
    for _ in range(policy.lockout_after):
        unlocker.attempt("petugas", "not-the-password")
        clock.now += dt.timedelta(seconds=policy.max_delay)
    dialog = UnlockDialog(unlocker)
    qtbot.addWidget(dialog)
    sign_in_as("petugas")(dialog)
    assert dialog.account is None and "locked" in dialog.error.text()
    assert dialog.ok_button.isEnabled()  # waiting does not help: no countdown
    assert vault.lift_lockout("petugas")
    sign_in_as("petugas")(dialog)
    assert dialog.account is not None
    assert unlocker.store is not None
    unlocker.store.close()


def test_a_missing_or_damaged_key_file_is_a_message_and_exit_1(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    vault = vault_of(paths, clock)
    encrypted_store(paths, template_db, vault)
    vault.path.write_text("{not json")
    assert open_for_window(paths, vault, show=False) == CANNOT_OPEN
    assert "damaged" in keys_message(paths, missing=False).text()
    vault.path.unlink()
    assert open_for_window(paths, vault, show=False) == CANNOT_OPEN
    box = keys_message(paths, missing=True)
    assert str(paths.database) in box.text() and "loket.keys.json" in box.text()


def test_with_the_machine_key_the_usual_sign_in_adds_a_missing_slot(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock, os_key_store: Path
) -> None:
    vault = vault_of(paths, clock)
    plain_store_with_staff(paths, template_db)
    new = vault.new_keys("kepala", PASSWORD, machine=True)
    store, _ = encrypt_plain(paths.database, paths.backups, vault, new, "test", hasher=cheap_hasher())
    store.close()
    assert vault.has_machine_slot() and not vault.has_staff("petugas")
    with answering([(SignInDialog, sign_in_as("petugas"))]) as answered:
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    try:
        assert [type(d) for d in answered] == [SignInDialog]
        assert session.account is not None and session.account.username == "petugas"
        assert vault.has_staff("petugas")  # the slot follows the first sign-in
    finally:
        session.store.close()
    # The slot just added opens the store where the machine key is gone (a field laptop).
    keyring.set_keyring(null.Keyring())
    assert vault.unlock("petugas", PASSWORD).data_key == new.data_key


def test_an_administrator_signing_in_encrypts_a_plain_store(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    plain_store_with_staff(paths, template_db)
    vault = vault_of(paths, clock)
    shown: list[str] = []
    with answering([(SignInDialog, sign_in_as("kepala")), (RecoveryKeyDialog, confirm_recovery(shown))]):
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    try:
        assert not is_plain(paths)
        store: Store = session.store
        assert store.db.key is not None and vault.recover(shown[0]) == store.db.key
        assert [a.username for a in store.users.list()] == ["kepala", "petugas"]
        assert [r.action for r in store.audit.history("store", "loket.db")] == ["store_encrypted"]
        assert session.password is None  # not kept once the store is encrypted
    finally:
        session.store.close()
    assert vault.unlock("kepala", PASSWORD).data_key is not None


def test_a_clerk_signing_in_leaves_a_plain_store_plain(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    plain_store_with_staff(paths, template_db)
    vault = vault_of(paths, clock)
    with answering([(SignInDialog, sign_in_as("petugas"))]):
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    session.store.close()
    assert is_plain(paths) and not vault.path.exists()


def test_the_first_account_of_a_plain_store_made_by_an_older_version_encrypts_it(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    shutil.copy(template_db, paths.database)  # plain, no account yet

    def create(dialog: FirstRunDialog) -> None:
        dialog.form.username.setText("kepala")
        for field in (dialog.form.password, dialog.form.repeat):
            field.setText(PASSWORD)
        dialog.ok_button.click()

    shown: list[str] = []
    vault = vault_of(paths, clock)
    with answering([(FirstRunDialog, create), (RecoveryKeyDialog, confirm_recovery(shown))]):
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    try:
        assert not is_plain(paths) and vault.recover(shown[0]) == session.store.db.key
        assert session.account is not None and session.account.username == "kepala"
    finally:
        session.store.close()


def test_a_conversion_that_fails_leaves_the_plain_store_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    plain_store_with_staff(paths, template_db)
    (paths.data_dir / "loket.db.encrypting").mkdir()  # the encrypted copy cannot be written
    vault = vault_of(paths, clock)
    said: list[str] = []

    def read(box: QMessageBox) -> None:
        said.append(box.text())
        box.accept()

    with answering([(SignInDialog, sign_in_as("kepala")), (QMessageBox, read)]) as answered:
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    try:
        assert not any(isinstance(d, RecoveryKeyDialog) for d in answered)
        assert said == [
            "The database could not be encrypted; it stays as it was and nothing is lost. "
            "Loket PMI tries again the next time an administrator signs in."
        ]
        assert is_plain(paths) and session.store.db.key is None
        assert session.account is not None and session.account.username == "kepala"
        assert session.store.users.count() == 2
    finally:
        session.store.close()


def test_a_damaged_plain_backup_does_not_stop_the_conversion_or_later_opening(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    plain_store_with_staff(paths, template_db)
    damaged = paths.backups / "loket-20261101-000000.db"
    damaged.write_bytes(b"SQLite format 3\0" + b"\x07" * 4096)
    vault = vault_of(paths, clock)
    shown: list[str] = []
    with answering([(SignInDialog, sign_in_as("kepala")), (RecoveryKeyDialog, confirm_recovery(shown))]):
        session = protect.start(paths, vault, **options(clock))
    assert isinstance(session, Session)
    session.store.close()
    assert not is_plain(paths) and cipher.is_plain(damaged)  # left as it is, logged
    with answering([(UnlockDialog, sign_in_as("kepala"))]):
        again = protect.start(paths, vault, **options(clock))
    assert isinstance(again, Session)
    again.store.close()


def test_a_sign_in_lockout_in_the_store_is_not_bypassed_by_unlocking(  # type: ignore[no-untyped-def]
    qtbot, paths: AppPaths, template_db: Path, clock: Clock
) -> None:
    vault = vault_of(paths, clock)
    encrypted_store(paths, template_db, vault)
    store = open_unlocked(
        paths.database, paths.backups, vault, username="kepala", password=PASSWORD, **options(clock)
    ).store
    for _ in range(store.sign_in.policy.lockout_after):  # at a PC whose machine key opens the store
        clock.now += dt.timedelta(minutes=2)
        store.sign_in.attempt("petugas", "not-the-password", "window")
    assert store.sign_in.is_locked("petugas")
    store.close()
    unlocker = WindowUnlocker(paths, vault, **options(clock))
    outcome = unlocker.attempt("petugas", PASSWORD)
    assert outcome is not None and outcome.verdict is Verdict.LOCKED and unlocker.store is None
