"""The .pmdb store: SQLModel tables, row <-> entity mapping, safe open/save, locks, recovery."""
