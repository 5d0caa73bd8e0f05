"""Bounded records: what one pushed change may ask the centre to store and to send to every
desktop of its office.

The protocol lets a client send fields the server does not know and asks the server to keep
them; without a bound, one device could store megabytes per record and every desktop of the
office would pull them (a 312 MB pull page once). So a change's `data` is at most
`MAX_DATA_BYTES` of JSON and each unknown field at most `MAX_UNKNOWN_FIELD_BYTES`; a change
over either is rejected on its own, `too_large`, naming the field (or none, for the whole
record), with the limit in `details`. The desktop never produces such a record: its longest
candidate is about 2 KB of JSON.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from central_service.jsontext import dumps_bytes
from sync.protocol import MAX_DATA_BYTES, MAX_UNKNOWN_FIELD_BYTES

FIELD_NAME_CHARS = 100  # an unknown field's name is echoed in the error, shortened


def oversize(
    raw: Mapping[str, Any],
    known: Collection[str],
    max_data: int = MAX_DATA_BYTES,
    max_field: int = MAX_UNKNOWN_FIELD_BYTES,
) -> list[tuple[str | None, int]]:
    """(field or None for the whole record, the limit it passes) for one change's `data`."""
    over: list[tuple[str | None, int]] = [
        (name[:FIELD_NAME_CHARS], max_field)
        for name, value in raw.items()
        if name not in known and len(name) + len(dumps_bytes(value)) > max_field
    ]
    if not over and len(dumps_bytes(raw)) > max_data:
        over.append((None, max_data))
    return over
