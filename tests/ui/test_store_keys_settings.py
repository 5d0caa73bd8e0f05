"""Settings on an encrypted store: the machine key on/off, lifting both lockouts, one's own
password (ui/store_keys_box.py, desktop_app/gui_keys.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app import gui_steps as step
from desktop_app.paths import AppPaths
from local_db.store import Store
from local_db.throttle import SignInPolicy
from local_db.unlocking import open_unlocked
from tests.ui.conftest import PASSWORD
from tests.ui.encrypted_support import Clock, encrypted_store, options, vault_of
from tests.ui.modal import answering
from ui.main_window import MainWindow
from ui.set_password_dialog import SetPasswordDialog

NEW_PASSWORD = "kuda-lari-di-sawah-7"


@pytest.fixture
def opened(
    paths: AppPaths, template_db: Path, clock: Clock, request: pytest.FixtureRequest
) -> Iterator[Store]:
    vault = vault_of(paths, clock, SignInPolicy(lockout_after=4))
    machine = "os_key_store" in request.fixturenames
    encrypted_store(paths, template_db, vault, machine=machine)
    store = open_unlocked(
        paths.database, paths.backups, vault, username="kepala", password=PASSWORD, **options(clock)
    ).store
    yield store
    store.close()


@pytest.fixture
def window_of(qtbot, qapp, paths: AppPaths, countries):  # type: ignore[no-untyped-def]
    """The real window as `build_window` makes it, on its settings page."""
    runners = []

    def make(store: Store, username: str) -> MainWindow:
        account = store.users.get(username)
        assert account is not None
        window, runner = step.build_window(qapp, store, countries, account, paths, "en")
        runners.append(runner)
        qtbot.addWidget(window)
        window.navigation.setCurrentRow(window.pages.indexOf(window.settings))
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make
    for runner in runners:
        assert runner.wait()


def test_an_administrator_turns_the_machine_key_off_and_on(  # type: ignore[no-untyped-def]
    window_of, paths: AppPaths, os_key_store: Path, opened: Store, clock: Clock
) -> None:
    vault = vault_of(paths, clock)
    box = window_of(opened, "kepala").settings.keys_box
    assert box.machine.isEnabled() and box.machine.isChecked()
    assert "is encrypted" in box.state.text()
    box.machine.click()
    assert not vault.has_machine_slot() and vault.machine_key() is None
    assert "opens only with a staff password" in box.note.text()
    box.machine.click()
    assert vault.has_machine_slot() and vault.machine_key() == opened.db.key
    assert box.note.text() == "The machine key is kept on this PC."


def test_without_an_os_key_store_the_switch_is_off_with_a_sentence(  # type: ignore[no-untyped-def]
    window_of, opened: Store
) -> None:
    box = window_of(opened, "kepala").settings.keys_box
    assert not box.machine.isEnabled() and not box.machine.isChecked()
    assert "no key store" in box.note.text()


def test_lifting_a_lockout_lifts_the_unlock_lockout_too(  # type: ignore[no-untyped-def]
    window_of, paths: AppPaths, opened: Store, clock: Clock
) -> None:
    vault = vault_of(paths, clock, SignInPolicy(lockout_after=4))
    for _ in range(4):
        clock.now += dt.timedelta(minutes=5)
        vault.unlock("petugas", "not-the-password")
    assert vault.unlock("petugas", PASSWORD).data_key is None  # locked, right password or not
    page = window_of(opened, "kepala").settings
    names = [page.users_table.item(r, 0).text() for r in range(page.users_table.rowCount())]
    row = names.index("petugas")
    assert page.users_table.item(row, 3).text() == "locked (failed sign-ins)"
    page.users_table.setCurrentCell(row, 0)
    page.unlock_button.click()
    assert "petugas can sign in again" in page.add_message.text()
    assert vault.unlock("petugas", PASSWORD).data_key == opened.db.key


def test_changing_my_password_rewraps_only_my_slot(  # type: ignore[no-untyped-def]
    window_of, paths: AppPaths, opened: Store, clock: Clock
) -> None:
    vault = vault_of(paths, clock)
    before = vault.keys()
    assert before is not None
    box = window_of(opened, "petugas").settings.password_box
    box.current.setText("not-the-password")
    box.new.setText(NEW_PASSWORD)
    box.repeat.setText(NEW_PASSWORD)
    box.change_button.click()
    assert box.message.text() == "Wrong user name or password, or the account is disabled."
    box.current.setText(PASSWORD)
    box.new.setText("password1234")
    box.repeat.setText("password1234")
    box.change_button.click()
    assert "too easy to guess" in box.message.text()
    box.current.setText(PASSWORD)
    box.new.setText(NEW_PASSWORD)
    box.repeat.setText(NEW_PASSWORD)
    box.change_button.click()
    assert box.message.text() == "Your password is changed. Use the new one from now on."
    after = vault.keys()
    assert after is not None
    assert before.staff("kepala") == after.staff("kepala")  # the others' slots untouched
    assert before.staff("petugas") != after.staff("petugas")
    assert vault.unlock("petugas", PASSWORD).data_key is None
    assert vault.unlock("petugas", NEW_PASSWORD).data_key == opened.db.key


def test_an_administrator_sets_a_password_that_gives_the_account_its_slot(  # type: ignore[no-untyped-def]
    window_of, paths: AppPaths, opened: Store, clock: Clock
) -> None:
    vault = vault_of(paths, clock)
    assert vault.remove_staff("petugas")  # as after a conversion: no slot yet
    page = window_of(opened, "kepala").settings
    names = [page.users_table.item(r, 0).text() for r in range(page.users_table.rowCount())]
    page.users_table.setCurrentCell(names.index("petugas"), 0)

    def set_password(dialog: SetPasswordDialog) -> None:
        dialog.password.setText(NEW_PASSWORD)
        dialog.repeat.setText(NEW_PASSWORD + "x")
        dialog.ok_button.click()
        assert dialog.error.text() == "The two passwords differ."
        dialog.repeat.setText(NEW_PASSWORD)
        dialog.ok_button.click()

    with answering([(SetPasswordDialog, set_password)]):
        page.password_button.click()
    assert "petugas has a new password" in page.add_message.text()
    assert vault.unlock("petugas", NEW_PASSWORD).data_key == opened.db.key
    actions = [r.action for r in opened.audit.history("staff_user", "petugas")]
    assert "user_password" in actions


def test_a_clerk_sees_the_machine_key_but_cannot_change_it(  # type: ignore[no-untyped-def]
    window_of, os_key_store: Path, opened: Store
) -> None:
    page = window_of(opened, "petugas").settings
    assert page.keys_box.machine.isChecked() and not page.keys_box.machine.isEnabled()
    assert page.keys_box.note.text() == "Only an administrator can change this."
    assert page.password_box.isVisibleTo(page)  # every account changes its own password
