"""The demo's window: the real main window over the demo store, signed in as the demo clerk,
with the demo bar on top. The network switch closes or opens the relay and asks the background
sync to run at once, so the status bar turns offline, counts the queue, and drains it."""

from __future__ import annotations

import signal
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import gui_steps as step
from desktop_app.demo.relay import Relay
from desktop_app.demo.seed import CLERK_PASSWORD, DemoWorld
from domain.countries import Countries
from ui.app_icon import app_icon
from ui.demo_bar import DemoBar
from ui.gc_guard import UiThreadGarbageCollector
from ui.i18n import normalise_lang, remove_translators
from ui.main_window import MainWindow
from ui.sync_scheduler import SyncScheduler


def attach_demo_bar(window: MainWindow, relay: Relay, server_url: str, username: str) -> DemoBar:
    bar = DemoBar(server_url, username, CLERK_PASSWORD, window)
    window.addToolBar(bar)
    mode = QCoreApplication.translate("DemoBar", "DEMO MODE")
    window.setWindowTitle(f"{window.windowTitle()} — {mode}")
    scheduler = window.findChild(SyncScheduler)

    def switched(on: bool) -> None:
        relay.set_online(on)
        if scheduler is not None:
            scheduler.sync_now()

    bar.network_toggled.connect(switched)
    return bar


def fit_to_screen(window: MainWindow) -> None:
    """The main window asks for 1280×820; on a 1366×768 screen its status bar would fall off."""
    available = window.screen().availableGeometry()
    size = window.size().boundedTo(available.size())
    window.resize(size)
    window.move(available.topLeft())


def run_demo_window(
    world: DemoWorld, relay: Relay, server_url: str, countries: Countries, lang: str | None
) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Loket PMI")
    app.setWindowIcon(app_icon())
    collector = UiThreadGarbageCollector(app)
    translators = step.install_language(app, lang)  # kept alive for the window's lifetime
    try:
        chosen = normalise_lang(lang or "id")
        window, runner = step.build_window(app, world.store, countries, world.clerk, world.paths, chosen)
        attach_demo_bar(window, relay, server_url, world.clerk.username)
        # The demo opens on the list: the sample records and their sync states are what it is for.
        window.navigation.setCurrentRow(window.pages.indexOf(window.candidates))
        # Ctrl+C in the terminal (or a TERM) closes the window, so the service still stops in order;
        # the timer gives Python a moment to run its signal handler while Qt's loop waits. Set
        # before the window shows: a signal that comes before the loop runs skips the loop.
        stop_requested: list[bool] = []

        def on_signal(*_: object) -> None:
            stop_requested.append(True)
            window.close()

        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, on_signal)
        ticker = QTimer(app)
        ticker.start(250)
        fit_to_screen(window)
        window.show()
        window.candidates.refresh()
        code = 0 if stop_requested else app.exec()
        ticker.stop()
        runner.wait()
        return code
    finally:
        collector.stop()
        remove_translators(app, translators)
