"""The attendance sheet's values from the store's roster (`local_db.repositories.opp_roster`).

Used by `loket opp sheet` and by the OPP page (print / save as PDF), so both print the same.
"""

from __future__ import annotations

import datetime as dt

from domain.dates import parse_utc
from local_db.values import Roster
from ui.opp.sheet import Sheet, SheetRow, SheetSession

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _moment(value: object) -> dt.datetime | None:
    return parse_utc(value) if isinstance(value, str) else None


def sheet_from_roster(roster: Roster, office_name: str, now: dt.datetime) -> Sheet:
    s = roster.session
    session = SheetSession(
        code=str(s.get("code") or ""),
        title=str(s.get("title") or ""),
        organiser=str(s.get("organiser") or ""),
        venue=str(s.get("venue") or ""),
        starts_at=_moment(s.get("starts_at")) or _EPOCH,
        ends_at=_moment(s.get("ends_at")) or _EPOCH,
        lesson_hours=int(s.get("lesson_hours") or 0),
        capacity=int(s.get("capacity") or 0),
        status=str(s.get("status") or ""),
    )
    rows = tuple(
        SheetRow(r.registration_no, r.full_name, r.nik, r.status, _moment(r.checked_in_at))
        for r in roster.rows
    )
    return Sheet(office_name, session, rows, now.astimezone(dt.UTC))
