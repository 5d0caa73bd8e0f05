"""Indonesia's three time zones as a clerk names them: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).

Times are stored in UTC and shown in the PC's zone; a printed time carries the zone's name so
that a sheet filed in Makassar is not read as Jakarta time. Any other offset is written UTC±H.
"""

from __future__ import annotations

import datetime as dt

NAMES = {7 * 60: "WIB", 8 * 60: "WITA", 9 * 60: "WIT"}


def local_zone() -> dt.tzinfo:
    """The PC's time zone (as the operating system says now)."""
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def zone_label(moment: dt.datetime) -> str:
    """The zone name of an aware local `moment`: WIB, WITA, WIT or e.g. UTC+5:30."""
    offset = moment.utcoffset() or dt.timedelta()
    minutes = int(offset.total_seconds() // 60)
    if minutes in NAMES:
        return NAMES[minutes]
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")
