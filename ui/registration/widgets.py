"""Small input widgets of the registration form: choice boxes, searchable pickers, field messages."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QWidget

from domain.issues import Issue, Lang

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"


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


class SearchBox(QComboBox):
    """An editable list with type-to-search (any part of the name); `value` is the chosen code."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        self._last = ""
        self.currentIndexChanged.connect(self.on_self_current_index_changed)
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self.on_line_editing_finished)

    def set_items(self, items: Iterable[tuple[str, str]]) -> None:
        """(code, label) pairs; clears the choice."""
        self.blockSignals(True)
        self.clear()
        for code, label in items:
            self.addItem(label, code)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)
        self._last = ""

    def value(self) -> str:
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return str(self.itemData(index)) if index >= 0 else ""

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
        self._emit_if_changed()

    def _emit_if_changed(self) -> None:
        value = self.value()
        if value != self._last:
            self._last = value
            self.chosen.emit(value)

    @Slot(int)
    def on_self_current_index_changed(self, _index: int) -> None:
        self._emit_if_changed()

    @Slot()
    def on_line_editing_finished(self) -> None:
        self._emit_if_changed()


class EnterMovesOn(QObject):
    """Enter or Return in a line edit or a closed combo box moves to the next field, like Tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or not plain:
            return False
        if isinstance(watched, QComboBox) and watched.view().isVisible():
            return False
        if isinstance(watched, QLineEdit | QComboBox):
            # Same path as a real Tab key: respects the focus chain and focus proxies.
            tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
            QCoreApplication.sendEvent(watched, tab)
            return True
        return False
