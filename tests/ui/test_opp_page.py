"""The OPP page driven like a clerk with a USB scanner: digits then Enter, feedback, counts, close."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from local_db.opp_desk.service import open_desk
from local_db.repositories.users import StaffAccount
from local_db.store import Store
from tests.conftest import FIXED_NOW
from tests.local_db.opp_support import add_people, dotted, session_fields
from ui.i18n import install_translators, remove_translators
from ui.main_window import MainWindow
from ui.opp.page import OppPage


def _scan(qtbot, page: OppPage, code: str) -> str:  # type: ignore[no-untyped-def]
    """What a scanner does: type the code into the focused input, then Enter."""
    box = page.checkin.input
    assert box.hasFocus()
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.text() == ""  # ready for the next person
    return page.checkin.feedback.text()


def _opp_key(window: MainWindow) -> Qt.Key:
    """The page's Ctrl+number: its place in the navigation (Ctrl+3 today)."""
    return Qt.Key(Qt.Key.Key_1.value + window.pages.indexOf(window.opp))


def _open(qtbot, window: MainWindow, code: str) -> OppPage:  # type: ignore[no-untyped-def]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, _opp_key(window), Qt.KeyboardModifier.ControlModifier)
    page = window.opp
    assert window.pages.currentWidget() is page
    page.sessions.refresh()
    codes = [page.sessions.table.item(r, 0).text() for r in range(page.sessions.table.rowCount())]
    page.sessions.table.selectRow(codes.index(code))
    page.open_checkin()
    if page.checkin.input.isEnabled():  # a viewer's, or a closed session's, is not
        qtbot.waitUntil(page.checkin.input.hasFocus)
    return page


def test_thirty_people_checked_in_by_scanner_then_every_refusal_walk_in_undo_and_close(
    qtbot, store: Store, clerk: StaffAccount, make_window
) -> None:  # type: ignore[no-untyped-def]
    actor = clerk.actor()
    desk = open_desk(store)
    people = add_people(store, actor, 34)
    class_, other = people[:30], people[30:]
    session = desk.save_session(session_fields("OPP-BTN-01", capacity=31), actor)
    elsewhere = desk.save_session(session_fields("OPP-BTN-02"), actor)
    desk.enrol_ids(session.id, [p.id for p in class_], actor)
    desk.enrol_ids(elsewhere.id, [other[0].id], actor)
    translators = install_translators(QApplication.instance(), "en")  # as the app does: English plurals
    window = make_window(clerk)
    page = _open(qtbot, window, "OPP-BTN-01")

    for n, person in enumerate(class_, start=1):
        # Half scan the receipt's QR code (the registration number), half type the NIK with dots.
        code = person["registration_no"] if n % 2 else dotted(person["nik"])
        shown = _scan(qtbot, page, code)
        assert person["full_name"] in shown and person["registration_no"] in shown
        assert "present 0" in shown or "present 1" in shown  # "present HH:MM", local time
        assert page.checkin.counts.text().startswith(f"Present {n} / enrolled 30")
    assert page.checkin.outcome == "checked_in"
    assert {r.status for r in desk.roster(session.id)} == {"present"}
    assert page.checkin.recent.count() == 8
    assert class_[-1]["full_name"] in page.checkin.recent.item(0).text()
    assert page.checkin.heading.text().endswith("Open")

    again = _scan(qtbot, page, class_[0]["nik"])
    assert (
        page.checkin.outcome == "already_checked_in"
        and "already checked in at" in again
        and "by clerk" in again
    )
    assert "Unknown code" in _scan(qtbot, page, "3601015505999999")
    assert "Unknown code" in _scan(qtbot, page, "hello")
    assert "enrolled in session OPP-BTN-02" in _scan(qtbot, page, other[0]["nik"])
    assert page.checkin.walk_in_button.isVisible()  # a seat is left: a walk-in is offered

    stranger = _scan(qtbot, page, other[1]["registration_no"])
    assert page.checkin.outcome == "not_enrolled" and "is not enrolled" in stranger
    assert page.checkin.walk_in_button.isVisible()
    qtbot.keyClick(page.checkin.input, Qt.Key.Key_F2)
    assert page.checkin.outcome == "checked_in" and other[1]["full_name"] in page.checkin.feedback.text()
    assert page.checkin.counts.text().startswith("Present 31 / enrolled 31")
    assert not page.checkin.walk_in_button.isVisible()

    no_seat = _scan(qtbot, page, other[2]["nik"])
    assert "not checked in: the session is full (31 seats)" in no_seat
    assert page.checkin.outcome == "full" and not page.checkin.walk_in_button.isVisible()

    qtbot.keyClick(page.checkin.input, Qt.Key.Key_F9)
    assert (
        "check-in undone" in page.checkin.feedback.text()
        and other[1]["full_name"] in page.checkin.feedback.text()
    )
    assert page.checkin.counts.text().startswith("Present 30 / enrolled 31")
    desk.save_session({"capacity": 30}, actor, session.id)  # the hall turned out smaller
    full = _scan(qtbot, page, other[1]["nik"])
    assert page.checkin.outcome == "full" and "the session is full (30 seats)" in full

    page.checkin.close_button.click()
    confirm = page.checkin.confirm
    assert (
        confirm is not None
        and confirm.text() == "Close OPP-BTN-01? Check-in stops; 1 person not checked in becomes absent."
    )
    confirm.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.checkin.confirm is None)
    assert page.checkin.feedback.text() == "Session closed; 1 person recorded as absent."
    assert not page.checkin.input.isEnabled() and not page.checkin.close_button.isEnabled()
    statuses = {r.candidate_id: r.status for r in desk.roster(session.id)}
    assert statuses[other[1].id] == "absent" and list(statuses.values()).count("present") == 30
    closed = desk.checkin(session.id, other[1]["nik"], actor)
    page.checkin.show_session(closed.session)
    page.checkin._show(closed)  # what the desk shows if a second desk's scanner is still on
    assert "Check-in has stopped: the session is closed" in page.checkin.feedback.text()
    remove_translators(QApplication.instance(), translators)


