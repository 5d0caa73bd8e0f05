"""The outbox-copy triggers on `candidate`, generated from the one wire field list.

An imported candidate's first outbox row holds the record by reference (`data` NULL: the row
as it is now). Before any wire field changes, or the row is deleted, these triggers copy the
record's wire JSON into such outbox rows (migration 0002; docs/decisions.md, "Outbox rows by
reference"). Their column list and JSON are `local_db.candidate_wire`'s, so a new wire field
needs new triggers: the migration that adds its column (or one after it) calls

    recreate_candidate_triggers(op.execute, FIELDS)

with FIELDS the wire field list of that moment written out as a tuple (a migration must not
change later, so it never reads the live list). tests/local_db/test_triggers.py compares the
triggers a migrated database holds with `trigger_sql(CANDIDATE_FIELDS)` and says exactly that
when they differ. Migration 0002 keeps its own frozen text, which these functions reproduce
byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from domain.candidate import CANDIDATE_FIELDS
from local_db.candidate_wire import EXTRA_COLUMN, wire_json_sql

UPDATE_TRIGGER = "outbox_copy_before_candidate_update"
DELETE_TRIGGER = "outbox_copy_before_candidate_delete"
TRIGGERS = (UPDATE_TRIGGER, DELETE_TRIGGER)


def _copy(fields: Sequence[str]) -> str:
    return (
        f"\n    UPDATE outbox_change SET data = {wire_json_sql('OLD', fields, indent='    ')}"
        "\n    WHERE entity_id = OLD.id AND entity = 'candidate' AND data IS NULL;"
    )


def trigger_sql(fields: Sequence[str] = CANDIDATE_FIELDS) -> dict[str, str]:
    """name -> CREATE TRIGGER text for the wire fields `fields` (as sqlite_master keeps it)."""
    watched = ", ".join([*sorted(fields), EXTRA_COLUMN])
    body = _copy(fields) + " END"
    heads = {
        UPDATE_TRIGGER: f"CREATE TRIGGER {UPDATE_TRIGGER} BEFORE UPDATE OF {watched} ON candidate BEGIN",
        DELETE_TRIGGER: f"CREATE TRIGGER {DELETE_TRIGGER} BEFORE DELETE ON candidate BEGIN",
    }
    return {name: head + body for name, head in heads.items()}


def recreate_candidate_triggers(execute: Callable[[str], object], fields: Sequence[str]) -> None:
    """For a migration: drop the outbox-copy triggers and create them for `fields` (frozen)."""
    for name, sql in trigger_sql(fields).items():
        execute(f"DROP TRIGGER IF EXISTS {name}")
        execute(sql)


def drift(installed: Mapping[str, str | None], fields: Sequence[str] = CANDIDATE_FIELDS) -> str | None:
    """None when the installed triggers (name -> sqlite_master text) are the ones generated for
    `fields`; otherwise what differs and what to do about it."""
    expected = trigger_sql(fields)
    stale = [name for name in TRIGGERS if installed.get(name) != expected[name]]
    if not stale:
        return None
    frozen = "(" + ", ".join(f'"{f}"' for f in fields) + ",)"
    return (
        f"The candidate triggers {', '.join(stale)} in a migrated database differ from those "
        "generated from domain.candidate.CANDIDATE_FIELDS: a wire field was added, removed or "
        "renamed without regenerating them, so an edit of an imported record would send a copy "
        "without it. Regenerate them in a NEW migration (never edit 0002), after the one that "
        "adds the column:\n"
        "    from local_db.triggers import recreate_candidate_triggers\n"
        f"    FIELDS = {frozen}\n"
        "    def upgrade() -> None:\n"
        "        recreate_candidate_triggers(op.execute, FIELDS)\n"
        "and in downgrade() recreate them with the previous list."
    )
