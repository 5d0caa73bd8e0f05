"""The `loket` command (docs/contract/INTERFACES.md): the window by default, and the commands scripts use.

Every failure a user can act on prints one plain sentence on stderr and exits with the
documented code; anything else is a bug, logged with its trace in `<data>/logs/loket.log`.

Start-up time matters (scripts run `loket import` in loops), so this module imports only what
parsing needs: each handler imports its own implementation (the store, the sync client;
Alembic only when a migration is pending), and a command loads nothing it does not run.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from desktop_app import (
    commands,
    commands_accounts,
    commands_opp,
    commands_opp_sheet,
    commands_receipt,
    commands_resolve,
    commands_sync,
)
from desktop_app.cli_text import Messages
from desktop_app.commands import EXIT_BAD_INPUT, CommandError, Context
from desktop_app.conditions import READ_ONLY_COMMANDS, condition_sentence, is_disk_full, locked_sentence
from desktop_app.demo import command as demo_command
from desktop_app.logs import setup_logging
from desktop_app.paths import AppPaths, prepare, resolve_paths
from domain.actor import PermissionDenied

log = logging.getLogger("loket.cli")
EXIT_BUG = 70
Handler = Callable[[Context, argparse.Namespace], int]


def app_version() -> str:
    # Imported when asked: importlib.metadata and the lookup cost every command ~40 ms.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("loket-pmi")
    except PackageNotFoundError:  # running from a source tree or a frozen bundle
        return "0.1.0"


class _VersionAction(argparse.Action):
    """`--version`, with the version looked up only when it is asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str | None = None):
        super().__init__(option_strings, dest=dest, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        sys.stdout.write(f"loket {app_version()}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loket", description="Loket PMI")
    parser.add_argument("--data-dir", help="data folder (else LOKET_DATA_DIR, else the platform's folder)")
    parser.add_argument("--lang", choices=("id", "en"), default=None, help="interface language")
    parser.add_argument("--user", help="act as this staff account (default: cli:<OS user>)")
    parser.add_argument(
        "--password-file", help="file whose first line is the --user password (else LOKET_PASSWORD)"
    )
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    sub = parser.add_subparsers(dest="command")

    sub.add_parser("gui", help="open the application window")

    commands_accounts.add_parsers(sub)

    imp = sub.add_parser("import", help="import records from a file")
    imp.add_argument("what", choices=("candidates",))
    imp.add_argument("file")
    imp.set_defaults(handler=commands.import_candidates)

    exp = sub.add_parser("export", help="export records to .csv or .xlsx")
    exp.add_argument("what", choices=("candidates", "attendance"))
    exp.add_argument("file")
    exp.set_defaults(handler=commands.export)

    status = sub.add_parser("status", help="counts by sync state, last successful sync")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=commands.status)

    backup = sub.add_parser("backup", help="consistent copy of the database")
    backup.add_argument("file", nargs="?")
    backup.set_defaults(handler=commands.backup)

    sub.add_parser("check", help="integrity of the database, outbox and audit chain").set_defaults(
        handler=commands.check
    )
    commands_sync.add_parsers(sub)
    commands_resolve.add_parsers(sub)
    commands_receipt.add_parsers(sub)
    commands_opp_sheet.add_parser(commands_opp.add_opp_parsers(sub))
    demo_command.add_parser(sub)
    return parser


def _run(ctx: Context, args: argparse.Namespace) -> int:
    try:
        return _run_once(ctx, args)
    except Exception as exc:
        if not _read_only_retry(exc, ctx, args):
            raise
        # The disk is full, but this command only reads: read the file as it was last saved.
        ctx.close()
        ctx.read_only = True
        sys.stderr.write(ctx.msg("disk_full_read_only", folder=ctx.paths.data_dir) + "\n")
        return _run_once(ctx, args)


def _read_only_retry(exc: Exception, ctx: Context, args: argparse.Namespace) -> bool:
    from local_db.database import can_read_without_writing

    return (
        args.command in READ_ONLY_COMMANDS
        and not ctx.read_only
        and is_disk_full(exc, ctx.paths.data_dir)
        and can_read_without_writing(ctx.paths.database)
    )


