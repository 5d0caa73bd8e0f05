"""The demo window: "MODE DEMO" in sight, and the network switch filling and draining the queue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bench.datagen import form_candidate
from desktop_app import gui_steps as step
from desktop_app.demo.central import DemoCentral
from desktop_app.demo.relay import Relay
from desktop_app.demo.seed import DemoWorld, build_world
from desktop_app.demo.window import attach_demo_bar
from desktop_app.paths import AppPaths, prepare
from domain.countries import Countries
from ui.i18n import install_translators, remove_translators
from ui.sync_scheduler import SyncScheduler

pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path, countries: Countries) -> Iterator[tuple[DemoWorld, DemoCentral, Relay]]:
    central = DemoCentral(tmp_path / "central").start()
    relay = Relay(central.port)
    paths = AppPaths(tmp_path / "desktop")
    prepare(paths)
    try:
        built = build_world(central, relay.url, paths, countries, "0.1.0")
        yield built, central, relay
        built.store.close()
    finally:
        relay.close()
        central.stop()


def test_switching_the_network_off_queues_records_and_on_drains_them(
    qtbot, qapp: QApplication, world: tuple[DemoWorld, DemoCentral, Relay], countries: Countries
) -> None:
    demo, central, relay = world
    translators = install_translators(qapp, "id")
    try:
        window, runner = step.build_window(qapp, demo.store, countries, demo.clerk, demo.paths, "id")
        bar = attach_demo_bar(window, relay, central.url, demo.clerk.username)
        qtbot.addWidget(window)
        window.show()
        feed = window.status_feed
        assert bar.marker.text() == "MODE DEMO" and bar.marker.isVisible()
        assert window.windowTitle().endswith("MODE DEMO")
        assert central.url in bar.info.text()
        # The window's own background sync sends the sample records, no click needed.
        qtbot.waitUntil(lambda: feed.current.online and feed.current.pending == 0, timeout=60_000)
        assert window.status.connection_label.text() == "● Daring"

        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_J, both)  # the switch's shortcut
        assert not relay.online and bar.switch.text().startswith("Jaringan: terputus")
        demo.store.candidates.create(form_candidate(nik="3601015505990001"), demo.clerk.actor())
        window.on_record_saved(None)
        # Offline with the record queued; a retry may be connecting at that moment, so wait for
        # the label to settle on offline rather than reading it once.
        label = window.status.connection_label
        qtbot.waitUntil(
            lambda: (
                not feed.current.online and feed.current.pending == 1 and label.text().startswith("○ Luring")
            ),
            timeout=60_000,
        )

        qtbot.mouseClick(bar.switch, Qt.MouseButton.LeftButton)
        assert relay.online
        qtbot.waitUntil(lambda: feed.current.online and feed.current.pending == 0, timeout=60_000)
        window.close()
        window.findChild(SyncScheduler).stop()
        assert runner.wait()
    finally:
        remove_translators(qapp, translators)
