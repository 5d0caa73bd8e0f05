"""Pull the next item of an iterator in a background thread while the caller works on this one.

The import uses it so that receiving a batch from the helper process (waiting on the pipe and
unpickling) overlaps writing the previous batch to SQLite, which releases the GIL while it
works. The thread owns the iterator: it alone advances and closes it (a generator cannot be
closed from another thread while it runs).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")
_POLL_SECONDS = 0.1
_END = object()


class _Failed:
    def __init__(self, error: BaseException) -> None:
        self.error = error


@contextmanager
def prefetched(items: Iterator[T], depth: int = 1) -> Iterator[Iterator[T]]:
    """`items`, up to `depth` ahead; leaving the block stops the thread and closes `items`.

    An exception raised by `items` is raised again where the caller takes the next item."""
    ahead: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: Any) -> bool:
        while not stop.is_set():
            try:
                ahead.put(item, timeout=_POLL_SECONDS)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for item in items:
                if not offer(item):
                    return
            offer(_END)
        except Exception as exc:  # noqa: BLE001 - handed to the caller, raised there
            offer(_Failed(exc))
        finally:
            close = getattr(items, "close", None)
            if close is not None:
                close()

    def taken() -> Iterator[T]:
        while True:
            item = ahead.get()
            if item is _END:
                return
            if isinstance(item, _Failed):
                raise item.error
            yield item

    thread = threading.Thread(target=run, name="prefetch", daemon=True)
    thread.start()
    try:
        yield taken()
    finally:
        stop.set()
        thread.join()
