"""The local store as one facade: the database plus its repositories, opened and migrated."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from argon2 import PasswordHasher

from domain.countries import Countries
from local_db.database import Database
from local_db.migrate import is_at_head, upgrade
from local_db.opp_desk.service import OppDesk, open_desk
from local_db.repositories.audit import AuditLog, AuditRecord
from local_db.repositories.candidate_search import CandidateSearch
from local_db.repositories.candidates import Candidates
from local_db.repositories.inbox import Inbox
from local_db.repositories.opp import OppAttendances, OppSessions
from local_db.repositories.opp_roster import Roster, read_roster
from local_db.repositories.outbox import Outbox
from local_db.repositories.p3mi import PlacementCompanies
from local_db.repositories.regions import Regions
from local_db.repositories.settings import Settings
from local_db.repositories.sign_in import SignInGuard
from local_db.repositories.sync_counts import SyncCounts, sync_counts
from local_db.repositories.sync_history import sync_events, with_sync_events
from local_db.repositories.sync_records import SyncRecords
from local_db.repositories.users import Users
from local_db.rules import Clock, LocalRules

if TYPE_CHECKING:
    from local_db.vault import KeyHolders

if TYPE_CHECKING:
    from local_db.tabular.candidate_import import CandidateImporter

# The repository types, for annotations in the layers above (their values: local_db.values).
__all__ = [
    "AuditLog",
    "CandidateSearch",
    "Candidates",
    "Inbox",
    "OppAttendances",
    "OppDesk",
    "OppSessions",
    "Outbox",
    "PlacementCompanies",
    "Regions",
    "Settings",
    "SignInGuard",
    "Store",
    "SyncRecords",
    "Users",
    "open_store",
]


class StoreNotReadable(Exception):
    """The store cannot be read without writing to it (it needs a migration first)."""


def utc_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class Store:
    """The one way the window and the command line reach the local store."""

    db: Database
    settings: Settings
    regions: Regions
    rules: LocalRules
    candidates: Candidates
    users: Users
    search: CandidateSearch
    sessions: OppSessions
    attendance: OppAttendances
    outbox: Outbox
    inbox: Inbox
    sync_records: SyncRecords
    sign_in: SignInGuard
    audit: AuditLog

    def close(self) -> None:
        self.db.close()

    def importer(self) -> CandidateImporter:
        """A bulk candidate import (loaded on first use: the command line starts faster without it)."""
        from local_db.tabular.candidate_import import CandidateImporter

        return CandidateImporter(self.db, self.rules, self.settings)

    def export_candidates(self, path: Path) -> int:
        """Every candidate to `path` (.csv or .xlsx); the number of rows written."""
        from local_db.tabular.export import export_candidates

        return export_candidates(self.db, path)

    def export_attendance(self, path: Path) -> int:
        """Every OPP attendance record to `path` (.csv or .xlsx); the number of rows written."""
        from local_db.tabular.export import export_attendance

        return export_attendance(self.db, path)

    def record_history(self, entity: str, entity_id: str) -> list[AuditRecord]:
        """A record's audit entries and its sync events (from its outbox rows), newest first."""
        return with_sync_events(self.audit.history(entity, entity_id), sync_events(self.db, entity_id))

    def opp_desk(self) -> OppDesk:
        """The OPP desk (sessions, enrolment, check-in) over this store's repositories."""
        return open_desk(self)

    def roster(self, code: str) -> Roster:
        """The attendance sheet of OPP session `code`."""
        return read_roster(self.db, code)

    def sync_counts(self) -> SyncCounts:
        """How many records are in each sync state."""
        return sync_counts(self.db)


def open_store(
    path: Path,
    backups: Path,
    *,
    clock: Clock = utc_clock,
    countries: Countries | None = None,
    hasher: PasswordHasher | None = None,
    read_only: bool = False,
    key: bytes | None = None,
    key_holders: KeyHolders | None = None,
) -> Store:
    """Open (creating if needed), back up and migrate if a migration is pending, load reference data.

    `read_only=True` only reads an existing store as it is (no migration, nothing written): the
    read-only commands use it when the disk is full; a store that needs a migration is refused.
    `key`: the SQLCipher data key of an encrypted store (local_db/cipher.py); `key_holders`: its
    key file, which accounts' slots follow (local_db/unlocking.py opens encrypted stores)."""
    db = Database(path, read_only=read_only, key=key)
    if read_only:
        if not is_at_head(db.engine):
            db.close()
            raise StoreNotReadable(path)
    else:
        upgrade(db.engine, path, backups, key)
    settings = Settings(db)
    regions = Regions(db)
    if not read_only:
        regions.ensure_loaded()
    rules = LocalRules(regions, countries or Countries(), clock)
    users = Users(db, hasher or PasswordHasher(), clock, key_holders)
    return Store(
        db,
        settings,
        regions,
        rules,
        Candidates(db, rules, settings),
        users,
        CandidateSearch(db),
        OppSessions(db, clock),
        OppAttendances(db, clock),
        Outbox(db),
        Inbox(db),
        SyncRecords(db, clock),
        SignInGuard(db, users, clock),
        AuditLog(db),
    )
