"""Alembic environment: uses the engine the app passes in through `config.attributes`."""

from __future__ import annotations

from alembic import context

from local_db.models import Base

engine = context.config.attributes["engine"]

with engine.connect() as connection:
    # Set on the raw connection: inside a transaction SQLite ignores this pragma.
    raw = connection.connection.dbapi_connection
    raw.execute("PRAGMA foreign_keys=OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    finally:
        raw.execute("PRAGMA foreign_keys=ON")
