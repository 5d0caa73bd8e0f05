"""`loket users …` and `loket keys …`: staff accounts and the encrypted store's key holders.

`users add` on an empty data folder creates the encrypted store with that account as its first
key holder and prints the recovery key once. On a plain store (an older version's, or one a
command made before any account existed) the first account, or any account added by an
administrator who signs in with `--user`, encrypts it (local_db/unlocking.py).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from desktop_app.commands import EXIT_OK, CommandError, Context
from domain.codes import Role

if TYPE_CHECKING:
    from local_db.store import Store

Account = tuple[str, str, Role, str]  # username, password, role, full name


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = sub.add_parser("users", help="staff accounts").add_subparsers(dest="users_command", required=True)
    add = users.add_parser("add", help="create a staff account")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=("admin", "operator", "viewer"))
    add.add_argument("--full-name")
    add.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    add.set_defaults(handler=users_add)
    passwd = users.add_parser("passwd", help="set a staff account's password (yours, or any as an admin)")
    passwd.add_argument("username")
    passwd.add_argument("--password-stdin", action="store_true", help="read the new password from stdin")
    passwd.set_defaults(handler=users_passwd)
    unlock = users.add_parser("unlock", help="lift a lockout after too many failed sign-ins")
    unlock.add_argument("username")
    unlock.set_defaults(handler=users_unlock)

    keys = sub.add_parser("keys", help="the encrypted store's keys").add_subparsers(
        dest="keys_command", required=True
    )
    recover = keys.add_parser(
        "recover", help="new password for an account with the recovery key (stdin: key, then password)"
    )
    recover.add_argument("username")
    recover.set_defaults(handler=keys_recover)
    renew = keys.add_parser("recovery-new", help="a new recovery key replacing the old one (administrator)")
    renew.set_defaults(handler=keys_recovery_new)
    machine = keys.add_parser("machine", help="keep (on) or drop (off) this PC's machine key")
    machine.add_argument("state", choices=("on", "off"))
    machine.set_defaults(handler=keys_machine)


def read_password(ctx: Context, from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(ctx.msg("password_prompt"))
        if password != getpass.getpass(ctx.msg("password_again")):
            raise CommandError(ctx.msg("password_mismatch"))
    if not password:
        raise CommandError(ctx.msg("password_missing"))
    return password


def _os_actor() -> str:
    return f"cli:{getpass.getuser()}"


def _add(ctx: Context, store: Store, account: Account, by: str) -> None:
    from local_db.repositories.users import UserError

    username, password, role, full_name = account
    try:
        added = store.users.add(username, password, role, full_name, by)
    except UserError as exc:
        raise CommandError(ctx.msg(exc.code, user=username)) from exc
    ctx.out(ctx.msg("user_added", user=added.username, role=added.role.value))


def users_add(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.unlocking import StoreState, store_state

    account = (args.username, read_password(ctx, args.password_stdin), Role(args.role), args.full_name or "")
    state = store_state(ctx.paths.database)
    if state is StoreState.NONE and ctx.user is None:
        _create(ctx, account)
    elif state is StoreState.PLAIN:
        _add_to_plain(ctx, account)
    else:
        _add(ctx, ctx.store, account, ctx.actor().name if ctx.user else _os_actor())
    return EXIT_OK


def _create(ctx: Context, account: Account) -> None:
    from local_db.repositories.users import UserError
    from local_db.unlocking import create_encrypted

    try:
        store, recovery = create_encrypted(
            ctx.paths.database, ctx.paths.backups, ctx.vault(), account, _os_actor()
        )
    except UserError as exc:
        raise CommandError(ctx.msg(exc.code, user=account[0])) from exc
    store.close()
    name = account[0].strip().lower()
    ctx.out(ctx.msg("user_added", user=name, role=account[2].value))
    ctx.out(ctx.msg("store_created", user=name))
    ctx.out(ctx.msg("recovery_key", code=recovery))


def _add_to_plain(ctx: Context, account: Account) -> None:
    """Add the account; encrypt the store when a key holder is known: this first account, or
    the administrator signed in with `--user` and a password."""
    store = ctx.store
    holder: tuple[str, str] | None = None
    if store.users.count() == 0 and ctx.user is None:
        holder = (account[0], account[1])
    elif ctx.user is not None and ctx.password is not None and ctx.signed_in().can_administer:
        holder = (ctx.user, ctx.password)
    by = ctx.actor().name if ctx.user else _os_actor()
    _add(ctx, store, account, by)
    if holder is None:
        ctx.out(ctx.msg("store_not_encrypted"))
        return
    _encrypt(ctx, holder, account, by)


def _encrypt(ctx: Context, holder: tuple[str, str], account: Account, by: str) -> None:
    from local_db.unlocking import encrypt_plain

    ctx.close()
    vault = ctx.vault()
    new = vault.new_keys(*holder)
    store, backups = encrypt_plain(ctx.paths.database, ctx.paths.backups, vault, new, by)
    ctx.use_store(store)
    if account[0].strip().lower() != holder[0].strip().lower():
        vault.set_staff(new.data_key, account[0], account[1])
    ctx.out(ctx.msg("store_encrypted", user=holder[0].strip().lower(), backups=backups))
    ctx.out(ctx.msg("recovery_key", code=new.recovery_key))


def users_passwd(ctx: Context, args: argparse.Namespace) -> int:
    """Your own password, or any account's as an administrator; in an encrypted store only that
    account's key slot is re-wrapped."""
    from local_db.repositories.users import UserError

    if ctx.user is None:
        raise CommandError(ctx.msg("password_needs_user"))
    actor = ctx.signed_in()
    target = args.username.strip().lower()
    if actor.name != target and not actor.can_administer:
        raise CommandError(ctx.msg("admin_needed", user=actor.name))
    password = read_password(ctx, args.password_stdin)
    try:
        ctx.store.users.set_password(target, password, actor.name)
    except UserError as exc:
        raise CommandError(ctx.msg(exc.code, user=target)) from exc
    ctx.out(ctx.msg("password_changed", user=target))
    return EXIT_OK


