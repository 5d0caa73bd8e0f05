"""Repositories: the only code that writes records. Each opens its own transaction per
operation and returns frozen values, never live ORM objects."""