def test_a_cancelled_session_says_so_and_a_clerk_cannot_reopen(
    qtbot, store: Store, clerk: StaffAccount, make_window
) -> None:  # type: ignore[no-untyped-def]
    actor = clerk.actor()
    desk = open_desk(store)
    person = add_people(store, actor, 1)[0]
    session = desk.save_session(session_fields("OPP-BATAL"), actor)
    desk.enrol_ids(session.id, [person.id], actor)
    page = _open(qtbot, make_window(clerk), "OPP-BATAL")
    page.tabs.setCurrentIndex(0)
    page.editor.status.set_value("cancelled")
    page.editor.status.setFocus()
    qtbot.keyClick(page.editor.status, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.message.text() == "Saved."
    assert not page.checkin.reopen_button.isVisible()
    page.editor.status.set_value("open")
    page.editor.save_button.click()
    assert "Only an administrator" in page.editor.message.text()
    result = desk.checkin(session.id, person["nik"], actor)
    assert result.outcome == "session_closed" and result.session.status == "cancelled"


def test_enrolment_finds_adds_many_and_warns_about_prerequisites(
    qtbot, store: Store, clerk: StaffAccount, make_window
) -> None:  # type: ignore[no-untyped-def]
    actor = clerk.actor()
    desk = open_desk(store)
    ready = add_people(store, actor, 2)
    lacking = add_people(store, actor, 1, first=3, documents="ktp;kk;paspor")[0]
    session = desk.save_session(session_fields("OPP-BTN-03"), actor)
    page = _open(qtbot, make_window(clerk), "OPP-BTN-03")
    page.tabs.setCurrentWidget(page.enrolment)
    enrol = page.enrolment
    qtbot.waitUntil(enrol.search_box.hasFocus)
    qtbot.keyClicks(enrol.search_box, "36010155")  # a NIK prefix, as in the candidate list
    qtbot.keyClick(enrol.search_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: enrol.results.rowCount() == 3 and enrol.results.hasFocus())
    enrol.results.selectAll()
    qtbot.keyClick(enrol.results, Qt.Key.Key_Return)
    assert {r.candidate_id for r in desk.roster(session.id)} == {p.id for p in (*ready, lacking)}
    report = enrol.report.text()
    assert f"{lacking['full_name']} ({lacking['registration_no']}): enrolled; Missing: Work visa" in report
    assert "Employment contract, BPJS Ketenagakerjaan" in report
    rows = {
        enrol.roster.item(r, 1).text(): enrol.roster.item(r, 3).text() for r in range(enrol.roster.rowCount())
    }
    assert rows[lacking["full_name"]].startswith("Missing: Work visa") and rows[ready[0]["full_name"]] == ""
    assert enrol.roster_label.text() == "Enrolled 3 of 90 seats"
    names = [enrol.roster.item(r, 1).text() for r in range(enrol.roster.rowCount())]
    enrol.roster.setFocus()
    enrol.roster.selectRow(names.index(ready[0]["full_name"]))
    qtbot.keyClick(enrol.roster, Qt.Key.Key_F8)
    enrol.roster.selectRow(names.index(ready[1]["full_name"]))
    qtbot.keyClick(enrol.roster, Qt.Key.Key_Delete)
    statuses = {r.candidate_id: r.status for r in desk.roster(session.id)}
    assert statuses == {ready[0].id: "excused", lacking.id: "enrolled"}
    page.open_checkin()  # the other tabs catch up when shown
    assert page.checkin.counts.text().startswith("Present 0 / enrolled 2")


def test_in_indonesian_the_desk_says_hadir_and_the_time(
    qtbot, store: Store, clerk: StaffAccount, make_window
) -> None:  # type: ignore[no-untyped-def]
    actor = clerk.actor()
    desk = open_desk(store)
    person = add_people(store, actor, 1)[0]
    session = desk.save_session(session_fields("OPP-ID"), actor)
    desk.enrol_ids(session.id, [person.id], actor)
    translators = install_translators(QApplication.instance(), "id")
    try:
        page = _open(qtbot, make_window(clerk, "id"), "OPP-ID")
        shown = _scan(qtbot, page, person["nik"])
        local = FIXED_NOW.astimezone().strftime("%H:%M")
        assert shown == f"{person['full_name']} · {person['registration_no']}\nhadir {local}"
        assert page.checkin.counts.text() == "Hadir 1 / terdaftar 1 · 90 kursi"
        assert "sudah hadir pukul" in _scan(qtbot, page, person["registration_no"])
    finally:
        remove_translators(QApplication.instance(), translators)


def test_a_viewer_sees_the_desk_but_cannot_write_and_an_admin_reopens(
    qtbot, store: Store, viewer: StaffAccount, admin: StaffAccount, make_window
) -> None:  # type: ignore[no-untyped-def]
    actor = admin.actor()
    desk = open_desk(store)
    person = add_people(store, actor, 1)[0]
    session = desk.save_session(session_fields("OPP-LIHAT"), actor)
    desk.enrol_ids(session.id, [person.id], actor)
    desk.close(session.id, actor)
    page = _open(qtbot, make_window(viewer), "OPP-LIHAT")
    assert not page.checkin.input.isEnabled() and not page.checkin.undo_button.isEnabled()
    assert not page.editor.save_button.isEnabled() and not page.enrolment.add_button.isEnabled()
    assert not page.checkin.reopen_button.isVisible()

    page = _open(qtbot, make_window(admin), "OPP-LIHAT")
    assert page.checkin.reopen_button.isVisible() and page.checkin.reopen_button.isEnabled()
    page.checkin.reopen_button.click()
    assert page.checkin.input.isEnabled() and "reopened" in page.checkin.feedback.text()
    qtbot.waitUntil(page.checkin.input.hasFocus)
    assert person["full_name"] in _scan(qtbot, page, person["nik"])
    assert page.checkin.outcome == "checked_in"  # the absence recorded at closing is replaced


def test_a_new_session_is_made_with_the_keyboard_and_shown_even_outside_the_filter(
    qtbot, store: Store, clerk: StaffAccount, make_window
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(clerk)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.focusWidget() or window, _opp_key(window), Qt.KeyboardModifier.ControlModifier)
    page = window.opp
    assert page.sessions.filter.currentText() == "Today" and page.sessions.table.rowCount() == 0
    qtbot.keyClick(page.sessions.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = page.editor
    assert editor.code.hasFocus()
    for widget, text in (
        (editor.code, "OPP-2612-01"),
        (editor.title, "OPP Taiwan"),
        (editor.organiser, "BP3MI Banten"),
    ):
        qtbot.keyClicks(widget, text)
    qtbot.keyClicks(editor.venue, "Aula")
    qtbot.keyClick(editor.venue, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.message.text() == "Saved.", editor.message.text()
    # The editor proposes tomorrow 08:00: "Today" hides it, so the list shows all sessions.
    assert page.sessions.filter.currentText() == "All sessions"
    assert (
        page.sessions.current_id() is not None and page.current.text() == "Session: OPP-2612-01 — OPP Taiwan"
    )
    saved = open_desk(store).session_by_code("OPP-2612-01")
    assert saved is not None and (saved.status, saved.capacity, saved.lesson_hours) == ("planned", 40, 8)
    assert saved.starts_at.astimezone().hour == 8  # local time in, UTC stored, local time out
