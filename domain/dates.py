"""Dates and times as the wire and the import file write them."""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def parse_date(text: str) -> dt.date | None:
    """`YYYY-MM-DD`, `DD-MM-YYYY` or `DD/MM/YYYY` (dots too); None when not a real date."""
    text = text.strip()
    if len(text) == 10 and text[4] == "-" and text[7] == "-":
        # The usual `YYYY-MM-DD`, in C. Of the ISO forms it accepts only this one has these
        # dashes; it refuses other scripts' digits, which `\d` takes: the regexes decide those.
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
    if m := _ISO.fullmatch(text):
        y, mo, d = m.groups()
    elif m := _DMY.fullmatch(text):
        d, mo, y = m.groups()
    else:
        return None
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def age_on(birth: dt.date, day: dt.date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def format_utc(moment: dt.datetime) -> str:
    """ISO 8601 UTC with `Z`, as the protocol requires."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def parse_utc(text: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)
