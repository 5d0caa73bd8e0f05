"""The candidate's fields as widgets, laid out in the order a clerk reads the documents:
identity, address, family contact, placement, documents. Creation order is tab order."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from domain.candidate import parse_documents
from domain.codes import DocumentType, Scheme, Sector
from domain.countries import HOME_COUNTRY, Countries
from domain.dates import parse_date
from domain.issues import Issue, Lang
from domain.rules import REGISTRATION_DOCUMENTS, documents_expected
from local_db.store import Regions
from local_db.values import PlacementCompany
from ui import labels
from ui.registration.picker import entry
from ui.registration.regions import RegionPicker
from ui.registration.widgets import ChoiceBox, EnterMovesOn, FieldMessage, SearchBox

TEXT_FIELDS = (
    "nik",
    "kk_number",
    "full_name",
    "birth_place",
    "birth_date",
    "phone",
    "email",
    "address_line",
    "heir_name",
    "heir_relationship",
    "heir_phone",
    "job_position",
    "employer_name",
)
CHOICE_FIELDS = (
    "sex",
    "religion",
    "marital_status",
    "education",
    "scheme",
    "sector",
    "destination_country",
    "p3mi_id",
)
DOCUMENT_KEYS = "1234567890"  # Alt+key ticks the document in that place of the checklist
RELIGIONS = ("Islam", "Kristen", "Katolik", "Hindu", "Buddha", "Khonghucu", "Kepercayaan")


def display_date(iso: str | None) -> str:
    day = parse_date(iso or "")
    return day.strftime("%d-%m-%Y") if day else (iso or "")


class CandidateFields(QWidget):
    edited = Signal(str)  # the field the user changed

    def __init__(  # noqa: PLR0915
        self,
        regions: Regions,
        countries: Countries,
        lang: Lang,
        companies: list[PlacementCompany] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._lang = lang
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self._enter = EnterMovesOn(self)
        self.nik_region = QLabel()
        self.nik_region.setObjectName("nik_region")
        self.nik_region.setWordWrap(True)
        choose = self.tr("— choose —")

        identity = self._group(self.tr("Identity"))
        self._line(identity, "nik", "NIK", self.tr("16 digits, as on the KTP"), max_len=22)
        identity.addRow("", self.nik_region)
        self._line(identity, "kk_number", self.tr("Family card (KK) no."), "", max_len=22)
        self._line(identity, "full_name", self.tr("Full name"), self.tr("as on the KTP"))
        self._line(identity, "birth_place", self.tr("Place of birth"), "")
        self._line(identity, "birth_date", self.tr("Date of birth"), self.tr("DD-MM-YYYY"), max_len=10)
        self._choice(identity, "sex", self.tr("Sex"), labels.sexes(), choose)
        religions = dict(zip(RELIGIONS, self._religion_labels(), strict=True))
        self._choice(identity, "religion", self.tr("Religion"), religions, choose)
        self._choice(identity, "marital_status", self.tr("Marital status"), labels.marital_statuses(), choose)
        self._choice(identity, "education", self.tr("Education"), labels.educations(), choose)
        self._line(identity, "phone", self.tr("Phone"), "0812 3456 7890")
        self._line(identity, "email", self.tr("Email"), "")

        address = self._group(self.tr("Address"))
        self.region_picker = RegionPicker(regions)
        self.inputs["village_code"] = self.region_picker
        self.messages["village_code"] = FieldMessage("village_code")
        address.addRow(self._stack(self.region_picker, self.messages["village_code"]))
        self._line(address, "address_line", self.tr("Street, RT/RW"), self.tr("e.g. Kp. Cibeureum RT 01/02"))

        family = self._group(self.tr("Family contact"))
        self._line(family, "heir_name", self.tr("Name"), "")
        self._line(family, "heir_relationship", self.tr("Relationship"), self.tr("e.g. husband, mother"))
        self._line(family, "heir_phone", self.tr("Phone"), "")

        placement = self._group(self.tr("Placement plan"))
        self._placement = placement
        self._choice(placement, "scheme", self.tr("Scheme"), labels.schemes(), choose)
        self._choice(placement, "sector", self.tr("Sector"), labels.sectors(), choose)
        country = SearchBox()
        shown = [
            entry(c.code, c.name_id if lang == "id" else c.name_en, c.name_en, c.name_id, c.code)
            for c in countries.all()
            if c.code != HOME_COUNTRY
        ]
        country.set_items(sorted(shown, key=lambda e: e.label))
        country.setPlaceholderText(self.tr("name or code, e.g. MY"))
        self._add(placement, "destination_country", self.tr("Destination country"), country)
        company = SearchBox()
        company.set_items(entry(c.id, f"{c.name} ({c.licence_no})", c.licence_no) for c in companies or [])
        company.setPlaceholderText(self.tr("name or licence number"))
        self._add(placement, "p3mi_id", self.tr("Placement company (P3MI)"), company)
        self._line(placement, "job_position", self.tr("Job position"), "")
        self._line(placement, "employer_name", self.tr("Employer"), "")

        docs_box = QGroupBox(self.tr("Documents received"), self)
        docs_grid = QGridLayout(docs_box)
        self.documents: dict[str, QCheckBox] = {}
        self.document_shortcuts: list[QShortcut] = []
        doc_labels = labels.documents()
        hint = QLabel(self.tr("Alt+number ticks a document; Alt+D ticks those needed to register."))
        hint.setObjectName("documents_hint")
        hint.setWordWrap(True)
        docs_grid.addWidget(hint, 0, 0, 1, 2)
        for i, doc in enumerate(documents_expected(Scheme.P_TO_P, Sector.INFORMAL)):
            key = DOCUMENT_KEYS[i] if i < len(DOCUMENT_KEYS) else ""
            box = QCheckBox(f"{key} · {doc_labels[doc.value]}" if key else doc_labels[doc.value])
            box.setObjectName(f"doc_{doc.value}")
            box.toggled.connect(lambda _on: self.edited.emit("documents"))
            self.documents[doc.value] = box
            docs_grid.addWidget(box, 1 + i // 2, i % 2)
            if key:
                shortcut = QShortcut(QKeySequence(f"Alt+{key}"), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(box.toggle)
                self.document_shortcuts.append(shortcut)
        # Alt, not Ctrl: on X11 a line edit takes Ctrl+D itself (delete the next character).
        self.registration_set = QShortcut(QKeySequence("Alt+D"), self)
        self.registration_set.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.registration_set.activated.connect(self.tick_registration_documents)
        self.messages["documents"] = FieldMessage("documents")
        docs_grid.addWidget(self.messages["documents"], 99, 0, 1, 2)

        self.sections = [
            identity.parentWidget(),
            address.parentWidget(),
            family.parentWidget(),
            placement.parentWidget(),
            docs_box,
        ]
        self.grid = QGridLayout(self)
        self.columns = 0
        self.set_columns(2)
        self._connect_signals()

    def set_columns(self, columns: int) -> None:
        """Two columns on a wide screen, one scrolling column on a narrow one."""
        if columns == self.columns:
            return
        self.columns = columns
        for section in self.sections:
            self.grid.removeWidget(section)
        identity, address, family, placement, docs = self.sections
        if columns == 1:
            for row, section in enumerate(self.sections):
                self.grid.addWidget(section, row, 0)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(identity, 0, 0, 2, 1)
            self.grid.addWidget(address, 0, 1)
            self.grid.addWidget(family, 1, 1)
            self.grid.addWidget(placement, 2, 0)
            self.grid.addWidget(docs, 2, 1)
            self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(0, 1)

    # Building ------------------------------------------------------------------------------

    def _religion_labels(self) -> list[str]:
        return [
            self.tr("Islam"),
            self.tr("Protestant Christian"),
            self.tr("Catholic"),
            self.tr("Hindu"),
            self.tr("Buddhist"),
            self.tr("Confucian (Khonghucu)"),
            self.tr("Traditional belief"),
        ]

    def _group(self, title: str) -> QFormLayout:
        box = QGroupBox(title, self)  # parented now: the layout alone would not keep it alive
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return form

    def _stack(self, widget: QWidget, message: FieldMessage) -> QWidget:
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(message)
        return holder

    def _add(self, form: QFormLayout, field: str, label: str, widget: QWidget) -> None:
        widget.setObjectName(field)
        widget.installEventFilter(self._enter)
        self.inputs[field] = widget
        self.messages[field] = FieldMessage(field)
        form.addRow(label, self._stack(widget, self.messages[field]))

    def _line(self, form: QFormLayout, field: str, label: str, hint: str, max_len: int = 300) -> None:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.setMaxLength(max_len)
        self._add(form, field, label, edit)

    def _choice(self, form: QFormLayout, field: str, label: str, choices: dict[str, str], blank: str) -> None:
        self._add(form, field, label, ChoiceBox(choices, blank))

    def _connect_signals(self) -> None:
        for field, widget in self.inputs.items():
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, f=field: self.edited.emit(f))
            elif isinstance(widget, SearchBox):
                widget.chosen.connect(lambda _v, f=field: self.edited.emit(f))
            elif isinstance(widget, ChoiceBox):
                widget.activated.connect(lambda _i, f=field: self.edited.emit(f))
        for box in (self.region_picker.province, self.region_picker.regency, self.region_picker.district):
            box.installEventFilter(self._enter)
        self.region_picker.village.installEventFilter(self._enter)
        self.region_picker.village_changed.connect(lambda _v: self.edited.emit("village_code"))
        self.inputs["scheme"].currentIndexChanged.connect(self.on_placement_changed)  # type: ignore[attr-defined]
        self.inputs["sector"].currentIndexChanged.connect(self.on_placement_changed)  # type: ignore[attr-defined]

    # Values --------------------------------------------------------------------------------

    def line(self, field: str) -> QLineEdit:
        widget = self.inputs[field]
        assert isinstance(widget, QLineEdit)
        return widget

    def choice(self, field: str) -> ChoiceBox | SearchBox:
        widget = self.inputs[field]
        assert isinstance(widget, ChoiceBox | SearchBox)
        return widget

    def raw(self) -> dict[str, Any]:
        """The form as the repositories' loose input (the domain normalises it)."""
        data: dict[str, Any] = {f: self.line(f).text() for f in TEXT_FIELDS}
        for field in CHOICE_FIELDS:
            data[field] = self.choice(field).value()
        data["village_code"] = self.region_picker.value()
        data["documents"] = {code: box.isChecked() for code, box in self.documents.items()}
        if "status" in self.inputs:
            data["status"] = self.choice("status").value()
        return data

    def add_status(self) -> None:
        """Editing an existing record: its status can change too."""
        self._choice(self._placement, "status", self.tr("Status"), labels.statuses(), self.tr("— choose —"))
        self.inputs["status"].activated.connect(lambda _i: self.edited.emit("status"))  # type: ignore[attr-defined]

    def load(self, data: Mapping[str, Any]) -> None:
        for field in TEXT_FIELDS:
            value = data.get(field) or ""
            self.line(field).setText(display_date(value) if field == "birth_date" else str(value))
        for field in (*CHOICE_FIELDS, "status"):
            if field in self.inputs:
                self.choice(field).set_value(data.get(field))
        self.region_picker.set_value(data.get("village_code"))
        present = parse_documents(data.get("documents"), [])
        for code, box in self.documents.items():
            box.setChecked(bool(present.get(code)))
        self.on_placement_changed()

    def clear(self) -> None:
        self.load({})
        self.nik_region.clear()
        self.show_issues((), (), set())

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            widget.setEnabled(not read_only)
        for box in self.documents.values():
            box.setEnabled(not read_only)

    def show_issues(
        self, errors: Iterable[Issue], warnings: Iterable[Issue], fields: set[str] | None
    ) -> None:
        """Messages beside `fields` (every field for None)."""
        errors, warnings = list(errors), list(warnings)
        for field, message in self.messages.items():
            shown = fields is None or field in fields
            message.show_issues(
                [e for e in errors if e.field == field and shown],
                [w for w in warnings if w.field == field and shown],
                self._lang,
            )

    def focus_field(self, field: str) -> None:
        widget = self.inputs.get(field)
        if field == "village_code":
            empty = [b for b in self.region_picker.findChildren(SearchBox) if not b.value()]
            widget = empty[0] if empty else self.region_picker.village
        if widget is not None:
            widget.setFocus()

    def enter_skips(self, skip: Callable[[QWidget], bool]) -> None:
        """Which fields Enter passes over (see EnterMovesOn)."""
        self._enter.skip = skip

    def commit_pickers(self) -> None:
        """Settle text typed in a picker that still has the focus (Ctrl+S from inside it)."""
        for box in self.findChildren(SearchBox):
            box.commit()

    @Slot()
    def tick_registration_documents(self) -> None:
        """Tick the documents a registration needs for the chosen scheme and sector."""
        needed = [*REGISTRATION_DOCUMENTS, DocumentType.AK1]
        if self.choice("sector").value() == Sector.INFORMAL.value:  # DOMAIN.md: asked for up front
            needed.append(DocumentType.SERTIFIKAT_KOMPETENSI)
        for doc in needed:
            self.documents[doc.value].setChecked(True)

    @Slot()
    def on_placement_changed(self) -> None:
        scheme, sector = self.choice("scheme").value(), self.choice("sector").value()
        expected: set[str] = {d.value for d in DocumentType}
        if scheme and sector:
            expected = {d.value for d in documents_expected(Scheme(scheme), Sector(sector))}
        for code, box in self.documents.items():
            box.setVisible(code in expected or box.isChecked())
