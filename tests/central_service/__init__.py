"""Tests of the central service: the real server over real HTTP, on SQLite and PostgreSQL."""
