"""Errors repositories raise for things a user can act on."""

from __future__ import annotations

from domain.issues import Issue


class ValidationFailed(Exception):
    """The record breaks rules; nothing was written."""

    def __init__(self, errors: tuple[Issue, ...], warnings: tuple[Issue, ...] = ()) -> None:
        super().__init__(", ".join(f"{e.field}:{e.code}" for e in errors))
        self.errors = errors
        self.warnings = warnings


class StaleRecord(Exception):
    """The record changed since it was read (another clerk, or a pull); reload and retry."""


class NotFound(Exception):
    """No record with this id."""
