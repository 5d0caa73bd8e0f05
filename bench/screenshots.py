"""Render every screen in Indonesian and English to docs/screenshots/ (run under `xvfb-run -a`).

    xvfb-run -a .venv/bin/python bench/screenshots.py
    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python bench/screenshots.py --desk
    xvfb-run -s "-screen 0 1024x768x24" .venv/bin/python bench/screenshots.py --desk
    QT_SCALE_FACTOR=1.5 xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python bench/screenshots.py --desk

`--desk` renders the registration desk (bench/screenshots_desk.py) on the screen it runs on,
the window maximised as on an office PC, into docs/screenshots/desk/. `--unlock` renders
opening the encrypted store (bench/screenshots_unlock.py) the same way, into
docs/screenshots/unlock/.

Uses a throw-away data folder with a few registrations made through the real writer path.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from ui.candidates.transfer import TransferActions

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    if "--desk" in sys.argv:
        from bench.screenshots_desk import desk_main

        desk_main()
        return
    if "--unlock" in sys.argv:
        from bench.screenshots_unlock import unlock_main

        unlock_main()
        return
    from argon2 import PasswordHasher
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.datagen import form_candidate, generate_rows
    from bench.screenshots_opp import opp_shots
    from desktop_app import gui_steps as step
    from desktop_app.paths import AppPaths, prepare
    from domain.codes import Role
    from domain.countries import Countries
    from local_db.repositories.sign_in import SignInOutcome, Verdict
    from local_db.store import open_store
    from ui.auth import FirstRunDialog, SignInDialog, sign_in_error_text
    from ui.i18n import install_translators, remove_translators
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app)
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
        sign_in = SignInDialog(store.sign_in)
        sign_in.username.setText("admin")
        wrong = "Wrong user name or password, or the account is disabled."
        sign_in.error.setText(QCoreApplication.translate("Accounts", wrong))
        shot(sign_in, "02_sign_in", lang)
        sign_in.close()
        locked_out = SignInDialog(store.sign_in)
        locked_out.username.setText("admin")
        locked_out.error.setText(sign_in_error_text(SignInOutcome(Verdict.LOCKED)))
        shot(locked_out, "17_sign_in_locked_out", lang)
        locked_out.close()
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
        form.fields.load(form_candidate(birth_place="Pandeglang"))
        form.save()
        form.save()  # confirms the same-person warning if there is one
        shot(window, "05_registration_saved", lang)
        window.navigation.setCurrentRow(1)
        window.candidates.refresh()
        settle(600)
        shot(window, "06_candidate_list", lang)
        transfer_shots(window.candidates.transfer, folder, lang, shot, settle)
        window.candidates.refresh()
        settle(300)
        dialog = window.candidates.open_row(0)
        assert dialog is not None
        dialog.form.fields.line("phone").setText("081299998888")
        dialog.form.save()
        shot(dialog, "07_candidate_detail", lang)
        dialog.tabs.setCurrentIndex(1)
        shot(dialog, "08_candidate_history", lang)
        dialog.close()
        window.navigation.setCurrentRow(window.pages.indexOf(window.settings))
        shot(window, "09_settings", lang)
        opp_shots(window, store, actor, lang, shot, settle)  # 17–25: the OPP page
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
    from bench import screenshots_sync

    screenshots_sync.main(app)  # offline / syncing / online, needs attention, conflict, connection


def transfer_shots(
    transfer: TransferActions,
    folder: Path,
    lang: str,
    shot: Callable[[QWidget, str, str], None],
    settle: Callable[[int], None],
) -> None:
    """Import progress and its cancel, an import summary with rejects, a broken file, an export."""
    from bench.datagen import COLUMNS, generate_rows, write_csv
    from local_db.tabular.export import export_candidates

    def wait_for(condition: Callable[[], object], timeout_s: float = 60) -> None:
        deadline = time.monotonic() + timeout_s
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError("the screen did not reach the state to capture")
            settle(50)

    def message() -> QMessageBox:
        assert transfer.message is not None
        return transfer.message

    done: list[bool] = []
    transfer.finished.connect(lambda: done.append(True))

    def run(start: Callable[[], object]) -> QMessageBox:
        done.clear()
        start()
        wait_for(lambda: done)
        return message()

    transfer.open_files = False
    seed = 11 if lang == "id" else 12  # another language's run must not find these NIKs registered
    big = write_csv(folder / f"pendaftar-{lang}.csv", 15_000, seed=seed)
    done.clear()
    transfer.start_import(big)
    wait_for(lambda: transfer.progress is not None and transfer.progress.bar.value() > 0)
    progress = transfer.progress
    assert progress is not None
    shot(progress, "12_import_progress", lang)
    progress.cancel_button.click()
    wait_for(lambda: done)
    shot(message(), "13_import_stopped", lang)
    mixed = [*generate_rows(6, seed=seed + 10)]
    mixed[1]["nik"] = "3601"
    mixed[4]["birth_date"] = "2015-02-30"
    path = folder / f"campuran-{lang}.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(mixed)
    shot(run(lambda: transfer.start_import(path)), "14_import_summary", lang)
    broken = folder / f"foto-{lang}.csv"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    shot(run(lambda: transfer.start_import(broken)), "15_import_file_problem", lang)
    target = folder / f"cpmi-{lang}.xlsx"
    shot(run(lambda: transfer.start_export(export_candidates, target)), "16_export_done", lang)
    message().close()


if __name__ == "__main__":
    main()
