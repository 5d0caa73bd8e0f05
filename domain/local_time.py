"""Times as a clerk reads them: the PC's local time with Indonesia's zone name.

Indonesia has three zones: WIB (UTC+7), WITA (UTC+8) and WIT (UTC+9). A PC set to another
zone gets its offset written out (`UTC+05:30`), never a bare time that could be misread.
"""

from __future__ import annotations

import datetime as dt

from domain.dates import parse_utc

ZONE_NAMES = {7 * 3600: "WIB", 8 * 3600: "WITA", 9 * 3600: "WIT"}


def zone_name(moment: dt.datetime) -> str:
    """WIB / WITA / WIT for an aware local time, else its UTC offset."""
    offset = moment.utcoffset() or dt.timedelta(0)
    seconds = int(offset.total_seconds())
    if seconds in ZONE_NAMES:
        return ZONE_NAMES[seconds]
    sign = "+" if seconds >= 0 else "-"
    hours, minutes = divmod(abs(seconds) // 60, 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def local_text(utc_iso: str | None, tz: dt.tzinfo | None = None) -> str:
    """`30-11-2026 09:11 WIB` for a UTC ISO time (the PC's zone unless `tz` is given)."""
    moment = parse_utc(utc_iso or "")
    if moment is None:
        return utc_iso or ""
    local = moment.astimezone(tz)
    return f"{local:%d-%m-%Y %H:%M} {zone_name(local)}"
