"""The OPP desk: what a clerk does with sessions, enrolments and check-ins, without Qt.

Every write goes through the OPP repositories (record + audit entry + outbox row in one
transaction) or `removal.remove_attendance`; attendance ids are the repository's to make.
Reads use indexed look-ups only (refs.py, queries.py), so a check-in among 100,000 candidates
costs a handful of index probes and one write. Times are UTC here; screens show local time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from domain.actor import Actor, PermissionDenied
from domain.codes import AttendanceStatus, CheckinMethod, DocumentType, SessionStatus
from domain.dates import format_utc
from domain.rules import missing_opp_prerequisites
from local_db.database import Database
from local_db.errors import NotFound
from local_db.opp_desk import queries
from local_db.opp_desk.outcomes import (
    Checkin,
    CheckinResult,
    CloseResult,
    Enrol,
    EnrolResult,
    Mark,
    Remove,
    SessionUnavailable,
    Undo,
    UndoResult,
)
from local_db.opp_desk.queries import RosterRow, SessionFilter, SessionSummary
from local_db.opp_desk.refs import Person, find_person, parse_ref, people_by_id
from local_db.opp_desk.removal import remove_attendance
from local_db.repositories.opp import OppAttendances, OppRecord, OppSessions
from local_db.rules import Clock
from local_db.states import SyncState

if TYPE_CHECKING:
    from local_db.store import Store

ENROLLED, PRESENT = AttendanceStatus.ENROLLED.value, AttendanceStatus.PRESENT.value


class OppDesk:
    def __init__(self, db: Database, sessions: OppSessions, attendance: OppAttendances, clock: Clock) -> None:
        self._db = db
        self._sessions = sessions
        self._attendance = attendance
        self._clock = clock

    # Sessions ------------------------------------------------------------------------------

    def session(self, session_id: str) -> SessionSummary:
        with self._db.read() as conn:
            found = queries.session_summary(conn, session_id=session_id)
        if found is None:
            raise NotFound(session_id)
        return found

    def session_by_code(self, code: str) -> SessionSummary | None:
        with self._db.read() as conn:
            return queries.session_summary(conn, code=code.strip())

    def sessions(
        self, which: SessionFilter = SessionFilter.ALL, zone: dt.tzinfo | None = None
    ) -> list[SessionSummary]:
        """`zone`: the PC's local zone (None: the system's), which decides what "today" is."""
        local_now = self._clock().astimezone(zone)
        with self._db.read() as conn:
            return queries.list_sessions(conn, which, local_now.date(), local_now.tzinfo or dt.UTC)

    def save_session(
        self,
        fields: Mapping[str, Any],
        actor: Actor,
        session_id: str | None = None,
        version: int | None = None,
    ) -> OppRecord:
        """Create (no id) or edit a session; `starts_at`/`ends_at` may be aware datetimes.

        Reopening a closed session is an administrator's act (raises PermissionDenied)."""
        raw = {k: format_utc(v) if isinstance(v, dt.datetime) else v for k, v in fields.items()}
        if session_id is None:
            return self._sessions.create({"status": SessionStatus.PLANNED.value, **raw}, actor)
        current = self._sessions.get(session_id)
        reopening = current.data["status"] in (SessionStatus.CLOSED, SessionStatus.CANCELLED) and raw.get(
            "status", current.data["status"]
        ) in (SessionStatus.PLANNED, SessionStatus.OPEN)
        if reopening and not actor.can_administer:
            raise PermissionDenied(actor, "reopen a session")
        record, _ = self._sessions.update(
            session_id, raw, actor, current.version if version is None else version
        )
        return record

    def reopen(self, session_id: str, actor: Actor) -> SessionSummary:
        """Administrators only: check-in works again; absences recorded at closing stay until a check-in."""
        self.save_session({"status": SessionStatus.OPEN.value}, actor, session_id)
        return self.session(session_id)

    def close(self, session_id: str, actor: Actor) -> CloseResult:
        """Close the session, then mark everyone still `enrolled` absent.

        Two steps, each through the writer path: check-in stops first; closing again finishes
        the marking if it was interrupted (it only touches records still `enrolled`)."""
        summary = self.session(session_id)
        if summary.status == SessionStatus.CANCELLED:
            raise SessionUnavailable(summary.code, summary.status)
        if summary.status != SessionStatus.CLOSED:
            self.save_session({"status": SessionStatus.CLOSED.value}, actor, session_id)
        marked = 0
        for row in self.roster(session_id):
            if row.status == ENROLLED:
                self._set(row, {"status": AttendanceStatus.ABSENT.value}, actor)
                marked += 1
        return CloseResult(self.session(session_id), marked)

    # Roster --------------------------------------------------------------------------------

    def roster(self, session_id: str) -> list[RosterRow]:
        with self._db.read() as conn:
            return queries.roster(conn, session_id)

    def recent_checkins(self, session_id: str, limit: int = 8) -> list[RosterRow]:
        with self._db.read() as conn:
            return queries.recent_checkins(conn, session_id, limit)

    def resolve(self, text: str) -> Person | None:
        ref = parse_ref(text)
        if ref is None:
            return None
        with self._db.read() as conn:
            return find_person(conn, ref)

    def people(self, candidate_ids: list[str]) -> dict[str, Person]:
        with self._db.read() as conn:
            return people_by_id(conn, candidate_ids)

    def missing_documents(self, person: Person, session: SessionSummary) -> tuple[DocumentType, ...]:
        """Prerequisites missing under the rule in force on the session's (local) day."""
        return tuple(missing_opp_prerequisites(person.documents, session.starts_at.astimezone().date()))

    # Enrolment -----------------------------------------------------------------------------

    def _open_session(self, session_id: str) -> SessionSummary:
        summary = self.session(session_id)
        if not summary.accepts_checkins:
            raise SessionUnavailable(summary.code, summary.status)
        return summary

    def enrol_refs(self, session_id: str, refs: Iterable[str], actor: Actor) -> list[EnrolResult]:
        """Enrol each REF; one result per REF, in order. Raises SessionUnavailable first."""
        self._open_session(session_id)
        return [self._enrol_one(session_id, ref, self.resolve(ref), actor) for ref in refs]

    def enrol_ids(self, session_id: str, candidate_ids: list[str], actor: Actor) -> list[EnrolResult]:
        """Enrol candidates picked from the search (multi-select)."""
        self._open_session(session_id)
        with self._db.read() as conn:
            people = people_by_id(conn, candidate_ids)
        return [self._enrol_one(session_id, cid, people.get(cid), actor) for cid in candidate_ids]

    def _enrol_one(self, session_id: str, ref: str, person: Person | None, actor: Actor) -> EnrolResult:
        if person is None:
            return EnrolResult(ref, Enrol.UNKNOWN)
        summary = self.session(session_id)
        with self._db.read() as conn:
            entry = queries.roster_entry(conn, session_id, person.id)
            others = tuple(queries.other_open_sessions(conn, person.id, session_id))
        missing = self.missing_documents(person, summary)
        if entry is not None:
            return EnrolResult(ref, Enrol.ALREADY, person, missing, others)
        if person.withdrawn:
            return EnrolResult(ref, Enrol.WITHDRAWN, person)
        if summary.enrolled >= summary.capacity:
            return EnrolResult(ref, Enrol.FULL, person, missing, others)
        self._create(session_id, person.id, ENROLLED, None, actor)
        return EnrolResult(ref, Enrol.ENROLLED, person, missing, others)

    def remove(self, session_id: str, candidate_id: str, actor: Actor) -> Remove:
        with self._db.read() as conn:
            entry = queries.roster_entry(conn, session_id, candidate_id)
        if entry is None:
            return Remove.NOT_ENROLLED
        if entry.status != ENROLLED:
            return Remove.HAS_ATTENDANCE
        remove_attendance(self._db, self._clock, entry.attendance_id, entry.version, actor)
        return Remove.REMOVED

    # The day -------------------------------------------------------------------------------

    def checkin(  # noqa: PLR0911 - one return per case of the desk's decision table
        self, session_id: str, text: str, actor: Actor, *, walk_in: bool = False
    ) -> CheckinResult:
        """Check the person behind `text` in now; `walk_in` also enrols them if capacity allows."""
        ref = parse_ref(text)
        with self._db.read() as conn:  # one read transaction for every look-up
            summary = queries.session_summary(conn, session_id=session_id)
            if summary is None:
                raise NotFound(session_id)
            person = find_person(conn, ref) if ref else None
            entry = queries.roster_entry(conn, session_id, person.id) if person else None
            others = tuple(queries.other_open_sessions(conn, person.id, session_id)) if person else ()
        if not summary.accepts_checkins:
            return CheckinResult(Checkin.CLOSED, summary, person, entry)
        if person is None or ref is None:
            return CheckinResult(Checkin.UNKNOWN, summary)
        if entry is not None and entry.status == PRESENT:
            return CheckinResult(Checkin.ALREADY, summary, person, entry)
        if summary.present >= summary.capacity:
            return CheckinResult(Checkin.FULL, summary, person, entry)
        room = summary.enrolled < summary.capacity and not person.withdrawn
        if entry is None and not walk_in:
            outcome = Checkin.OTHER_SESSION if others else Checkin.NOT_ENROLLED
            return CheckinResult(outcome, summary, person, None, others, room)
        if entry is None and not room:  # a withdrawn candidate is not enrolled, whatever the seats
            outcome = Checkin.NOT_ENROLLED if person.withdrawn else Checkin.FULL
            return CheckinResult(outcome, summary, person, None, others)
        return self._check_in(summary, person, entry, ref.method, actor)

    def walk_in(self, session_id: str, candidate_id: str, actor: Actor) -> CheckinResult:
        """The walk-in a clerk accepted after NOT_ENROLLED / OTHER_SESSION: enrol and check in."""
        with self._db.read() as conn:
            person = people_by_id(conn, [candidate_id]).get(candidate_id)
        if person is None:
            raise NotFound(candidate_id)
        return self.checkin(session_id, person.registration_no, actor, walk_in=True)

    def _check_in(
        self, summary: SessionSummary, person: Person, entry: RosterRow | None, method: str, actor: Actor
    ) -> CheckinResult:
        if summary.status == SessionStatus.PLANNED:  # the first check-in opens the session
            self.save_session({"status": SessionStatus.OPEN.value}, actor, summary.id)
        now = format_utc(self._clock())
        fields = {"status": PRESENT, "checked_in_at": now, "method": method, "recorded_by": actor.name}
        if entry is None:
            self._create(summary.id, person.id, PRESENT, fields, actor)
        else:
            self._set(entry, fields, actor)
        with self._db.read() as conn:
            now_entry = queries.roster_entry(conn, summary.id, person.id)
            after = queries.session_summary(conn, session_id=summary.id)
        assert after is not None
        return CheckinResult(Checkin.CHECKED_IN, after, person, now_entry)

    def undo_last(self, session_id: str, actor: Actor) -> UndoResult:
        """Take back this clerk's latest check-in in the session, while the centre has not got it."""
        with self._db.read() as conn:
            latest = queries.recent_checkins(conn, session_id, 1, recorded_by=actor.name)
        if not latest:
            return UndoResult(Undo.NOTHING)
        entry = latest[0]
        if entry.sync_state == SyncState.SENT:
            return UndoResult(Undo.SENT, entry)
        fields = {"status": ENROLLED, "checked_in_at": None, "method": None, "recorded_by": actor.name}
        self._set(entry, fields, actor)
        return UndoResult(Undo.UNDONE, entry)

    def mark(self, session_id: str, candidate_id: str, status: AttendanceStatus, actor: Actor) -> Mark:
        """Mark absent or excused by hand (or back to enrolled); a check-in is undone, not marked."""
        if status == AttendanceStatus.PRESENT:
            raise ValueError("check in instead of marking present")
        with self._db.read() as conn:
            entry = queries.roster_entry(conn, session_id, candidate_id)
        if entry is None:
            return Mark.NOT_ENROLLED
        if entry.status == PRESENT:
            return Mark.PRESENT
        fields = {"status": status.value, "checked_in_at": None, "method": CheckinMethod.MANUAL.value}
        self._set(entry, {**fields, "recorded_by": actor.name}, actor)
        return Mark.MARKED

    # Writes through the repository ---------------------------------------------------------

    def _create(
        self, session_id: str, candidate_id: str, status: str, fields: Mapping[str, Any] | None, actor: Actor
    ) -> None:
        raw = {
            "session_id": session_id,
            "candidate_id": candidate_id,
            "status": status,
            "checked_in_at": None,
            "method": None,
            "recorded_by": actor.name,
            **(fields or {}),
        }
        self._attendance.create(raw, actor)

    def _set(self, entry: RosterRow, fields: Mapping[str, Any], actor: Actor) -> None:
        self._attendance.update(entry.attendance_id, fields, actor, entry.version)


def open_desk(store: Store) -> OppDesk:
    """The desk over the store's repositories (kept out of the `Store` facade, which others edit)."""
    return OppDesk(store.db, store.sessions, store.attendance, store.rules.now)
