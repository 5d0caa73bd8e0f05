"""The import's helper process can be started before its job is known (the command line does,
while the store opens) and is stopped cleanly whatever happens next."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from bench.datagen import write_csv
from local_db.tabular.prepare import Helper, PrepareJob, prepare, start_helper


def test_small_files_get_no_helper(tmp_path: Path) -> None:
    assert start_helper(write_csv(tmp_path / "c.csv", 10), 100) is None
    assert start_helper(tmp_path / "missing.csv", 100) is None  # the import says what is wrong


def test_a_helper_that_never_gets_its_job_stops_when_closed(tmp_path: Path) -> None:
    helper = Helper(write_csv(tmp_path / "c.csv", 10), 100)
    assert helper.running
    started = time.monotonic()
    helper.close()
    helper.close()  # closing twice is harmless
    assert time.monotonic() - started < 5
    assert not helper.running


def test_a_helper_started_early_prepares_the_same_batches(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", 30)
    job = PrepareJob(dt.date(2026, 11, 27), frozenset(), {}, "en", "2026-11-27T00:00:00Z", "x")
    in_process = list(prepare(path, job, 7))
    with Helper(path, 7) as helper:
        from_helper = list(prepare(path, job, 7, helper))
        assert not helper.running  # done: stopped by the end of its batches
    assert [b.problems for b in from_helper] == [b.problems for b in in_process]
    assert [[r[:2] for r in b.rows] for b in from_helper] == [[r[:2] for r in b.rows] for b in in_process]


def test_a_helper_for_another_file_is_refused_and_stopped(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "c.csv", 10)
    job = PrepareJob(dt.date(2026, 11, 27), frozenset(), {}, "en", "", "")
    with Helper(path, 100) as helper:
        with pytest.raises(ValueError, match="another file"):
            prepare(tmp_path / "other.csv", job, 100, helper)
        assert not helper.running
