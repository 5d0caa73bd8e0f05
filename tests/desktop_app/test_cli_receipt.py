"""`loket receipt REF FILE.pdf`: the receipt again, read back with pypdf."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from domain.codes import Role
from local_db.store import Store
from tests.conftest import valid_candidate
from tests.pdf_text import full_text, page_count, pieces
from ui.registration.receipt_content import OFFICE_NAME_SETTING

ROOT = Path(__file__).resolve().parents[2]


def loket(data_dir: Path, *args: str, tz: str, lang: str = "id") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TZ": tz}
    env.pop("QT_QPA_PLATFORM", None)  # the command needs no display whatever the platform says
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "--lang", lang, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def registered(store: Store) -> str:
    clerk = store.users.add("clerk", "rahasia-123", Role.OPERATOR, "Rina Wulandari", "test")
    store.settings.put(OFFICE_NAME_SETTING, "Disnaker Kabupaten Pandeglang")
    record = store.candidates.create(valid_candidate(documents="ktp;kk;ijazah"), clerk.actor()).record
    return str(record["registration_no"])


def test_receipt_by_nik_has_office_clerk_local_time_and_10_pt_text(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    registered(store)
    pdf = tmp_path / "tanda-terima.pdf"
    done = loket(data_dir, "receipt", "3601.0155.0599.0001", str(pdf), tz="Asia/Jakarta")
    assert done.returncode == 0, done.stderr
    assert str(pdf) in done.stdout
    text = full_text(pdf)
    assert "Disnaker Kabupaten Pandeglang" in text
    assert "Rina Wulandari" in text
    assert "27-11-2026 10:04 WIB" in text  # registered 03:04 UTC, shown in the PC's zone
    assert "Z" not in text.split("27-11-2026")[1][:12]
    assert "Kartu Tanda Penduduk (KTP)" in text or "KTP" in text
    assert page_count(pdf) == 1
    sizes = [p.points for p in pieces(pdf)]
    assert min(sizes) >= 9.9, sorted(sizes)[:5]


def test_receipt_by_registration_number_in_english_and_another_zone(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    number = registered(store)
    pdf = tmp_path / "receipt.pdf"
    done = loket(data_dir, "receipt", number.lower(), str(pdf), tz="Asia/Jayapura", lang="en")
    assert done.returncode == 0, done.stderr
    text = full_text(pdf)
    assert "27-11-2026 12:04 WIT" in text
    assert "What happens next" in text
    assert number in text


def test_unknown_ref_and_unwritable_file_exit_2(store: Store, data_dir: Path, tmp_path: Path) -> None:
    registered(store)
    unknown = loket(data_dir, "receipt", "3601015505990009", str(tmp_path / "x.pdf"), tz="UTC", lang="en")
    assert unknown.returncode == 2
    assert unknown.stderr.strip().count("\n") == 0
    assert "3601015505990009" in unknown.stderr
    folder = tmp_path / "a-folder"
    folder.mkdir()
    unwritable = loket(data_dir, "receipt", "3601015505990001", str(folder), tz="UTC", lang="en")
    assert unwritable.returncode == 2
    assert "cannot be written" in unwritable.stderr
