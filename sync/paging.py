"""How many records to ask for in the next pull page, learnt from the link.

A link that drops large answers (a phone hotspot, a proxy with a small buffer) lets small ones
through: after a page fails to arrive, the next request asks for half as many records (never
fewer than `floor`); after `grow_after` pages in a row arrive, it asks for twice as many again
(never more than `ceiling`). A failure the server announced with `Retry-After` (busy, 429/503)
says nothing about size and leaves the page size alone.
"""

from __future__ import annotations

from dataclasses import dataclass

PULL_FLOOR = 50
GROW_AFTER = 3


@dataclass
class PageSize:
    ceiling: int
    floor: int = PULL_FLOOR
    grow_after: int = GROW_AFTER
    value: int = 0
    _streak: int = 0

    def __post_init__(self) -> None:
        self.floor = min(self.floor, self.ceiling)
        self.value = self.value or self.ceiling

    def failed(self) -> None:
        self.value = max(self.floor, self.value // 2)
        self._streak = 0

    def arrived(self) -> None:
        self._streak += 1
        if self._streak >= self.grow_after and self.value < self.ceiling:
            self.value = min(self.ceiling, self.value * 2)
            self._streak = 0
