"""Flow fixes of the desk: detail status, Esc with edits, Enter in search, "Open record" on a
duplicate NIK, focus on a bad NIK, dates and sex messages, faster document ticking."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from local_db.store import Store
from tests.conftest import valid_candidate
from tests.ui.desk_support import focused


def shown_list(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.candidates
    with qtbot.waitSignal(page.results_shown, timeout=5000):
        page.refresh()
    return page


def test_detail_shows_the_record_status(make_window, clerk, operator, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    record = store.candidates.create(valid_candidate(), operator).record
    store.candidates.update(record.id, {"status": "verified"}, operator, record.version)
    page = shown_list(make_window(clerk), qtbot)
    dialog = page.open_row(0)
    assert dialog is not None
    qtbot.addWidget(dialog)
    status = dialog.form.fields.choice("status")
    assert status.value() == "verified"
    assert status.currentText() == "Verified"
    assert not dialog.form.is_dirty()


def test_detail_focuses_its_first_field(make_window, clerk, operator, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    page = shown_list(make_window(clerk), qtbot)
    dialog = page.open_row(0)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.form.fields.line("nik"))


def test_esc_with_unsaved_edits_asks(make_window, clerk, operator, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    page = shown_list(make_window(clerk), qtbot)
    dialog = page.open_row(0)
    qtbot.addWidget(dialog)
    phone = dialog.form.fields.line("phone")
    phone.setFocus()
    phone.selectAll()
    qtbot.keyClicks(phone, "081299990000")
    qtbot.keyClick(phone, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # not discarded
    box = dialog.confirm
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()  # keep editing
    assert dialog.isVisible()
    assert phone.text() == "081299990000"
    qtbot.keyClick(phone, Qt.Key.Key_Escape)
    dialog.confirm.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.candidates.find_by_nik("3601015505990001")["phone"] == "+6281234567890"


def test_esc_without_edits_closes_at_once(make_window, clerk, operator, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    page = shown_list(make_window(clerk), qtbot)
    dialog = page.open_row(0)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog.form.fields.line("phone"), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.confirm is None


def test_esc_prompt_can_save(make_window, clerk, operator, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    page = shown_list(make_window(clerk), qtbot)
    dialog = page.open_row(0)
    qtbot.addWidget(dialog)
    dialog.form.fields.line("phone").setText("081299990000")
    dialog.reject()
    dialog.confirm.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.candidates.find_by_nik("3601015505990001")["phone"] == "+6281299990000"


def test_enter_in_search_opens_the_first_result(make_window, clerk, operator, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    store.candidates.create(
        valid_candidate(nik="3601014506980002", full_name="Dewi Lestari", birth_date="1998-06-05"), operator
    )
    window = make_window(clerk)
    window.navigation.setCurrentRow(1)
    page = window.candidates
    qtbot.keyClicks(page.search_box, "dewi")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # before the debounce timer fired
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5000)
    qtbot.addWidget(page.dialog)
    assert page.dialog.form.record["full_name"] == "Dewi Lestari"


def test_open_record_from_the_duplicate_nik_message(
    make_window, clerk, operator, store: Store, qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = store.candidates.create(valid_candidate(), operator).record
    window = make_window(clerk)
    form = window.registration.form
    form.fields.load(valid_candidate(full_name="Siti Aminah Dua"))
    assert form.save() is None
    assert form.open_existing.isVisible()
    assert form.open_existing.text() == "Open record"
    form.open_existing.click()
    dialog = window.candidates.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert dialog.form.record.id == first.id
    assert window.pages.currentWidget() is window.candidates


def test_a_bad_nik_takes_the_focus_without_required_noise(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    form = window.registration.form
    fields = form.fields
    qtbot.keyClicks(fields.line("nik"), "3601015505990000")  # serial 0000
    qtbot.keyClick(fields.line("nik"), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert focused() is fields.line("nik")
    assert fields.messages["nik"].isVisible()
    for derived in ("birth_date", "sex", "village_code"):
        assert not fields.messages[derived].isVisible(), derived
    assert fields.messages["full_name"].text() == "This field is required."  # real gaps still show


def test_nik_mismatch_messages_use_day_month_year_and_sex_sits_under_sex(make_window, clerk) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    form = window.registration.form
    form.fields.load(valid_candidate(birth_date="1999-05-16", sex="M"))
    form.save()  # warnings: shown, not saved yet
    fields = form.fields
    assert "15-05-1999" in fields.messages["nik"].text()
    assert "1999-05-15" not in fields.messages["nik"].text()
    assert "sex" in fields.messages["sex"].text()
    assert fields.messages["sex"].kind == "warning"


def test_alt_d_ticks_the_documents_a_registration_needs(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    fields = window.registration.form.fields
    fields.choice("scheme").set_value("p_to_p")
    fields.choice("sector").set_value("informal")
    qtbot.keyClick(fields.line("nik"), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    ticked = {code for code, box in fields.documents.items() if box.isChecked()}
    assert ticked == {
        "ktp", "kk", "akta_lahir", "ijazah", "surat_izin_keluarga", "surat_sehat", "ak1", "sertifikat_kompetensi",
    }  # fmt: skip
    qtbot.keyClick(fields.line("nik"), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert not fields.documents["ktp"].isChecked()  # Alt+number toggles one


def test_list_shows_document_completeness_and_filters_by_it(
    make_window, clerk, operator, store: Store, qtbot
) -> None:  # type: ignore[no-untyped-def]
    all_documents = ";".join(
        ["ktp", "kk", "akta_lahir", "ijazah", "surat_izin_keluarga", "surat_status_perkawinan", "surat_sehat",
         "sertifikat_kompetensi", "ak1", "paspor", "visa_kerja", "perjanjian_penempatan", "perjanjian_kerja",
         "bpjs_ketenagakerjaan"]
    )  # fmt: skip
    store.candidates.create(valid_candidate(documents="ktp;kk;akta_lahir;ijazah;ak1"), operator)
    store.candidates.create(
        valid_candidate(
            nik="3601014506980002", full_name="Dewi Lestari", birth_date="1998-06-05", documents=all_documents
        ),
        operator,
    )
    page = shown_list(make_window(clerk), qtbot)
    column = page.model.headerData(7, Qt.Orientation.Horizontal)
    assert column == "Documents"
    shown = {page.model.index(r, 2).data(): page.model.index(r, 7).data() for r in range(2)}
    assert shown == {"Siti Aminah": "5/14", "Dewi Lestari": "14/14"}
    with qtbot.waitSignal(page.results_shown, timeout=5000) as result:
        page.documents_filter.set_value("incomplete")
    assert result.args == [1]
    assert page.model.index(0, 2).data() == "Siti Aminah"
    with qtbot.waitSignal(page.results_shown, timeout=5000) as result:
        page.documents_filter.set_value("complete")
    assert result.args == [1]
    assert page.model.index(0, 2).data() == "Dewi Lestari"


def test_history_names_the_clerk_in_full(make_window, clerk, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), clerk.actor())
    page = shown_list(make_window(clerk), qtbot)
    dialog = page.open_row(0)
    qtbot.addWidget(dialog)
    assert dialog.history.model().index(0, 1).data() == "Clerk Satu (clerk)"


def test_header_shows_office_clerk_and_sync_state(make_window, admin, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(admin)
    header = window.header
    assert header.office.text() == "Office not set (Settings)"
    assert "Admin Kantor" in header.clerk.text()
    assert "Offline" in header.sync.text()
    window.navigation.setCurrentRow(window.pages.indexOf(window.settings))
    window.settings.office.setText("Disnaker  Kabupaten Serang ")
    window.settings.save_button.click()
    assert header.office.text() == "Disnaker Kabupaten Serang"


def test_navigation_shows_icons_and_shortcuts(make_window, admin, qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.header import SHORTCUT_ROLE

    window = make_window(admin)
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        assert not item.icon().isNull()
        assert item.data(SHORTCUT_ROLE) == f"Ctrl+{row + 1}"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.candidates


def test_enter_in_search_opens_the_selected_result(make_window, clerk, operator, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    store.candidates.create(valid_candidate(), operator)
    store.candidates.create(
        valid_candidate(nik="3601014506980002", full_name="Dewi Lestari", birth_date="1998-06-05"), operator
    )
    window = make_window(clerk)
    page = shown_list(window, qtbot)
    window.navigation.setCurrentRow(1)
    page.table.selectRow(1)
    chosen = page.model.index(1, 2).data()
    page.search_box.setFocus()
    qtbot.keyClick(page.search_box, Qt.Key.Key_Return)  # the list on screen is the search's answer
    assert page.dialog is not None and page.dialog.isVisible()
    qtbot.addWidget(page.dialog)
    assert page.dialog.form.record["full_name"] == chosen
