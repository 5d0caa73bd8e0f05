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
