"""The registration form: live checks beside the fields, NIK-derived values, keyboard-first saving.

The form talks to the store through `Candidates.preview` (errors and warnings, duplicates
included, nothing written) and `Candidates.create` / `update` (the one writer path). A save
with warnings needs a second press of Save: the clerk has seen them. The role decides whether
the form can save at all; the repository enforces it again.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from domain.actor import Actor, PermissionDenied
from domain.codes import Sex
from domain.countries import Countries
from domain.issues import Issue, Lang
from domain.nik import clean_nik, parse_nik
from local_db.store import Store
from local_db.values import CandidateRecord, SaveResult, StaleRecord, ValidationFailed
from ui.registration.fields import CandidateFields, display_date

CHECK_DELAY_MS = 200


class CandidateForm(QWidget):
    saved = Signal(object)  # SaveResult

    def __init__(
        self,
        store: Store,
        countries: Countries,
        actor: Actor,
        lang: Lang,
        record: CandidateRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._lang = lang
        self.record = record
        self._touched: set[str] | None = set()
        self._confirmed_warnings: tuple[Issue, ...] | None = None
        self._auto: dict[str, str] = {}

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.fields = CandidateFields(store.regions, countries, lang)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"))
        self.new_button.setObjectName("new")
        buttons = QHBoxLayout()
        buttons.addWidget(self.banner, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.new_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        for shortcut in (self.save_shortcut, self.new_shortcut):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()
        if record is not None:
            self.fields.add_status()
            self.fields.load(record.data)
            self.new_button.setVisible(False)
            self._update_nik_region()
        if not actor.can_write:
            self.fields.set_read_only(True)
            self.save_button.setEnabled(False)
            self._say(self.tr("You are signed in with a read-only account: nothing can be saved."), "warning")

    def _connect_signals(self) -> None:
        self.fields.edited.connect(self.on_fields_edited)
        self._timer.timeout.connect(self.check)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.save_shortcut.activated.connect(self.on_save_button_clicked)
        self.new_shortcut.activated.connect(self.on_new_button_clicked)

    # Live checks ---------------------------------------------------------------------------

    @Slot(str)
    def on_fields_edited(self, field: str) -> None:
        if self._touched is not None:
            self._touched.add(field)
        self._confirmed_warnings = None
        if field == "nik":
            self._fill_from_nik()
        self._timer.start()

    def _today(self) -> dt.date:
        return self._store.rules.now().date()

    def _fill_from_nik(self) -> None:
        """Birth date and sex from a valid NIK, where the clerk has not typed something else."""
        info = self._update_nik_region()
        if info is None:
            return
        values = {"birth_date": info.birth_date.strftime("%d-%m-%Y"), "sex": info.sex.value}
        birth = self.fields.line("birth_date")
        if not birth.text() or birth.text() == self._auto.get("birth_date"):
            birth.setText(values["birth_date"])
        sex = self.fields.choice("sex")
        if not sex.value() or sex.value() == self._auto.get("sex"):
            sex.set_value(values["sex"])
        self._auto = values
        if self.fields.region_picker.is_empty():
            self.fields.region_picker.set_prefix(
                info.province_code, info.regency_code.replace(".", ""), info.district_code.replace(".", "")
            )

    def _update_nik_region(self) -> Any:
        text = clean_nik(self.fields.line("nik").text())
        if len(text) != 16:
            self.fields.nik_region.clear()
            return None
        result = parse_nik(text, reference_date=self._today(), region_exists=self._store.regions.exists)
        info = result.info
        if info is None:
            self.fields.nik_region.clear()
            return None
        names = " › ".join(r.name for r in self._store.regions.path(info.district_code))
        sex = self.tr("female") if info.sex is Sex.FEMALE else self.tr("male")
        self.fields.nik_region.setText(
            self.tr("From the NIK: born {date}, {sex}, issued in {region}").format(
                date=display_date(info.birth_date.isoformat()), sex=sex, region=names or info.district_code
            )
        )
        return info

    @Slot()
    def check(self) -> tuple[tuple[Issue, ...], tuple[Issue, ...]]:
        exclude = self.record.id if self.record else None
        errors, warnings = self._store.candidates.preview(self.fields.raw(), exclude_id=exclude)
        self.fields.show_issues(errors, warnings, self._touched)
        return errors, warnings

    # Saving --------------------------------------------------------------------------------

    def _say(self, text: str, kind: str) -> None:
        colours = {"error": "#b00020", "warning": "#8a5300", "ok": "#1b5e20"}
        self.banner.setStyleSheet(f"color: {colours[kind]}; font-weight: bold;")
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    @Slot()
    def on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> SaveResult | None:  # noqa: PLR0911
        if not self._actor.can_write:
            self._say(self.tr("You are signed in with a read-only account: nothing can be saved."), "error")
            return None
        self._timer.stop()
        self._touched = None  # from now on every field shows its messages
        errors, warnings = self.check()
        if errors:
            self._say(self.tr("Not saved: correct the fields marked in red."), "error")
            self.fields.focus_field(errors[0].field or "nik")
            return None
        if warnings and self._confirmed_warnings != warnings:
            self._confirmed_warnings = warnings
            self._say(
                self.tr("Check the warnings in amber, then press Save again to save anyway."), "warning"
            )
            self.fields.focus_field(warnings[0].field or "nik")
            return None
        try:
            if self.record is None:
                result = self._store.candidates.create(self.fields.raw(), self._actor)
            else:
                result = self._store.candidates.update(
                    self.record.id, self.fields.raw(), self._actor, self.record.version
                )
        except ValidationFailed as exc:
            self.fields.show_issues(exc.errors, exc.warnings, None)
            self._say(self.tr("Not saved: correct the fields marked in red."), "error")
            return None
        except StaleRecord:
            self._say(
                self.tr("Not saved: someone else changed this record meanwhile. Close it and open it again."),
                "error",
            )
            return None
        except PermissionDenied:
            self._say(self.tr("You are signed in with a read-only account: nothing can be saved."), "error")
            return None
        self._after_save(result)
        return result

    def _after_save(self, result: SaveResult) -> None:
        number = result.record["registration_no"]
        if self.record is None:
            self.new_form()
            self._say(self.tr("Saved. Registration number: {number}").format(number=number), "ok")
        else:
            self.record = result.record
            self._say(self.tr("Changes saved ({number}).").format(number=number), "ok")
        self.saved.emit(result)

    def reload_record(self, record: CandidateRecord) -> bool:
        """Show a newer stored state (a sync changed it), unless the clerk has edits on screen."""
        if self.record is None or self._touched:
            return False
        self.record = record
        self.fields.load(record.data)
        return True

    @Slot()
    def on_new_button_clicked(self) -> None:
        if self.record is None:
            self.new_form()
            self._say("", "ok")

    def new_form(self) -> None:
        self.fields.clear()
        self._touched = set()
        self._confirmed_warnings = None
        self._auto = {}
        self.fields.line("nik").setFocus()
