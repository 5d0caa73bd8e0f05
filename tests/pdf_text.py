"""Text of a PDF page with the size each piece is printed at, read with pypdf."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader


@dataclass(frozen=True)
class Piece:
    text: str
    points: float  # the height the text is printed at, in typographic points


def _multiply(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def pieces(path: Path, page: int = 0) -> list[Piece]:
    found: list[Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            m = _multiply([float(v) for v in tm], [float(v) for v in cm])
            found.append(Piece(text.strip(), size * math.hypot(m[2], m[3])))

    PdfReader(str(path)).pages[page].extract_text(visitor_text=visit)
    return found


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)


def full_text(path: Path) -> str:
    """All pages, words separated by single spaces, ligatures (ﬁ) as letters."""
    pages = (unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(str(path)).pages)
    return " ".join(" ".join(text.split()) for text in pages)
