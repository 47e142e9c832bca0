"""What marks a file as a .pmdb of a given version (kept apart from the SQLModel schema, so
the file checks, locks and recovery can be imported without loading SQLAlchemy)."""

SCHEMA_VERSION = 4
"""PRAGMA user_version of the files this pmdesk writes."""

APPLICATION_ID = 0x504D4442
"""PRAGMA application_id of every .pmdb file: the ASCII bytes "PMDB"."""
