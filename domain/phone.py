"""Phone numbers normalised to E.164.

Indonesian mobile numbers (the vast majority at the counter) take a fast path: `08…`, `628…`
or `+628…` with 9–12 digits after the leading 8 block. Anything else goes to
`phonenumbers`, which knows every country's plan (an heir abroad, a landline). The fast path
matters for bulk import: `phonenumbers.parse` costs about 20 µs a number.
"""

from __future__ import annotations

import re

import phonenumbers

_NOISE = re.compile(r"[\s().\-]")
_ID_MOBILE = re.compile(r"(?:\+62|62|0)(8\d{8,11})")


def normalise_phone(text: str) -> str | None:
    """The number in E.164 (`+6281234567890`), or None when it is not a valid number."""
    compact = text if text.isalnum() else _NOISE.sub("", text)  # no noise to strip: skip the regex
    if m := _ID_MOBILE.fullmatch(compact):
        return "+62" + m.group(1)
    try:
        number = phonenumbers.parse(compact, "ID")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
