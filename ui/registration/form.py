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
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from domain.actor import Actor, PermissionDenied
from domain.codes import Sex
from domain.countries import Countries
from domain.issues import Issue, Lang
from domain.nik import clean_nik, parse_nik
from local_db.store import PlacementCompanies, Store
from local_db.values import CandidateRecord, SaveResult, StaleRecord, ValidationFailed
from ui.registration.fields import CandidateFields, display_date

CHECK_DELAY_MS = 200
# Below this width (the form's, i.e. a window of ~1200 px less the navigation) the sections
# stack in one scrolling column: two columns would be cut or scroll sideways.
ONE_COLUMN_BELOW = 1000
# Fields a valid NIK fills in: while the NIK itself is wrong, "required" there is only noise.
FROM_NIK = frozenset({"birth_date", "sex", "village_code"})


def without_nik_noise(errors: tuple[Issue, ...]) -> tuple[Issue, ...]:
    if not any(e.field == "nik" for e in errors):
        return errors
    return tuple(e for e in errors if not (e.field in FROM_NIK and e.code == "required"))


class CandidateForm(QWidget):
    saved = Signal(object)  # SaveResult
    open_requested = Signal(str)  # candidate id: "Open record" on a duplicate NIK

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
        self._two_columns_need = 0

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        companies = PlacementCompanies(store.db).list(including=record["p3mi_id"] if record else None)
        self.fields = CandidateFields(store.regions, countries, lang, companies)
        self.scroll = scroll = QScrollArea()
        scroll.setObjectName("form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        buttons = self._buttons()
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
        self.fields.enter_skips(self.filled_from_nik)
        self._connect_signals()
        if record is not None:
            self.fields.add_status()
            self.fields.load(record.data)
            self.new_button.setVisible(False)
            self._update_nik_region()
        self._loaded = self.fields.raw()
        if not actor.can_write:
            self.fields.set_read_only(True)
            self.save_button.setEnabled(False)
            self._say(self.tr("You are signed in with a read-only account: nothing can be saved."), "warning")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns(event.size().width())

    def _fit_columns(self, width: int) -> None:
        """Two columns when they fit without scrolling sideways (their minimum width depends on
        the language and the font), else one."""
        if self.fields.columns == 2:
            self._two_columns_need = self.fields.minimumSizeHint().width() + self._scroll_frame()
        two_fit = width >= max(ONE_COLUMN_BELOW, self._two_columns_need)
        self.fields.set_columns(2 if two_fit else 1)

    def _scroll_frame(self) -> int:
        """Room the scroll area takes beside its content: frame, margins, a vertical bar."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins() if self.layout() else None
        return 2 * self.scroll.frameWidth() + bar + (margins.left() + margins.right() if margins else 0)

    def _buttons(self) -> QHBoxLayout:
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)  # the one accent-coloured action (ui/theme.py)
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"))
        self.new_button.setObjectName("new")
        self.open_existing = QPushButton(self.tr("Open record"))
        self.open_existing.setObjectName("open_existing")
        self.open_existing.setVisible(False)
        self._existing_id = ""
        for button in (self.save_button, self.new_button, self.open_existing):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.banner, 1)
        buttons.addWidget(self.open_existing)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        return buttons

    def _connect_signals(self) -> None:
        self.fields.edited.connect(self.on_fields_edited)
        self._timer.timeout.connect(self.check)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.save_shortcut.activated.connect(self.on_save_button_clicked)
        self.new_shortcut.activated.connect(self.on_new_button_clicked)
        self.open_existing.clicked.connect(self.on_open_existing_clicked)

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
        values = {
            "birth_date": info.birth_date.strftime("%d-%m-%Y"),
            "sex": info.sex.value,
            "district": info.district_code.replace(".", ""),
        }
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

    def filled_from_nik(self, widget: QWidget) -> bool:
        """True for a field still holding what the valid NIK put there (Enter passes over it)."""
        if not self._auto or self.record is not None:
            return False
        fields = self.fields
        if widget is fields.line("birth_date"):
            return fields.line("birth_date").text() == self._auto.get("birth_date")
        if widget is fields.choice("sex"):
            return fields.choice("sex").value() == self._auto.get("sex")
        picker = fields.region_picker
        prefix = self._auto.get("district", "")
        for box, length in ((picker.province, 2), (picker.regency, 4), (picker.district, 6)):
            if widget is box:
                return bool(box.value()) and box.value() == prefix[:length]
        return False

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
        errors = without_nik_noise(errors)
        self.fields.show_issues(errors, warnings, self._touched)
        self._offer_existing(errors)
        return errors, warnings

    def _offer_existing(self, errors: tuple[Issue, ...]) -> None:
        """A duplicate NIK: a button opens the record that already has it."""
        existing = None
        if any(e.code == "nik_duplicate" for e in errors):
            existing = self._store.candidates.find_by_nik(clean_nik(self.fields.line("nik").text()))
        self._existing_id = existing.id if existing else ""
        self.open_existing.setVisible(existing is not None)

    @Slot()
    def on_open_existing_clicked(self) -> None:
        if self._existing_id:
            self.open_requested.emit(self._existing_id)

    def is_dirty(self) -> bool:
        """Edited since it was loaded or saved."""
        return self.fields.raw() != self._loaded

    # Saving --------------------------------------------------------------------------------

    def _say(self, text: str, kind: str) -> None:
        colours = {"error": "#b00020", "warning": "#8a5300", "ok": "#1b5e20"}
        self.banner.setStyleSheet(f"color: {colours[kind]}; font-weight: bold;")
        self.banner.setText(text)
        # Always laid out (empty when there is nothing to say): it holds the buttons to the right.

    @Slot()
    def on_save_button_clicked(self) -> None:
        self.save()

    def save(self) -> SaveResult | None:  # noqa: PLR0911
        if not self._actor.can_write:
            self._say(self.tr("You are signed in with a read-only account: nothing can be saved."), "error")
            return None
        self._timer.stop()
        self.fields.commit_pickers()
        self._touched = None  # from now on every field shows its messages
        errors, warnings = self.check()
        if errors:
            self._say(self.tr("Not saved: correct the fields marked in red."), "error")
            nik_wrong = any(e.field == "nik" for e in errors)
            self.fields.focus_field("nik" if nik_wrong else errors[0].field or "nik")
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
            self._loaded = self.fields.raw()
            self._say(self.tr("Changes saved ({number}).").format(number=number), "ok")
        self.saved.emit(result)

    def reload_record(self, record: CandidateRecord) -> bool:
        """Show a newer stored state (a sync changed it), unless the clerk has edits on screen."""
        if self.record is None or self._touched or self.is_dirty():
            return False
        self.record = record
        self.fields.load(record.data)
        self._loaded = self.fields.raw()
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
        self._loaded = self.fields.raw()
        self.open_existing.setVisible(False)
        self.fields.line("nik").setFocus()
