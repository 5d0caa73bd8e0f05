"""Finding candidates among 100,000+: by NIK prefix, registration number, or name-word prefix.

Each kind of match is an index range scan: `nik` and `registration_no` are indexed, and
`candidate_name_word` holds every normalised word of every name, so "sit ami" finds
"Siti Aminah" (each typed word is a prefix of some word of the name; case and accents ignored).
The list screen asks for ids first (cheap) and rows for the visible part only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, literal_column, or_, select

from domain.chunks import chunked
from domain.names import normalise_name
from local_db.database import Database
from local_db.repositories.candidate_rows import CANDIDATE, NAME_WORD
from local_db.repositories.document_counts import completeness_condition, document_counts

SORTABLE = (
    "registered_at",
    "full_name",
    "nik",
    "registration_no",
    "status",
    "destination_country",
    "sync_state",
    "birth_date",
)
_DIGITS = re.compile(r"[\d\s.\-]+")
# "26-…": the year and dash that begin every registration number (domain/registration_no.py);
# a NIK is never written so, and a name has no digits.
_REGISTRATION_SHAPE = re.compile(r"\d{2}-")
FIRST_PAGE = 500
# With many matches the first page is read by walking the display order's index
# (ix_candidate_registered) and testing each row, stopping at FIRST_PAGE: for `26-` at 100,000
# candidates that takes 0.4 ms, where the index ranges and a sort of every match took ~150 ms.
# With few matches the walk visits many rows for each match and the ranges win. Walking visits
# about FIRST_PAGE × rows / matches rows, the ranges sort `matches` rows: walk when
# matches² ≥ FIRST_PAGE × rows × cost, where a row costs more to test when the NIK (not in that
# index) is tested. Measured at 100,000: `36` (2,459 NIKs) walk 21 ms, ranges 3 ms; `si`
# (4,901 names) walk 4 ms, ranges 15 ms; `3601` (405) walk 97 ms, ranges 1 ms.
WALK_ABOVE = 2_000
WALK_COST_NAMES = 0.25
WALK_COST_NIK = 4.0
_WALKABLE_SORT = "registered_at"


@dataclass(frozen=True, slots=True)
class CandidateFilter:
    statuses: tuple[str, ...] = ()
    destinations: tuple[str, ...] = ()
    sync_states: tuple[str, ...] = ()
    documents: str = ""  # "complete" or "incomplete" (local_db/repositories/document_counts.py)


@dataclass(frozen=True, slots=True)
class CandidateSummary:
    """The columns of the candidate list."""

    id: str
    registration_no: str
    nik: str
    full_name: str
    birth_date: str
    sex: str
    destination_country: str
    status: str
    sync_state: str
    registered_at: str
    scheme: str
    sector: str
    documents: str  # the stored JSON object

    def document_counts(self) -> tuple[int, int]:
        """(present, expected) documents for this scheme and sector."""
        return document_counts(self.documents, self.scheme, self.sector)


@dataclass(frozen=True, slots=True)
class FirstPage:
    """The first rows of a search in display order, and how many match in all."""

    ids: list[str]
    total: int

    @property
    def complete(self) -> bool:
        return len(self.ids) >= self.total


def _column(name: str, walk: bool) -> ColumnElement[Any]:
    """A candidate column; `walk` writes it as `(col || '')`, which no index serves, so that
    SQLite walks the display order's index instead of an index range on this column."""
    column: ColumnElement[Any] = CANDIDATE.c[name]
    return column.concat("") if walk else column


