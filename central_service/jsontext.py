"""JSON text of pushed data and push answers, through orjson (about 10× faster than `json`).

orjson refuses integers beyond 64 bits, which a client may send in a field the server does not
know; such values go through the standard library instead. Non-finite numbers (`NaN`,
`Infinity`: not JSON, but the request parser tolerates them) are written as `null` either way,
so what the server stores and answers is always valid JSON.
"""

from __future__ import annotations

import json
import math
from typing import Any

import orjson


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def dumps_bytes(value: Any) -> bytes:
    try:
        return orjson.dumps(value)
    except orjson.JSONEncodeError:
        return json.dumps(_finite(value), separators=(",", ":"), ensure_ascii=False).encode()


def dumps(value: Any) -> str:
    return dumps_bytes(value).decode()
