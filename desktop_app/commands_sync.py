"""`loket enroll` and `loket sync` (docs/contract/INTERFACES.md): the sync engine from the command line.

Exit codes: enroll 0 / 2 (code refused, bad URL) / 3 (server unreachable); sync 0 (nothing left
pending) / 3 (the server could not be reached, or the run stopped before the queue was empty;
records stay queued) / 4 (some records need a person: rejected or in conflict). The last line
of `loket sync` is always `sent N, duplicate N, rejected N, conflict N, pulled N, pending N`.
"""

from __future__ import annotations

import argparse
import socket
import sys
import time
from typing import Any

from desktop_app.commands import EXIT_BAD_INPUT, EXIT_OK, CommandError, Context

# The sync package (requests, pydantic: ~0.15 s) is imported inside the two handlers, so the
# other commands, which build the same parser, do not pay for it.

EXIT_UNREACHABLE, EXIT_NEEDS_PERSON = 3, 4


def _say(ctx: Context, key: str, **params: Any) -> str:
    return ctx.msg(key, **params)


def add_parsers(sub: Any) -> None:
    enroll_p = sub.add_parser("enroll", help="enrol this PC with the central service")
    enroll_p.add_argument("--server", required=True, help="the central service's URL")
    enroll_p.add_argument("--code", required=True, help="single-use enrolment code")
    enroll_p.add_argument("--device-name", default=None, help="name shown to the central operator")
    enroll_p.set_defaults(handler=enroll_command)

    sync_p = sub.add_parser("sync", help="push everything pending, then pull")
    sync_p.add_argument("--max-seconds", type=float, default=None, help="stop retrying after this long")
    sync_p.set_defaults(handler=sync_command)


def _app_version() -> str:
    from desktop_app.cli import app_version

    return app_version()


def enroll_command(ctx: Context, args: argparse.Namespace) -> int:
    from sync.client import AuthFailed, ServerRefused, Unreachable
    from sync.enrolment import UnusableUrl, enroll_pc

    name = args.device_name or socket.gethostname()
    try:
        creds = enroll_pc(ctx.store.settings, args.server, args.code, name, _app_version())
    except UnusableUrl as exc:
        raise CommandError(_say(ctx, "bad_url", url=args.server)) from exc
    except (ServerRefused, AuthFailed) as exc:
        raise CommandError(_say(ctx, "code_refused")) from exc
    except Unreachable as exc:
        raise CommandError(_say(ctx, "unreachable", url=args.server), EXIT_UNREACHABLE) from exc
    ctx.out(_say(ctx, "enrolled", office=creds.office_code, name=creds.office_name))
    return EXIT_OK


def sync_command(ctx: Context, args: argparse.Namespace) -> int:
    from sync.client import AuthFailed, CentralClient, ServerRefused
    from sync.engine import SyncEngine
    from sync.enrolment import NotEnrolled, load_credentials

    try:
        creds = load_credentials(ctx.store.settings)
    except NotEnrolled as exc:
        raise CommandError(_say(ctx, "not_enrolled")) from exc
    client = CentralClient(creds.server_url, app_version=_app_version(), token=creds.token)
    engine = SyncEngine(ctx.store, client, creds.device_id)
    deadline = time.monotonic() + args.max_seconds if args.max_seconds is not None else None
    try:
        report = engine.run_once(deadline=deadline)
    except AuthFailed as exc:
        raise CommandError(_say(ctx, "token_refused")) from exc
    except ServerRefused as exc:
        raise CommandError(_say(ctx, "server_refused", code=exc.code), EXIT_BAD_INPUT) from exc
    finally:
        client.close()
    code = EXIT_OK
    if not report.online:
        sys.stderr.write(_say(ctx, "unreachable", url=creds.server_url) + "\n")
        code = EXIT_UNREACHABLE
    elif report.needs_attention:
        sys.stderr.write(_say(ctx, "needs_person", count=report.needs_attention) + "\n")
        code = EXIT_NEEDS_PERSON
    elif report.pending or not report.finished:
        sys.stderr.write(_say(ctx, "not_finished", pending=report.pending) + "\n")
        code = EXIT_UNREACHABLE
    ctx.out(report.summary())
    return code
