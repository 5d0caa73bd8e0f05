"""Sync in the clerk's hands, with the real central service on loopback: the status tells the
truth while the server is down and comes back by itself; a refusal is shown in Indonesian and
withdrawn; a conflict settled field by field reaches the centre; the window enrols a PC."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.gui_steps import add_background_sync
from desktop_app.gui_sync import make_sync_job
from local_db.errors import NotFound
from local_db.repositories.sync_counts import sync_counts
from local_db.repositories.users import StaffAccount
from local_db.store import Store
from sync.client import CentralClient
from sync.enrolment import enroll
from sync.retry import RetryPolicy
from sync.scheduler import RunPacer
from tests.central_service.support import nik
from tests.conftest import valid_candidate
from tests.desktop_app.cli_helpers import loket
from tests.sync.support import Central, Desktop, make_desktop
from tests.sync.workload import OP
from tests.ui.test_translations import indonesian  # noqa: F401 - a fixture
from ui.candidates.model import COLUMNS
from ui.main_window import MainWindow
from ui.status import CONNECTING, OFFLINE, ONLINE, SYNCING, SyncStatus
from ui.sync.conflict import MINE, ConflictDialog
from ui.sync.texts import ATTENTION
from ui.tasks import TaskRunner

QUICK = RunPacer(RetryPolicy(base=0.3, cap=0.6, rng=random.Random(7)), interval=600)


def sync_column(window: MainWindow) -> list[str]:
    model = window.candidates.model
    column = COLUMNS.index("sync_state")  # not the last one: the documents count follows it
    return [model.index(row, column).data() for row in range(model.rowCount())]


def sync_once(store: Store) -> None:
    report = make_sync_job(store, "test")(lambda: False, lambda _p: None)
    assert report is not None and report.online


@pytest.fixture
def restartable(tmp_path: Path) -> Iterator[Central]:
    """A central service of this test's own, so it can be down while the window starts."""
    running = Central(f"sqlite:///{tmp_path / 'central.db'}", tmp_path / "server.log").start()
    yield running
    running.stop()


@pytest.mark.slow
def test_records_saved_while_the_server_is_down_are_sent_when_it_comes_back_without_a_click(
    qtbot, make_window, runner: TaskRunner, clerk: StaffAccount, store: Store, restartable: Central
) -> None:  # type: ignore[no-untyped-def]
    office = restartable.new_office()
    enroll(store.settings, CentralClient(restartable.base), restartable.new_code(office), "PC loket")
    restartable.stop()
    for _ in range(3):
        store.candidates.create(valid_candidate(nik=nik()), OP)
    window = make_window(clerk)
    window.candidates.refresh()
    qtbot.waitUntil(lambda: window.candidates.model.rowCount() == 3)
    assert set(sync_column(window)) == {"Waiting to send"}
    detail = window.candidates.open_row(0)
    assert detail is not None
    phases: list[str] = []
    window.status_feed.changed.connect(lambda s: phases.append(s.phase))
    scheduler = add_background_sync(window, store, runner, window.status_feed, pacer=QUICK, first_run_ms=0)

    def offline_with_next_try() -> bool:
        s: SyncStatus = window.status_feed.current
        return s.phase == OFFLINE and s.next_try_at is not None

    qtbot.waitUntil(offline_with_next_try, timeout=20_000)
    assert window.status.connection_label.text().startswith("○ Offline · next try ")
    sentence = window.status.sentence_label.full_text()
    assert sentence.startswith("The central service cannot be reached") and "Next try at" in sentence
    assert CONNECTING in phases

    phases.clear()
    restartable.start()
    qtbot.waitUntil(lambda: window.status_feed.current.phase == ONLINE, timeout=60_000)
    assert phases.index(SYNCING) < phases.index(ONLINE)
    assert window.status.connection_label.text() == "● Online"
    assert window.status.sentence_label.full_text() == ""
    qtbot.waitUntil(lambda: set(sync_column(window)) == {"Sent"}, timeout=10_000)
    assert len(restartable.records(office)) == 3
    # The open detail followed too: its history shows the answer, newest first.
    history = detail.history.model()
    assert history.index(0, 2).data() == "Sent to the central service"
    assert history.index(0, 3).data() == "accepted as version 1"
    scheduler.stop()
    assert runner.wait()


@pytest.fixture
def other_office(central: Central, tmp_path: Path, template_db: Path) -> Iterator[Desktop]:
    desk = make_desktop(tmp_path / "other", template_db, central, central.new_office())
    yield desk
    desk.close()


