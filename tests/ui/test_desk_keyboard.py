"""A complete applicant registered with the keyboard alone, keys counted (issue 12: ≤ 190)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from local_db.store import Store
from tests.ui.desk_support import COMPANY_ID, Keys, focused, pull_companies

MAX_KEYS = 190
ALT = Qt.KeyboardModifier.AltModifier


def test_complete_applicant_by_keyboard_in_at_most_190_keys(make_window, clerk, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    pull_companies(store)
    window = make_window(clerk)
    fields = window.registration.form.fields
    keys = Keys(qtbot)
    assert focused() is fields.line("nik")  # the first field has the focus
    # Identity
    keys.enter("3601015505990001")  # fills birth date, sex and the address down to the district
    assert fields.line("birth_date").text() == "15-05-1999"
    assert fields.choice("sex").value() == "F"
    keys.enter("3601011505990002")
    keys.enter("Siti Aminah")
    keys.enter("Serang")  # Enter passes over the birth date and sex the NIK filled in
    assert focused() is fields.inputs["religion"]
    keys.enter("I")  # Islam: a closed list chooses by first letters
    keys.enter("M")  # Married
    keys.enter("Se")  # Senior high school
    keys.enter("081234567890")
    keys.enter("siti@example.com")
    # Address: Enter passed over province, regency and district (from the NIK)
    assert focused() is fields.region_picker.village
    keys.enter("sumberj")  # the only village of Sumur starting so: Enter takes it and moves on
    assert fields.region_picker.value() == "3601012001"
    keys.enter("Kp. Cibeureum RT 01/02")
    # Family contact
    keys.enter("Ahmad")
    keys.enter("husband")
    keys.enter("081298765432")
    # Placement plan
    keys.enter("P")
    keys.enter("I")
    keys.enter("MY")  # the ISO code finds Malaysia (Myanmar matches too, but not exactly)
    assert fields.choice("destination_country").value() == "MY"
    keys.enter("KEP-123")  # the placement company by its licence number
    assert fields.choice("p3mi_id").value() == COMPANY_ID
    keys.type("Domestic worker")  # the employer is often not known yet
    # Five documents: Alt+1 … Alt+5
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5):
        keys.press(key, ALT)
    with qtbot.waitSignal(window.registration.saved, timeout=3000) as saved:
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    record = saved.args[0].record
    assert record["religion"] == "Islam"
    assert record["marital_status"] == "married"
    assert record["email"] == "siti@example.com"
    assert record["heir_phone"] == "+6281298765432"
    assert record["destination_country"] == "MY"
    assert record["p3mi_id"] == COMPANY_ID
    assert record["birth_date"] == "1999-05-15"
    assert record["village_code"] == "3601012001"
    ticked = [k for k, v in record["documents"].items() if v]
    assert sorted(ticked) == sorted(["ktp", "kk", "akta_lahir", "ijazah", "surat_izin_keluarga"])
    assert focused() is fields.line("nik")  # ready for the next applicant
    print(f"keystrokes for a complete applicant: {keys.count}")
    assert keys.count <= MAX_KEYS
