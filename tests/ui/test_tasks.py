"""The task runner: results, progress with a fraction, cancel, and how failures are logged."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import pytest

from ui.tasks import TaskRunner


def counting(progress: Callable[[int, float], None], cancelled: Callable[[], bool], steps: int = 4) -> int:
    done = 0
    for done in range(1, steps + 1):
        progress(done * 10, done / steps)
        if cancelled():
            break
    return done


def test_progress_carries_the_fraction_and_the_result_arrives(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, float]] = []
    results: list[int] = []
    runner.start(counting, on_done=results.append, on_progress=lambda d, f: seen.append((d, f)))
    qtbot.waitUntil(lambda: results == [4])
    assert seen == [(10, 0.25), (20, 0.5), (30, 0.75), (40, 1.0)]


def test_cancel_is_polled_by_the_function(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()

    def slow(cancelled: Callable[[], bool]) -> bool:
        gate.wait(5)
        return cancelled()

    results: list[bool] = []
    task = runner.start(slow, on_done=results.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: results == [True])


class FileProblem(Exception):
    pass


def fail(exc: Exception) -> None:
    raise exc


@pytest.mark.parametrize(
    ("exc", "level", "traced"),
    [(FileProblem("no"), logging.INFO, False), (KeyError("bug"), logging.ERROR, True)],
)
def test_expected_failures_are_not_logged_as_bugs(
    qtbot, runner: TaskRunner, caplog, exc, level, traced
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO, logger="ui.tasks")
    errors: list[Exception] = []
    runner.start(fail, exc, on_error=errors.append, expected=(FileProblem,))
    qtbot.waitUntil(lambda: errors == [exc])
    [record] = [r for r in caplog.records if r.name == "ui.tasks"]
    assert record.levelno == level
    assert (record.exc_info is not None) is traced
