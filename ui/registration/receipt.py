"""The registration receipt: an A5 PDF with the registration number as text and as a QR code.

`write_receipt` runs on the task runner: QTextDocument and QPdfWriter paint without widgets.
The strings are translated by the caller on the UI thread and passed in.
"""

from __future__ import annotations

import html
import io
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import segno
from PySide6.QtCore import QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from domain.private_files import create_private


@dataclass(frozen=True, slots=True)
class ReceiptText:
    title: str
    office_note: str
    rows: tuple[tuple[str, str], ...]  # (label, value)
    footer: str


def qr_png(text: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=8, border=2)
    return buffer.getvalue()


def receipt_html(text: ReceiptText) -> str:
    rows = "".join(
        f"<tr><td style='padding:3px 12px 3px 0; color:#444'>{html.escape(k)}</td>"
        f"<td style='padding:3px 0'><b>{html.escape(v)}</b></td></tr>"
        for k, v in text.rows
    )
    return (
        f"<h2>{html.escape(text.title)}</h2>"
        f"<p>{html.escape(text.office_note)}</p>"
        f"<table>{rows}</table>"
        "<p align='center'><img src='qr://number' width='160' height='160'></p>"
        f"<p style='font-size:small; color:#555'>{html.escape(text.footer)}</p>"
    )


def write_receipt(path: Path, registration_no: str, text: ReceiptText) -> Path:
    """Write the PDF; returns its path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    create_private(path)  # a receipt names a person: owner-only (QPdfWriter keeps the mode)
    writer = QPdfWriter(str(path))
    writer.setTitle(text.title)
    writer.setCreator("Loket PMI")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A5), QPageLayout.Orientation.Portrait, QMarginsF(12, 12, 12, 12)
        )
    )
    document = QTextDocument()
    image = QImage.fromData(qr_png(registration_no), "PNG")
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("qr://number"), image)
    document.setHtml(receipt_html(text))
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    return path


def receipt_rows(data: Mapping[str, object], names: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(
        (names[f], str(data.get(f) or "")) for f in ("registration_no", "nik", "full_name", "birth_date")
    )
