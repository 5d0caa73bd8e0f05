"""The encrypted store through the real `loket` command, on a PC without an OS key store (as
headless Linux, or a field laptop whose administrator turned the machine key off): created by
`users add`, unlocked with `--user` and `LOKET_PASSWORD` or `--password-file`, and after an
import, a backup and a log line no file of the data folder holds a NIK or a name in clear. A
plain store with records and backups is converted once, nothing plain left behind."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from bench.datagen import FIRST, LAST, write_csv
from local_db import cipher
from local_db.tabular.prepare import PROCESS_THRESHOLD_BYTES
from tests.desktop_app.cli_helpers import Result
from tests.desktop_app.cli_helpers import loket as run_loket
from tests.local_db.test_encrypted_store import leaks

ADMIN_PASSWORD = "Kuat-Sekali-99x"
OPERATOR_PASSWORD = "Petugas-Baru-77y"
RECOVERY = re.compile(r"RECOVERY KEY .*: ((?:[A-Z2-7]{4}-){7}[A-Z2-7]{4})$", re.M)
NEEDS_PASSWORD = (
    "The database is encrypted and this PC keeps no machine key; open it with --user NAME and "
    "that account's password in LOKET_PASSWORD or --password-file."
)


def loket(data_dir: Path, *args: str, password: str | None = None, stdin: str = "") -> Result:
    """`loket` on a PC with no key store; `password` in LOKET_PASSWORD."""
    env = {"LOKET_PASSWORD": password} if password is not None else {}
    return run_loket(data_dir, *args, stdin=stdin, machine_key=False, env=env)


def as_admin(data_dir: Path, *args: str) -> Result:
    return loket(data_dir, "--user", "kepala", *args, password=ADMIN_PASSWORD)


def create(data_dir: Path) -> str:
    """`loket users add kepala` on an empty folder; the recovery key it printed."""
    made = loket(
        data_dir, "users", "add", "kepala", "--role", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"
    )
    assert made.code == 0, made.err
    assert "Encrypted database created; kepala holds its key." in made.out
    found = RECOVERY.search(made.out)
    assert found is not None, made.out
    return found.group(1)


@pytest.mark.slow  # a 12,000-row import and a dozen runs of the real command
def test_nothing_in_clear_in_the_data_folder_and_a_wrong_password_is_exit_2(tmp_path: Path) -> None:
    data = tmp_path / "data"
    create(data)
    assert not (data / "loket.db").read_bytes().startswith(cipher.PLAIN_HEADER)

    nothing = loket(data, "status")
    assert (nothing.code, nothing.err.strip()) == (2, NEEDS_PASSWORD)
    wrong = loket(data, "--user", "kepala", "status", password="Bukan-Kata-Sandi-1")
    assert wrong.code == 2
    assert wrong.err.strip().startswith("Wrong password for kepala, or that account holds no key")
    unknown = loket(data, "--user", "siapa", "status", password=ADMIN_PASSWORD)
    assert unknown.code == 2 and unknown.err.strip().startswith("Wrong password for siapa")
    password_file = tmp_path / "pw.txt"
    password_file.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    right = loket(data, "--user", "kepala", "--password-file", str(password_file), "status", "--json")
    assert right.code == 0, right.err

    source = write_csv(tmp_path / "in.csv", 12_000)
    assert source.stat().st_size >= PROCESS_THRESHOLD_BYTES  # prepared in the helper process
    imported = as_admin(data, "import", "candidates", str(source))
    assert imported.code == 0, imported.err
    assert as_admin(data, "backup").code == 0
    assert as_admin(data, "backup", str(data / "backups" / "loket-by-hand.db")).code == 0
    # A command that fails on purpose writes its sentence and a log line.
    assert as_admin(data, "receipt", "3201010101010001", str(tmp_path / "r.pdf")).code == 2
    assert as_admin(data, "check").code == 0

    files = [p for p in data.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"loket.db", "loket.keys.json", "loket.log", "loket-by-hand.db"} <= names, names
    assert len([p for p in files if p.parent.name == "backups"]) >= 2
    with source.open(encoding="utf-8", newline="") as f:
        niks = {r["nik"].encode() for r in csv.DictReader(f)}
    words = [w.encode() for w in (*FIRST, *LAST) if len(w) >= 5]
    assert leaks(source.read_bytes(), niks, words)  # the scan finds what is in clear
    for path in files:
        content = path.read_bytes()
        assert not content.startswith(cipher.PLAIN_HEADER), path
        assert leaks(content, niks, words) == [], path


@pytest.mark.slow  # the real command a dozen times
def test_a_plain_store_with_records_and_backups_is_converted_once(tmp_path: Path) -> None:
    data = tmp_path / "data"
    source = write_csv(tmp_path / "in.csv", 300)
    # Before any account exists, commands work on a plain store (as an older version left it).
    assert loket(data, "import", "candidates", str(source)).code == 0
    assert loket(data, "backup").code == 0
    assert loket(data, "backup").code == 0
    plain = sorted(p for p in data.rglob("*.db") if p.read_bytes().startswith(cipher.PLAIN_HEADER))
    assert len(plain) == 3
    before = loket(data, "status", "--json").out

    # The first account becomes its first key holder and the store is converted.
    made = loket(
        data, "users", "add", "kepala", "--role", "admin", "--password-stdin", stdin=ADMIN_PASSWORD + "\n"
    )
    assert made.code == 0, made.err
    assert "The database is now encrypted (2 backups too); kepala holds its key." in made.out
    assert RECOVERY.search(made.out)
    for path in data.rglob("*"):
        if path.is_file() and path.suffix != ".json":
            assert not path.read_bytes().startswith(cipher.PLAIN_HEADER), path
    assert not list(data.glob("*.encrypting")) and not list(data.glob("*.creating"))
    assert as_admin(data, "status", "--json").out == before
    assert as_admin(data, "check").code == 0
    exported = tmp_path / "out.csv"
    assert as_admin(data, "export", "candidates", str(exported)).code == 0
    with exported.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 300

    # A second account added by the administrator holds its own key.
    added = as_admin(data, "users", "add", "budi", "--role", "operator", "--password-stdin")
    assert added.code == 2  # no password on stdin
    added = loket(
        data,
        "--user",
        "kepala",
        "users",
        "add",
        "budi",
        "--role",
        "operator",
        "--password-stdin",
        password=ADMIN_PASSWORD,
        stdin=OPERATOR_PASSWORD + "\n",
    )
    assert added.code == 0, added.err
    assert loket(data, "--user", "budi", "status", password=OPERATOR_PASSWORD).code == 0


@pytest.mark.slow  # the real command several times
def test_recovery_key_gives_a_forgotten_password_back_and_machine_key_needs_a_key_store(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    recovery = create(data)
    wrong = loket(data, "keys", "recover", "kepala", stdin="AAAA-BBBB\nBaru-Sekali-Kuat-12\n")
    assert (wrong.code, wrong.err.strip()) == (2, "The recovery key does not match this database.")
    recovered = loket(data, "keys", "recover", "kepala", stdin=f"{recovery.lower()}\nBaru-Sekali-Kuat-12\n")
    assert recovered.code == 0, recovered.err
    assert loket(data, "--user", "kepala", "status", password=ADMIN_PASSWORD).code == 2
    assert loket(data, "--user", "kepala", "status", password="Baru-Sekali-Kuat-12").code == 0

    # A lost recovery key is replaced; the old one opens nothing any more.
    renewed = loket(data, "--user", "kepala", "keys", "recovery-new", password="Baru-Sekali-Kuat-12")
    assert renewed.code == 0, renewed.err
    fresh = RECOVERY.search(renewed.out)
    assert fresh is not None and fresh.group(1) != recovery
    old = loket(data, "keys", "recover", "kepala", stdin=f"{recovery}\nLagi-Baru-Kuat-34\n")
    assert old.code == 2
    again = loket(data, "keys", "recover", "kepala", stdin=f"{fresh.group(1)}\nLagi-Baru-Kuat-34\n")
    assert again.code == 0, again.err
    password = "Lagi-Baru-Kuat-34"

    unavailable = loket(data, "--user", "kepala", "keys", "machine", "on", password=password)
    assert unavailable.code == 2
    assert (
        unavailable.err.strip()
        == "This PC has no usable operating-system key store; the machine key cannot be kept."
    )
    # On a PC with a key store: on, then a scheduled command needs no password; off again.
    machine = run_loket(data, "--user", "kepala", "keys", "machine", "on", env={"LOKET_PASSWORD": password})
    assert machine.code == 0, machine.err
    assert run_loket(data, "status").code == 0
    off = run_loket(data, "--user", "kepala", "keys", "machine", "off", env={"LOKET_PASSWORD": password})
    assert off.code == 0, off.err
    assert (run_loket(data, "status").code, run_loket(data, "status").err.strip()) == (2, NEEDS_PASSWORD)
