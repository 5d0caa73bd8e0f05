"""`LOKET_SMOKE_TEST=1 loket gui`: start up as usual, show the real main window, then quit.

CI runs it on the frozen bundle (docs/packaging.md) to prove that the bundle carries what the
window needs and PyInstaller cannot see by following imports: Qt's platform plugins, our
translations, the migrations and the region table. It is a check, not a way in: no sign-in
dialog is shown, but the event loop runs only until the candidate list has been filled (at
most `WAIT_MS`), nothing reads the keyboard or mouse, and the window closes by itself.

It signs in like the dialog would, with the account named in `LOKET_SMOKE_USER` and the
password in `LOKET_SMOKE_PASSWORD` (which also unlock an encrypted store where the PC holds no
machine key, as the unlock dialog would): without valid credentials it shows nothing and exits
2, so the variable never opens the window to someone who could not sign in anyway. It never
creates or converts a store.
What it saw goes to stdout as `smoke <what>: <value>` lines; the exit code is 0 when the
window was built, the list was filled in the background, and, in Indonesian, the title came
from our catalogue.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop_app import gui_steps as step
from desktop_app.gui_open import REFUSED, open_for_window
from desktop_app.paths import AppPaths
from domain.countries import Countries
from domain.issues import Lang
from local_db.store import Store
from local_db.values import StaffAccount
from local_db.vault import Vault

ENV_VAR = "LOKET_SMOKE_TEST"
USER_VAR = "LOKET_SMOKE_USER"
PASSWORD_VAR = "LOKET_SMOKE_PASSWORD"  # noqa: S105 - the name of a variable, not a password
WAIT_MS = 30_000
# MainWindow's title before translation: seeing it in Indonesian means loket_id.qm did not load.
SOURCE_TITLE = "Loket PMI — CPMI registration"


def requested() -> bool:
    return os.environ.get(ENV_VAR) == "1"


def _say(what: str, value: object) -> None:
    sys.stdout.write(f"smoke {what}: {value}\n")
    sys.stdout.flush()


def _refused() -> int:
    sys.stderr.write(
        f"Smoke test: sign-in failed; set {USER_VAR} and {PASSWORD_VAR} to an active staff account "
        "of this data folder (`loket users add`).\n"
    )
    return REFUSED


def open_and_run(
    app: QApplication,
    paths: AppPaths,
    vault: Vault,
    countries: Countries,
    lang: str | None,
    translators: list[QTranslator],
) -> int:
    """Open the store with the smoke credentials instead of the dialogs, then `run`."""
    username, password = os.environ.get(USER_VAR, ""), os.environ.get(PASSWORD_VAR, "")
    if not username or not password:
        return _refused()
    opened = open_for_window(paths, vault, credentials=(username, password), show=False, countries=countries)
    if isinstance(opened, int):
        if opened == REFUSED:
            return _refused()
        sys.stderr.write(f"Smoke test: the database in {paths.data_dir} cannot be opened (see the log).\n")
        return opened
    try:
        chosen = step.saved_language(app, opened.store, lang, translators)
        return run(app, opened.store, countries, paths, chosen, opened.account, (username, password))
    finally:
        opened.store.close()


def run(
    app: QApplication,
    store: Store,
    countries: Countries,
    paths: AppPaths,
    lang: Lang,
    account: StaffAccount | None,
    credentials: tuple[str, str],
) -> int:
    """`account`: signed in already (its password unlocked the store); else the credentials are
    checked here like the sign-in dialog would."""
    if account is None:
        account = store.users.authenticate(*credentials)
    if account is None:
        return _refused()
    window, runner = step.build_window(app, store, countries, account, paths, lang)
    shown: list[int] = []
    window.candidates.results_shown.connect(shown.append)
    window.candidates.results_shown.connect(app.quit)
    deadline = QTimer(window, singleShot=True, interval=WAIT_MS)
    deadline.timeout.connect(app.quit)
    deadline.start()
    window.show()
    window.candidates.refresh()
    app.exec()
    deadline.stop()
    runner.wait()
    title = window.windowTitle()
    _say("platform", QGuiApplication.platformName())
    _say("language", lang)
    _say("title", title)
    _say("list", window.candidates.count_label.text())
    _say("regions", store.regions.count())
    window.close()
    if not shown:
        sys.stderr.write(f"Smoke test: the candidate list was not filled within {WAIT_MS // 1000} s.\n")
        return 1
    if lang == "id" and title == SOURCE_TITLE:
        sys.stderr.write("Smoke test: the window title is not translated; loket_id.qm did not load.\n")
        return 1
    _say("result", "ok")
    return 0
