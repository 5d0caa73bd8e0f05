"""First run, sign-in, idle lock and staff accounts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog

from desktop_app.gui_open import CANNOT_OPEN, open_for_window
from desktop_app.gui_steps import damaged_message
from desktop_app.paths import AppPaths
from domain.codes import Role
from domain.countries import Countries
from local_db.repositories.sign_in import SignInGuard
from local_db.store import Store
from local_db.vault import Vault
from tests.conftest import FIXED_NOW
from tests.ui.conftest import PASSWORD
from ui.auth import FirstRunDialog, SignInDialog


def test_first_run_creates_the_administrator(qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(store.users)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.username.setText("kepala")
    form.password.setText("short")
    form.repeat.setText("short")
    dialog.ok_button.click()
    assert "at least 10" in dialog.error.text()
    form.password.setText(PASSWORD)
    form.repeat.setText(PASSWORD + "x")
    dialog.ok_button.click()
    assert "differ" in dialog.error.text()
    form.repeat.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.account is not None and dialog.account.role is Role.ADMIN
    assert store.users.authenticate("kepala", PASSWORD) is not None


def test_sign_in_checks_the_password_offline(qtbot, store: Store, clerk) -> None:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(store.sign_in)
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    dialog.password.setText("wrong-password")
    dialog.ok_button.click()
    assert dialog.account is None
    assert "Wrong user name or password" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.account is not None and dialog.account.username == "clerk"


def test_idle_lock_hides_data_until_password(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    window._idle.set_timeout_ms(50)
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert not window.centralWidget().isVisible()
    dialog = window.findChild(SignInDialog)
    assert dialog is not None and dialog.username.text() == "clerk"
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert not window.locked
    assert window.centralWidget().isVisible()
    window._idle.set_timeout_ms(0)


def test_admin_adds_staff_and_sets_idle_minutes(make_window, admin, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window(admin)
    page = window.settings
    page.add_form.username.setText("petugas2")
    page.add_form.full_name.setText("Petugas Dua")
    page.add_form.password.setText(PASSWORD)
    page.add_form.repeat.setText(PASSWORD)
    page.role.set_value("viewer")
    page.add_button.click()
    assert "petugas2" in page.add_message.text()
    assert [a.role for a in store.users.list() if a.username == "petugas2"] == [Role.VIEWER]
    assert page.users_table.rowCount() == 2
    page.idle.setValue(5)
    page.save_button.click()
    assert store.settings.get("idle_lock_minutes") == "5"


def test_operator_cannot_manage_staff(make_window, clerk) -> None:  # type: ignore[no-untyped-def]
    page = make_window(clerk).settings
    assert not page.idle.isEnabled()
    assert not page.users_table.isVisible()
    page.add_button.click()  # not shown; and does nothing if reached anyway


def test_damaged_database_gets_a_plain_message(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    paths = AppPaths(tmp_path)
    paths.database.write_bytes(b"this is not a database" * 100)
    vault = Vault(paths.database, lambda: FIXED_NOW)
    assert open_for_window(paths, vault, show=False, countries=Countries()) == CANNOT_OPEN
    box = damaged_message(paths)
    assert str(paths.database) in box.text()
    assert "No backup was found" in box.informativeText()


def test_failed_sign_ins_in_the_window_slow_then_lock_and_an_admin_unlocks(  # type: ignore[no-untyped-def]
    qtbot, store: Store, clerk, make_window, admin
) -> None:
    clock = [FIXED_NOW]
    guard = SignInGuard(store.db, store.users, lambda: clock[0])
    dialog = SignInDialog(guard)
    qtbot.addWidget(dialog)
    dialog.username.setText("clerk")
    texts = []
    for _ in range(guard.policy.lockout_after):
        dialog.password.setText("not-the-password")
        dialog.ok_button.click()
        texts.append(dialog.error.text())
        if "possible in" in texts[-1]:
            dialog.password.setText(PASSWORD)
            dialog.ok_button.click()  # at once: refused unchecked while the delay runs
            assert dialog.account is None and "wait" in dialog.error.text()
        clock[0] += dt.timedelta(seconds=guard.policy.max_delay)
    assert texts[0] == "Wrong user name or password, or the account is disabled."
    assert "possible in 1 s." in texts[2] and "possible in 2 s." in texts[3]
    assert "locked" in texts[-1]
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.account is None and "locked" in dialog.error.text()

    page = make_window(admin).settings
    row = [page.users_table.item(r, 0).text() for r in range(page.users_table.rowCount())].index("clerk")
    assert page.users_table.item(row, 3).text() == "locked (failed sign-ins)"
    page.users_table.setCurrentCell(row, 0)
    page.unlock_button.click()
    assert "clerk can sign in again" in page.add_message.text()
    dialog.password.setText(PASSWORD)
    dialog.ok_button.click()
    assert dialog.account is not None and dialog.account.username == "clerk"
