"""The OPP page's screenshots in Indonesian and English (run under `xvfb-run -a`).

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/screenshots_opp.py

bench/screenshots.py calls `opp_shots` inside its own run; this module also runs alone on a
throw-away store, so the OPP screens can be re-rendered without the import screenshots.
Local time is WIB (Asia/Jakarta), as at a Banten office.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from domain.actor import Actor
    from local_db.store import Store
    from ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
Shot = Callable[["QWidget", str, str], None]
PREREQUISITES = "ktp;kk;paspor;visa_kerja;perjanjian_kerja;bpjs_ketenagakerjaan"


def prepare_sessions(store: Store, actor: Actor, lang: str) -> tuple[str, list[str], str]:
    """Three sessions (today, upcoming, closed); 24 people enrolled today, 11 checked in.

    Returns (today's session id, numbers of the enrolled, the number of one who lacks documents
    and is enrolled in the upcoming session)."""
    from bench.datagen import form_candidate
    from local_db.opp_desk.service import open_desk

    desk = open_desk(store)
    tag = lang.upper()
    people = []
    for i in range(30):
        raw = form_candidate(
            nik=f"3601{'02' if lang == 'id' else '03'}{41 + i % 28:02d}0599{i + 1:04d}",
            full_name=("Siti", "Dewi", "Nur", "Rina", "Ayu", "Budi", "Agus", "Eka")[i % 8]
            + " "
            + ("Aminah", "Lestari", "Hasanah", "Susanti", "Rahayu", "Santoso", "Wijaya", "Putri")[
                i // 8 + i % 3
            ],
            birth_date=f"1999-05-{1 + i % 28:02d}",
            sex="F" if i % 8 < 5 else "M",
            documents=PREREQUISITES if i % 5 else "ktp;kk;paspor",
        )
        if raw["sex"] == "M":
            raw["nik"] = raw["nik"][:6] + f"{1 + i % 28:02d}" + raw["nik"][8:]
        people.append(store.candidates.create(raw, actor).record)
    zone = dt.datetime.now().astimezone().tzinfo
    today = dt.datetime.now(zone).replace(hour=8, minute=0, second=0, microsecond=0)
    base = {"organiser": "BP3MI Banten", "venue": "Aula BP3MI Banten, Serang", "lesson_hours": 8}
    session = desk.save_session(
        {**base, "code": f"OPP-{tag}-2611-01", "title": "OPP Malaysia sektor informal", "capacity": 40,
         "starts_at": today, "ends_at": today + dt.timedelta(hours=8)},
        actor,
    )  # fmt: skip
    later = today + dt.timedelta(days=3)
    upcoming = desk.save_session(
        {**base, "code": f"OPP-{tag}-2612-02", "title": "OPP Taiwan sektor formal", "capacity": 60,
         "starts_at": later, "ends_at": later + dt.timedelta(hours=6), "lesson_hours": 6},
        actor,
    )  # fmt: skip
    earlier = today - dt.timedelta(days=6)
    done = desk.save_session(
        {**base, "code": f"OPP-{tag}-2611-00", "title": "OPP Hong Kong", "capacity": 30,
         "starts_at": earlier, "ends_at": earlier + dt.timedelta(hours=8)},
        actor,
    )  # fmt: skip
    desk.enrol_ids(done.id, [p.id for p in people[24:28]], actor)
    desk.enrol_ids(upcoming.id, [people[25].id], actor)  # the enrolment screenshot's warning
    desk.close(done.id, actor)
    enrolled = people[:24]
    desk.enrol_ids(session.id, [p.id for p in enrolled], actor)
    for person in enrolled[:11]:
        desk.checkin(session.id, person["nik"], actor)
    return session.id, [p["registration_no"] for p in enrolled], people[25]["registration_no"]


def opp_shots(
    window: MainWindow, store: Store, actor: Actor, lang: str, shot: Shot, settle: Callable[[int], None]
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    session_id, codes, lacking = prepare_sessions(store, actor, lang)
    window.navigation.setCurrentRow(window.pages.indexOf(window.opp))
    page = window.opp
    page.sessions.refresh()
    page.sessions.filter.setCurrentIndex(3)  # all sessions
    row = page.sessions._ids.index(session_id)
    page.sessions.table.selectRow(row)
    settle(150)
    shot(window, "17_opp_sessions", lang)
    page.sessions.new_button.click()
    page.editor.code.setText("OPP-2612-03")
    page.editor.title.setText("OPP Korea Selatan (G to G)")
    page.editor.organiser.setText("BP3MI Banten")
    page.editor.venue.setText("LTSA Kabupaten Serang")
    shot(window, "18_opp_editor", lang)
    page.sessions.table.selectRow(row)
    page.tabs.setCurrentWidget(page.enrolment)
    QTest.keyClicks(page.enrolment.search_box, "3601")
    QTest.keyClick(page.enrolment.search_box, Qt.Key.Key_Return)
    deadline = time.monotonic() + 10
    while page.enrolment.results.rowCount() < 30 and time.monotonic() < deadline:
        settle(50)
    found = [page.enrolment.results.item(r, 0).text() for r in range(page.enrolment.results.rowCount())]
    page.enrolment.results.clearSelection()
    page.enrolment.results.selectRow(found.index(lacking))
    page.enrolment.on_add_button_clicked()
    shot(window, "19_opp_enrolment_warning", lang)
    page.open_checkin()
    for text, name in ((codes[11], "20_opp_checkin_success"), (codes[0], "21_opp_checkin_already"),
                       ("3601019999990001", "22_opp_checkin_unknown")):  # fmt: skip
        QTest.keyClicks(page.checkin.input, text)
        QTest.keyClick(page.checkin.input, Qt.Key.Key_Return)
        shot(window, name, lang)
    window.resize(1024, 768)
    shot(window, "23_opp_checkin_1024", lang)
    page.tabs.setCurrentWidget(page.enrolment)
    shot(window, "24_opp_enrolment_1024", lang)
    page.tabs.setCurrentIndex(0)
    shot(window, "25_opp_sessions_1024", lang)
    window.resize(1366, 768)


def main() -> None:
    os.environ["TZ"] = "Asia/Jakarta"
    time.tzset()
    from argon2 import PasswordHasher
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app import gui_steps as step
    from desktop_app.paths import AppPaths, prepare
    from domain.codes import Role
    from domain.countries import Countries
    from local_db.store import open_store
    from ui.i18n import install_translators, remove_translators

    out = ROOT / "docs" / "screenshots"
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp(prefix="loket-shots-opp-"))
    paths = AppPaths(folder)
    prepare(paths)
    countries = Countries()
    hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    store = open_store(paths.database, paths.backups, countries=countries, hasher=hasher)
    admin = store.users.add("admin", "rahasia-123", Role.ADMIN, "Dewi Kartika", "setup")

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget: QWidget, name: str, lang: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(out / f"{name}_{lang}.png"))
        print("wrote", out / f"{name}_{lang}.png")

    for lang in ("id", "en"):
        translators = install_translators(app, lang)
        window, runner = step.build_window(app, store, countries, admin, paths, lang)  # type: ignore[arg-type]
        window.resize(1366, 768)
        opp_shots(window, store, admin.actor(), lang, shot, settle)
        window.close()
        runner.wait()
        remove_translators(app, translators)
    store.close()


if __name__ == "__main__":
    main()
