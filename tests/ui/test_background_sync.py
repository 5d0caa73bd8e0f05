"""The window's background sync against the real central service: the status bar follows it."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

from desktop_app.gui_steps import add_background_sync
from desktop_app.gui_sync import make_sync_job
from domain.actor import Actor
from local_db.repositories.users import StaffAccount
from local_db.store import Store
from sync.client import CentralClient
from sync.enrolment import enroll
from tests.central_service.support import nik
from tests.conftest import valid_candidate
from tests.sync.support import Central
from ui.tasks import TaskRunner


def test_not_enrolled_pc_skips_sync_and_stays_offline(store: Store) -> None:
    assert make_sync_job(store, "test")(lambda: False, lambda _p: None) is None


def test_sync_now_sends_waiting_records_and_the_status_bar_says_online(
    qtbot,
    make_window,
    runner: TaskRunner,
    clerk: StaffAccount,
    store: Store,
    central: Central,
    operator: Actor,
) -> None:  # type: ignore[no-untyped-def]
    office = central.new_office()
    enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC loket")
    store.candidates.create(valid_candidate(nik=nik()), operator)
    window = make_window(clerk)
    # The delay after a save is injected (3 s in the application, AFTER_SAVE_MS).
    scheduler = add_background_sync(window, store, runner, window.status_feed, after_save_ms=200)
    button = next(b for b in window.statusBar().findChildren(QToolButton) if b.text() == "Sync now")
    with qtbot.waitSignal(scheduler.finished, timeout=30_000) as done:
        button.click()
    report = done.args[0]
    assert report is not None and report.online and report.finished
    assert report.pushed.sent == 1
    assert window.status_feed.current.online and window.status_feed.current.pending == 0
    assert store.settings.get("last_sync_at")
    assert len(central.records(office)) == 1

    # Online, a record saved in the window goes out after that delay, not at the interval (120 s).
    window.registration.form.fields.load(valid_candidate(nik=nik(), full_name="Dewi Lestari"))
    with qtbot.waitSignal(scheduler.finished, timeout=30_000) as done:
        assert window.registration.form.save() is not None
    assert done.args[0].pushed.sent == 1 and len(central.records(office)) == 2
    scheduler.stop()
    assert runner.wait()
