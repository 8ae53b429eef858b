"""The workspace file: SQLite schema, migrations and queries (sqlite-utils)."""
