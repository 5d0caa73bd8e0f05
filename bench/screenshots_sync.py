"""Sync screens in Indonesian and English, against a real central service on loopback:
offline with the next try, syncing with progress, online, the needs-attention list (a NIK held
by another office, a conflict), a conflict side by side, and the connection settings.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/screenshots_sync.py [--also-1024 DIR]

`bench/screenshots.py` calls `main()` after its own screens. With `--also-1024 DIR` every window
is also saved at 1024x768 into DIR, to check the small screen (not committed).
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from local_db.store import Store

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"


def settle(ms: int = 150) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], object], timeout_s: float = 60, step_ms: int = 20) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not reach the state to capture")
        settle(step_ms)


def main(app: QApplication | None = None, small: Path | None = None) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.sync.support import Central

    app = app or QApplication.instance() or QApplication(sys.argv[:1])  # type: ignore[assignment]
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="loket-sync-shots-"))
    central = Central(f"sqlite:///{work / 'central.db'}", work / "central.log").start()
    try:
        for seed, lang in ((31, "id"), (32, "en")):
            one_language(app, central, work / lang, lang, seed, small)  # type: ignore[arg-type]
    finally:
        central.stop()


def open_enrolled(folder: Path, central: Any, office: str, name: str) -> Store:
    from argon2 import PasswordHasher

    from desktop_app.paths import AppPaths, prepare
    from local_db.store import open_store
    from sync.client import CentralClient
    from sync.enrolment import enroll

    paths = AppPaths(folder)
    prepare(paths)
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    store = open_store(paths.database, paths.backups, hasher=hasher)
    enroll(store.settings, CentralClient(central.base), central.new_code(office), name)
    return store


def sync(store: Store) -> None:
    from desktop_app.gui_sync import make_sync_job

    make_sync_job(store, "shots")(lambda: False, lambda _p: None)


def one_language(
    app: QApplication, central: Any, folder: Path, lang: str, seed: int, small: Path | None
) -> None:
    import random

    from bench.datagen import form_candidate, generate_rows, write_csv
    from desktop_app import gui_steps as step
    from desktop_app.paths import AppPaths
    from domain.codes import Role
    from domain.countries import Countries
    from local_db.tabular.candidate_import import CandidateImporter
    from sync.retry import RetryPolicy
    from sync.scheduler import RunPacer
    from ui.i18n import install_translators, remove_translators
    from ui.status import OFFLINE, ONLINE, SYNCING
    from ui.sync.conflict import THEIRS, ConflictDialog

    def shot(widget: QWidget, name: str, size: tuple[int, int] | None = (1366, 768)) -> None:
        if size:
            widget.resize(*size)
        widget.show()
        settle()
        widget.grab().save(str(OUT / f"{name}_{lang}.png"))
        print("wrote", OUT / f"{name}_{lang}.png")
        if small is not None and size:
            widget.resize(1024, 768)
            settle()
            widget.grab().save(str(small / f"{name}_{lang}_1024.png"))
            widget.resize(*size)

    from tests.central_service.support import new_office

    office = new_office(central.server, "Disnaker Kab. Pandeglang")
    other_office = new_office(central.server, "Disnaker Kota Serang")
    store = open_enrolled(folder / "loket", central, office, "PC-LOKET-1")
    admin = store.users.add("admin", "rahasia-123", Role.ADMIN, "Dewi Kartika", "setup")
    actor = admin.actor()
    rows = write_csv(folder / "pendaftar.csv", 3000, seed=seed)
    CandidateImporter(store.db, store.rules, store.settings).run(rows, actor)
    first = next(generate_rows(1, seed=seed + 100))
    shared_row = store.candidates.create(
        form_candidate(nik=first["nik"], full_name="Rina Marlina"), actor
    ).record
    elsewhere = open_enrolled(folder / "lain", central, other_office, "PC-SERANG")
    elsewhere.candidates.create(form_candidate(nik=first["nik"], full_name="Rina Marlina"), actor)
    sync(elsewhere)

    translators = install_translators(app, lang)
    central.stop()
    window, runner = step.build_window(app, store, Countries(), admin, AppPaths(folder / "loket"), lang)  # type: ignore[arg-type]
    scheduler = step.add_background_sync(
        window,
        store,
        runner,
        window.status_feed,
        pacer=RunPacer(RetryPolicy(base=600, cap=900, rng=random.Random(1))),
        first_run_ms=0,
    )
    window.navigation.setCurrentRow(window.pages.indexOf(window.candidates))
    window.candidates.refresh()
    wait_for(lambda: window.status_feed.current.phase == OFFLINE and window.status_feed.current.next_try_at)
    shot(window, "40_sync_offline")

    central.start()
    scheduler.sync_now()
    wait_for(
        lambda: window.status_feed.current.phase == SYNCING and window.status_feed.current.done > 0, step_ms=5
    )
    shot(window, "41_sync_syncing", size=None)
    wait_for(lambda: window.status_feed.current.phase == ONLINE)
    settle(500)
    shot(window, "42_sync_online")

    # A conflict: another PC of the office and this one edit the same record.
    colleague = open_enrolled(folder / "rekan", central, office, "PC-LOKET-2")
    sync(colleague)
    from local_db.repositories.candidate_search import CandidateFilter

    target = store.search.ids("", CandidateFilter(sync_states=("sent",)), "registered_at", True)[0]
    theirs = colleague.candidates.get(target)
    colleague.candidates.update(
        target, {"phone": "081211110000", "job_position": "Perawat lansia"}, actor, theirs.version
    )
    sync(colleague)
    mine = store.candidates.get(target)
    store.candidates.update(
        target, {"phone": "081299990000", "job_position": "Pengasuh anak"}, actor, mine.version
    )
    scheduler.sync_now()
    wait_for(lambda: not scheduler.running and window.status_feed.current.needs_attention == 2)
    window.show_attention()
    panel = window.sync_page.attention
    wait_for(lambda: panel.table.rowCount() == 2)
    panel.table.selectRow(0)
    shot(window, "43_sync_needs_attention")
    row = next(i for i, p in enumerate(panel.problems) if p.state == "conflict")
    panel.table.selectRow(row)
    panel.conflict_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, ConflictDialog)
    dialog.groups["job_position"].button(THEIRS).setChecked(True)
    shot(dialog, "44_sync_conflict_side_by_side", size=(900, 520))
    dialog.reject()
    assert shared_row.id in {p.id for p in panel.problems}

    window.sync_page.setCurrentWidget(window.sync_page.connection)
    connection = window.sync_page.connection
    connection.test_button.click()
    wait_for(lambda: connection.result.text() and connection.test_button.isEnabled())
    shot(window, "45_sync_connection_settings")

    scheduler.stop()
    window.close()
    runner.wait()
    remove_translators(app, translators)
    for s in (store, elsewhere, colleague):
        s.close()


if __name__ == "__main__":
    extra = Path(sys.argv[sys.argv.index("--also-1024") + 1]) if "--also-1024" in sys.argv else None
    if extra:
        extra.mkdir(parents=True, exist_ok=True)
    main(small=extra)
