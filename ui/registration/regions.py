"""Address by cascading pickers: province → regency/city → district → village, each searchable."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFormLayout, QWidget

from local_db.store import Regions
from ui.registration.picker import SearchBox


class RegionPicker(QWidget):
    village_changed = Signal(str)  # 10-digit code, or "" when none is chosen

    def __init__(self, regions: Regions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._regions = regions
        self.province = SearchBox()
        self.regency = SearchBox()
        self.district = SearchBox()
        self.village = SearchBox()
        for name, box in (
            ("province", self.province),
            ("regency", self.regency),
            ("district", self.district),
            ("village", self.village),
        ):
            box.setObjectName(name)
        self.layout_ = QFormLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addRow(self.tr("Province"), self.province)
        self.layout_.addRow(self.tr("Regency / city"), self.regency)
        self.layout_.addRow(self.tr("District"), self.district)
        self.layout_.addRow(self.tr("Village"), self.village)
        self.province.set_items((r.code, r.name) for r in regions.children(None))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.province.chosen.connect(self.on_province_chosen)
        self.regency.chosen.connect(self.on_regency_chosen)
        self.district.chosen.connect(self.on_district_chosen)
        self.village.chosen.connect(self.village_changed)

    def _fill(self, box: SearchBox, parent_code: str) -> None:
        rows = self._regions.children(parent_code) if parent_code else []
        box.set_items((r.code, r.name) for r in rows)
        box.chosen.emit("")

    @Slot(str)
    def on_province_chosen(self, code: str) -> None:
        self._fill(self.regency, code)

    @Slot(str)
    def on_regency_chosen(self, code: str) -> None:
        self._fill(self.district, code)

    @Slot(str)
    def on_district_chosen(self, code: str) -> None:
        self._fill(self.village, code)

    def value(self) -> str:
        return self.village.value()

    def set_value(self, village_code: str | None) -> None:
        """Choose a village (or clear everything for None / "")."""
        path = {r.level: r.code for r in self._regions.path(village_code)} if village_code else {}
        self.set_prefix(path.get(1), path.get(2), path.get(3))
        self.village.set_value(path.get(4))

    def set_prefix(self, province: str | None, regency: str | None, district: str | None) -> None:
        self.province.set_value(province)
        self.regency.set_value(regency)
        self.district.set_value(district)

    def is_empty(self) -> bool:
        return not self.province.value()
