"""The decision for one pushed change, made against the in-memory `State` of its batch.

Order of checks: already applied (duplicate) → whose record it is (forbidden) → base_version
(conflict) → field rules (rejected, from `validation`) → rules that involve other records
(references, one attendance per pair, capacity, active NIK held by another office). A change
that passes is applied to `state` and recorded in `plan`; the caller writes the plan.

Attendance never conflicts (SYNC_PROTOCOL.md, "opp_attendance"): a change whose base_version is
not the stored version is merged with the stored version by `domain.attendance` and the merged
record is stored as the new version and answered as `current`. Its id must be the derived one,
so the centre holds one record per (session, candidate).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from central_service import jsontext
from central_service.state import Incoming, RecordState, State
from central_service.validation import Checked, wire_issue
from domain.attendance import attendance_id, merge_attendance
from domain.codes import CandidateStatus

ACTIVE_STATUSES = frozenset(
    {
        CandidateStatus.REGISTERED,
        CandidateStatus.VERIFIED,
        CandidateStatus.OPP_SCHEDULED,
        CandidateStatus.OPP_COMPLETED,
    }
)


@dataclass(slots=True)
class Plan:
    applied: list[dict[str, Any]] = field(default_factory=list)
    feed: list[dict[str, Any]] = field(default_factory=list)
    touched: dict[str, RecordState] = field(default_factory=dict)
    next_seq: int = 0


def _result(change: Incoming, status: str, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "change_id": change.change_id,
        "status": status,
        "version": None,
        "errors": [],
        "current": None,
    }
    out.update(extra)
    return out


def _rejected(change: Incoming, *errors: dict[str, Any]) -> dict[str, Any]:
    return _result(change, "rejected", errors=list(errors))


def _reference_error(state: State, ref: Any, entity: str, field_name: str) -> dict[str, Any] | None:
    rec = state.records.get(ref) if isinstance(ref, str) else None
    if rec is None or rec.deleted or rec.entity != entity or rec.office_id != state.office_id:
        # Another office's record is reported as unknown: its existence is not ours to reveal.
        return wire_issue(field_name, "unknown_reference")
    return None


def _attendance_errors(
    state: State, entity_id: str, data: dict[str, Any], old: RecordState | None
) -> list[dict[str, Any]]:
    session_id, candidate_id = data["session_id"], data["candidate_id"]
    errors = [
        e
        for e in (
            _reference_error(state, session_id, "opp_session", "session_id"),
            _reference_error(state, candidate_id, "candidate", "candidate_id"),
        )
        if e
    ]
    if errors:
        return errors
    present_before = bool(old and old.present and old.session_id == session_id)
    if data["status"] == "present" and not present_before:
        capacity = state.records[session_id].data().get("capacity")
        if isinstance(capacity, int) and state.present_counts[session_id] + 1 > capacity:
            return [wire_issue("status", "capacity_exceeded", {"capacity": capacity})]
    return []


def _identity_error(
    state: State, entity_id: str, data: dict[str, Any], old: RecordState | None
) -> dict[str, Any] | None:
    """The record of a pair has the pair's derived id (a record stored before derived ids keeps its
    own): a new record under any other id would be a second record for one person."""
    pair = (data["session_id"], data["candidate_id"])
    if old is not None and not old.deleted:
        if (old.session_id, old.candidate_id) != pair:
            return wire_issue("candidate_id", "invalid")  # the pair is the record's identity
        return None
    holder = state.pairs.get(pair)
    expected = holder or attendance_id(*pair)
    if entity_id != expected:
        return wire_issue("entity_id", "invalid", {"expected": expected})
    return None


def _nik_error(state: State, nik: str | None) -> dict[str, Any] | None:
    holder = state.claims.get(nik) if nik else None
    if holder is not None and holder != state.office_id:
        return wire_issue("nik", "nik_registered_elsewhere", {"office_code": state.office_codes.get(holder)})
    return None


def _new_state(
    change: Incoming, op: str, data: dict[str, Any], version: int, old: RecordState | None
) -> RecordState:
    deleted = op == "delete"
    rec = RecordState(
        change.entity,
        0,
        version,
        deleted,
        jsontext.dumps(data),
        in_db=bool(old and old.in_db),
    )
    if deleted:
        return rec
    if change.entity == "candidate" and data.get("status") in ACTIVE_STATUSES:
        rec.nik = data.get("nik")
    elif change.entity == "opp_attendance":
        rec.session_id, rec.candidate_id = data["session_id"], data["candidate_id"]
        rec.present = data.get("status") == "present"
    return rec


def _apply(state: State, entity_id: str, old: RecordState | None, new: RecordState) -> None:
    if old and old.nik and old.nik != new.nik:
        state.holders[old.nik].discard(entity_id)
        if not state.holders[old.nik]:
            state.claims[old.nik] = None
    if new.nik:
        state.holders[new.nik].add(entity_id)
        state.claims[new.nik] = state.office_id
    if old and old.session_id:
        state.pairs.pop((old.session_id, old.candidate_id or ""), None)
        if old.present:
            state.present_counts[old.session_id] -= 1
    if new.session_id:
        state.pairs[(new.session_id, new.candidate_id or "")] = entity_id
        if new.present:
            state.present_counts[new.session_id] += 1
    state.records[entity_id] = new


def decide(
    change: Incoming, checked: Checked | None, state: State, plan: Plan, device_id: str, now: str
) -> dict[str, Any]:
    """The answer to one change, in the order of the module docstring; applied to `state` and
    recorded in `plan` when it passes."""
    old = state.records.get(change.entity_id)
    settled = _already_applied(change, state) or _refused(change, state, old)
    if settled is not None:
        return settled
    merge = _merges(change, old)
    op = change.op
    data: dict[str, Any] = {}
    warnings: list[dict[str, Any]] = []
    if op == "delete" and merge and old is not None and not old.deleted:
        op, data = "upsert", old.data()  # a stale delete loses to the stored record
    elif op == "upsert":
        assert checked is not None
        data, errors = _checked_data(change, checked, state, old, merge)
        if errors:
            return _rejected(change, *errors)
        warnings = checked.warnings
    version = _record(change, op, data, old, state, plan, device_id, now)
    out = _result(change, "applied", version=version)
    if merge:
        out["current"] = {"version": version, "data": data}
    if warnings:
        out["warnings"] = warnings
    return out


def _already_applied(change: Incoming, state: State) -> dict[str, Any] | None:
    """`duplicate` for a change applied before (`forbidden` if another office's)."""
    if change.change_id not in state.applied:
        return None
    office, version = state.applied[change.change_id]
    if office != state.office_id:
        return _rejected(change, wire_issue(None, "forbidden"))
    return _result(change, "duplicate", version=version)


def _merges(change: Incoming, old: RecordState | None) -> bool:
    """Two versions of one attendance record merge instead of conflicting."""
    return change.entity == "opp_attendance" and old is not None and change.base_version != old.version


def _refused(change: Incoming, state: State, old: RecordState | None) -> dict[str, Any] | None:
    """The answer when the record is not this change's to write: another office's (forbidden),
    another entity's, or moved on since the change's base (conflict; unknown if never seen)."""
    if old is not None and old.office_id != state.office_id:
        return _rejected(change, wire_issue(None, "forbidden"))
    if old is not None and old.entity != change.entity:
        return _rejected(change, wire_issue("entity", "invalid"))
    if change.base_version == (old.version if old else None) or _merges(change, old):
        return None
    if old is None:
        return _rejected(change, wire_issue(None, "unknown_reference"))
    current_body = {"version": old.version, "data": old.data()}
    if old.deleted:
        current_body["deleted"] = True
    return _result(change, "conflict", current=current_body)


def _checked_data(
    change: Incoming, checked: Checked, state: State, old: RecordState | None, merge: bool
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The data an upsert stores, and the errors that refuse it: the field rules, then the rules
    involving other records (attendance identity, merge, references, one per pair, capacity;
    an active NIK held by another office)."""
    if checked.errors:
        return {}, list(checked.errors)
    data = checked.data
    if change.entity == "opp_attendance":
        error = _identity_error(state, change.entity_id, data, old)
        if error:
            return data, [error]
        if merge and old is not None and not old.deleted:  # over a tombstone: nothing to merge
            data = dict(merge_attendance(old.data(), data))
        return data, _attendance_errors(state, change.entity_id, data, old)
    if change.entity == "candidate" and data.get("status") in ACTIVE_STATUSES:
        error = _nik_error(state, data.get("nik"))
        return data, [error] if error else []
    return data, []


def _record(
    change: Incoming,
    op: str,
    data: dict[str, Any],
    old: RecordState | None,
    state: State,
    plan: Plan,
    device_id: str,
    now: str,
) -> int:
    """Apply a passing change to `state` and add its rows to `plan`; its new version."""
    entity_id = change.entity_id
    version = (old.version if old else 0) + 1
    new = _new_state(change, op, data, version, old)
    new.office_id = state.office_id
    _apply(state, entity_id, old, new)
    plan.touched[entity_id] = new
    plan.applied.append(
        {
            "change_id": change.change_id,
            "office_id": state.office_id,
            "device_id": device_id,
            "entity_id": entity_id,
            "version": version,
            "applied_at": now,
        }
    )
    plan.next_seq += 1
    plan.feed.append(
        {
            "office_id": state.office_id,
            "seq": plan.next_seq,
            "entity": change.entity,
            "entity_id": entity_id,
            "op": op,
            "version": version,
            "data": new.data_text,
        }
    )
    state.applied[change.change_id] = (state.office_id, version)
    return version
