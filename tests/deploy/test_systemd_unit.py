"""The shipped systemd unit starts what the command line accepts, on loopback, with room for
connections and an owner-only umask."""

from __future__ import annotations

import shlex
from pathlib import Path

from central_service.cli import _parser

UNIT = Path(__file__).resolve().parents[2] / "deploy" / "systemd" / "loket-central.service"


def directives() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for raw in UNIT.read_text().splitlines():
        line = raw.strip()
        if line and not line.startswith(("#", "[")):
            key, _, value = line.partition("=")
            out.setdefault(key, []).append(value)
    return out


def test_the_unit_runs_serve_on_loopback_after_migrating() -> None:
    unit = directives()
    serve = shlex.split(unit["ExecStart"][0])
    assert serve[0].endswith("/loket-central")
    args = _parser().parse_args(serve[1:])
    assert (args.command, args.host) == ("serve", "127.0.0.1")
    migrate = _parser().parse_args(shlex.split(unit["ExecStartPre"][0])[1:])
    assert migrate.command == "migrate"
    assert int(unit["LimitNOFILE"][0]) >= 65536
    assert unit["UMask"] == ["0077"] and unit["User"] == ["loket"]
    assert unit["NoNewPrivileges"] == ["yes"] and unit["ProtectSystem"] == ["strict"]
