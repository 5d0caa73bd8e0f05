"""`run_gui` in a process of its own, its dialogs answered by a script (the translators it
installs stay out of the test process): `python -m tests.desktop_app.gui_driver DATA USER PASSWORD`.
Prints the signed-in line of the main window that opened, then the exit code."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def main() -> None:
    from desktop_app.gui import run_gui
    from desktop_app.paths import AppPaths
    from tests.ui.modal import answering
    from ui.main_window import MainWindow
    from ui.unlock_dialog import UnlockDialog

    app = QApplication(sys.argv[:1])
    data, username, password = sys.argv[1:4]

    def sign_in(dialog: UnlockDialog) -> None:
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.ok_button.click()

    def quit_once_shown() -> None:
        for widget in app.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                print("window:", widget.header.clerk.text(), flush=True)
                app.quit()

    timer = QTimer()
    timer.timeout.connect(quit_once_shown)
    timer.start(50)
    with answering([(UnlockDialog, sign_in)]):
        code = run_gui(AppPaths(Path(data)), "en")
    print("exit:", code, flush=True)


if __name__ == "__main__":
    main()
