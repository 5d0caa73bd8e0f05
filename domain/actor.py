"""Who is doing something: the audit log's `actor` and the role that decides what they may do."""

from __future__ import annotations

from dataclasses import dataclass

from domain.codes import Role


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # staff username, or "cli:<os user>" / "sync" for unattended work
    role: Role

    @property
    def can_write(self) -> bool:
        return self.role in (Role.ADMIN, Role.OPERATOR)

    @property
    def can_administer(self) -> bool:
        return self.role is Role.ADMIN


class PermissionDenied(Exception):
    """The actor's role does not allow this action."""

    def __init__(self, actor: Actor, action: str) -> None:
        super().__init__(f"role {actor.role} may not {action}")
        self.actor = actor
        self.action = action


def require_write(actor: Actor, action: str) -> None:
    if not actor.can_write:
        raise PermissionDenied(actor, action)
