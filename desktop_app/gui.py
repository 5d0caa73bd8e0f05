"""The desktop window's start-up, as a boring linear list of steps.

1. Make the QApplication, give it the light theme (ui/theme.py) and install the translators
   (Indonesian unless `lang` says English, or the language saved in the store's settings when
   the caller passes nothing).
2. Open the store and sign in (desktop_app/gui_protect.py `start`): on the very first start,
   create the administrator and the encrypted store, then show the recovery key once; an
   encrypted store without this PC's machine key opens through the unlock dialog; otherwise
   the sign-in dialog (argon2 hashes in the store: works offline), and a plain store is
   encrypted when an administrator signs in. A damaged database or key file is not a crash: a
   plain message names the file, and we exit with 1. Cancelling exits with 0.
4. Build the collaborators (task runner, status feed, idle watcher, audit log) and the main
   window; show it; the candidate list fills in the background.
5. Event loop. On quit: wait for background tasks, close the store.
"""

from __future__ import annotations

import sys

from desktop_app.paths import AppPaths


def run_gui(paths: AppPaths, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app import gui_protect as protect
    from desktop_app import gui_steps as step
    from desktop_app import smoke
    from domain.countries import Countries
    from domain.issues import Lang
    from local_db.store import utc_clock
    from local_db.vault import Vault
    from ui.app_icon import app_icon
    from ui.gc_guard import UiThreadGarbageCollector
    from ui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Loket PMI")
    apply_theme(app)
    app.setWindowIcon(app_icon())
    from desktop_app.cli import app_version

    app.setApplicationVersion(app_version())
    collector = UiThreadGarbageCollector(app)
    translators = step.install_language(app, lang)
    countries = Countries()
    vault = Vault(paths.database, utc_clock)
    if smoke.requested():  # LOKET_SMOKE_TEST=1: the bundle's CI check (desktop_app/smoke.py)
        try:
            return smoke.open_and_run(app, paths, vault, countries, lang, translators)
        finally:
            collector.stop()
    chosen: list[Lang] = []  # the saved language, applied as soon as the store is open
    session = protect.start(
        paths,
        vault,
        on_open=lambda store: chosen.append(step.saved_language(app, store, lang, translators)),
        countries=countries,
    )
    if isinstance(session, int):
        collector.stop()
        return session
    try:
        assert session.account is not None
        window, runner = step.build_window(app, session.store, countries, session.account, paths, chosen[0])
        window.show()
        window.candidates.refresh()
        code = app.exec()
        runner.wait()
        return code
    finally:
        collector.stop()
        session.store.close()


def main() -> int:  # pragma: no cover - `python -m desktop_app.gui` for a quick look
    from desktop_app.paths import prepare, resolve_paths

    paths = resolve_paths(None)
    prepare(paths)
    return run_gui(paths, None)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
