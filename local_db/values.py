"""What the window and the command line get from the store: its values and errors, in one module.

Repositories return frozen values and raise a few typed errors; code outside `local_db` imports
them from here and reaches the store itself only through `local_db.store.Store` (which also
exports the repository types, for annotations). One place to look for what the store hands out.
"""

from local_db.database import DatabaseError
from local_db.errors import NotFound, StaleRecord, ValidationFailed
from local_db.opp_desk.outcomes import (
    Checkin,
    CheckinResult,
    Enrol,
    EnrolResult,
    Mark,
    Remove,
    SessionUnavailable,
    Undo,
)
from local_db.opp_desk.queries import RosterRow, SessionFilter, SessionSummary
from local_db.repositories.audit import AuditRecord
from local_db.repositories.candidate_rows import CandidateRecord
from local_db.repositories.candidate_search import SORTABLE, CandidateFilter, CandidateSummary, FirstPage
from local_db.repositories.candidates import SaveResult
from local_db.repositories.document_counts import COMPLETE, INCOMPLETE
from local_db.repositories.opp_roster import Roster
from local_db.repositories.p3mi import PlacementCompany
from local_db.repositories.settings import SettingKey
from local_db.repositories.sign_in import SignInOutcome, Verdict
from local_db.repositories.sync_counts import SyncCounts
from local_db.repositories.sync_records import Problem
from local_db.repositories.sync_resolve import NotPossible
from local_db.repositories.users import StaffAccount, UserError
from local_db.states import OutboxState, SyncState
from local_db.tabular.candidate_import import ImportReport, write_rejects
from local_db.tabular.export import ExportFailed
from local_db.tabular.prepare import RowProblem
from local_db.tabular.reader import FileUnusable

__all__ = [
    "COMPLETE",
    "INCOMPLETE",
    "SORTABLE",
    "AuditRecord",
    "CandidateFilter",
    "CandidateRecord",
    "CandidateSummary",
    "Checkin",
    "CheckinResult",
    "DatabaseError",
    "Enrol",
    "EnrolResult",
    "ExportFailed",
    "FileUnusable",
    "FirstPage",
    "ImportReport",
    "Mark",
    "NotFound",
    "NotPossible",
    "OutboxState",
    "PlacementCompany",
    "Problem",
    "Remove",
    "Roster",
    "RosterRow",
    "RowProblem",
    "SaveResult",
    "SessionFilter",
    "SessionSummary",
    "SessionUnavailable",
    "SettingKey",
    "SignInOutcome",
    "StaffAccount",
    "StaleRecord",
    "SyncCounts",
    "SyncState",
    "Undo",
    "UserError",
    "ValidationFailed",
    "Verdict",
    "write_rejects",  # the rejects file an ImportReport's problems are written to
]
