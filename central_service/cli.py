# ruff: noqa: T201  (a command line prints its answers)
"""`loket-central`: the central operator's command line (docs/contract/INTERFACES.md).

Every failure is one plain sentence on stderr and a non-zero exit code, never a traceback.
`serve` migrates first, then runs uvicorn; with `--workers N` each worker process builds its
app from the environment (`settings.ENV_DB`).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from central_service.settings import ENV_DB, db_url_from

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loket-central", description="Loket PMI reference central service.")
    parser.add_argument(
        "--db", help="SQLAlchemy URL (else LOKET_CENTRAL_DB, else sqlite:///loket-central.db)"
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the API (sync protocol v1)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--log-level", default="info", choices=["debug", "info", "warning", "error"])
    sub.add_parser("migrate", help="upgrade the database schema")
    offices = sub.add_parser("offices", help="manage offices").add_subparsers(dest="action", required=True)
    add = offices.add_parser("add", help="create an office")
    add.add_argument("code")
    add.add_argument("name")
    code = sub.add_parser("enroll-code", help="print a new single-use enrolment code")
    code.add_argument("office_code")
    code.add_argument("--ttl-hours", type=float, default=72.0)
    devices = sub.add_parser("devices", help="list or revoke devices").add_subparsers(
        dest="action", required=True
    )
    devices.add_parser("list")
    revoke = devices.add_parser("revoke")
    revoke.add_argument("device_id")
    p3mi = sub.add_parser("p3mi", help="placement-company list").add_subparsers(dest="action", required=True)
    load = p3mi.add_parser("import")
    load.add_argument("file", type=Path)
    export = sub.add_parser("export", help="export records").add_subparsers(dest="what", required=True)
    cands = export.add_parser("candidates")
    cands.add_argument("--office", required=True)
    cands.add_argument("file", type=Path)
    attendance = export.add_parser("attendance")
    attendance.add_argument("--office", required=True)
    attendance.add_argument("file", type=Path)
    return parser


def _engine(url: str) -> Engine:
    from central_service import db, migrate

    engine = db.make_engine(url)
    migrate.upgrade(engine)
    return engine


def _raise_fd_limit() -> None:
    """Every connection costs a file descriptor; the usual soft limit (1,024) is far below what
    the kernel allows this process (the hard limit), and running out stops `accept()`."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def _serve(args: argparse.Namespace, url: str) -> int:
    import uvicorn

    from central_service.http_guard import GuardedH11Protocol

    _engine(url).dispose()
    _raise_fd_limit()
    os.environ[ENV_DB] = url
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    uvicorn.run(
        "central_service.app:create_app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers if args.workers > 1 else None,
        access_log=False,
        log_level=args.log_level,
        http=GuardedH11Protocol,
        timeout_keep_alive=5,
    )
    return EXIT_OK


def _one_line(text: str) -> str:
    """A name stored before names had to be printable, shown escaped: no forged rows."""
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def _run(args: argparse.Namespace) -> int:
    from domain.dates import utc_now

    url = db_url_from(args.db)
    if args.command == "serve":
        return _serve(args, url)
    engine = _engine(url)
    if args.command == "migrate":
        print("Database schema is up to date.")
        return EXIT_OK
    from central_service import offices

    if args.command == "offices":
        offices.add_office(engine, args.code, args.name, utc_now())
        print(f"Office {args.code.strip()} created.")
    elif args.command == "enroll-code":
        print(offices.create_enrollment_code(engine, args.office_code, args.ttl_hours, utc_now()))
    elif args.command == "devices" and args.action == "list":
        print("device_id\toffice\tname\tapp_version\tenrolled_at\tlast_push_at\trevoked_at")
        for d in offices.list_devices(engine):
            print(
                "\t".join(
                    [
                        d.id,
                        d.office_code,
                        _one_line(d.name),
                        d.app_version,
                        d.enrolled_at,
                        d.last_push_at or "-",
                        d.revoked_at or "-",
                    ]
                )
            )
    elif args.command == "devices":
        done = offices.revoke_device(engine, args.device_id, utc_now())
        print(f"Device {args.device_id} {'revoked' if done else 'was already revoked'}.")
    elif args.command == "p3mi":
        from central_service.p3mi import import_list

        added, changed = import_list(engine, args.file)
        print(f"Placement companies: {added} added, {changed} changed.")
    elif args.command == "export" and args.what == "attendance":
        from central_service.export_attendance import export_attendance

        count = export_attendance(engine, args.office, args.file)
        print(f"{count} attendance records written to {args.file}.")
    elif args.command == "export":
        from central_service.export import export_candidates

        count = export_candidates(engine, args.office, args.file)
        print(f"{count} candidates written to {args.file}.")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from central_service.offices import AdminError
    from central_service.p3mi import P3miFileError

    try:
        return _run(args)
    except (AdminError, P3miFileError) as exc:
        print(f"loket-central: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or type(exc).__name__).splitlines()[0][:200]
        print(f"loket-central: the database cannot be used ({reason}); check --db.", file=sys.stderr)
        return EXIT_FAIL
    except OSError as exc:
        print(
            f"loket-central: {exc.strerror or exc} ({getattr(exc, 'filename', '') or ''}).", file=sys.stderr
        )
        return EXIT_FAIL
    except KeyboardInterrupt:
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
