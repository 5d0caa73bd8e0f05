"""The demo's bar above the window: a "MODE DEMO" marker that cannot be missed, where the sample
centre runs and how to sign in again, and the switch that cuts and restores the network.

The bar only says what was switched; the composition root (desktop_app/demo/window.py) turns
the switch into a closed or open relay and an immediate sync, so the status bar shows it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QToolButton, QWidget

SWITCH_SHORTCUT = "Ctrl+Shift+J"  # J for jaringan (network)


class DemoBar(QToolBar):
    network_toggled = Signal(bool)  # True: network on

    def __init__(self, server_url: str, username: str, password: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("demoBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.setWindowTitle(self.tr("Demo"))
        self.marker = QLabel(self.tr("DEMO MODE"))
        self.marker.setObjectName("demoMarker")
        self.marker.setStyleSheet(
            "QLabel#demoMarker { background: #b45309; color: white; font-weight: bold; padding: 4px 10px; }"
        )
        text = self.tr("Sample data only. Demo central service: {url}. Sign in again as {user} / {password}.")
        self.info = QLabel(text.format(url=server_url, user=username, password=password))
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.switch_action = QAction(self)
        self.switch_action.setCheckable(True)
        self.switch_action.setChecked(True)
        self.switch_action.setShortcut(QKeySequence(SWITCH_SHORTCUT))
        self.switch_action.setToolTip(
            self.tr("Cut or restore this PC's network to the demo central service ({shortcut})").format(
                shortcut=SWITCH_SHORTCUT
            )
        )
        for widget in (self.marker, self.info, spacer):
            self.addWidget(widget)
        self.addAction(self.switch_action)
        switch = self.widgetForAction(self.switch_action)
        assert isinstance(switch, QToolButton)
        self.switch = switch
        self.switch.setObjectName("networkSwitch")
        self.switch.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.switch_action.toggled.connect(self.on_switch_action_toggled)
        self._show_switch(True)

    @Slot(bool)
    def on_switch_action_toggled(self, on: bool) -> None:
        self._show_switch(on)
        self.network_toggled.emit(on)

    def _show_switch(self, on: bool) -> None:
        if on:
            self.switch_action.setText(self.tr("Network: on — click to cut"))
        else:
            self.switch_action.setText(self.tr("Network: off — click to restore"))
