"""Wire schemas of sync protocol v1 (docs/contract/SYNC_PROTOCOL.md), shared by the central service
and the desktop's sync client.

Field names and status words are fixed by the protocol; these models add only bounds that keep
a server safe (sizes, integer ranges, no NUL characters in strings that become columns).
Unknown fields in a request are ignored here; unknown fields inside a record's `data` are kept.
Versions and sequence numbers fit in a signed 64-bit column.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field

API_VERSION = 1
API_PREFIX = "/api/v1"
MAX_CHANGES = 500
MAX_BODY_BYTES = 8 * 1024 * 1024
PULL_DEFAULT_LIMIT = 500
PULL_MAX_LIMIT = 1000
# Project decisions (docs/sync-protocol.md), not contract: a pull page's JSON body ends before
# this many bytes; a change's stored `data` and each unknown field in it are bounded, so that
# one record always fits in a page.
PULL_PAGE_BYTES = 1024 * 1024
MAX_DATA_BYTES = 64 * 1024
MAX_UNKNOWN_FIELD_BYTES = 8 * 1024
MAX_VERSION = 2**62

EntityName = Literal["candidate", "opp_session", "opp_attendance"]
PulledEntityName = Literal["candidate", "opp_session", "opp_attendance", "p3mi"]
Op = Literal["upsert", "delete"]
ResultStatus = Literal["applied", "duplicate", "conflict", "rejected"]

Version = Annotated[int, Field(ge=1, le=MAX_VERSION)]
# Text that ends up in a database column: bounded, and without NUL (PostgreSQL text refuses it).
ShortText = Annotated[str, Field(max_length=200, pattern=r"^[^\x00]*$")]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class ErrorInfo(_Wire):
    code: str
    message: str
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorBody(_Wire):
    """The body of every non-2xx answer."""

    error: ErrorInfo


class Health(_Wire):
    status: Literal["ok"]
    api_version: int
    server_time: AwareDatetime


def _printable_line(value: str) -> str:
    if not value.strip() or not value.isprintable():
        raise ValueError("a device name is one line of printable text")
    return value


# Shown in the operator's `devices list`: no tabs, newlines, terminal escapes or bidi controls.
DeviceName = Annotated[str, Field(max_length=200), AfterValidator(_printable_line)]


class EnrollRequest(_Wire):
    enrollment_code: ShortText
    device_id: uuid.UUID
    device_name: DeviceName
    app_version: ShortText


class OfficeInfo(_Wire):
    code: str
    name: str


class EnrollResponse(_Wire):
    device_id: uuid.UUID
    token: str
    office: OfficeInfo


class Change(_Wire):
    change_id: uuid.UUID
    entity: EntityName
    entity_id: uuid.UUID
    op: Op
    base_version: Version | None
    recorded_at: AwareDatetime
    data: dict[str, Any] = Field(default_factory=dict)


class PushRequest(_Wire):
    device_id: uuid.UUID
    changes: list[Change] = Field(max_length=MAX_CHANGES)


class ResultError(_Wire):
    field: str | None
    code: str
    message: str
    # e.g. the office code of `nik_registered_elsewhere`; kept so the reason can name it
    details: dict[str, Any] = Field(default_factory=dict)


class Current(_Wire):
    version: int
    data: dict[str, Any]


class ChangeResult(_Wire):
    change_id: uuid.UUID
    status: ResultStatus
    version: int | None = None
    errors: list[ResultError] = Field(default_factory=list)
    current: Current | None = None
    # Extra (allowed by the protocol): rule warnings a clerk should see; never block storing.
    warnings: list[ResultError] = Field(default_factory=list)


class PushResponse(_Wire):
    results: list[ChangeResult]
    server_time: AwareDatetime


class PulledChange(_Wire):
    seq: int
    entity: PulledEntityName
    entity_id: uuid.UUID
    op: Op
    version: int
    data: dict[str, Any]


class PullResponse(_Wire):
    changes: list[PulledChange]
    next: str
    more: bool
