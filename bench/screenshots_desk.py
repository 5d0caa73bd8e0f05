"""Screenshots of the registration desk on the screen this runs on (see bench/screenshots.py).

The window is sized to the screen's free area, as maximised on an office PC; each screen is
taken in Indonesian and English: the empty form, a picker's suggestions, a saved applicant with
its receipt buttons, the list with status chips and document counts, the detail, the receipt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots" / "desk"


def desk_main() -> None:
    from argon2 import PasswordHasher
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.datagen import form_candidate, generate_rows
    from desktop_app import gui_steps as step
    from desktop_app.paths import AppPaths, prepare
    from domain.codes import Role
    from domain.countries import Countries
    from local_db.store import open_store
    from ui.i18n import install_translators, remove_translators
    from ui.registration.receipt import write_receipt
    from ui.registration.receipt_content import OFFICE_NAME_SETTING
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    screen = QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    scale = os.environ.get("QT_SCALE_FACTOR", "")
    size = f"{room.width()}x{room.height()}" + (f"@{scale}" if scale else "")
    if scale:  # logical size at that scale: name by the physical screen
        physical = screen.geometry().size() * screen.devicePixelRatio()
        size = f"{physical.width()}x{physical.height()}@{scale}"
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="loket-desk-shots-"))
    paths = AppPaths(folder)
    prepare(paths)
    countries = Countries()
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    store = open_store(paths.database, paths.backups, countries=countries, hasher=hasher)
    store.settings.put(OFFICE_NAME_SETTING, "Disnaker Kabupaten Pandeglang")
    clerk = store.users.add("rina", "rahasia-123", Role.ADMIN, "Rina Wulandari", "setup")
    for i, row in enumerate(generate_rows(40)):
        record = store.candidates.create(row, clerk.actor()).record
        if i % 5 == 1:
            store.candidates.update(record.id, {"status": "verified"}, clerk.actor(), record.version)

    def settle(ms: int = 200) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str, lang: str) -> None:
        """The whole screen (popups and dialogs included), as the clerk sees it."""
        settle()
        target = OUT / f"{name}_{lang}_{size}.png"
        screen.grabWindow(0).save(str(target))
        print("wrote", target)

    for lang in ("id", "en"):
        translators = install_translators(app, lang)
        window, runner = step.build_window(app, store, countries, clerk, paths, lang)  # type: ignore[arg-type]
        window.registration.open_receipts = False
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.setGeometry(room)  # what maximising gives (Xvfb has no window manager)
        window.show()
        shot(window, "01_registration", lang)
        fields = window.registration.form.fields
        nik = "3601014506980002" if lang == "id" else "3601014506980003"
        fields.load(form_candidate(nik=nik, full_name="Dewi Lestari", birth_date="1998-06-05"))
        fields.region_picker.village.set_value("")
        village = fields.region_picker.village
        village.setFocus()
        village.lineEdit().setText("sum")
        village.open_suggestions()
        shot(window, "02_picker_suggestions", lang)
        village._completer.popup().hide()
        fields.region_picker.set_value("3601012001")
        if window.registration.form.save() is None:
            window.registration.form.save()  # confirms a warning, if there was one
        shot(window, "03_saved_receipt_buttons", lang)
        window.navigation.setCurrentRow(1)
        window.candidates.refresh()
        settle(800)
        shot(window, "04_candidate_list", lang)
        dialog = window.candidates.open_row(0)
        assert dialog is not None
        settle(300)
        shot(dialog, "05_candidate_detail", lang)
        dialog.form.fields.line("phone").setText("081200001111")
        box = dialog.ask_to_discard()
        settle(300)
        shot(box, "06_unsaved_changes", lang)
        box.done(0)
        dialog.close()
        pdf = folder / f"receipt-{lang}.pdf"
        last = window.registration.last
        assert last is not None
        write_receipt(pdf, window.registration.receipts.text(last))
        if shutil.which("pdftoppm") and not scale:
            png = OUT / f"07_receipt_{lang}"
            subprocess.run(["pdftoppm", "-r", "110", "-png", "-singlefile", str(pdf), str(png)], check=True)
            print("wrote", png.with_suffix(".png"))
        window.close()
        runner.wait()
        remove_translators(app, translators)
        store.db.engine.dispose()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    desk_main()
