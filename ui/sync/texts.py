"""How sync states look and read in the window: chip colours and icons, history lines.

One place for the look of a sync state, so the list's chip, the needs-attention page and the
status bar agree. Reasons themselves come from the domain's catalogue (`Issue.message`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from domain.issues import Issue, Lang
from ui import labels

ATTENTION = "attention"  # the filter's pseudo state: rejected or conflict


@dataclass(frozen=True, slots=True)
class ChipLook:
    icon: str
    foreground: str
    background: str


CHIPS: dict[str, ChipLook] = {
    "sent": ChipLook("✓", "#1b5e20", "#e3f1e4"),
    "pending": ChipLook("↑", "#0d47a1", "#e3edfb"),
    "rejected": ChipLook("!", "#ffffff", "#c62828"),
    "conflict": ChipLook("⇄", "#ffffff", "#e65100"),
    "waiting": ChipLook("‖", "#4e342e", "#efe7e1"),
}


def filter_choices() -> dict[str, str]:
    """The list's sync filter: every state, and "needs attention" (refused or in conflict)."""
    return {
        ATTENTION: QCoreApplication.translate("Sync", "Needs attention (refused or conflict)"),
        **labels.sync_states(),
    }


def field_name(field: str | None) -> str:
    if field is None:
        return QCoreApplication.translate("Sync", "Record")
    return labels.field_names().get(field, field)


def reasons(errors: Iterable[Issue], lang: Lang) -> str:
    """One line per reason: the field's name, then the reason in the interface language."""
    return "\n".join(f"{field_name(e.field)}: {e.message(lang)}" for e in errors)


def history_actions() -> dict[str, str]:
    return {
        "sync_sent": QCoreApplication.translate("Sync", "Sent to the central service"),
        "sync_rejected": QCoreApplication.translate("Sync", "Refused by the central service"),
        "sync_conflict": QCoreApplication.translate("Sync", "Conflict with the central service"),
        "sync_waiting": QCoreApplication.translate("Sync", "Sent, no answer yet"),
        "pull": QCoreApplication.translate("Sync", "Received from the central service"),
        "resolve": QCoreApplication.translate("Sync", "Sync problem resolved"),
        "withdraw": QCoreApplication.translate("Sync", "Withdrawn from this PC"),
    }


def history_detail(action: str, change: dict[str, object], lang: Lang) -> str:
    if action == "sync_sent":
        return QCoreApplication.translate("Sync", "accepted as version %1").replace(
            "%1", str(change.get("version"))
        )
    if action == "sync_conflict":
        return QCoreApplication.translate("Sync", "the central service holds version %1").replace(
            "%1", str(change.get("version"))
        )
    if action == "sync_rejected":
        raw = change.get("errors")
        errors = [
            Issue(e.get("field"), str(e.get("code")), dict(e.get("details") or {}), e.get("message"))
            for e in (raw if isinstance(raw, list) else [])
            if isinstance(e, dict)
        ]
        return reasons(errors, lang).replace("\n", "; ")
    if action == "resolve":
        how = {
            "accept_server": QCoreApplication.translate("Sync", "took the central service's version %1"),
            "resend_mine": QCoreApplication.translate("Sync", "sent again as it is here"),
            "merge": QCoreApplication.translate("Sync", "merged field by field with version %1"),
        }.get(str(change.get("resolution")), "")
        return how.replace("%1", str(change.get("version") or change.get("base_version") or ""))
    if action == "pull":
        return QCoreApplication.translate("Sync", "made or changed on another PC of the office")
    return ""