@pytest.mark.usefixtures("indonesian")
def test_a_refused_record_shows_its_indonesian_reason_and_is_withdrawn(
    qtbot,
    make_window,
    admin: StaffAccount,
    store: Store,
    central: Central,
    other_office: Desktop,
    data_dir: Path,
) -> None:  # type: ignore[no-untyped-def]
    shared = nik()
    other_office.store.candidates.create(valid_candidate(nik=shared), OP)
    assert other_office.sync().finished
    enroll(store.settings, CentralClient(central.base), central.new_code(central.new_office()), "PC loket")
    refused = store.candidates.create(valid_candidate(nik=shared, full_name="Siti Ditolak"), OP).record
    sync_once(store)

    store.candidates.create(valid_candidate(nik=nik()), OP)  # waiting to send: not in the filter
    window = make_window(admin, "id")
    window.candidates.sync_filter.set_value(ATTENTION)  # the list's filter: refused or conflict
    qtbot.waitUntil(lambda: sync_column(window) == ["Perlu ditangani"])
    window.status_feed.refresh()
    assert window.status.attention_button.isVisible()
    window.status.attention_button.click()  # the count in the status bar opens the list
    panel = window.sync_page.attention
    assert window.pages.currentWidget() is window.sync_page
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert panel.table.item(0, 0).text() == "Siti Ditolak"
    assert (
        panel.table.item(0, 4)
        .text()
        .endswith(
            ": NIK ini sudah terdaftar aktif di kantor lain ("
            + (other_office.store.settings.get("sync_office_code") or "")
            + ")."
        )
    )

    panel.table.selectRow(0)
    assert panel.withdraw_button.isEnabled() and not panel.conflict_button.isEnabled()
    panel.withdraw_button.click()
    box = panel.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    assert "ditarik" in panel.message.text()
    counts = sync_counts(store.db)
    assert counts.needs_attention == 0 and counts.pending == 1
    qtbot.waitUntil(lambda: not window.status.attention_button.isVisible())
    with pytest.raises(NotFound):
        store.candidates.get(refused.id)
    assert loket(data_dir, "check").code == 0


def test_a_conflict_chosen_field_by_field_in_the_window_reaches_the_centre(
    qtbot, make_window, clerk: StaffAccount, store: Store, central: Central, tmp_path: Path, template_db: Path
) -> None:  # type: ignore[no-untyped-def]
    office = central.new_office()
    enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC loket")
    other = make_desktop(tmp_path / "other", template_db, central, office)
    try:
        cid = store.candidates.create(valid_candidate(nik=nik()), OP).record.id
        sync_once(store)
        assert other.sync().finished
        theirs = other.store.candidates.get(cid)
        other.store.candidates.update(
            cid, {"phone": "081211110000", "job_position": "Perawat"}, OP, theirs.version
        )
        assert other.sync().finished
        mine = store.candidates.get(cid)
        store.candidates.update(cid, {"phone": "081299990000", "job_position": "Koki"}, OP, mine.version)
        sync_once(store)
        assert store.candidates.get(cid).sync_state == "conflict"

        window = make_window(clerk)
        window.show_attention()
        panel = window.sync_page.attention
        qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
        assert panel.table.item(0, 4).text() == "Changed on the central service too (version 2)."
        panel.table.selectRow(0)
        assert panel.conflict_button.isEnabled() and not panel.withdraw_button.isEnabled()
        panel.conflict_button.click()
        dialog = panel.dialog
        assert isinstance(dialog, ConflictDialog)
        assert set(dialog.fields) == {"phone", "job_position"}
        dialog.take_theirs_button.click()
        assert dialog.keep_mine() == set()
        keep_phone = dialog.groups["phone"].button(MINE)
        keep_phone.setFocus()
        qtbot.keyClick(keep_phone, Qt.Key.Key_Space)
        assert dialog.keep_mine() == {"phone"}
        dialog.save_button.click()
        qtbot.waitUntil(lambda: panel.table.rowCount() == 0)

        sync_once(store)
        _entity, version, data = central.records(office)[cid]
        assert version == 3
        assert data["phone"] == "+6281299990000" and data["job_position"] == "Perawat"
        assert store.candidates.get(cid).sync_state == "sent"
    finally:
        other.close()


