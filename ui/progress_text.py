"""What an import's progress says: rows read of about how many, the percentage, the time left.

The reader reports rows read and how far through the file it is (a fraction of its bytes), so
the total is an estimate ("about"), good to a few per cent on a uniform file. Time left is the
time so far scaled by what remains; it is shown once there is enough to go on (2 % and one
second), and rounded the way a person says it.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLocale

MIN_FRACTION = 0.02
MIN_SECONDS = 1.0


def time_left_text(seconds: float) -> str:
    if seconds < 60:
        return QCoreApplication.translate("ImportProgress", "less than a minute left")
    minutes = round(seconds / 60)
    return QCoreApplication.translate("ImportProgress", "about {minutes} min left").format(minutes=minutes)


class ProgressEstimate:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._started = clock()

    def text(self, rows: int, fraction: float) -> str:
        number = QLocale().toString
        if fraction <= 0 or rows <= 0:
            return QCoreApplication.translate("ImportProgress", "{rows} rows read").format(rows=number(rows))
        fraction = min(fraction, 1.0)
        total = max(rows, round(rows / fraction, -2 if rows / fraction > 1000 else 0))
        percent = int(fraction * 100)
        line = QCoreApplication.translate(
            "ImportProgress", "{rows} of about {total} rows ({percent} %)"
        ).format(rows=number(rows), total=number(int(total)), percent=percent)
        elapsed = self._clock() - self._started
        if fraction >= MIN_FRACTION and elapsed >= MIN_SECONDS and fraction < 1.0:
            line += " — " + time_left_text(elapsed * (1 - fraction) / fraction)
        return line