def _prefix_range(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    # `\U0010ffff` sorts after every character we store, so this is an index range scan.
    return and_(column >= prefix, column < prefix + "\U0010ffff")


def text_condition(text: str, walk: bool = False) -> ColumnElement[bool] | None:
    """What a typed search means; None for an empty search (everything)."""
    options = text_options(text, walk)
    return or_(*options) if options else None


def text_options(text: str, walk: bool = False) -> list[ColumnElement[bool]]:
    """The ways a typed text can match (any one is enough): NIK, registration number, name."""
    text = text.strip()
    if not text:
        return []
    options: list[ColumnElement[bool]] = []
    registration_shaped = _REGISTRATION_SHAPE.match(text) is not None
    if _DIGITS.fullmatch(text) and not registration_shaped:
        digits = re.sub(r"\D", "", text)
        options.append(_prefix_range(_column("nik", walk), digits))
    if text[0].isdigit():  # numbers begin with the year's digits (domain/registration_no.py)
        options.append(_prefix_range(_column("registration_no", walk), text.upper()))
    words = [] if registration_shaped else normalise_name(text).split()
    if words:
        subqueries = [
            select(NAME_WORD.c.candidate_id).where(_prefix_range(NAME_WORD.c.word, w)) for w in set(words)
        ]
        matching = subqueries[0]
        for extra in subqueries[1:]:
            matching = matching.where(NAME_WORD.c.candidate_id.in_(extra))  # type: ignore[assignment]
        options.append(_column("id", walk).in_(matching))
    return options


class CandidateSearch:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _where(
        self, query: Select[Any], text: str, filters: CandidateFilter, walk: bool = False
    ) -> Select[Any]:
        condition = text_condition(text, walk)
        if condition is not None:
            query = query.where(condition)
        if filters.statuses:
            query = query.where(_column("status", walk).in_(filters.statuses))
        if filters.destinations:
            query = query.where(_column("destination_country", walk).in_(filters.destinations))
        if filters.sync_states:
            query = query.where(_column("sync_state", walk).in_(filters.sync_states))
        if filters.documents:
            query = query.where(completeness_condition(filters.documents))
        return query

    def ids(
        self,
        text: str = "",
        filters: CandidateFilter = CandidateFilter(),
        sort: str = "registered_at",
        descending: bool = True,
        limit: int | None = None,
        *,
        walk: bool = False,
        still_wanted: Callable[[], bool] | None = None,
    ) -> list[str]:
        """Ids of matching candidates in display order (ties broken by registration number).

        `walk`: read along the display order's index (see WALK_ABOVE). `still_wanted` is asked
        between chunks of a long answer; when it says no, the reading stops (returns [])."""
        if sort not in SORTABLE:
            raise ValueError(f"cannot sort by {sort}")
        column = CANDIDATE.c[sort]
        tie = CANDIDATE.c.registration_no
        order = (column.desc(), tie.desc()) if descending else (column.asc(), tie.asc())
        query = self._where(select(CANDIDATE.c.id), text, filters, walk).order_by(*order)
        if limit is not None:
            query = query.limit(limit)
        ids: list[str] = []
        with self._db.read() as conn:
            for chunk in conn.execute(query).partitions(5_000):
                if still_wanted is not None and not still_wanted():
                    return []
                ids += [r[0] for r in chunk]
        return ids

    def first_page(
        self,
        text: str = "",
        filters: CandidateFilter = CandidateFilter(),
        sort: str = "registered_at",
        descending: bool = True,
        size: int = FIRST_PAGE,
        walk_above: int = WALK_ABOVE,
    ) -> FirstPage:
        """The first `size` ids and the number of matches: what the list shows at once (a
        search matching everything costs ~10 ms this way; all its ids ~150 ms)."""
        total = self.count(text, filters)
        if total <= size:
            return FirstPage(self.ids(text, filters, sort, descending), total)
        walk = total > walk_above and sort == _WALKABLE_SORT and self._walk_pays(text, total, size)
        return FirstPage(self.ids(text, filters, sort, descending, size, walk=walk), total)

    def _walk_pays(self, text: str, matches: int, size: int) -> bool:
        with self._db.read() as conn:  # max(rowid): O(1), about the number of rows
            rows = int(
                conn.execute(select(func.max(literal_column("rowid"))).select_from(CANDIDATE)).scalar() or 0
            )
        tests_nik = bool(_DIGITS.fullmatch(text.strip())) and not _REGISTRATION_SHAPE.match(text.strip())
        cost = WALK_COST_NIK if tests_nik else WALK_COST_NAMES
        return matches * matches >= size * rows * cost

    def count(self, text: str = "", filters: CandidateFilter = CandidateFilter()) -> int:
        """Matches of a search. With several ways to match (`26`: NIK or registration number or
        name), SQLite would gather every match of the OR into a row set (~13 ms for 100,000);
        instead each way is counted on its own index, the largest taken whole and the others
        less what the larger ones already counted (~4 ms)."""
        options = text_options(text)
        with self._db.read() as conn:

            def number(*conditions: ColumnElement[bool]) -> int:
                query = self._where(select(func.count()).select_from(CANDIDATE), "", filters)
                return int(conn.execute(query.where(*conditions)).scalar_one())

            if len(options) <= 1:
                return number(*options)
            sizes = [number(option) for option in options]
            order = sorted(range(len(options)), key=lambda i: -sizes[i])
            total = sizes[order[0]]
            for k, i in enumerate(order[1:], start=1):
                if sizes[i]:
                    total += number(options[i], *(~options[j] for j in order[:k]))
            return total

    def summaries(self, ids: Sequence[str]) -> list[CandidateSummary]:
        """Rows for `ids`, in the order given (missing ids are skipped)."""
        columns = [CANDIDATE.c[f] for f in CandidateSummary.__dataclass_fields__]
        found: dict[str, CandidateSummary] = {}
        with self._db.read() as conn:
            for part in chunked(ids, 500):
                for row in conn.execute(select(*columns).where(CANDIDATE.c.id.in_(part))):
                    found[row[0]] = CandidateSummary(*row)
        return [found[i] for i in ids if i in found]

    def search(self, text: str, limit: int = 50) -> list[CandidateSummary]:
        """The counter's quick search: the first `limit` matches, newest first."""
        return self.summaries(self.ids(text, limit=limit))
