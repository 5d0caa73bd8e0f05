"""`loket opp sheet CODE FILE.pdf` (INTERFACES.md): the attendance sheet (daftar hadir) as a PDF.

Exit codes: 0 written; 2 no session has that code, or the file cannot be written. The sheet is
painted by Qt (QTextDocument on a QPdfWriter) without a window: a QGuiApplication on the
"offscreen" platform unless the caller chose one, so it runs without a display.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import Any

from desktop_app.commands import EXIT_OK, CommandError, Context

TEXT: dict[str, tuple[str, str]] = {
    "sheet_written": (
        "Daftar hadir sesi {code} ({pages} halaman) ditulis ke {path}.",
        "The attendance sheet of session {code} ({pages} pages) was written to {path}.",
    ),
    "unknown_session": (
        "Tidak ada sesi OPP dengan kode {code}. Lihat daftar sesi dengan: loket opp sessions.",
        "There is no OPP session with code {code}. List the sessions with: loket opp sessions.",
    ),
    "sheet_unwritable": (
        "Berkas {path} tidak dapat ditulis. Periksa folder dan izinnya, atau pilih nama lain.",
        "File {path} cannot be written. Check the folder and its permissions, or choose another name.",
    ),
    "no_office": (
        "Loket PMI (PC belum terdaftar di kantor)",
        "Loket PMI (this PC is not enrolled with an office)",
    ),
}


def _say(ctx: Context, key: str, **params: Any) -> str:
    return TEXT[key][1 if ctx.msg.lang == "en" else 0].format(**params)


def add_parser(opp: Any) -> None:
    """Add `sheet` to the `loket opp` group."""
    sheet = opp.add_parser("sheet", help="write the attendance sheet (daftar hadir) as a PDF")
    sheet.add_argument("code", help="the session's code")
    sheet.add_argument("file", help="the PDF to write")
    sheet.set_defaults(handler=sheet_command)


def sheet_command(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.errors import NotFound
    from local_db.repositories.settings import SettingKey

    try:
        roster = ctx.store.roster(args.code)
    except NotFound as exc:
        raise CommandError(_say(ctx, "unknown_session", code=args.code)) from exc
    office = ctx.store.settings.get(SettingKey.SYNC_OFFICE_NAME) or _say(ctx, "no_office")
    path = Path(args.file)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from ui.i18n import install_translators
    from ui.opp.sheet import write_sheet
    from ui.opp.sheet_data import sheet_from_roster
    from ui.opp.sheet_labels import sheet_labels

    app = QGuiApplication.instance() or QGuiApplication(["loket"])
    translators = install_translators(app, ctx.msg.lang)
    sheet = sheet_from_roster(roster, office, dt.datetime.now(dt.UTC))
    try:
        pages = write_sheet(path, sheet, sheet_labels())
    except OSError as exc:
        raise CommandError(_say(ctx, "sheet_unwritable", path=path)) from exc
    finally:
        for translator in translators:
            app.removeTranslator(translator)
    ctx.out(_say(ctx, "sheet_written", code=sheet.session.code, pages=pages, path=path))
    return EXIT_OK
