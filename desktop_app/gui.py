"""The desktop window's start-up, as a boring linear list of steps.

1. Make the QApplication, give it the light theme (ui/theme.py) and install the translators
   (Indonesian unless `lang` says English, or the language saved in the store's settings when
   the caller passes nothing).
2. Open the store (migrating it if needed). A damaged or unreadable database file is not a
   crash: a plain message names the file and the latest backup, and we exit with 1.
3. Sign in: on the very first start, create the administrator; afterwards, the sign-in
   dialog (argon2 hashes in the store: works offline). Cancelling exits with 0.
4. Build the collaborators (task runner, status feed, idle watcher, audit log) and the main
   window; show it; the candidate list fills in the background.
5. Event loop. On quit: wait for background tasks, close the store.
"""

from __future__ import annotations

import sys

from desktop_app.paths import AppPaths


def run_gui(paths: AppPaths, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app import gui_steps as step
    from desktop_app import smoke
    from domain.countries import Countries
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
    store = step.open_store_or_explain(paths, countries)
    if store is None:
        collector.stop()
        return 1
    try:
        chosen = step.saved_language(app, store, lang, translators)
        if smoke.requested():  # LOKET_SMOKE_TEST=1: the bundle's CI check (desktop_app/smoke.py)
            return smoke.run(app, store, countries, paths, chosen)
        account = step.sign_in(store)
        if account is None:
            return 0
        window, runner = step.build_window(app, store, countries, account, paths, chosen)
        window.show()
        window.candidates.refresh()
        code = app.exec()
        runner.wait()
        return code
    finally:
        collector.stop()
        store.close()


def main() -> int:  # pragma: no cover - `python -m desktop_app.gui` for a quick look
    from desktop_app.paths import prepare, resolve_paths

    paths = resolve_paths(None)
    prepare(paths)
    return run_gui(paths, None)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
