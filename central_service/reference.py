"""Reference data every check needs: village and region codes and the country list.

Loaded once per process (about half a second) from the `domain` tables, then kept as frozen
sets: a look-up per change costs nothing and the database holds no copy that could go stale.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from domain.candidate import RuleContext
from domain.countries import Countries
from domain.regions import LEVEL_VILLAGE, dotted, iter_regions


@dataclass(frozen=True, slots=True)
class ReferenceData:
    villages: frozenset[str]
    regions_dotted: frozenset[str]
    countries: Countries

    @classmethod
    def load(cls) -> ReferenceData:
        villages: set[str] = set()
        regions: set[str] = set()
        for region in iter_regions():
            if region.level == LEVEL_VILLAGE:
                villages.add(region.code)
            else:
                regions.add(dotted(region.code))
        return cls(frozenset(villages), frozenset(regions), Countries())

    def rule_context(self, today: dt.date) -> RuleContext:
        return RuleContext(
            today=today,
            village_exists=self.villages.__contains__,
            countries=self.countries,
            region_exists=self.regions_dotted.__contains__,
        )
