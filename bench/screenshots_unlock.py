"""Screenshots of opening the encrypted store, on the screen this runs on (see bench/screenshots.py).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python bench/screenshots.py --unlock
    xvfb-run -s "-screen 0 1024x768x24" .venv/bin/python bench/screenshots.py --unlock

The whole screen is taken, as the person sees it at start-up (no window behind the dialogs yet),
in Indonesian and English: the unlock dialog, after wrong passwords (the button waits), a
lockout, the recovery key shown once, the settings page's encryption box, the wait while a
plain store is encrypted, and the message when the key file is missing.
"""

from __future__ import annotations

import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots" / "unlock"
PASSWORD = "rahasia-kantor-123"


def unlock_main() -> None:
    from argon2 import PasswordHasher
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from desktop_app import gui_steps as step
    from desktop_app.gui_open import WindowUnlocker, keys_message
    from desktop_app.gui_protect import busy_dialog
    from desktop_app.paths import AppPaths, prepare
    from domain.codes import Role
    from domain.countries import Countries
    from local_db.key_slots import KdfCost
    from local_db.store import open_store
    from local_db.throttle import SignInPolicy
    from local_db.unlocking import encrypt_plain, open_unlocked
    from local_db.vault import Vault
    from ui.i18n import install_translators, remove_translators
    from ui.recovery_key import RecoveryKeyDialog
    from ui.theme import apply_theme
    from ui.unlock_dialog import UnlockDialog

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    size = f"{room.width()}x{room.height()}"
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="loket-unlock-shots-"))
    paths = AppPaths(folder)
    prepare(paths)
    countries = Countries()
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    store = open_store(paths.database, paths.backups, countries=countries, hasher=hasher)
    store.users.add("kepala", PASSWORD, Role.ADMIN, "Dewi Kartika", "setup")
    store.users.add("rina", PASSWORD, Role.OPERATOR, "Rina Wulandari", "setup")
    store.close()
    now = [dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)]
    vault = Vault(paths.database, lambda: now[0], cost=KdfCost(t=1, m=8, p=1), policy=SignInPolicy())
    new = vault.new_keys("kepala", PASSWORD, machine=False)
    converted, _ = encrypt_plain(paths.database, paths.backups, vault, new, "setup", hasher=hasher)
    converted.users.authenticate("rina", PASSWORD)  # rina's key slot
    converted.close()

    def settle(ms: int = 250) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str, lang: str) -> None:
        widget.show()
        widget.activateWindow()
        settle()
        target = OUT / f"{name}_{lang}_{size}.png"
        screen.grabWindow(0).save(str(target))
        print("wrote", target)

    for lang in ("id", "en"):
        translators = install_translators(app, lang)
        unlocker = WindowUnlocker(paths, vault, countries=countries, hasher=hasher)
        dialog = UnlockDialog(unlocker)
        dialog.username.setText("rina")
        dialog.password.setFocus()
        shot(dialog, "60_unlock", lang)
        for _ in range(vault.policy.free_failures):
            dialog.password.setText("salah-ketik")
            dialog.ok_button.click()
        shot(dialog, "61_unlock_wrong_wait", lang)
        for _ in range(vault.policy.lockout_after):
            now[0] += dt.timedelta(minutes=2)
            unlocker.attempt("rina", "salah-ketik")
        now[0] += dt.timedelta(minutes=2)
        settle(1300)  # the one-second wait runs out and the button is ready again
        dialog.password.setText(PASSWORD)
        dialog.ok_button.click()
        shot(dialog, "62_unlock_locked_out", lang)
        dialog.close()
        vault.lift_lockout("rina")
        recovery = RecoveryKeyDialog(new.recovery_key, str(paths.data_dir))
        shot(recovery, "63_recovery_key", lang)
        recovery.confirm.setChecked(True)
        recovery.continue_button.setFocus()
        shot(recovery, "64_recovery_key_confirmed", lang)
        recovery.accept()
        opened = open_unlocked(
            paths.database, paths.backups, vault, username="kepala", password=PASSWORD, hasher=hasher
        ).store
        admin = opened.users.get("kepala")
        assert admin is not None
        window, runner = step.build_window(app, opened, countries, admin, paths, lang)  # type: ignore[arg-type]
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.setGeometry(room)
        window.navigation.setCurrentRow(window.pages.indexOf(window.settings))
        shot(window, "65_settings_encryption", lang)
        window.close()
        runner.wait()
        opened.close()
        busy = busy_dialog()
        shot(busy, "66_encrypting", lang)
        busy.close()
        box = keys_message(paths, missing=True)
        shot(box, "67_key_file_missing", lang)
        box.close()
        remove_translators(app, translators)
    shutil.rmtree(folder, ignore_errors=True)
