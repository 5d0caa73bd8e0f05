"""A searchable picker that cannot lie: what it shows is what it holds.

An editable combo box over (code, label, search keys). Typing shows the matching entries
(any part of the label or a key, case and accents ignored, exact matches first) in a popup
that never takes the text away. The value is set only by a choice: Enter takes the
highlighted suggestion, or the only one, or the one exact match; leaving the field with text
that names no single entry empties it and says so in the field. Down with the popup closed
opens it; it never replaces the typed text with some other entry.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QStringListModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QCompleter, QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def fold(text: str) -> str:
    """Case- and accent-free form used for matching."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(frozen=True, slots=True)
class Entry:
    code: str
    label: str
    keys: tuple[str, ...]  # folded: the label and any other names or codes it is found by


def entry(code: str, label: str, *other_names: str) -> Entry:
    return Entry(code, label, tuple(dict.fromkeys(fold(t) for t in (label, *other_names) if t)))


def matches(entries: list[Entry], text: str) -> tuple[list[int], list[int]]:
    """(indices of entries matching `text`, best first; indices matching it exactly)."""
    needle = fold(text)
    if not needle:
        return list(range(len(entries))), []
    exact, prefix, inside = [], [], []
    for i, item in enumerate(entries):
        if needle in item.keys:
            exact.append(i)
        elif any(k.startswith(needle) or f" {needle}" in k for k in item.keys):
            prefix.append(i)
        elif any(needle in k for k in item.keys):
            inside.append(i)
    return exact + prefix + inside, exact


