"""A candidate's wire data (docs/contract/SYNC_PROTOCOL.md) from its table row: the one definition.

The wire fields are `domain.candidate.CANDIDATE_FIELDS`; each is a column of the same name,
the fields in `JSON_FIELDS` hold JSON text, and `extra` holds the fields a newer server sent
that this version does not know (merged under the known ones). Three readers need that
mapping and all three are built here from the one list:

- `wire_data`: in Python, for the records repositories return (`record_from_row`);
- `wire_json_sql`: in SQL, for the push, which reads outbox rows by reference (~2 µs a row in
  SQLite against ~100 µs through Python; docs/decisions.md, "Outbox rows by reference");
- the outbox-copy triggers (`local_db/triggers.py`), which freeze a record before it changes.

Both SQL forms give the same keys and values as `wire_data`, sorted, as `to_json` writes them
(tests/local_db/test_import_rows.py and test_triggers.py hold them equal).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from domain.candidate import CANDIDATE_FIELDS
from local_db.canonical_json import to_json

_WIRE_FIELDS = frozenset(CANDIDATE_FIELDS)  # membership per key of every pulled record

JSON_FIELDS = ("documents",)  # wire fields stored as JSON text in their column
EXTRA_COLUMN = "extra"  # fields from a newer server, as a JSON object (NULL when none)


def wire_data(row: Mapping[Any, Any]) -> dict[str, Any]:
    """The wire data of a candidate row (a mapping with the table's column names)."""
    data = {f: row[f] for f in CANDIDATE_FIELDS}
    for f in JSON_FIELDS:
        data[f] = json.loads(row[f])
    extra = row[EXTRA_COLUMN]
    return {**json.loads(extra), **data} if extra else data


def wire_columns(data: Mapping[str, Any]) -> dict[str, Any]:
    """The wire columns for a record's wire data (the inverse of `wire_data`)."""
    row = {f: data.get(f) for f in CANDIDATE_FIELDS}
    for f in JSON_FIELDS:
        row[f] = to_json(data.get(f) or {})
    extra = {k: v for k, v in data.items() if k not in _WIRE_FIELDS}
    row[EXTRA_COLUMN] = to_json(extra) if extra else None
    return row


def wire_json_sql(alias: str, fields: Sequence[str] = CANDIDATE_FIELDS, indent: str = "") -> str:
    """SQL giving the wire data of candidate row `alias` as JSON text. `fields` is given only by
    migrations, which freeze the list they were written with; `indent` lays one argument out on
    each line (the triggers' layout, kept so installed and generated triggers compare equal)."""
    arguments = [f"coalesce({alias}.{EXTRA_COLUMN}, '{{}}')"] + [
        f"'$.{f}', json({alias}.{f})" if f in JSON_FIELDS else f"'$.{f}', {alias}.{f}" for f in sorted(fields)
    ]
    if not indent:
        return f"json_set({', '.join(arguments)})"
    inner = indent + "    "
    return "json_set(\n" + ",\n".join(inner + a for a in arguments) + f"\n{indent})"
