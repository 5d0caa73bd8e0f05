"""Small input widgets of the registration form: choice boxes, field messages, Enter as Tab.

The searchable picker lives in `ui.registration.picker` (re-exported here)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QWidget

from domain.issues import Issue, Lang
from ui.registration.picker import SearchBox

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"
MAX_SKIPPED = 8


class FieldMessage(QLabel):
    """The reason beside a field: red for an error, amber for a warning, hidden when empty."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"message_{field}")
        self.setWordWrap(True)
        self.setVisible(False)
        self.kind = ""

    def show_issues(self, errors: Iterable[Issue], warnings: Iterable[Issue], lang: Lang) -> None:
        errors, warnings = list(errors), list(warnings)
        issues = errors or warnings
        self.kind = "error" if errors else ("warning" if warnings else "")
        self.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
        self.setText(" ".join(issue.message(lang) for issue in issues))
        self.setVisible(bool(issues))


class ChoiceBox(QComboBox):
    """A fixed list of (code, label); the empty first entry means "not chosen"."""

    def __init__(self, choices: dict[str, str], placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(placeholder, "")
        for code, label in choices.items():
            self.addItem(label, code)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, code: str | None) -> None:
        index = self.findData(code or "")
        self.setCurrentIndex(max(index, 0))


__all__ = ["ChoiceBox", "EnterMovesOn", "FieldMessage", "SearchBox"]


class EnterMovesOn(QObject):
    """Enter or Return in a line edit or a closed combo box moves to the next field, like Tab.

    Enter also passes over fields for which `skip` says True (the form: values a valid NIK
    filled in, which the clerk has already seen in the NIK's summary line); Tab still stops
    at every field."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.skip: Callable[[QWidget], bool] = lambda _widget: False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or not plain:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        if isinstance(watched, SearchBox) and not watched.accept_enter():
            return True  # the text names no single entry: the suggestions are open instead
        if isinstance(watched, QLineEdit | QComboBox):
            # Same path as a real Tab key: respects the focus chain and focus proxies.
            tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            QCoreApplication.sendEvent(watched, tab)
            for _ in range(MAX_SKIPPED):
                current = QApplication.focusWidget()
                if current is None or current is watched or not self.skip(current):
                    break
                QCoreApplication.sendEvent(current, QKeyEvent(tab))
            return True
        return False
