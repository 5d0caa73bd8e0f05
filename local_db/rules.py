"""Builds the domain's `RuleContext` from the local store's reference tables."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from domain.candidate import RuleContext
from domain.countries import Countries
from local_db.repositories.regions import Regions

Clock = Callable[[], dt.datetime]


class LocalRules:
    def __init__(self, regions: Regions, countries: Countries, clock: Clock) -> None:
        self._regions = regions
        self._countries = countries
        self._clock = clock

    def context(self, *, bulk: bool = False) -> RuleContext:
        """`bulk` keeps every village code in memory: one set look-up per row instead of a query."""
        village_exists = self._regions.village_codes().__contains__ if bulk else self._regions.exists
        return RuleContext(
            today=self._clock().date(),
            village_exists=village_exists,
            countries=self._countries,
            region_exists=self._regions.exists if not bulk else None,
        )

    def villages(self) -> frozenset[str]:
        return self._regions.village_codes()

    def now(self) -> dt.datetime:
        return self._clock()
