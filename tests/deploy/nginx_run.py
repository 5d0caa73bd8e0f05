"""The shipped nginx configuration (deploy/nginx/) run for real: nginx from the distribution as a
subprocess, on loopback ports, under a temporary prefix, in front of a real `loket-central`.

Only the site-specific lines change (ports, certificate, log and temp paths, the upstream's
port); each replacement must match exactly once, so a changed configuration fails here with a
clear message instead of being tested half.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

DEPLOY = Path(__file__).resolve().parents[2] / "deploy" / "nginx"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


@dataclass(frozen=True)
class Nginx:
    https_port: int
    http_port: int
    cert: Path
    prefix: Path

    @property
    def base(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"


def _replace(text: str, old: str, new: str) -> str:
    count = text.count(old)
    if count != 1:
        raise AssertionError(f"deploy/nginx changed: {old!r} found {count} times; update tests/deploy")
    return text.replace(old, new)


def self_signed(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert),
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    return cert, key


def write_config(prefix: Path, upstream_port: int, https_port: int, http_port: int) -> Path:
    prefix.mkdir(parents=True, exist_ok=True)
    cert, key = self_signed(prefix)
    for sub in ("logs", "temp", "conf.d"):
        (prefix / sub).mkdir(exist_ok=True)
    main = (DEPLOY / "nginx.conf").read_text()
    user = "user root;" if os.geteuid() == 0 else ""  # workers must reach the temporary prefix
    for old, new in (
        ("user www-data;", user),
        ("pid /run/nginx.pid;", f"pid {prefix}/nginx.pid;"),
        ("error_log /var/log/nginx/error.log warn;", f"error_log {prefix}/logs/error.log warn;"),
        ("include /etc/nginx/modules-enabled/*.conf;", ""),
        ("include /etc/nginx/mime.types;", "include /etc/nginx/mime.types;\n" + _temp_paths(prefix)),
        ("access_log /var/log/nginx/access.log;", f"access_log {prefix}/logs/access.log;"),
        ("include /etc/nginx/conf.d/*.conf;", f"include {prefix}/conf.d/*.conf;"),
    ):
        main = _replace(main, old, new)
    site = (DEPLOY / "loket-central.conf").read_text()
    for old, new in (
        ("server 127.0.0.1:8080;", f"server 127.0.0.1:{upstream_port};"),
        ("    listen 80;\n    listen [::]:80;", f"    listen 127.0.0.1:{http_port};"),
        ("    listen 443 ssl;\n    listen [::]:443 ssl;", f"    listen 127.0.0.1:{https_port} ssl;"),
        ("/etc/ssl/loket/fullchain.pem", str(cert)),
        ("/etc/ssl/loket/privkey.pem", str(key)),
        ("/var/log/nginx/loket-central.access.log", f"{prefix}/logs/loket.access.log"),
        ("/var/log/nginx/loket-central.error.log", f"{prefix}/logs/loket.error.log"),
    ):
        site = _replace(site, old, new)
    (prefix / "conf.d" / "loket-central.conf").write_text(site)
    (prefix / "nginx.conf").write_text(main)
    return cert


def _temp_paths(prefix: Path) -> str:
    kinds = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    return "".join(f"    {k}_temp_path {prefix}/temp/{k};\n" for k in kinds)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_nginx(prefix: Path, upstream_port: int) -> Iterator[Nginx]:
    https_port, http_port = _free_port(), _free_port()
    cert = write_config(prefix, upstream_port, https_port, http_port)
    conf = str(prefix / "nginx.conf")
    test = subprocess.run(
        [NGINX, "-t", "-p", str(prefix), "-e", str(prefix / "logs" / "startup.log"), "-c", conf],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert test.returncode == 0, test.stderr
    process = subprocess.Popen(
        [
            NGINX,
            "-p",
            str(prefix),
            "-e",
            str(prefix / "logs" / "startup.log"),
            "-c",
            conf,
            "-g",
            "daemon off;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise AssertionError((prefix / "logs" / "error.log").read_text()[-2000:])
            try:
                socket.create_connection(("127.0.0.1", https_port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise AssertionError("nginx did not start within 30 s") from None
                time.sleep(0.05)
        yield Nginx(https_port, http_port, cert, prefix)
    finally:
        process.terminate()  # SIGTERM: nginx's fast shutdown
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
