"""One rule for text cells in files people open in a spreadsheet (CSV injection).

A spreadsheet treats a cell starting with `=`, `+`, `-` or `@` as a formula, and tab or
carriage return can smuggle one past a naive check (OWASP "CSV Injection"). Every CSV the
desktop or the centre writes passes its cells through `neutralise`, which puts a `'` in front
of such a cell: spreadsheets show the text and never run it. The importer passes every cell
through `restore`, so an export imports again unchanged.

The rule is a bijection, so no value is lost: a cell whose text after its leading `'`s starts
with a trigger character gets one more `'` on the way out and loses exactly one on the way in.
A value that merely starts with `'` (`'s-Hertogenbosch`) is left alone both ways; a hand-made
import file's `'=x` reads as `=x`, as a spreadsheet would show it.
"""

from __future__ import annotations

from typing import Any

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def _dangerous(text: str) -> bool:
    return text.lstrip(QUOTE).startswith(TRIGGERS)


def neutralise(value: Any) -> str:
    """The cell text to write: `None` is empty, a formula-like text gets a leading `'`."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return QUOTE + text if _dangerous(text) else text


def neutralise_row(values: Any) -> list[str]:
    return [neutralise(v) for v in values]


def restore(text: str) -> str:
    """The value a neutralised cell stood for (any other text is returned unchanged)."""
    if text.startswith(QUOTE) and _dangerous(text):
        return text[1:]
    return text