def test_an_administrator_enrols_the_pc_from_the_window(
    qtbot, make_window, admin: StaffAccount, store: Store, central: Central
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(admin)
    panel = window.sync_page.connection
    assert panel.office_label.text() == "Not enrolled yet"
    panel.address.setText("http://example.org")
    panel.test_button.click()
    qtbot.waitUntil(lambda: "cannot be used" in panel.result.text())
    panel.address.setText(central.base)
    panel.test_button.click()
    qtbot.waitUntil(lambda: panel.result.text().startswith("Reachable"))
    panel.code.setText("NOT-A-CODE")
    panel.connect_button.click()
    qtbot.waitUntil(lambda: "was refused" in panel.result.text())
    office = central.new_office()
    panel.code.setText(central.new_code(office))
    panel.device_name.setText("PC depan")
    with qtbot.waitSignal(panel.enrolled, timeout=20_000):
        panel.connect_button.click()
    assert panel.office_label.text().startswith(office)
    assert panel.device_label.text() == "PC depan" and panel.connect_button.text() == "Enrol again"
    assert store.settings.get("sync_office_code") == office


def test_sync_now_always_answers(
    qtbot, make_window, runner: TaskRunner, clerk: StaffAccount, store: Store
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    scheduler = add_background_sync(window, store, runner, window.status_feed, first_run_ms=60_000)
    with qtbot.waitSignal(scheduler.already_running, timeout=5_000):
        window.status.sync_button.click()
        assert window.status_feed.current.phase == CONNECTING  # at once, before any answer
        window.status.sync_button.click()  # a second press while the first run goes
    assert window.status.currentMessage() == "A sync is already running."
    qtbot.waitUntil(lambda: not scheduler.running)
    sentence = window.status.sentence_label.full_text()
    assert sentence.startswith("This PC is not connected to a central service")
    assert window.status.connection_label.text() == "○ Offline"
    scheduler.stop()


def test_open_and_fix_marks_the_refused_field_and_the_corrected_record_is_accepted(
    qtbot, make_window, clerk: StaffAccount, store: Store, central: Central, other_office: Desktop
) -> None:  # type: ignore[no-untyped-def]
    shared = nik()
    other_office.store.candidates.create(valid_candidate(nik=shared), OP)
    assert other_office.sync().finished
    office = central.new_office()
    enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC loket")
    record = store.candidates.create(valid_candidate(nik=shared), OP).record
    sync_once(store)

    window = make_window(clerk)
    window.show_attention()
    panel = window.sync_page.attention
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    panel.table.setFocus()
    panel.table.selectRow(0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # Enter opens the record to fix it
    dialog = panel.dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.form  # type: ignore[attr-defined]
    assert form.fields.messages["nik"].text().startswith("Another office (")
    assert form.banner.isVisible() and "refused this record" in form.banner.text()
    qtbot.waitUntil(form.fields.line("nik").hasFocus)
    history = dialog.history.model()  # type: ignore[attr-defined]
    assert history.index(0, 1).data() == "sync"
    assert history.index(0, 2).data() == "Refused by the central service"
    assert history.index(0, 3).data().startswith("NIK: Another office (")

    fixed = nik()
    form.fields.line("nik").setText(fixed)
    form.on_fields_edited("nik")
    assert form.save() is not None
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    assert panel.message.text() == "Saved; the corrected record is queued to send."
    sync_once(store)
    assert store.candidates.get(record.id).sync_state == "sent"
    assert central.records(office)[record.id][2]["nik"] == fixed


def test_a_revoked_pc_is_told_to_enrol_again_and_the_window_does_it(
    qtbot, make_window, runner: TaskRunner, admin: StaffAccount, store: Store, central: Central
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from central_service.offices import revoke_device
    from tests.central_service.support import admin_engine

    office = central.new_office()
    enroll(store.settings, CentralClient(central.base), central.new_code(office), "PC loket")
    store.candidates.create(valid_candidate(nik=nik()), OP)
    device_id, _ = store.settings.device_identity()
    assert revoke_device(admin_engine(central.db_url), device_id, dt.datetime.now(dt.UTC))
    window = make_window(admin)
    scheduler = add_background_sync(window, store, runner, window.status_feed, first_run_ms=60_000)
    with qtbot.waitSignal(scheduler.finished, timeout=30_000):
        window.status.sync_button.click()
    assert window.status.sentence_label.full_text().startswith("The central service refused this PC")
    assert window.status_feed.current.pending == 1

    panel = window.sync_page.connection
    panel.code.setText(central.new_code(office))
    with qtbot.waitSignal(scheduler.finished, timeout=30_000):  # a new enrolment syncs at once
        panel.connect_button.click()
    qtbot.waitUntil(lambda: window.status_feed.current.phase == ONLINE)
    assert window.status_feed.current.pending == 0 and window.status.sentence_label.full_text() == ""
    assert len(central.records(office)) == 1
    scheduler.stop()
