"""`loket receipt REF FILE.pdf` (INTERFACES.md): write (again) one candidate's receipt.

REF is a NIK (dots and spaces allowed), a registration number, or the text of the receipt's
QR code (the registration number). Exit 0, or 2 for an unknown REF or an unwritable FILE.
The receipt is the window's own (ui/registration/receipt_content.py), painted by Qt without
a display (the offscreen platform), in the `--lang` language.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.commands import EXIT_OK, CommandError, Context

if TYPE_CHECKING:
    from local_db.repositories.candidate_rows import CandidateRecord
    from local_db.store import Store

TEXT: dict[str, tuple[str, str]] = {
    "receipt_written": ("Tanda terima {number} ditulis ke {path}.", "Receipt {number} written to {path}."),
    "receipt_unknown_ref": (
        "Tidak ada calon dengan NIK atau nomor pendaftaran {ref}. Periksa kembali nomornya.",
        "No candidate has the NIK or registration number {ref}. Check the number.",
    ),
    "receipt_unwritable": (
        "Berkas {path} tidak dapat ditulis. Pilih folder lain atau periksa izinnya.",
        "File {path} cannot be written. Choose another folder or check its permissions.",
    ),
}


def _say(ctx: Context, key: str, **params: Any) -> str:
    return TEXT[key][1 if ctx.msg.lang == "en" else 0].format(**params)


def add_parsers(sub: Any) -> None:
    receipt = sub.add_parser("receipt", help="write (again) the registration receipt of one candidate")
    receipt.add_argument("ref", help="NIK, registration number or the receipt's QR text")
    receipt.add_argument("file", help="the PDF to write")
    receipt.add_argument("--a4", action="store_true", help="A4 paper instead of A5")
    receipt.set_defaults(handler=receipt_command)


def find_candidate(store: Store, ref: str) -> CandidateRecord | None:
    from domain.nik import clean_nik

    text = ref.strip()
    digits = clean_nik(text)
    if len(digits) == 16 and digits.isdigit():
        found = store.candidates.find_by_nik(digits)
        if found is not None:
            return found
    return store.candidates.find_by_registration_no(text) if text else None


def _check_writable(ctx: Context, path: Path) -> None:
    try:
        with path.open("ab"):
            pass
    except OSError as exc:
        raise CommandError(_say(ctx, "receipt_unwritable", path=path)) from exc


def receipt_command(ctx: Context, args: argparse.Namespace) -> int:
    record = find_candidate(ctx.store, args.ref)
    if record is None:
        raise CommandError(_say(ctx, "receipt_unknown_ref", ref=args.ref[:40]))
    path = Path(args.file)
    _check_writable(ctx, path)

    from PySide6.QtGui import QGuiApplication

    from domain.countries import Countries
    from local_db.repositories.p3mi import PlacementCompanies
    from ui.i18n import install_translators
    from ui.registration.receipt import write_receipt
    from ui.registration.receipt_content import receipt_text

    app = QGuiApplication.instance() or QGuiApplication(["loket", "-platform", "offscreen"])
    translators = install_translators(app, ctx.msg.lang)
    store = ctx.store
    lang = "en" if ctx.msg.lang == "en" else "id"
    text = receipt_text(record, Countries(), lang, store.settings, store.users, PlacementCompanies(store.db))
    try:
        write_receipt(path, text, a4=args.a4)
    except OSError as exc:
        raise CommandError(_say(ctx, "receipt_unwritable", path=path)) from exc
    del translators
    ctx.out(_say(ctx, "receipt_written", number=record["registration_no"], path=path))
    return EXIT_OK
