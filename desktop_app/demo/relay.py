"""The demo's network switch: a loopback TCP relay the desktop talks to the central service through.

Switched off, the relay drops the connections it carries and turns new ones away at once, which
the desktop's client sees exactly as a dead office network (a connection error, so records stay
queued). Switched on, bytes flow again. It is plain sockets and threads, so the switch works the
same on Windows and Linux (pausing the server process with SIGSTOP would not).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import threading

log = logging.getLogger("loket.demo.relay")
CHUNK = 64 * 1024


class Relay:
    """Listens on 127.0.0.1 (a free port) and forwards every connection to `target_port`."""

    def __init__(self, target_port: int, host: str = "127.0.0.1") -> None:
        self._target = (host, target_port)
        self._listener = socket.create_server((host, 0))
        self._listener.settimeout(0.2)  # the accept loop looks at `_closing` this often
        self.port: int = self._listener.getsockname()[1]
        self._online = True
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()
        self._accepter = threading.Thread(target=self._accept_loop, name="demo-relay", daemon=True)
        self._accepter.start()

    @property
    def url(self) -> str:
        return f"http://{self._target[0]}:{self.port}"

    @property
    def online(self) -> bool:
        return self._online

    def set_online(self, online: bool) -> None:
        """Off: every carried connection is cut now, and new ones are refused until switched on."""
        self._online = online
        log.info("demo network %s", "on" if online else "off")
        if not online:
            self._cut_all()

    def close(self) -> None:
        self._closing.set()
        self._accepter.join(timeout=5)
        self._listener.close()
        self._cut_all()

    def _cut_all(self) -> None:
        with self._lock:
            carried, self._open = self._open, set()
        for sock in carried:
            _reset(sock)

    def _accept_loop(self) -> None:
        while not self._closing.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if not self._online:
                _reset(client)
                continue
            try:
                upstream = socket.create_connection(self._target, timeout=5)
            except OSError:
                _reset(client)
                continue
            upstream.settimeout(None)
            client.settimeout(None)
            with self._lock:
                self._open.update((client, upstream))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket) -> None:
        try:
            while chunk := source.recv(CHUNK):
                sink.sendall(chunk)
        except OSError:
            pass
        finally:
            with self._lock:
                self._open.discard(source)
                self._open.discard(sink)
            for sock in (source, sink):
                _close(sock)


def _reset(sock: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0): the other side learns at once, as on a cut cable."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    _close(sock)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
