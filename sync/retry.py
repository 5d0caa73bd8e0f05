"""When to try again: full-jitter exponential backoff that honours `Retry-After`.

Full jitter (a uniform delay between 0 and the exponential cap) spreads the retries of many
desktops that lost the network at the same moment, so the central service is not hit by all
of them again together when it comes back.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class RetryPolicy:
    base: float = 2.0  # seconds: the cap of the first retry's delay
    cap: float = 300.0  # five minutes: no delay is longer (except a server's Retry-After)
    max_tries: int = 4  # attempts of one request within one sync run, the first included
    rng: random.Random = field(default_factory=random.Random, compare=False)

    def delay(self, attempt: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry number `attempt` (1 = the first retry)."""
        ceiling = min(self.cap, self.base * 2 ** max(0, attempt - 1))
        jittered = self.rng.uniform(0, ceiling)
        if retry_after is not None:
            return max(retry_after, jittered)
        return jittered


def wait(seconds: float, cancelled: Cancelled, sleep: Callable[[float], None] = time.sleep) -> bool:
    """Sleep in short slices so a cancel is seen quickly; False when cancelled."""
    end = time.monotonic() + seconds
    while True:
        if cancelled():
            return False
        left = end - time.monotonic()
        if left <= 0:
            return True
        sleep(min(left, 0.1))


def never() -> bool:
    return False
