"""The registration form, driven like a clerk drives it."""

from __future__ import annotations

import stat

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from local_db.store import Store
from tests.conftest import valid_candidate
from ui.main_window import MainWindow


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_and_enter(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    if text:
        qtbot.keyClicks(focused(), text)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def message(window: MainWindow, field: str) -> QLabel:
    label = window.registration.form.fields.messages[field]
    return label


def test_register_by_keyboard_only(make_window, clerk, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    fields = window.registration.form.fields
    assert focused() is fields.line("nik")
    type_and_enter(qtbot, "3601015505990001")  # fills birth date, sex and the address down to the district
    assert fields.line("birth_date").text() == "15-05-1999"
    assert fields.choice("sex").value() == "F"
    assert "Sumur" in fields.nik_region.text()
    type_and_enter(qtbot, "3601011505990002")  # KK
    type_and_enter(qtbot, "Siti Aminah")
    type_and_enter(qtbot, "Serang")
    assert focused() is fields.line("birth_date")
    type_and_enter(qtbot, "")  # keeps the date from the NIK
    type_and_enter(qtbot, "")  # sex from the NIK
    type_and_enter(qtbot, "Islam")
    type_and_enter(qtbot, "Married")
    type_and_enter(qtbot, "Senior")
    type_and_enter(qtbot, "081234567890")
    type_and_enter(qtbot, "")  # e-mail is optional
    assert focused() is fields.region_picker.province
    for _ in range(3):  # province, regency, district came from the NIK
        type_and_enter(qtbot, "")
    assert focused() is fields.region_picker.village
    qtbot.keyClicks(focused(), "Sumberjaya")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    if focused() is fields.region_picker.village:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert fields.region_picker.value() == "3601012001"
    type_and_enter(qtbot, "Kp. Cibeureum RT 01/02")
    type_and_enter(qtbot, "Ahmad")
    type_and_enter(qtbot, "husband")
    type_and_enter(qtbot, "")
    type_and_enter(qtbot, "P")  # first letters choose, as in any list
    type_and_enter(qtbot, "Informal")
    qtbot.keyClicks(focused(), "Malaysia")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    if focused() is fields.inputs["destination_country"]:
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert fields.choice("destination_country").value() == "MY"
    type_and_enter(qtbot, "Domestic worker")
    with qtbot.waitSignal(window.registration.saved, timeout=3000) as saved:
        qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = saved.args[0].record
    assert record["nik"] == "3601015505990001"
    assert record["religion"] == "Islam"
    assert record["heir_relationship"] == "husband"
    assert record["registration_no"] in window.registration.form.banner.text()
    assert store.candidates.find_by_nik("3601015505990001") is not None
    assert fields.line("nik").text() == ""  # ready for the next applicant
    assert focused() is fields.line("nik")


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


def test_receipt_pdf_has_the_number(make_window, clerk, data_dir, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    fill(window)
    result = window.registration.form.save()
    assert result is not None
    page = window.registration
    assert page.receipt_button.isEnabled()
    with qtbot.waitSignal(page.receipt_written, timeout=10_000):
        page.receipt_button.click()
    assert page.last_receipt is not None
    pdf = page.last_receipt.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert page.last_receipt.name == f"receipt-{result.record['registration_no']}.pdf"
    assert stat.S_IMODE(page.last_receipt.stat().st_mode) == 0o600  # it names a person
