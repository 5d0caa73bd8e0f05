"""Render every screen in Indonesian and English to docs/screenshots/ (run under `xvfb-run -a`).

    xvfb-run -a .venv/bin/python bench/screenshots.py

Uses a throw-away data folder with a few registrations made through the real writer path.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    from argon2 import PasswordHasher
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.datagen import generate_rows
    from desktop_app import gui_steps as step
    from desktop_app.paths import AppPaths, prepare
    from domain.codes import Role
    from domain.countries import Countries
    from local_db.store import open_store
    from ui.auth import FirstRunDialog, SignInDialog
    from ui.i18n import install_translators, remove_translators

    app = QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="loket-shots-"))
    paths = AppPaths(folder)
    prepare(paths)
    countries = Countries()
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    store = open_store(paths.database, paths.backups, countries=countries, hasher=hasher)
    admin = store.users.add("admin", "rahasia-123", Role.ADMIN, "Dewi Kartika", "setup")
    actor = admin.actor()
    for row in generate_rows(40):
        store.candidates.create(row, actor)

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str, lang: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(OUT / f"{name}_{lang}.png"))
        print("wrote", OUT / f"{name}_{lang}.png")

    for lang in ("id", "en"):
        translators = install_translators(app, lang)
        first = FirstRunDialog(store.users)
        shot(first, "01_first_run", lang)
        first.close()
        sign_in = SignInDialog(store.users)
        sign_in.username.setText("admin")
        sign_in.error.setText(sign_in.tr("Wrong user name or password, or the account is disabled."))
        shot(sign_in, "02_sign_in", lang)
        sign_in.close()
        window, runner = step.build_window(app, store, countries, admin, paths, lang)  # type: ignore[arg-type]
        window.registration.open_receipts = False
        window.resize(1366, 768)
        shot(window, "03_registration_empty", lang)
        form = window.registration.form
        form.fields.load({"nik": "3601015505990001", "full_name": "Siti Aminah", "birth_date": "2010-05-15"})
        form.on_fields_edited("nik")
        form.fields.line("birth_date").setText("15-05-2010")
        form.save()
        shot(window, "04_registration_errors", lang)
        form.fields.load(
            {
                "nik": "3601015505990001",
                "full_name": "Siti Aminah",
                "birth_place": "Pandeglang",
                "birth_date": "1999-05-15",
                "sex": "F",
                "phone": "081234567890",
                "village_code": "3601012001",
                "address_line": "Kp. Cibeureum RT 01/02",
                "destination_country": "MY",
                "scheme": "p_to_p",
                "sector": "informal",
                "job_position": "Penata laksana rumah tangga",
                "heir_name": "Ahmad",
                "heir_relationship": "suami",
                "documents": "ktp;kk",
            }
        )
        form.save()
        form.save()  # confirms the same-person warning if there is one
        shot(window, "05_registration_saved", lang)
        window.navigation.setCurrentRow(1)
        window.candidates.refresh()
        settle(600)
        shot(window, "06_candidate_list", lang)
        dialog = window.candidates.open_row(0)
        assert dialog is not None
        dialog.form.fields.line("phone").setText("081299998888")
        dialog.form.save()
        shot(dialog, "07_candidate_detail", lang)
        dialog.tabs.setCurrentIndex(1)
        shot(dialog, "08_candidate_history", lang)
        dialog.close()
        window.navigation.setCurrentRow(2)
        shot(window, "09_settings", lang)
        lock = window.lock()
        shot(lock, "10_locked", lang)
        lock.done(1)
        box = step.damaged_message(paths)
        shot(box, "11_damaged_database", lang)
        box.close()
        window.close()
        runner.wait()
        remove_translators(app, translators)
        # the saved record would be a duplicate in the next language's run
        store.db.engine.dispose()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
