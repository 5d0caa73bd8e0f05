"""A fault-injecting TCP proxy between the desktop's client and the real central service.

The only fake in these tests: it forwards real HTTP, one request per connection (the test
client sends `Connection: close`), and for each connection draws a fault:

- `drop_before`: the request is read and the connection closed; the server never sees it.
- `drop_after`: the server answers, the proxy closes without passing the answer on.
- `truncate`: half of the server's answer, then close.
- `reset`: the server answers, the client gets a TCP reset (SO_LINGER 0).
- `delay`: the answer is held back for a while.
- `http_500` / `http_503` / `http_429`: the proxy answers itself (503 and 429 with Retry-After).

With `cut_above` set, a link that loses large answers: on a share `cut_share` of the
connections (drawn per connection), an answer longer than `cut_above` bytes is passed on only
up to that many bytes, then the connection is closed (fault `cut`).

When the server is down (killed for a restart) the connection is simply closed.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("drop_before", "drop_after", "truncate", "reset", "delay", "http_500", "http_503", "http_429")
MAX_REQUEST = 64 * 1024 * 1024
_CANNED = {
    "http_500": (500, "internal_error", None),
    "http_503": (503, "unavailable", "0"),
    "http_429": (429, "too_many_requests", "0"),
}


def _canned(kind: str, retry_value: str) -> bytes:
    status, code, retry_after = _CANNED[kind]
    retry_after = retry_value if retry_after is not None else None
    body = f'{{"error": {{"code": "{code}", "message": "Injected.", "details": {{}}}}}}'.encode()
    head = [f"HTTP/1.1 {status} Injected", "Content-Type: application/json", f"Content-Length: {len(body)}"]
    if retry_after is not None:
        head.append(f"Retry-After: {retry_after}")
    head.append("Connection: close")
    return ("\r\n".join(head) + "\r\n\r\n").encode() + body


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    if length > MAX_REQUEST:
        return None
    while len(body) < length:
        chunk = conn.recv(min(1 << 20, length - len(body)))
        if not chunk:
            return None
        body += chunk
    return head + b"\r\n\r\n" + body


def _reset(conn: socket.socket) -> None:
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    conn.close()


def loopback_listener() -> socket.socket:
    """A listening socket on a free loopback port whose accept() wakes every 0.2 s to see a stop."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    listener.settimeout(0.2)
    return listener


@dataclass
class FaultProxy:
    upstream_port: int
    fault_rate: float = 0.0
    seed: int = 0
    faults: tuple[str, ...] = FAULTS
    max_delay: float = 0.3
    retry_after: str = "0"
    script: list[str] = field(default_factory=list)  # faults for the next connections, in order
    cut_above: int | None = None
    cut_share: float = 0.5
    port: int = 0
    seen: Counter[str] = field(default_factory=Counter)
    _rng: random.Random = field(init=False)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _listener: socket.socket | None = None
    _threads: list[threading.Thread] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultProxy:
        listener = loopback_listener()
        self._listener = listener
        self.port = listener.getsockname()[1]
        thread = threading.Thread(target=self._accept, daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)
        if self._listener:
            self._listener.close()

    def _draw(self) -> str:
        with self._lock:
            if self.script:
                kind = self.script.pop(0)
            elif self.cut_above is not None:
                kind = "cut" if self._rng.random() < self.cut_share else "pass"
            else:
                kind = self._rng.choice(self.faults) if self._rng.random() < self.fault_rate else "pass"
            self.seen[kind] += 1
            delay = self._rng.uniform(0, self.max_delay)
        return f"{kind}:{delay}"

    def _accept(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(conn,), daemon=True)
            thread.start()
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(thread)

    def _serve(self, conn: socket.socket) -> None:
        kind, _, delay_text = self._draw().partition(":")
        try:
            conn.settimeout(30)
            request = _read_request(conn)
            if request is None or kind == "drop_before":
                conn.close()
                return
            if kind in _CANNED:
                conn.sendall(_canned(kind, self.retry_after))
                conn.close()
                return
            answer = self._forward(request)
            if answer is None or kind == "drop_after":
                conn.close()
            elif kind == "reset":
                _reset(conn)
            elif kind == "truncate":
                conn.sendall(answer[: max(1, len(answer) // 2)])
                conn.close()
            elif kind == "cut" and self.cut_above is not None and len(answer) > self.cut_above:
                self.seen["cut_done"] += 1
                conn.sendall(answer[: self.cut_above])
                conn.close()
            else:
                if kind == "delay":
                    time.sleep(float(delay_text))
                conn.sendall(answer)
                conn.close()
        except OSError:
            conn.close()

    def _forward(self, request: bytes) -> bytes | None:
        try:
            with socket.create_connection(("127.0.0.1", self.upstream_port), timeout=60) as up:
                up.sendall(request)
                parts = []
                while chunk := up.recv(1 << 20):
                    parts.append(chunk)
        except OSError:
            return None
        return b"".join(parts)
