"""Import progress says rows of about how many, the percentage and the time left."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from domain.field_names import FIELD_NAMES
from ui import labels
from ui.i18n import install_translators, remove_translators
from ui.progress_text import ProgressEstimate


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def speaking(qapp: QApplication, lang: str) -> Iterator[None]:
    before = QLocale()
    translators = install_translators(qapp, lang)  # also the number format: 100.000 / 100,000
    yield
    remove_translators(qapp, translators)
    QLocale.setDefault(before)


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    yield from speaking(qapp, "id")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    yield from speaking(qapp, "en")


def test_total_percentage_and_time_left_in_indonesian(indonesian) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    estimate = ProgressEstimate(clock)
    assert estimate.text(0, 0.0) == "0 baris dibaca"
    clock.now += 0.5
    assert estimate.text(500, 0.005) == "500 dari sekitar 100.000 baris (0 %)"  # too early to guess the time
    clock.now += 9.5
    assert estimate.text(5_000, 0.05) == "5.000 dari sekitar 100.000 baris (5 %) — sisa sekitar 3 menit"
    clock.now += 180
    assert (
        estimate.text(99_000, 0.99) == "99.000 dari sekitar 100.000 baris (99 %) — sisa kurang dari semenit"
    )


def test_in_english(english) -> None:  # type: ignore[no-untyped-def]
    clock = Clock()
    estimate = ProgressEstimate(clock)
    clock.now += 60
    assert estimate.text(25_000, 0.25) == "25,000 of about 100,000 rows (25 %) — about 3 min left"


def test_field_names_outside_the_window_cover_the_windows_list(qapp) -> None:  # type: ignore[no-untyped-def]
    assert set(labels.field_names()) <= set(FIELD_NAMES)
