"""The attendance sheet (daftar hadir): a 60-person session read back from the PDF with pypdf.

`loket opp sheet` runs as a real subprocess on a real store; the PDF's text must hold every
name, the masked NIKs (never a whole one), the page numbers "Halaman i dari N" in order, and
every piece of text must be 10 pt or more (font size times the text and page matrices).
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from domain.actor import Actor
from domain.codes import Role
from local_db.repositories.opp_roster import read_roster
from local_db.store import Store
from tests.desktop_app.cli_helpers import loket
from tests.sync.workload import import_candidates, session_fields
from ui.opp.sheet import mask_nik, write_sheet
from ui.opp.sheet import print_sheet as print_on
from ui.opp.sheet_data import sheet_from_roster
from ui.opp.sheet_labels import sheet_labels

CLERK = Actor("clerk-a", Role.OPERATOR)
WITA = dt.timezone(dt.timedelta(hours=8))


def sixty_people(store: Store, folder: Path) -> list[str]:
    people = import_candidates(store, folder, 60, seed=60)
    session = store.sessions.create(session_fields("OPP-SHEET-60", capacity=90), CLERK).id
    for i, cid in enumerate(people):
        fields = {"session_id": session, "candidate_id": cid, "status": "enrolled", "recorded_by": CLERK.name}
        if i % 3:
            fields.update(status="present", checked_in_at=f"2026-12-01T01:{i:02d}:00Z", method="nik")
        store.attendance.create(fields, CLERK)
    return people


def pdf_text_and_sizes(path: Path) -> tuple[list[str], list[float]]:
    """Each page's text (whitespace collapsed) and the effective size in points of every text run."""
    reader = PdfReader(path)
    sizes: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            # Text space to page space: the text matrix, then the current transformation matrix.
            a, b, c, d = (
                tm[0] * cm[0] + tm[1] * cm[2],
                tm[0] * cm[1] + tm[1] * cm[3],
                tm[2] * cm[0] + tm[3] * cm[2],
                tm[2] * cm[1] + tm[3] * cm[3],
            )
            sizes.append(size * math.sqrt(abs(a * d - b * c)))

    pages = [" ".join(page.extract_text(visitor_text=visit).split()) for page in reader.pages]
    for page in reader.pages:
        assert (float(page.mediabox.width), float(page.mediabox.height)) == pytest.approx((595, 842), abs=1)
    return pages, sizes


@pytest.mark.slow
def test_the_sheet_of_sixty_people_holds_every_name_in_10pt_with_page_numbers(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    people = sixty_people(store, tmp_path)
    names = {cid: store.candidates.get(cid).data for cid in people}
    target = tmp_path / "daftar-hadir.pdf"
    done = loket(data_dir, "opp", "sheet", "OPP-SHEET-60", str(target), lang="id")
    assert done.code == 0, done.err
    assert "OPP-SHEET-60" in done.out and str(target) in done.out

    pages, sizes = pdf_text_and_sizes(target)
    count = len(pages)
    assert count >= 3  # 60 rows with room to sign do not fit on two A4 pages
    for number, text in enumerate(pages, start=1):
        assert f"Halaman {number} dari {count}" in text
        assert "No." in text and "NIK" in text  # the table header heads every page
    everything = " ".join(pages)
    for data in names.values():
        assert " ".join(str(data["full_name"]).split()) in everything
        assert mask_nik(str(data["nik"])) in everything and str(data["nik"]) not in everything
        assert str(data["registration_no"]) in everything
    assert "Hadir: 40 dari 60" in everything.replace("terdaftar", "").replace("  ", " ")
    assert sizes and min(sizes) >= 10.0, sorted(sizes)[:5]


@pytest.mark.slow
def test_english_sheet_and_the_printer_path_make_the_same_pages(
    qapp: object, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    sixty_people(store, tmp_path)
    english = tmp_path / "attendance.pdf"
    assert loket(data_dir, "opp", "sheet", "OPP-SHEET-60", str(english), lang="en").code == 0
    pages, _ = pdf_text_and_sizes(english)
    assert all(f"Page {n} of {len(pages)}" in text for n, text in enumerate(pages, start=1))

    # The page's Ctrl+P path: the same document through a QPrinter (here printing to a PDF file).
    sheet = sheet_from_roster(read_roster(store.db, "OPP-SHEET-60"), "Kantor Uji", dt.datetime.now(dt.UTC))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    count = print_on(printer, sheet, sheet_labels(), WITA)
    assert (
        count == len(PdfReader(printed).pages) == write_sheet(tmp_path / "w.pdf", sheet, sheet_labels(), WITA)
    )
    printed_pages, sizes = pdf_text_and_sizes(printed)
    assert "Page 1 of" in printed_pages[0] and "Kantor Uji" in printed_pages[0]
    assert "09:00 WITA" in printed_pages[0]  # 01:00 UTC in the zone given
    assert min(sizes) >= 10.0


@pytest.mark.slow  # the real command several times
def test_unknown_session_or_unwritable_file_exit_2(store: Store, data_dir: Path, tmp_path: Path) -> None:
    store.sessions.create(session_fields("OPP-EMPTY"), CLERK)
    unknown = loket(data_dir, "opp", "sheet", "NOPE", str(tmp_path / "x.pdf"), lang="en")
    assert unknown.code == 2 and "no OPP session with code NOPE" in unknown.err
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    unwritable = loket(data_dir, "opp", "sheet", "OPP-EMPTY", str(blocker / "x.pdf"), lang="id")
    assert unwritable.code == 2 and "tidak dapat ditulis" in unwritable.err
    empty = loket(data_dir, "opp", "sheet", "OPP-EMPTY", str(tmp_path / "empty.pdf"), lang="en")
    assert empty.code == 0 and len(PdfReader(tmp_path / "empty.pdf").pages) == 1
