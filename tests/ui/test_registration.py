"""The registration form, driven like a clerk drives it."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from local_db.store import Store
from tests.conftest import valid_candidate
from ui.main_window import MainWindow


def message(window: MainWindow, field: str) -> QLabel:
    label = window.registration.form.fields.messages[field]
    return label


def fill(window: MainWindow, **overrides: object) -> None:
    window.registration.form.fields.load(valid_candidate(**overrides))


def test_invalid_nik_blocks_saving(make_window, clerk, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    fill(window, nik="3601015505990000")
    assert window.registration.form.save() is None
    assert message(window, "nik").isVisible()
    assert "serial" in message(window, "nik").text()
    assert message(window, "nik").kind == "error"
    assert store.search.count() == 0


def test_under_age_applicant_blocks_saving(make_window, clerk, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    fill(window, nik="3601015505100001", birth_date="2010-05-15")
    assert window.registration.form.save() is None
    assert "minimum for this scheme is 18" in message(window, "birth_date").text()
    assert not message(window, "full_name").isVisible()
    assert store.search.count() == 0


def test_missing_required_field_blocks_saving(make_window, clerk, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    fill(window, job_position="")
    assert window.registration.form.save() is None
    assert message(window, "job_position").text() == "This field is required."
    assert QApplication.focusWidget() is window.registration.form.fields.inputs["job_position"]
    assert [f for f, m in window.registration.form.fields.messages.items() if m.isVisible()] == [
        "job_position"
    ]
    assert store.search.count() == 0


def test_live_check_shows_message_beside_touched_field_only(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    fields = window.registration.form.fields
    qtbot.keyClicks(fields.line("nik"), "12345")
    qtbot.waitUntil(lambda: message(window, "nik").isVisible(), timeout=2000)
    assert message(window, "nik").text() == "The NIK must be 16 digits."
    assert not message(window, "full_name").isVisible()


def test_duplicate_nik_is_caught_before_saving(make_window, clerk, operator, store: Store) -> None:  # type: ignore[no-untyped-def]
    first = store.candidates.create(valid_candidate(), operator).record
    window = make_window(clerk)
    fill(window, full_name="Siti Aminah Dua")
    assert window.registration.form.save() is None
    assert first["registration_no"] in message(window, "nik").text()
    assert store.search.count() == 1


def test_same_person_other_nik_warns_then_saves_on_second_press(make_window, clerk, operator, store) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    window = make_window(clerk)
    fill(window, nik="3601015505990002")
    form = window.registration.form
    assert form.save() is None
    assert message(window, "full_name").kind == "warning"
    assert "another NIK (3601015505990001)" in message(window, "full_name").text()
    assert form.save() is not None
    assert store.search.count() == 2


def test_viewer_cannot_save(make_window, viewer, store: Store) -> None:  # type: ignore[no-untyped-def]
    window = make_window(viewer)
    form = window.registration.form
    assert not form.save_button.isEnabled()
    assert not form.fields.line("nik").isEnabled()
    fill(window)
    assert form.save() is None
    assert "read-only" in form.banner.text()
    assert store.search.count() == 0
