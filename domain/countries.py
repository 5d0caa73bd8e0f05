"""Destination countries: ISO 3166-1 alpha-2 codes with Indonesian and English names.

Names come from `pycountry` and its gettext catalogue; the common name is preferred
("Taiwan", not "Taiwan, Province of China"). Loaded once per `Countries` object.
"""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass

import pycountry

HOME_COUNTRY = "ID"


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name_id: str
    name_en: str


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if c.isalnum() or c.isspace()).split())


class Countries:
    """Look-up of countries by code or by Indonesian or English name."""

    def __init__(self) -> None:
        translate = gettext.translation(
            "iso3166-1", pycountry.LOCALES_DIR, languages=["id"], fallback=True
        ).gettext
        self._by_code: dict[str, Country] = {}
        self._by_key: dict[str, str] = {}
        for record in pycountry.countries:
            english = getattr(record, "common_name", None) or record.name
            # The common name's own translation: "Taiwan", not "Taiwan, Provinsi China".
            indonesian = translate(english)
            country = Country(record.alpha_2, indonesian, english)
            self._by_code[record.alpha_2] = country
            names = {english, indonesian, record.name, translate(record.name), record.alpha_3}
            names.add(getattr(record, "official_name", record.name))
            for name in names:
                self._by_key.setdefault(_key(name), record.alpha_2)

    def get(self, code: str) -> Country | None:
        return self._by_code.get(code.upper())

    def resolve(self, text: str) -> str | None:
        """Alpha-2 code for an alpha-2 code, alpha-3 code, or a name in Indonesian or English."""
        stripped = text.strip()
        if len(stripped) == 2 and stripped.upper() in self._by_code:
            return stripped.upper()
        return self._by_key.get(_key(stripped))

    def all(self) -> list[Country]:
        return sorted(self._by_code.values(), key=lambda c: c.name_id)
