"""Many rows in few round trips: the push's inserts and its "which of these ids exist" reads.

PostgreSQL: inserts go through `COPY … FROM STDIN` on the transaction's own connection (about
3× cheaper than psycopg's pipelined executemany, measured on a 500-change batch), and a look-up
by many keys binds one array (`= ANY(:keys)`) so the statement text never changes and psycopg
prepares it once. SQLite: executemany, and `IN (…)` with one parameter per key.

A COPY fails as a whole, exactly like the executemany it replaces: a duplicate key raises
SQLAlchemy's `IntegrityError` (the caller rolls back its savepoint), so the unique constraints
stay the only guard of exactly-once effect.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ARRAY, Column, ColumnElement, Connection, String, Table, any_, bindparam
from sqlalchemy.exc import DBAPIError


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def insert_rows(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys."""
    if not rows:
        return
    columns = list(rows[0])
    driver = conn.connection.driver_connection
    assert driver is not None
    if is_postgres(conn):
        statement = f"COPY {table.name} ({', '.join(columns)}) FROM STDIN"
    else:
        marks = ", ".join("?" * len(columns))
        statement = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})"
    try:
        if is_postgres(conn):
            with driver.cursor() as cursor, cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row([row[c] for c in columns])
        else:
            driver.executemany(statement, [tuple(row[c] for c in columns) for row in rows])
    except conn.dialect.loaded_dbapi.Error as exc:
        # The same exception classes SQLAlchemy raises for execute(): IntegrityError for a
        # duplicate key, OperationalError for a lost connection, and so on.
        raise DBAPIError.instance(statement, None, exc, conn.dialect.loaded_dbapi.Error) from exc


def among(conn: Connection, column: Column[Any], keys: Sequence[str]) -> ColumnElement[bool]:
    """`column IN keys` for string keys, written so that PostgreSQL can reuse its plan."""
    if is_postgres(conn):
        return column == any_(bindparam(f"{column.name}_keys", list(keys), type_=ARRAY(String)))
    return column.in_(list(keys))
