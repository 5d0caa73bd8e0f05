"""`loket problems` and `loket resolve` (INTERFACES.md): records that need a person, and the
three decisions a script can make about one.

`problems` exits 0 when nothing needs a person and 4 otherwise; `resolve` exits 0 when done and
2 when the decision does not apply to the record (unknown id, nothing refused, a withdrawal of
a record the server may hold). Reasons come from the domain's one catalogue in `--lang`; a code
it does not know is shown with the server's own message.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.commands import EXIT_BAD_INPUT, EXIT_OK, CommandError, Context

EXIT_NEEDS_PERSON = 4


def _say(ctx: Context, key: str, **params: Any) -> str:
    return ctx.msg(key, **params)


def add_parsers(sub: Any) -> None:
    problems_p = sub.add_parser("problems", help="records that need a person (rejected or conflict)")
    problems_p.add_argument("--json", action="store_true")
    problems_p.set_defaults(handler=problems_command)

    resolve_p = sub.add_parser("resolve", help="settle one record that needs a person")
    resolve_p.add_argument("id", help="the record's id, as loket problems prints it")
    how = resolve_p.add_mutually_exclusive_group(required=True)
    how.add_argument("--resend", action="store_const", const="resend", dest="how")
    how.add_argument("--take-server", action="store_const", const="take_server", dest="how")
    how.add_argument("--withdraw", action="store_const", const="withdraw", dest="how")
    resolve_p.set_defaults(handler=resolve_command)


def problems_command(ctx: Context, args: argparse.Namespace) -> int:
    lang = "en" if ctx.msg.lang == "en" else "id"
    found = ctx.store.sync_records.problems()
    items = []
    for p in found:
        item: dict[str, Any] = {
            "id": p.id,
            "entity": p.entity,
            "registration_no": p.registration_no,
            "nik": p.nik,
            "state": p.state,
            "errors": [{"field": e.field, "code": e.code, "message": e.message(lang)} for e in p.errors],
        }
        if p.server_copy is not None:
            item["server_version"] = p.server_copy.get("version")
        items.append(item)
    if args.json:
        ctx.out(json.dumps(items, ensure_ascii=False, indent=2))
    elif not items:
        ctx.out(_say(ctx, "problems_none"))
    else:
        for item in items:
            head = (item["id"], item["entity"], item["registration_no"], item["nik"], item["state"])
            ctx.out("  ".join(str(part or "-") for part in head))
            for e in item["errors"]:
                ctx.out(f"    {e['field'] or '-'}: {e['code']}: {e['message']}")
            if "server_version" in item:
                ctx.out("    " + _say(ctx, "problems_conflict", version=item["server_version"]))
        ctx.out(_say(ctx, "problems_count", count=len(items)))
    return EXIT_NEEDS_PERSON if items else EXIT_OK


def _entity_of(ctx: Context, record_id: str) -> str | None:
    from sqlalchemy import select

    from local_db.repositories.server_copy import TABLES

    with ctx.store.db.read() as conn:
        for entity, table in TABLES.items():
            if conn.execute(select(table.c.id).where(table.c.id == record_id)).first() is not None:
                return entity
    return None


def resolve_command(ctx: Context, args: argparse.Namespace) -> int:
    from local_db.repositories.sync_resolve import NotPossible

    record_id = args.id.strip().lower()
    entity = _entity_of(ctx, record_id)
    if entity is None:
        raise CommandError(_say(ctx, "resolve_unknown_id", id=args.id), EXIT_BAD_INPUT)
    actor = ctx.actor()
    records = ctx.store.sync_records
    try:
        if args.how == "resend":
            records.resend_mine(entity, record_id, actor)
            ctx.out(_say(ctx, "resolve_resent", id=record_id))
        elif args.how == "take_server":
            state = records.accept_server(entity, record_id, actor)
            ctx.out(_say(ctx, "resolve_took_server", id=record_id, version=state.server_version))
        else:
            records.withdraw(entity, record_id, actor)
            ctx.out(_say(ctx, "resolve_withdrawn", id=record_id))
    except NotPossible as exc:
        reason = exc.reason
        rejected = records.state_of(entity, record_id).sync_state == "rejected"
        if args.how == "take_server" and reason == "nothing_to_resolve" and rejected:
            reason = "no_server_copy"
        raise CommandError(_say(ctx, f"resolve_{reason}", id=record_id), EXIT_BAD_INPUT) from exc
    return EXIT_OK