def _run_once(ctx: Context, args: argparse.Namespace) -> int:
    handler: Handler = args.handler
    try:
        if ctx.user is not None and ctx.password is not None:
            ctx.signed_in()  # a password is checked before any command runs: wrong is exit 2
        return handler(ctx, args)
    except Exception as exc:
        # Imported here, not before the handler: `import candidates` starts its helper process
        # first thing, before this process loads SQLAlchemy (which the export module needs).
        from local_db.tabular.export import ExportFailed
        from local_db.tabular.reader import FileUnusable

        if isinstance(exc, FileUnusable):
            if exc.code in ("unknown_column", "missing_columns"):
                from local_db.tabular.candidate_import import RowProblem, write_rejects

                column = exc.detail if exc.code == "unknown_column" else ""
                write_rejects(
                    Path(args.file),
                    [RowProblem(1, column, exc.code, ctx.msg(f"file_{exc.code}", detail=exc.detail))],
                )
            raise CommandError(ctx.msg(f"file_{exc.code}", detail=exc.detail)) from exc
        if isinstance(exc, ExportFailed):
            raise CommandError(ctx.msg(f"export_{exc.code}", detail=exc.detail)) from exc
        raise


def _explain(exc: Exception, ctx: Context, args: argparse.Namespace, log_path: object) -> tuple[str, int]:
    """The sentence and exit code for a failure; bugs are logged with their trace."""
    from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
    from sqlalchemy.exc import OperationalError

    from local_db.unlocking import StoreLocked, Why

    msg = ctx.msg
    if isinstance(exc, CommandError):
        return str(exc), exc.code
    if isinstance(exc, StoreLocked):  # a file that cannot be read is a problem `check` found
        unreadable = exc.why in (Why.KEYS_MISSING, Why.KEYS_DAMAGED) and args.command == "check"
        return locked_sentence(exc, msg, ctx.paths), 1 if unreadable else EXIT_BAD_INPUT
    if isinstance(exc, PermissionDenied):
        return msg("viewer_cannot_write", user=args.user), EXIT_BAD_INPUT
    if (sentence := condition_sentence(exc, msg, ctx.paths, args.command)) is not None:
        return sentence, EXIT_BAD_INPUT
    if isinstance(exc, SQLAlchemyDatabaseError | sqlite3.DatabaseError) and not isinstance(
        exc, OperationalError | sqlite3.OperationalError
    ):
        log.warning("database unusable: %s", type(exc).__name__)
        damaged = msg("db_damaged", path=ctx.paths.database, backups=ctx.paths.backups)
        return damaged, 1 if args.command == "check" else EXIT_BAD_INPUT
    log.error("command %s failed", args.command, exc_info=exc)
    return msg("bug", log=log_path), EXIT_BUG


def _window_blocked(lang: str | None) -> bool:
    """Qt would abort without a usable display: say why in one sentence (display_check.py)."""
    from desktop_app.display_check import window_problem

    problem = window_problem(lang or "id")
    if problem is not None:
        sys.stderr.write(problem + "\n")
    return problem is not None


def _open_window(paths: AppPaths, lang: str | None) -> int:
    if _window_blocked(lang):
        return 1
    from desktop_app.gui import run_gui

    return run_gui(paths, lang)


def read_password(password_file: str | None) -> str | None:
    """The `--user` password: the first line of `--password-file`, else `LOKET_PASSWORD`."""
    if password_file is not None:
        with open(password_file, encoding="utf-8") as f:
            return f.readline().rstrip("\r\n")
    return os.environ.get("LOKET_PASSWORD")


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # the import's helper process, in a frozen bundle
        import multiprocessing

        multiprocessing.freeze_support()
        for name in ("stdout", "stderr"):  # LoketPMI.exe, built without a console, has neither
            if getattr(sys, name) is None:
                setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process' life
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.data_dir)
    if args.command == "demo":  # before `prepare`: the demo never touches the real data folder
        from desktop_app.demo.command import run_demo

        return run_demo(args, paths)
    msg = Messages(args.lang or "id")
    try:
        prepare(paths)
    except OSError:
        sys.stderr.write(msg("db_unwritable", path=paths.data_dir) + "\n")
        return EXIT_BAD_INPUT
    try:
        log_path: Path | None = setup_logging(paths.logs)
    except OSError:  # a full disk: the command may still work (status, check), unlogged
        log_path = None
    if args.command in (None, "gui"):
        return _open_window(paths, args.lang)
    try:
        password = read_password(args.password_file)
    except OSError:
        sys.stderr.write(msg("password_file_unreadable", path=args.password_file) + "\n")
        return EXIT_BAD_INPUT
    ctx = Context(paths, msg, args.user, password=password)
    try:
        return _run(ctx, args)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one sentence and an exit code
        sentence, code = _explain(exc, ctx, args, log_path)
        sys.stderr.write(sentence + "\n")
        return code
    finally:
        ctx.close()


if __name__ == "__main__":
    sys.exit(main())