def users_unlock(ctx: Context, args: argparse.Namespace) -> int:
    """Lift a sign-in lockout (of the window and `--user`, and of unlocking the encrypted store).
    With `--user`, an administrator's; without, the operating-system user who can open the store."""
    by = _os_actor()
    if ctx.user is not None:
        actor = ctx.signed_in()
        if not actor.can_administer:
            raise CommandError(ctx.msg("admin_needed", user=actor.name))
        by = actor.name
    if ctx.store.users.get(args.username) is None:
        raise CommandError(ctx.msg("unknown_user", user=args.username))
    name = args.username.strip().lower()
    unlocked = ctx.store.sign_in.unlock(name, by=by)
    unlocked = ctx.vault().lift_lockout(name) or unlocked
    ctx.out(ctx.msg("user_unlocked" if unlocked else "user_not_locked", user=name))
    return EXIT_OK


def keys_recover(ctx: Context, args: argparse.Namespace) -> int:
    """stdin: the recovery key, then the account's new password (one line each). The account can
    open the store again, its lockouts are lifted."""
    from local_db.repositories.users import UserError
    from local_db.unlocking import StoreState, open_with_recovery, store_state

    if store_state(ctx.paths.database) is not StoreState.ENCRYPTED:
        raise CommandError(ctx.msg("not_encrypted"))
    recovery_key = sys.stdin.readline().strip()
    vault = ctx.vault()
    store = open_with_recovery(ctx.paths.database, ctx.paths.backups, vault, recovery_key)
    if store is None:
        raise CommandError(ctx.msg("recovery_wrong"))
    ctx.use_store(store)
    target = args.username.strip().lower()
    password = read_password(ctx, True)
    try:
        store.users.set_password(target, password, "recovery_key")
    except UserError as exc:
        raise CommandError(ctx.msg(exc.code, user=target)) from exc
    store.sign_in.unlock(target, by="recovery_key")
    vault.lift_lockout(target)
    ctx.out(ctx.msg("recovered", user=target))
    return EXIT_OK


def _encrypted_as_admin(ctx: Context) -> tuple[Store, str]:
    """The encrypted store and the administrator signed in with `--user` (else a sentence)."""
    from local_db.unlocking import StoreState, store_state

    if store_state(ctx.paths.database) is not StoreState.ENCRYPTED:
        raise CommandError(ctx.msg("not_encrypted"))
    if ctx.user is None:
        raise CommandError(ctx.msg("password_needs_user"))
    actor = ctx.signed_in()
    if not actor.can_administer:
        raise CommandError(ctx.msg("admin_needed", user=actor.name))
    return ctx.store, actor.name


def keys_recovery_new(ctx: Context, _args: argparse.Namespace) -> int:
    """A new recovery key, printed once; the old one opens nothing any more."""
    from local_db.unlocking import renew_recovery_key

    store, admin = _encrypted_as_admin(ctx)
    recovery = renew_recovery_key(store, ctx.vault(), admin)
    ctx.out(ctx.msg("recovery_key", code=recovery))
    return EXIT_OK


def keys_machine(ctx: Context, args: argparse.Namespace) -> int:
    """An administrator keeps or drops this PC's machine key (field laptops: off)."""
    store, _admin = _encrypted_as_admin(ctx)
    assert store.db.key is not None
    if not ctx.vault().set_machine(store.db.key, args.state == "on"):
        raise CommandError(ctx.msg("machine_unavailable"))
    ctx.out(ctx.msg("machine_on" if args.state == "on" else "machine_off"))
    return EXIT_OK
