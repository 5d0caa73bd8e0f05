"""A slow-client attack: many connections that never finish their request (bounded, loopback).

Kinds, spread evenly: `idle` (connects, sends nothing), `header` (half a request header),
`body` (headers and part of a declared body, then nothing), `gone` (part of a body, then the
client disconnects). Source addresses can be another loopback address than the test's own
requests, as a real attacker's would be.
"""

from __future__ import annotations

import contextlib
import resource
import socket
import ssl
import time
from collections.abc import Iterator
from contextlib import contextmanager

import requests

KINDS = ("idle", "header", "body", "gone")
ENROLL_HEAD = (
    b"POST /api/v1/devices/enroll HTTP/1.1\r\nHost: loket\r\nContent-Type: application/json\r\n"
    b"Content-Length: 4000\r\n\r\n"
)


def raise_fd_limit(wanted: int) -> int:
    """Raise this process's open-file limit towards `wanted` where the hard limit allows."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def attacker_tls() -> ssl.SSLContext:
    """An attacker completes the TLS handshake (cheap for it) and then is slow."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _open(host: str, port: int, kind: str, source: str, tls: ssl.SSLContext | None) -> socket.socket | None:
    sock = socket.socket()
    sock.settimeout(5)
    with contextlib.suppress(OSError):
        sock.bind((source, 0))
    try:
        sock.connect((host, port))
        if tls is not None:
            sock = tls.wrap_socket(sock)
        if kind == "header":
            sock.sendall(b"GET /api/v1/health HTTP/1.1\r\nHost: lok")
        elif kind in ("body", "gone"):
            sock.sendall(ENROLL_HEAD + b'{"enrollment_code": "')
        if kind == "gone":
            sock.close()
            return None
    except OSError:
        sock.close()
        return None
    return sock


@contextmanager
def slow_clients(
    port: int,
    count: int,
    host: str = "127.0.0.1",
    source: str = "127.0.0.2",
    tls: ssl.SSLContext | None = None,
) -> Iterator[list[socket.socket]]:
    held: list[socket.socket] = []
    try:
        for i in range(count):
            sock = _open(host, port, KINDS[i % len(KINDS)], source, tls)
            if sock is not None:
                held.append(sock)
        yield held
    finally:
        for sock in held:
            sock.close()


def health_seconds(url: str, timeout: float = 5.0, verify: bool | str = True) -> float | None:
    """Seconds /health took to answer the protocol's JSON, or None."""
    started = time.monotonic()
    try:
        r = requests.get(url, timeout=timeout, verify=verify, headers={"Connection": "close"})
        ok = r.status_code == 200 and r.json().get("status") == "ok"
    except (requests.RequestException, ValueError):
        return None
    return time.monotonic() - started if ok else None
