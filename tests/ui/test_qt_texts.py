"""Qt's own texts in Indonesian: buttons, the line-edit menu, message boxes, the file and print
dialogs. Qt ships no Indonesian catalogue; ours carries them under Qt's contexts."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from ui.i18n import TRANSLATIONS, install_translators, remove_translators
from ui.qt_texts import QT_TEXTS


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "id")
    yield
    remove_translators(qapp, translators)


def test_every_listed_qt_text_has_an_indonesian_translation() -> None:
    tree = ET.parse(TRANSLATIONS / "loket_id.ts")
    done = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = (
                translation is not None and translation.get("type") is None and (translation.text or "")
            )
            done[(context.findtext("name"), message.findtext("source"))] = bool(finished)
    assert len(QT_TEXTS) > 200
    assert [pair for pair in QT_TEXTS if not done.get(pair)] == []


def test_buttons_and_the_line_edit_menu_speak_indonesian(indonesian, qtbot) -> None:  # type: ignore[no-untyped-def]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    question = QMessageBox(
        QMessageBox.Icon.Question, "t", "q", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    qtbot.addWidget(question)
    assert question.button(QMessageBox.StandardButton.Yes).text() == "&Ya"
    assert question.button(QMessageBox.StandardButton.No).text() == "&Tidak"
    edit = QLineEdit("teks")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    names = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert names == ["&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus", "Pilih semua"]


def test_the_file_and_print_dialogs_speak_indonesian(indonesian, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QFileDialog(None, "Impor")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own dialog, as on Linux
    qtbot.addWidget(dialog)
    labels = {w.text() for w in dialog.findChildren(QLabel)}
    assert {"&Cari di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    assert "&Buka" in {b.text() for b in dialog.findChildren(QAbstractButton)}
    printer = QPrinter()
    print_dialog = QPrintDialog(printer)
    qtbot.addWidget(print_dialog)
    buttons = {b.text() for b in print_dialog.findChildren(QAbstractButton)}
    assert "&Cetak" in buttons and "Batal" in buttons
    assert QCoreApplication.translate("QPrintDialog", "Print to File (PDF)") == "Cetak ke berkas (PDF)"
