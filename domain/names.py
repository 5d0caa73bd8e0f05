"""Names normalised for search and for the same-person check: case- and accent-insensitive."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise_name(text: str) -> str:
    """`"Siti  Nur'Aini"` → `"siti nur aini"`; accents dropped, punctuation becomes a space."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = folded.encode("ascii", "ignore").decode("ascii")
    return _NON_WORD.sub(" ", ascii_only).strip()


def name_words(text: str) -> list[str]:
    return words_of_normalised(normalise_name(text))


def words_of_normalised(normalised: str) -> list[str]:
    """`name_words` of a name already normalised (a stored `name_norm`)."""
    return sorted(set(normalised.split()))


def clean_display_name(text: str) -> str:
    """Collapse runs of whitespace; keep the clerk's spelling and capitals."""
    return " ".join(text.split())
