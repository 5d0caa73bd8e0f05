"""Render the first page of a 60-person attendance sheet (daftar hadir) in Indonesian and English
to docs/screenshots/ (the PDF through `pdftoppm`, from poppler-utils).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/sheet_screenshot.py

The sheet is written by the same `ui.opp.sheet.write_sheet` as `loket opp sheet`, from sample
people (bench.datagen), with times in WIB so the picture does not depend on this PC's zone.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
WIB = dt.timezone(dt.timedelta(hours=7))


def main() -> None:
    from PySide6.QtGui import QGuiApplication

    from bench.datagen import generate_rows
    from ui.i18n import install_translators, remove_translators
    from ui.opp.sheet import Sheet, SheetRow, SheetSession, write_sheet
    from ui.opp.sheet_labels import sheet_labels

    app = QGuiApplication(sys.argv[:1])
    start = dt.datetime(2026, 12, 1, 1, 0, tzinfo=dt.UTC)
    session = SheetSession(
        "OPP-2026-12-MY1",
        "OPP Malaysia sektor formal",
        "BP3MI Banten",
        "Aula Disnakertrans Provinsi Banten, Serang",
        start,
        start + dt.timedelta(hours=8),
        8,
        90,
        "open",
    )
    rows = []
    for i, person in enumerate(generate_rows(60, seed=12), start=1):
        status = "present" if i % 5 else ("excused" if i % 10 == 0 else "enrolled")
        when = start + dt.timedelta(minutes=3 + i // 2) if status == "present" else None
        rows.append(SheetRow(f"3600-2026-{i:05d}", person["full_name"], person["nik"], status, when))
    sheet = Sheet("Disnakertrans Provinsi Banten", session, tuple(rows), start + dt.timedelta(hours=2))
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="loket-sheet-"))
    try:
        for lang in ("id", "en"):
            translators = install_translators(app, lang)
            pdf = folder / f"sheet_{lang}.pdf"
            pages = write_sheet(pdf, sheet, sheet_labels(), WIB)
            remove_translators(app, translators)
            stem = folder / f"page_{lang}"
            subprocess.run(
                ["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile", str(pdf), str(stem)],
                check=True,
            )
            target = OUT / f"30_opp_sheet_page_{lang}.png"
            shutil.copy(stem.with_suffix(".png"), target)
            print(f"{target.relative_to(ROOT)}: page 1 of {pages}")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
