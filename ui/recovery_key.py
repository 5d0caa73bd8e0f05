"""The recovery key, shown once when the store is encrypted (first start, or conversion).

If every password of an office is forgotten, only this key opens the store (`loket keys
recover`). It is shown large, in groups, selectable, with a Print button; the dialog does not
let the person go on until they confirm that the key is written down and given to the head of
office (Esc and the window's close button do nothing before that).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

GROUPS_PER_LINE = 4


def grouped(recovery_key: str) -> str:
    """`ABCD-EFGH-…` as two lines of four groups (what is shown and printed)."""
    groups = [g for g in recovery_key.replace(" ", "-").split("-") if g]
    lines = [groups[i : i + GROUPS_PER_LINE] for i in range(0, len(groups), GROUPS_PER_LINE)]
    return "\n".join("  ".join(line) for line in lines)


class RecoveryKeyDialog(QDialog):
    def __init__(self, recovery_key: str, where: str, parent: QWidget | None = None) -> None:
        """`where`: the data folder the key opens (printed with it)."""
        super().__init__(parent)
        self._key = recovery_key
        self._where = where
        self.setWindowTitle(self.tr("Loket PMI — recovery key"))
        intro = QLabel(
            self.tr(
                "The database on this computer is now encrypted. If every password is forgotten, "
                "only this recovery key can open it. It is shown only this once."
            )
        )
        intro.setWordWrap(True)
        self.key_label = QLabel(grouped(recovery_key))
        self.key_label.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(max(font.pointSize(), 10) * 2)
        font.setWeight(QFont.Weight.Bold)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #9e9e9e; background: #ffffff;")
        advice = QLabel(
            self.tr(
                "Write it down or print it, and give it to the head of office to keep locked away. "
                "Whoever has this key and a copy of the data folder can read every record."
            )
        )
        advice.setWordWrap(True)
        self.confirm = QCheckBox(
            self.tr("I have written down the recovery key and given it to the head of office")
        )
        self.confirm.setObjectName("confirm")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("print")
        self.print_button.setAutoDefault(False)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setObjectName("continue")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.key_label)
        layout.addWidget(advice)
        layout.addWidget(self.confirm)
        layout.addLayout(buttons)
        self.setTabOrder(self.key_label, self.print_button)
        self.setTabOrder(self.print_button, self.confirm)
        self.setTabOrder(self.confirm, self.continue_button)
        self.confirm.toggled.connect(self.on_confirm_toggled)
        self.continue_button.clicked.connect(self.on_continue_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.setMinimumWidth(560)
        self.confirm.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(bool)
    def on_confirm_toggled(self, checked: bool) -> None:
        self.continue_button.setEnabled(checked)

    @Slot()
    def on_continue_button_clicked(self) -> None:
        if self.confirm.isChecked():
            self.accept()

    def reject(self) -> None:
        """Esc and the close button: only once the key is confirmed written down."""
        if self.confirm.isChecked():
            self.accept()
        else:
            self.confirm.setFocus()

    def document(self) -> QTextDocument:
        """The printed page: what the key is, for which data folder, the key, the date."""
        title = self.tr("Loket PMI — recovery key")
        folder = self.tr("Data folder: {folder}").format(folder=escape(self._where))
        made = self.tr("Made on {date}").format(
            date=QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        )
        use = self.tr(
            "Keep this page locked away. It opens the encrypted database if every password is "
            "forgotten (loket keys recover)."
        )
        key = grouped(self._key).replace("\n", "<br>")
        doc = QTextDocument()
        doc.setHtml(
            f"<h2>{title}</h2><p>{folder}<br>{made}</p>"
            f"<p style='font-family: monospace; font-size: 24pt; font-weight: bold'>{key}</p>"
            f"<p>{use}</p>"
        )
        return doc

    @Slot()
    def on_print_button_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)
