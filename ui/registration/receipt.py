"""The registration receipt as paper: an A5 page (A4 on request) with the registration number
as text and as a QR code, laid out for 10 pt text and more.

`write_receipt` runs on the task runner: QTextDocument and QPdfWriter paint without widgets.
`print_receipt` paints the same document on a printer chosen in Qt's print dialog. The strings
are translated by the caller on the UI thread and passed in (`ReceiptText`).

The document is laid out on the paint device itself (`setPaintDevice`): laid out for the
screen and printed at 300 dpi, its text came out at a third of its size (2.9 pt).
"""

from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from domain.private_files import create_private

BODY_PT = 10.5
TITLE_PT = 14
QR_MM = 32
MARGIN_MM = 11


@dataclass(frozen=True, slots=True)
class ReceiptText:
    title: str
    office: str
    rows: tuple[tuple[str, str], ...]  # (label, value)
    documents_title: str
    documents: tuple[str, ...]
    next_title: str
    next_steps: tuple[str, ...]
    keep_note: str
    footer: str
    qr_text: str


def qr_png(text: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def receipt_html(text: ReceiptText, qr_px: int) -> str:
    esc = html.escape
    rows = "".join(
        f"<tr><td style='padding:1px 8px 1px 0; color:#333'>{esc(k)}</td><td><b>{esc(v)}</b></td></tr>"
        for k, v in text.rows
    )
    documents = ", ".join(esc(d) for d in text.documents) or "—"
    steps = "".join(f"<li>{esc(s)}</li>" for s in text.next_steps)
    return (
        f"<p style='font-size:{BODY_PT}pt; margin:0'><b>{esc(text.office)}</b></p>"
        f"<p style='font-size:{TITLE_PT}pt; margin:2px 0 6px 0'><b>{esc(text.title)}</b></p>"
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td valign='top'><table cellspacing='0'>{rows}</table></td>"
        f"<td valign='top' align='right' width='{qr_px}'>"
        f"<img src='qr://number' width='{qr_px}' height='{qr_px}'></td>"
        "</tr></table>"
        f"<p style='margin:6px 0 0 0'><b>{esc(text.documents_title)}</b> {documents}</p>"
        f"<p style='margin:6px 0 0 0'><b>{esc(text.next_title)}</b></p>"
        f"<ol style='margin:0'>{steps}</ol>"
        f"<p style='margin:4px 0 0 0'>{esc(text.keep_note)}</p>"
        f"<p style='margin:6px 0 0 0; color:#444'>{esc(text.footer)}</p>"
    )


def paint_receipt(device: QPagedPaintDevice, text: ReceiptText) -> None:
    """Lay the receipt out on `device` and paint it there."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_PT)
    document.setDefaultFont(font)
    image = QImage.fromData(qr_png(text.qr_text), "PNG")
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("qr://number"), image)
    # Lengths in the HTML are CSS pixels (1/96 in); Qt scales them to the device.
    document.setHtml(receipt_html(text, round(QR_MM / 25.4 * 96)))
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(device)


def page_layout(size: QPageSize.PageSizeId = QPageSize.PageSizeId.A5) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    portrait = QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(size), portrait, margins, QPageLayout.Unit.Millimeter)


def write_receipt(path: Path, text: ReceiptText, a4: bool = False) -> Path:
    """Write the PDF; returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private(path)  # a receipt names a person: owner-only (QPdfWriter keeps the mode)
    writer = QPdfWriter(str(path))
    writer.setTitle(text.title)
    writer.setCreator("Loket PMI")
    writer.setResolution(300)
    writer.setPageLayout(page_layout(QPageSize.PageSizeId.A4 if a4 else QPageSize.PageSizeId.A5))
    paint_receipt(writer, text)
    del writer  # finishes the file
    if not path.is_file():
        raise OSError(f"could not write {path}")
    return path
