"""Servers that misbehave on purpose, for the desktop client's own limits (a fake for an injected
fault, as tests/sync/proxy.py): they speak just enough HTTP to look like a server.

- `drip`: the answer comes one byte every `interval` seconds (a stalled proxy, a bad link).
- `flood`: a 200 answer whose body never ends, sent as fast as the client reads.

`health_ok` makes /health answer the protocol's JSON, so the client goes on to push and pull and
meets the fault there. Every loop is bounded: by `stop()`, and by `max_seconds` per connection.
"""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field

from tests.sync.proxy import loopback_listener

HEALTH = b'{"status":"ok","api_version":1,"server_time":"2026-11-27T03:04:05Z"}'


def _read_head(conn: socket.socket) -> bytes:
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 1 << 20:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


@dataclass
class HostileServer:
    mode: str  # "drip" or "flood"
    health_ok: bool = False
    interval: float = 3.0
    max_seconds: float = 120.0
    port: int = 0
    connections: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _listener: socket.socket | None = None
    _threads: list[threading.Thread] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> HostileServer:
        listener = loopback_listener()
        self._listener = listener
        self.port = listener.getsockname()[1]
        self._spawn(self._accept)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=10)
        if self._listener:
            self._listener.close()

    def _spawn(self, target: object, *args: object) -> None:
        thread = threading.Thread(target=target, args=args, daemon=True)  # type: ignore[arg-type]
        thread.start()
        self._threads.append(thread)

    def _accept(self) -> None:
        assert self._listener is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._spawn(self._serve, conn)

    def _serve(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(5)
            head = _read_head(conn)
            if self.health_ok and b"/health" in head.split(b"\r\n", 1)[0]:
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + f"Content-Length: {len(HEALTH)}\r\n\r\n".encode()
                    + HEALTH
                )
                return
            if self.mode == "drip":
                self._drip(conn)
            else:
                self._flood(conn)
        except OSError:
            pass  # the client gave up: that is the point
        finally:
            conn.close()

    def _drip(self, conn: socket.socket) -> None:
        answer = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Pad: " + b"a" * 10_000
        end = time.monotonic() + self.max_seconds
        for byte in answer:
            if self._stop.wait(self.interval) or time.monotonic() > end:
                return
            conn.sendall(bytes([byte]))

    def _flood(self, conn: socket.socket) -> None:
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n")
        chunk = b'{"status":"ok","pad":"' + b"x" * (1 << 16)
        end = time.monotonic() + self.max_seconds
        while not self._stop.is_set() and time.monotonic() < end:
            conn.sendall(chunk)
