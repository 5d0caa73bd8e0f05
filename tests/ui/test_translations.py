"""Indonesian is complete: every shipped string is translated and the window shows no English."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QLineEdit, QWidget

from ui.i18n import TRANSLATIONS, install_translators, remove_translators


def english_only() -> set[str]:
    """Source strings whose Indonesian differs (these must not appear in the Indonesian window)."""
    tree = ET.parse(TRANSLATIONS / "loket_id.ts")
    out = set()
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") != "unfinished", source
        text = (translation.text or "").strip() or "".join(n.text or "" for n in translation)
        assert text.strip(), source
        if text != source:
            out.add(source)
    return out


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "id")
    yield
    remove_translators(qapp, translators)


def visible_texts(root: QWidget) -> Iterator[str]:
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()


def test_every_string_has_an_indonesian_translation() -> None:
    assert len(english_only()) > 150


def test_indonesian_window_has_no_english(indonesian, make_window, admin) -> None:  # type: ignore[no-untyped-def]
    window = make_window(admin, "id")
    sources = english_only()
    texts = set(visible_texts(window))
    assert "Pendaftaran" in {window.navigation.item(i).text() for i in range(3)}
    assert window.status.last_sync_label.text() == "Belum tersinkron"
    assert window.status.connection_label.text() == "○ Luring"
    assert "Simpan (Ctrl+S)" in texts
    assert not texts & sources
