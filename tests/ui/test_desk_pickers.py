"""Pickers that cannot lie: Enter, Tab and Down in the village, country and P3MI pickers."""

from __future__ import annotations

from PySide6.QtCore import Qt

from local_db.store import Store
from tests.ui.desk_support import COMPANY_ID, Keys, focused, pull_companies
from ui.main_window import MainWindow


def at_village(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """The address picked down to Sumur district (Pandeglang), focus in the village box."""
    picker = window.registration.form.fields.region_picker
    picker.set_prefix("36", "3601", "360101")
    picker.village.setFocus()
    qtbot.waitUntil(lambda: focused() is picker.village)
    return picker


def test_enter_takes_the_only_suggestion_and_moves_on(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    picker = at_village(window, qtbot)
    keys = Keys(qtbot)
    keys.type("umberj")  # any part of the name
    assert picker.village.popup_visible()
    keys.press(Qt.Key.Key_Return)
    assert picker.value() == "3601012001"
    assert picker.village.currentText() == "Sumberjaya"
    assert focused() is window.registration.form.fields.line("address_line")


def test_enter_with_several_suggestions_chooses_nothing(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    picker = at_village(window, qtbot)
    keys = Keys(qtbot)
    keys.type("a")  # nearly every village
    keys.press(Qt.Key.Key_Return)
    assert picker.value() == ""
    assert picker.village.popup_visible()  # the clerk picks one
    assert picker.village.currentText() == "a"


def test_enter_takes_the_highlighted_suggestion(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    picker = at_village(window, qtbot)
    keys = Keys(qtbot)
    keys.type("su")
    popup = picker.village._completer.popup()
    first = popup.model().index(0, 0).data()
    keys.press(Qt.Key.Key_Down)  # into the list
    keys.press(Qt.Key.Key_Return)
    assert picker.village.currentText() == first
    assert picker.value() != ""


def test_tab_with_unmatched_text_leaves_the_field_empty_and_says_so(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    picker = at_village(window, qtbot)
    keys = Keys(qtbot)
    keys.type("xyzzy")
    keys.press(Qt.Key.Key_Tab)
    assert picker.value() == ""
    assert picker.village.currentText() == ""
    assert "xyzzy" in picker.village.notice
    assert "xyzzy" in picker.village.lineEdit().placeholderText()
    assert focused() is not picker.village


def test_tab_with_a_unique_match_takes_it(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    picker = at_village(window, qtbot)
    Keys(qtbot).type("sumberjaya")
    window.registration.form.fields.line("address_line").setFocus()  # leaving by any way but a key
    qtbot.waitUntil(lambda: picker.value() != "", timeout=2000)
    assert picker.value() == "3601012001"


def test_down_with_the_popup_closed_opens_it_and_keeps_the_text(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    picker = at_village(window, qtbot)
    keys = Keys(qtbot)
    keys.type("sumber")
    picker.village._completer.popup().hide()
    keys.press(Qt.Key.Key_Down)
    assert picker.village.popup_visible()
    assert picker.village.currentText() == "sumber"  # never replaced by another village
    assert picker.value() == ""


def test_down_in_an_empty_picker_replaces_nothing(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    picker = at_village(window, qtbot)
    Keys(qtbot).press(Qt.Key.Key_Down)
    assert picker.village.popup_visible()
    assert picker.value() == ""  # the first village was not silently chosen


def test_countries_by_iso_code_and_both_names(make_window, clerk, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk, "id")
    country = window.registration.form.fields.choice("destination_country")
    for typed, code in (
        ("MY", "MY"),
        ("taiwan", "TW"),
        ("Korea Selatan", "KR"),
        ("south korea", "KR"),
        ("saudi", "SA"),
    ):
        country.setFocus()
        country.setEditText("")
        qtbot.keyClicks(country, typed)
        qtbot.keyClick(country, Qt.Key.Key_Return)
        assert country.value() == code, typed
    country.set_value("TW")
    assert country.currentText() == "Taiwan"


def test_placement_company_by_name_or_licence(make_window, clerk, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    pull_companies(store)
    window = make_window(clerk)
    company = window.registration.form.fields.choice("p3mi_id")
    for typed in ("maju", "KEP-123/2024"):
        company.setFocus()
        company.setEditText("")
        qtbot.keyClicks(company, typed)
        qtbot.keyClick(company, Qt.Key.Key_Return)
        assert company.value() == COMPANY_ID, typed
        assert company.currentText() == "PT Maju Bersama (KEP-123/2024)"


def test_save_settles_a_picker_that_still_has_the_focus(make_window, clerk, store: Store, qtbot) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import valid_candidate

    window = make_window(clerk)
    form = window.registration.form
    form.fields.load(valid_candidate(destination_country=""))
    country = form.fields.choice("destination_country")
    country.setFocus()
    qtbot.keyClicks(country, "malays")
    result = form.save()
    assert result is not None
    assert result.record["destination_country"] == "MY"
