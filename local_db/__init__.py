"""The local store: SQLAlchemy models, in-package Alembic migrations, repositories, backups."""
