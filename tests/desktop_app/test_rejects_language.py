"""The rejects file speaks the interface language: field names and sentences in Indonesian
(or English with --lang en), the machine-readable field and code in their own columns."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.datagen import generate_rows
from tests.desktop_app.cli_helpers import csv_text, loket, read_rejects


@pytest.mark.slow  # the real command four times; test_cli_import covers Indonesian rejects
def test_rejects_name_fields_in_indonesian_and_keep_codes_apart(data_dir: Path, tmp_path: Path) -> None:
    rows = [dict(r) for r in generate_rows(3, seed=21)]
    rows[1]["phone"] = ""
    path = tmp_path / "pendaftar.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert loket(data_dir, "import", "candidates", str(path), lang="id").code == 1
    (reject,) = read_rejects(path)
    assert list(reject) == ["row", "column", "code", "message"]
    assert (reject["row"], reject["column"], reject["code"]) == ("3", "phone", "required")
    assert reject["message"] == "Telepon: Wajib diisi."
    # Imported again with a changed name and phone: the differing fields in Indonesian
    rows[1]["phone"] = "081298765432"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert loket(data_dir, "import", "candidates", str(path), lang="id").code == 0
    rows[0]["full_name"] = "Nama Lain"
    rows[0]["phone"] = "081200000000"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert loket(data_dir, "import", "candidates", str(path), lang="id").code == 0
    (changed,) = read_rejects(path)
    assert changed["code"] == "already_registered_differs"
    assert "Nama lengkap" in changed["message"] and "Telepon" in changed["message"]
    assert "full_name" not in changed["message"] and "phone" not in changed["message"]
    assert loket(data_dir, "import", "candidates", str(path), lang="en").code == 0
    assert (
        "Full name, Phone" in read_rejects(path)[0]["message"]
        or "Phone, Full name" in read_rejects(path)[0]["message"]
    )
