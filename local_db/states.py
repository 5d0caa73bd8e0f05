"""Sync states of a record and of an outbox row."""

from __future__ import annotations

from enum import StrEnum


class SyncState(StrEnum):
    PENDING = "pending"  # waiting to be sent
    SENT = "sent"  # the server confirmed the latest change
    REJECTED = "rejected"  # needs attention: the server said why
    CONFLICT = "conflict"  # the server holds another version; a person decides
    WAITING = "waiting"  # depends on a record that is rejected or in conflict


class OutboxState(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    REJECTED = "rejected"
    CONFLICT = "conflict"
    SUPERSEDED = "superseded"  # folded into a later change of the same record before sending
    RESOLVED = "resolved"  # a person dealt with a rejection or conflict
    WITHDRAWN = "withdrawn"  # a person removed the refused, never-accepted record (kept for the record)


def new_record_columns(record_id: str, at: str) -> dict[str, object]:
    """Sync columns of a record created on this PC: version 1, never confirmed, waiting to be sent."""
    return {
        "id": record_id,
        "version": 1,
        "server_version": None,
        "sync_state": SyncState.PENDING.value,
        "created_at": at,
        "updated_at": at,
    }