class SearchBox(QComboBox):
    """`value()` is the chosen code ("" when nothing is chosen)."""

    chosen = Signal(str)  # the new value, after every change of value
    unmatched = Signal(str)  # text that was left in the field and named no single entry

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setCompleter(None)  # Qt's inline completer would fill in text the clerk did not type
        self._entries: list[Entry] = []
        self._shown: list[int] = []  # entries in the suggestion popup, in its order
        self._value = ""
        self.notice = ""
        self._suggestions = QStringListModel(self)
        self._completer = QCompleter(self._suggestions, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setMaxVisibleItems(12)
        line = self.lineEdit()
        assert line is not None
        self._line = line
        line.setCompleter(self._completer)
        self._placeholder = ""
        self._completer.popup().installEventFilter(self)  # after the completer's own: runs first
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._line.textEdited.connect(self.on_line_text_edited)
        self._completer.activated[QModelIndex].connect(self.on_completer_activated)  # type: ignore[index]
        self.activated.connect(self.on_self_activated)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_app_focus_changed)

    # Items and value -----------------------------------------------------------------------

    def set_items(self, items: Iterable[tuple[str, str] | Entry]) -> None:
        """(code, label) pairs or entries; clears the choice."""
        self._entries = [i if isinstance(i, Entry) else entry(*i) for i in items]
        self.blockSignals(True)
        self.clear()
        for item in self._entries:
            self.addItem(item.label, item.code)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self.blockSignals(False)
        self._value = ""
        self._set_notice("")

    def value(self) -> str:
        return self._value

    def label(self) -> str:
        index = self.findData(self._value) if self._value else -1
        return self.itemText(index) if index >= 0 else ""

    def set_value(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        self._choose(index)
        self._set_notice("")

    def setPlaceholderText(self, text: str) -> None:
        self._placeholder = text
        self._line.setPlaceholderText(text)

    def _choose(self, index: int) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index) if index >= 0 else "")
        self.blockSignals(False)
        value = str(self.itemData(index)) if index >= 0 else ""
        if value != self._value:
            self._value = value
            self.chosen.emit(value)

    def _set_notice(self, text: str) -> None:
        self.notice = text
        self._line.setPlaceholderText(text or self._placeholder)
        self.setToolTip(text)

    # Matching ------------------------------------------------------------------------------

    def resolve(self, text: str) -> int:
        """The one entry `text` names (exact, or the only match), else -1."""
        found, exact = matches(self._entries, text)
        if len(exact) == 1:
            return exact[0]
        return found[0] if len(found) == 1 else -1

    def commit(self) -> bool:
        """Settle the typed text: choose the entry it names, or empty the field and say so.

        Returns False when text was dropped."""
        text = self._line.text().strip()
        if not text:
            self._choose(-1)
            return True
        if self._value and text == self.label():
            return True
        index = self.resolve(text)
        if index >= 0:
            self._choose(index)
            self._set_notice("")
            return True
        self._choose(-1)
        notice = QCoreApplication.translate("SearchBox", "“{text}” is not in the list: nothing chosen")
        self._set_notice(notice.format(text=text[:40]))
        self.unmatched.emit(text)
        return False

    def _suggest(self, text: str) -> None:
        found, _exact = matches(self._entries, text)
        self._shown = found
        self._suggestions.setStringList([self._entries[i].label for i in found])

    def open_suggestions(self) -> None:
        """Show the entries matching the typed text (all of them for an empty field)."""
        self._suggest(self._line.text())
        self._completer.setCompletionPrefix("")
        self._completer.complete()
        self._completer.popup().setCurrentIndex(QModelIndex())

    def popup_visible(self) -> bool:
        return self._completer.popup().isVisible()

    # Slots and keys ------------------------------------------------------------------------

    @Slot(str)
    def on_line_text_edited(self, text: str) -> None:
        self._suggest(text)
        self._set_notice("")
        if self._value and text != self.label():
            self._value = ""  # the field no longer shows the chosen entry
            self.chosen.emit("")

    @Slot(QModelIndex)
    def on_completer_activated(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self._shown):
            self._choose(self._shown[index.row()])
            self._set_notice("")

    @Slot(int)
    def on_self_activated(self, index: int) -> None:
        self._choose(index)
        self._set_notice("")

    def _highlighted(self) -> int:
        popup = self._completer.popup()
        rows = popup.selectionModel().selectedRows() if popup.selectionModel() else []
        row = rows[0].row() if rows else -1
        return self._shown[row] if 0 <= row < len(self._shown) else -1

    def _move_on(self) -> None:
        tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        QCoreApplication.sendEvent(self, tab)

    def _popup_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in (*ENTER_KEYS, Qt.Key.Key_Tab):
            index = self._highlighted()
            if index < 0:
                index = self.resolve(self._line.text())
            if index < 0 and key != Qt.Key.Key_Tab:
                return True  # several suggestions and none highlighted: the clerk picks one
            self._completer.popup().hide()
            if index >= 0:
                self._choose(index)
                self._set_notice("")
            else:
                self.commit()
            self._move_on()
            return True
        return False

    def accept_enter(self) -> bool:
        """Enter with the popup closed: True when the field is settled and focus may move on;
        otherwise the typed text stays and the suggestions open."""
        text = self._line.text().strip()
        if not text or (self._value and text == self.label()) or self.resolve(text) >= 0:
            return self.commit()
        self.open_suggestions()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The combo box has the focus and hands keys to its line edit; Up and Down would step
        # to the neighbouring entry and replace what was typed.
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and plain:
            self.open_suggestions()
            return
        if event.key() in ENTER_KEYS and plain and not self.accept_enter():
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self._completer.popup().hide()
            self.commit()  # before the focus moves on
        return super().event(event)

    def _owns(self, widget: QWidget | None) -> bool:
        popup = self._completer.popup()
        return widget is not None and (
            widget is self or self.isAncestorOf(widget) or widget is popup or popup.isAncestorOf(widget)
        )

    @Slot(QWidget, QWidget)
    def on_app_focus_changed(self, old: QWidget | None, now: QWidget | None) -> None:
        """Leaving by any way (a click, a shortcut): settle the text. Focus events are not
        enough: while the suggestion popup is open Qt sends none to the box."""
        if self._owns(old) and now is not None and not self._owns(now):
            self._completer.popup().hide()
            self.commit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._completer.popup()
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            return self._popup_key(event)
        return False
