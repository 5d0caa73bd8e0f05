"""Handlers of the `loket` commands that need neither the window nor the network."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.cli_text import Messages
from desktop_app.paths import AppPaths
from domain.actor import Actor
from domain.codes import Role

# Each handler imports the part of `local_db` it uses, so a command loads only what it runs.
if TYPE_CHECKING:
    from local_db.store import Store

EXIT_OK, EXIT_SOME_REJECTED, EXIT_BAD_INPUT = 0, 1, 2


class CommandError(Exception):
    """A problem the user can act on: printed as one sentence, exits with `code`."""

    def __init__(self, message: str, code: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Context:
    """What every command gets: paths, messages, and the store opened on first use."""

    paths: AppPaths
    msg: Messages
    user: str | None
    out: Callable[[str], None] = print
    _store: Store | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        if self._store is None:
            from local_db.store import open_store

            self._store = open_store(self.paths.database, self.paths.backups)
        return self._store

    def actor(self) -> Actor:
        """`--user` names an active staff account; otherwise `cli:<OS user>` as an operator."""
        if self.user is None:
            return Actor(f"cli:{getpass.getuser()}", Role.OPERATOR)
        account = self.store.users.get(self.user)
        if account is None or not account.active:
            raise CommandError(self.msg("unknown_user", user=self.user))
        if not account.actor().can_write:
            raise CommandError(self.msg("viewer_cannot_write", user=self.user))
        return account.actor()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def _read_password(ctx: Context, from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(ctx.msg("password_prompt"))
        if password != getpass.getpass(ctx.msg("password_again")):
            raise CommandError(ctx.msg("password_mismatch"))
    if not password:
        raise CommandError(ctx.msg("password_missing"))
    return password


def users_add(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.repositories.users import UserError

    password = _read_password(ctx, args.password_stdin)
    by = ctx.actor().name if ctx.user else f"cli:{getpass.getuser()}"
    try:
        account = ctx.store.users.add(args.username, password, Role(args.role), args.full_name or "", by)
    except UserError as exc:
        raise CommandError(ctx.msg(exc.code, user=args.username)) from exc
    ctx.out(ctx.msg("user_added", user=account.username, role=account.role.value))
    return EXIT_OK


def import_candidates(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.tabular.prepare import BATCH_SIZE, start_helper

    path = Path(args.file)
    # Started first: the helper's interpreter loads while this one opens the store.
    helper = start_helper(path, BATCH_SIZE)
    try:
        from local_db.tabular.candidate_import import write_rejects

        importer = ctx.store.importer()
        lang = "en" if ctx.msg.lang == "en" else "id"
        report = importer.run(path, ctx.actor(), lang=lang, helper=helper)
    finally:
        if helper is not None:
            helper.close()
    rejects = write_rejects(path, report.problems)
    ctx.out(
        ctx.msg("import_done", imported=report.imported, present=report.present, rejected=report.rejected)
    )
    if rejects is not None:
        ctx.out(ctx.msg("import_rejects", path=rejects))
    return EXIT_SOME_REJECTED if report.rejected else EXIT_OK


def export(ctx: Context, args: argparse.Namespace) -> int:
    path = Path(args.file)
    write = ctx.store.export_candidates if args.what == "candidates" else ctx.store.export_attendance
    count = write(path)
    ctx.out(ctx.msg("export_done", count=count, path=path))
    return EXIT_OK


def status(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.repositories.settings import SettingKey

    counts = ctx.store.sync_counts()
    last = ctx.store.settings.get(SettingKey.LAST_SYNC_AT)
    if args.json:
        ctx.out(json.dumps({**counts.as_dict(), "last_sync_at": last}, sort_keys=True))
    else:
        ctx.out(ctx.msg("status_line", **counts.as_dict(), last_sync_at=last or ctx.msg("never")))
    return EXIT_OK


def backup(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.backup import backup_to, rotating_backup

    database = ctx.store.db.path  # opening first: a damaged file is reported, not copied
    try:
        if args.file:
            target = backup_to(database, Path(args.file).resolve())
        else:
            target = rotating_backup(database, ctx.paths.backups, "manual")
    except OSError as exc:
        raise CommandError(ctx.msg("backup_failed", path=args.file or ctx.paths.backups)) from exc
    ctx.out(ctx.msg("backup_done", path=target))
    return EXIT_OK


def check(ctx: Context, _args: argparse.Namespace) -> int:
    from local_db.check import check_store

    problems = check_store(ctx.store.db)
    for problem in problems[:50]:
        ctx.out(f"{problem.code}: {problem.detail}")
    if problems:
        ctx.out(ctx.msg("check_problems", count=len(problems)))
        return 1
    ctx.out(ctx.msg("check_ok"))
    return EXIT_OK
