"""OPP check-in at the desk: Enter pressed → the result shown, over 100,000 candidates.

    .venv/bin/python bench/bench_checkin.py [--count 100000] [--people 90] [--quick]

A 90-person session is made in a copy of the benchmark store (bench_gui.make_db, cached under
/tmp) and enrolled through the desk service; then each person is checked in on the OPP page of
the application's main window, built as the app builds it (offscreen unless DISPLAY is set).
The code is typed into the input (not timed: a scanner types it); the time runs from the Enter
key to the feedback label repainted with the result, which includes the REF look-up, the
journaled write (record + audit + outbox, fsync) and the page's refresh of counts and recent
check-ins. Then everyone is scanned again (already checked in: a read-only path). Beside them,
in the same run, two baselines on the same file with the bare sqlite3 module: a look-up by
NIK, and that look-up plus a one-row UPDATE committed with synchronous=FULL (the floor of any
durable write on this disk).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
if not os.environ.get("DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_gui import make_db  # noqa: E402


def _stats(values: list[float]) -> str:
    return f"{statistics.median(values):8.2f} {max(values):8.2f}"


def baseline(db_path: Path, niks: list[str]) -> tuple[list[float], list[float]]:
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    lookups, writes = [], []
    for nik in niks:
        started = time.perf_counter()
        conn.execute("SELECT id, registration_no, full_name FROM candidate WHERE nik = ?", (nik,)).fetchone()
        lookups.append((time.perf_counter() - started) * 1000)
    for nik in niks:
        started = time.perf_counter()
        row = conn.execute("SELECT id FROM candidate WHERE nik = ?", (nik,)).fetchone()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE candidate SET updated_at = updated_at WHERE id = ?", (row[0],))
        conn.execute("COMMIT")
        writes.append((time.perf_counter() - started) * 1000)
    conn.close()
    return lookups, writes


def run_window(data_dir: Path, people: int, seed: int) -> tuple[list[float], list[float], int]:
    """One session checked in on the application's main window (built as the app builds it)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app import gui_steps as step
    from desktop_app.paths import AppPaths
    from domain.countries import Countries
    from local_db.opp_desk.service import open_desk

    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths = AppPaths(data_dir)
    translators = step.install_language(app, "id")
    countries = Countries()
    store = step.open_store_or_explain(paths, countries, show=False)
    assert store is not None
    account = store.users.get("admin")
    assert account is not None
    actor = account.actor()
    desk = open_desk(store)
    with store.db.read() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM candidate").scalar_one()
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM candidate")]
    chosen = random.Random(seed).sample(ids, people)
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    fields = {
        "code": f"BENCH-{seed}",
        "title": "OPP benchmark",
        "organiser": "BP3MI Banten",
        "venue": "Aula",
        "starts_at": now - dt.timedelta(hours=1),
        "ends_at": now + dt.timedelta(hours=7),
        "lesson_hours": 8,
        "capacity": people,
    }
    session = desk.save_session(fields, actor)
    desk.enrol_ids(session.id, chosen, actor)
    found = desk.people(chosen)
    codes = [found[cid].registration_no if i % 2 else found[cid].nik for i, cid in enumerate(chosen)]
    window, runner = step.build_window(app, store, countries, account, paths, "id")
    window.resize(1366, 768)
    window.show()
    window.navigation.setCurrentRow(window.pages.indexOf(window.opp))
    page = window.opp
    page.sessions.filter.setCurrentIndex(3)  # all sessions
    page.sessions.table.selectRow(page.sessions._ids.index(session.id))
    page.open_checkin()
    app.processEvents()
    box, feedback = page.checkin.input, page.checkin.feedback

    def enter(code: str) -> float:
        QTest.keyClicks(box, code)
        started = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_Return)
        feedback.repaint()  # painted now, not at the next event-loop turn
        return (time.perf_counter() - started) * 1000

    first = [enter(code) for code in codes]
    assert page.checkin.counts.text().startswith(f"Hadir {people} / terdaftar {people}"), (
        page.checkin.counts.text()
    )
    again = [enter(code) for code in codes]
    assert page.checkin.outcome == "already_checked_in"
    window.close()
    runner.wait()
    for translator in translators:
        app.removeTranslator(translator)
    store.close()
    return first, again, total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--people", type=int, default=90)
    parser.add_argument("--runs", type=int, default=3, help="sessions checked in, one after another")
    parser.add_argument("--quick", action="store_true", help="10,000 candidates, one run")
    args = parser.parse_args()
    count = 10_000 if args.quick else args.count
    cached = make_db(Path(f"/tmp/loket-bench-gui-{count}"), count)
    work = Path(tempfile.mkdtemp(prefix="loket-bench-checkin-"))
    try:
        shutil.copy(cached / "loket.db", work / "loket.db")
        first, again, total = [], [], 0
        for seed in range(1, (1 if args.quick else args.runs) + 1):
            one, two, total = run_window(work, args.people, seed)
            first += one
            again += two
        with sqlite3.connect(work / "loket.db") as conn:
            niks = [
                r[0]
                for r in conn.execute("SELECT nik FROM candidate ORDER BY random() LIMIT ?", (args.people,))
            ]
        lookups, writes = baseline(work / "loket.db", niks)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    platform = os.environ.get("QT_QPA_PLATFORM", "xcb")
    runs = len(first) // args.people
    print(f"{total:,} candidates, {runs} × a {args.people}-person session, platform {platform}; ms")
    print(f"{'measure':<58}{'median':>8} {'max':>8}")
    print(f"{'baseline: sqlite3 look-up by NIK':<58}{_stats(lookups)}")
    print(f"{'baseline: look-up + 1-row UPDATE, synchronous=FULL commit':<58}{_stats(writes)}")
    print(f"{'check-in: Enter → result shown (write)  [target < 50]':<58}{_stats(first)}")
    print(f"{'already checked in: Enter → result shown (read only)':<58}{_stats(again)}")


if __name__ == "__main__":
    main()
