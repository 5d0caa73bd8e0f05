"""`loket opp …` (INTERFACES.md, "OPP sessions"): sessions, enrolment, check-in, close.

Exit codes: add-session 0 / 2 (bad input or code taken); sessions 0; enrol 0 (all enrolled or
already) / 1 (some refused) / 2 (unknown or closed session); checkin 0 (checked in) / 1 (already
checked in: when and by whom) / 2 (refused); close 0 / 2. Times in and out are the PC's local
time, `YYYY-MM-DD HH:MM`. More `opp` commands hang on the group `add_opp_parsers` returns.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
from typing import TYPE_CHECKING, Any

from desktop_app.cli_text import TEXT, Messages
from desktop_app.commands import EXIT_BAD_INPUT, EXIT_OK, EXIT_SOME_REJECTED, CommandError, Context

if TYPE_CHECKING:  # the store is imported by the handlers, when they run
    from local_db.opp_desk.outcomes import CheckinResult, EnrolResult
    from local_db.opp_desk.queries import SessionSummary
    from local_db.opp_desk.service import OppDesk

LOCAL_FORMAT = "%Y-%m-%d %H:%M"


def add_opp_parsers(sub: Any) -> Any:
    """Add the `opp` group to the `loket` parser; returns its sub-parsers for more commands."""
    opp = sub.add_parser("opp", help="OPP sessions: enrolment, check-in, closing").add_subparsers(
        dest="opp_command", required=True
    )
    add = opp.add_parser("add-session", help="create a planned session")
    add.add_argument("--code", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--venue", required=True)
    add.add_argument("--starts", required=True, help="local time, YYYY-MM-DD HH:MM")
    add.add_argument("--ends", required=True, help="local time, YYYY-MM-DD HH:MM")
    add.add_argument("--capacity", required=True, type=int)
    add.add_argument("--lesson-hours", type=int, default=None, help="default: whole hours from start to end")
    add.add_argument("--organiser", default=None, help="default: this office's name")
    add.set_defaults(handler=add_session)

    listing = opp.add_parser("sessions", help="list sessions with their counts")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=sessions)

    enrol_p = opp.add_parser("enrol", help="enrol candidates (REF: NIK, registration number or QR text)")
    enrol_p.add_argument("code")
    enrol_p.add_argument("refs", nargs="+", metavar="REF")
    enrol_p.set_defaults(handler=enrol)

    checkin_p = opp.add_parser("checkin", help="check one candidate in now")
    checkin_p.add_argument("code")
    checkin_p.add_argument("ref", metavar="REF")
    checkin_p.add_argument("--walk-in", action="store_true", help="also enrol a candidate not enrolled yet")
    checkin_p.set_defaults(handler=checkin)

    close_p = opp.add_parser("close", help="close a session; enrolled people not checked in become absent")
    close_p.add_argument("code")
    close_p.set_defaults(handler=close)

    reopen_p = opp.add_parser("reopen", help="reopen a closed session (administrators)")
    reopen_p.add_argument("code")
    reopen_p.set_defaults(handler=reopen)
    return opp


class OppText:
    """The `opp_…` sentences and words of the CLI catalogue (desktop_app/cli_text.py)."""

    def __init__(self, msg: Messages) -> None:
        self._msg = msg
        self.lang = msg.lang

    def __call__(self, key: str, **params: Any) -> str:
        return self._msg(f"opp_{key}", **params)

    def _word(self, kind: str, value: str) -> str:
        key = f"opp_{kind}_{value}"
        return self._msg(key) if key in TEXT else value

    def status(self, value: str) -> str:
        return self._word("status", value)

    def document(self, value: str) -> str:
        return self._word("doc", value)

    def field(self, value: str) -> str:
        return self._word("field", value)


def _text(ctx: Context) -> OppText:
    return OppText(ctx.msg)


def _desk(ctx: Context) -> OppDesk:
    return ctx.store.opp_desk()


def local(moment: dt.datetime | None) -> str:
    return moment.astimezone().strftime(LOCAL_FORMAT) if moment else ""


def _parse_local(ctx: Context, value: str) -> dt.datetime:
    try:
        return dt.datetime.strptime(value.strip(), LOCAL_FORMAT).astimezone()
    except ValueError as exc:
        raise CommandError(_text(ctx)("bad_time", value=value)) from exc


def _session(ctx: Context, desk: OppDesk, code: str) -> SessionSummary:
    found = desk.session_by_code(code)
    if found is None:
        raise CommandError(_text(ctx)("unknown_session", code=code))
    return found


def _unavailable(ctx: Context, code: str, status: str | None) -> CommandError:
    key = "session_cancelled" if status == "cancelled" else "session_closed"
    return CommandError(_text(ctx)(key, code=code))


def add_session(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.errors import ValidationFailed
    from local_db.repositories.settings import SettingKey

    say = _text(ctx)
    starts, ends = _parse_local(ctx, args.starts), _parse_local(ctx, args.ends)
    desk = _desk(ctx)
    if desk.session_by_code(args.code) is not None:
        raise CommandError(say("code_taken", code=args.code.strip()))
    hours = args.lesson_hours
    if hours is None:
        hours = max(1, math.ceil((ends - starts).total_seconds() / 3600))
    organiser = args.organiser or ctx.store.settings.get(SettingKey.SYNC_OFFICE_NAME) or args.venue
    fields = {
        "code": args.code,
        "title": args.title,
        "organiser": organiser,
        "venue": args.venue,
        "starts_at": starts,
        "ends_at": ends,
        "lesson_hours": hours,
        "capacity": args.capacity,
    }
    try:
        record = desk.save_session(fields, ctx.actor())
    except ValidationFailed as exc:
        lines = [
            say("bad_field", field=say.field(e.field or ""), message=e.message(say.lang)) for e in exc.errors
        ]
        raise CommandError(" ".join(lines)) from exc
    ctx.out(
        say(
            "session_created",
            code=record.data["code"],
            starts=local(starts),
            ends=local(ends),
            capacity=args.capacity,
        )
    )
    return EXIT_OK


def sessions(ctx: Context, args: argparse.Namespace) -> int:
    say = _text(ctx)
    found = _desk(ctx).sessions()
    if args.json:
        rows = [
            {
                "code": s.code,
                "title": s.title,
                "starts_at": local(s.starts_at),
                "ends_at": local(s.ends_at),
                "venue": s.venue,
                "status": s.status,
                "enrolled": s.enrolled,
                "present": s.present,
                "capacity": s.capacity,
            }
            for s in found
        ]
        ctx.out(json.dumps(rows, ensure_ascii=False))
        return EXIT_OK
    if not found:
        ctx.out(say("no_sessions"))
    for s in found:
        ctx.out(
            say(
                "session_line",
                code=s.code,
                starts=local(s.starts_at),
                status=say.status(s.status),
                enrolled=s.enrolled,
                capacity=s.capacity,
                present=s.present,
                title=s.title,
            )
        )
    return EXIT_OK


def _enrol_line(say: OppText, result: EnrolResult, capacity: int) -> str:
    from local_db.opp_desk.outcomes import Enrol

    person = result.person
    names = {"name": person.full_name, "number": person.registration_no} if person else {}
    key = {
        Enrol.ENROLLED: "enrolled",
        Enrol.ALREADY: "already_enrolled",
        Enrol.UNKNOWN: "unknown_ref",
        Enrol.WITHDRAWN: "withdrawn",
        Enrol.FULL: "full",
    }[result.outcome]
    line = say(key, ref=result.ref, capacity=capacity, **names)
    if not result.refused:
        if result.missing:
            line += say("warn_missing", documents=", ".join(say.document(d.value) for d in result.missing))
        if result.other_sessions:
            line += say("warn_other", codes=", ".join(result.other_sessions))
    return line


def enrol(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.opp_desk.outcomes import SessionUnavailable

    say, desk = _text(ctx), _desk(ctx)
    session = _session(ctx, desk, args.code)
    try:
        results = desk.enrol_refs(session.id, args.refs, ctx.actor())
    except SessionUnavailable as exc:
        raise _unavailable(ctx, session.code, exc.status) from exc
    for result in results:
        ctx.out(_enrol_line(say, result, session.capacity))
    return EXIT_SOME_REJECTED if any(r.refused for r in results) else EXIT_OK


def checkin(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.opp_desk.outcomes import Checkin

    say, desk = _text(ctx), _desk(ctx)
    session = _session(ctx, desk, args.code)
    result = desk.checkin(session.id, args.ref, ctx.actor(), walk_in=args.walk_in)
    names = _names(result)
    if result.outcome is Checkin.CHECKED_IN:
        ctx.out(say("checked_in", time=local(result.checked_in_at), **names))
        return EXIT_OK
    if result.outcome is Checkin.ALREADY:
        by = result.entry.recorded_by if result.entry else ""
        ctx.out(say("already_checked_in", time=local(result.checked_in_at), by=by, **names))
        return EXIT_SOME_REJECTED
    if result.outcome is Checkin.CLOSED:
        raise _unavailable(ctx, session.code, result.session.status)
    if result.outcome is Checkin.UNKNOWN:
        raise CommandError(say("checkin_unknown", ref=args.ref))
    if result.outcome is Checkin.FULL:
        raise CommandError(say("checkin_full", code=session.code, capacity=session.capacity, **names))
    if result.outcome is Checkin.OTHER_SESSION:
        raise CommandError(
            say("other_session", code=session.code, codes=", ".join(result.other_sessions), **names)
        )
    key = "not_enrolled_walk_in" if result.walk_in_possible else "not_enrolled_full"
    raise CommandError(say(key, code=session.code, **names))


def _names(result: CheckinResult) -> dict[str, str]:
    person = result.person
    return (
        {"name": person.full_name, "number": person.registration_no} if person else {"name": "", "number": ""}
    )


def close(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.opp_desk.outcomes import SessionUnavailable

    say, desk = _text(ctx), _desk(ctx)
    session = _session(ctx, desk, args.code)
    try:
        result = desk.close(session.id, ctx.actor())
    except SessionUnavailable as exc:
        raise _unavailable(ctx, session.code, exc.status) from exc
    ctx.out(say("closed_done", code=session.code, count=result.marked_absent))
    return EXIT_OK


def reopen(ctx: Context, args: argparse.Namespace) -> int:
    from domain.actor import PermissionDenied

    say, desk = _text(ctx), _desk(ctx)
    session = _session(ctx, desk, args.code)
    try:
        desk.reopen(session.id, ctx.actor())
    except PermissionDenied as exc:
        raise CommandError(say("admin_only"), EXIT_BAD_INPUT) from exc
    ctx.out(say("reopened", code=session.code))
    return EXIT_OK
