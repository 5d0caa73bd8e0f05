"""Running the real `loket` command in a subprocess, and writing import files."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from bench.datagen import COLUMNS
from tests.support.file_keyring import NO_KEY_STORE, machine_env


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


def loket(
    data_dir: Path,
    *args: str,
    stdin: str = "",
    lang: str = "en",
    timeout: float = 120,
    machine_key: bool = True,
    env: dict[str, str] | None = None,
) -> Result:
    """`loket --data-dir DATA_DIR --lang LANG ARGS...`. `machine_key`: the PC has an OS key store
    (beside the data folder), so an encrypted store opens without a password, as on an office
    PC with the machine slot; False: none, as on headless Linux."""
    keys = machine_env(data_dir.parent / "os-keyring.json") if machine_key else NO_KEY_STORE
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), **keys, **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), "--lang", lang, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )
    assert "Traceback" not in done.stderr, done.stderr
    return Result(done.returncode, done.stdout, done.stderr)


def status(data_dir: Path) -> dict[str, object]:
    result = loket(data_dir, "status", "--json")
    assert result.code == 0, result.err
    return dict(json.loads(result.out))


def csv_text(
    rows: list[dict[str, str]], columns: tuple[str, ...] = COLUMNS, delimiter: str = ",", line_end: str = "\n"
) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(
        buffer, fieldnames=columns, delimiter=delimiter, lineterminator=line_end, extrasaction="ignore"
    )
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def read_rejects(path: Path) -> list[dict[str, str]]:
    with path.with_name(path.name + ".rejects.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))
