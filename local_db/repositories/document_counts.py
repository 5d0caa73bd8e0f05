"""How complete a candidate's documents are: present / expected for the scheme and sector.

One definition (`domain.rules.documents_expected`) serves both the list's "5/14" column
(Python, per visible row) and its "complete / incomplete" filter (SQL over the stored JSON
object, one `json_extract` per document type), so the two cannot drift apart.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping

from sqlalchemy import ColumnElement, and_, case, func, literal, or_

from domain.codes import DocumentType, Scheme, Sector
from domain.rules import documents_expected
from local_db.repositories.candidate_rows import CANDIDATE

COMPLETE, INCOMPLETE = "complete", "incomplete"
_COMBOS = list(itertools.product(Scheme, Sector))


def document_counts(documents: str | Mapping[str, object], scheme: str, sector: str) -> tuple[int, int]:
    """(present, expected) for one candidate; documents as stored (JSON text) or as a mapping."""
    present = json.loads(documents) if isinstance(documents, str) else documents
    try:
        expected = documents_expected(Scheme(scheme), Sector(sector))
    except ValueError:
        expected = tuple(DocumentType)
    return sum(1 for d in expected if present.get(d.value) is True), len(expected)


def _expected_for(doc: DocumentType) -> ColumnElement[bool] | None:
    """SQL: is `doc` expected for the row's scheme and sector (None: always)."""
    combos = [(s, t) for s, t in _COMBOS if doc in documents_expected(s, t)]
    if len(combos) == len(_COMBOS):
        return None
    return or_(*(and_(CANDIDATE.c.scheme == s.value, CANDIDATE.c.sector == t.value) for s, t in combos))


def _counts_sql() -> tuple[ColumnElement[int], ColumnElement[int]]:
    present: list[ColumnElement[int]] = []
    expected: list[ColumnElement[int]] = []
    for doc in DocumentType:
        has = func.json_extract(CANDIDATE.c.documents, f"$.{doc.value}") == 1
        wanted = _expected_for(doc)
        if wanted is None:
            present.append(case((has, 1), else_=0))
            expected.append(literal(1))
        else:
            present.append(case((and_(has, wanted), 1), else_=0))
            expected.append(case((wanted, 1), else_=0))
    return sum(present[1:], present[0]), sum(expected[1:], expected[0])


def completeness_condition(which: str) -> ColumnElement[bool]:
    """Rows whose expected documents are all present (`complete`) or not (`incomplete`)."""
    present, expected = _counts_sql()
    return present >= expected if which == COMPLETE else present < expected
