"""Handlers of the `loket` commands that need neither the window nor the network."""

from __future__ import annotations

import argparse
import getpass
import json
import time
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
    from local_db.vault import Vault

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
    password: str | None = field(default=None, repr=False)  # with --user: checked, throttled
    sleep: Callable[[float], None] = time.sleep  # waits out a sign-in delay
    read_only: bool = False  # open the store without writing anything (a full disk)
    _store: Store | None = field(default=None, repr=False)
    _signed_in: Actor | None = field(default=None, repr=False)

    @property
    def store(self) -> Store:
        """The store, unlocked with the machine key or `--user`'s password (local_db/unlocking.py)."""
        if self._store is None:
            from local_db.unlocking import open_unlocked

            opened = open_unlocked(
                self.paths.database,
                self.paths.backups,
                self.vault(),
                username=self.user,
                password=self.password,
                sleep=self.sleep,
                read_only=self.read_only,
            )
            self._store = opened.store
            if opened.unlocked_as is not None:  # the slot checked the password already
                account = self._store.users.get(opened.unlocked_as)
                assert account is not None  # open_unlocked: active and not locked out
                self._signed_in = account.actor()
        return self._store

    def vault(self) -> Vault:
        """The data folder's key file (local_db/vault.py)."""
        from local_db.store import utc_clock
        from local_db.vault import Vault

        return Vault(self.paths.database, utc_clock)

    def actor(self) -> Actor:
        """`--user` names an active staff account; otherwise `cli:<OS user>` as an operator."""
        if self.user is None:
            if self.password is not None:
                raise CommandError(self.msg("password_without_user"))
            return Actor(f"cli:{getpass.getuser()}", Role.OPERATOR)
        actor = self.signed_in()
        if not actor.can_write:
            raise CommandError(self.msg("viewer_cannot_write", user=self.user))
        return actor

    def signed_in(self) -> Actor:
        """The `--user` account: its password checked (audited, slowed, locked out after too many
        failures) when one is given; only its name while the store opens without a password."""
        assert self.user is not None
        store = self.store  # opening may already sign in (the password unlocked the store)
        if self._signed_in is not None:
            return self._signed_in
        if self.password is not None:
            from local_db.repositories.sign_in import Verdict

            outcome = store.sign_in.attempt_after_wait(self.user, self.password, "cli", self.sleep)
            if outcome.verdict is Verdict.LOCKED:
                raise CommandError(self.msg("sign_in_locked", user=self.user.strip().lower()))
            if outcome.account is None:
                raise CommandError(self.msg("sign_in_failed", user=self.user))
            self._signed_in = outcome.account.actor()
            return self._signed_in
        account = store.users.get(self.user)
        if account is None or not account.active:
            raise CommandError(self.msg("unknown_user", user=self.user))
        self._signed_in = account.actor()
        return self._signed_in

    def use_store(self, store: Store) -> None:
        """From now on, `store` (opened by the command itself: created, converted, recovered)."""
        self.close()
        self._store = store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


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
            target = backup_to(database, Path(args.file).resolve(), ctx.store.db.key)
        else:
            target = rotating_backup(database, ctx.paths.backups, "manual", key=ctx.store.db.key)
    except OSError as exc:
        raise CommandError(ctx.msg("backup_failed", path=args.file or ctx.paths.backups)) from exc
    ctx.out(ctx.msg("backup_done", path=target))
    return EXIT_OK


def check(ctx: Context, _args: argparse.Namespace) -> int:
    from local_db.check import check_store

    problems = check_store(ctx.store.db)
    if ctx.store.db.key is None:
        ctx.out(ctx.msg("store_not_encrypted"))
    for problem in problems[:50]:
        ctx.out(f"{problem.code}: {problem.detail}")
    if problems:
        ctx.out(ctx.msg("check_problems", count=len(problems)))
        return 1
    ctx.out(ctx.msg("check_ok"))
    return EXIT_OK
