"""Schema migrations: a chain of steps keyed on ``PRAGMA user_version``.

``STEPS[n]`` turns a working copy of schema version n into version n + 1. Steps run on the
in-memory working copy only: the file on disk is untouched until the user saves. Version 1 is
the first released format, so the chain is empty today; the first change to schema.py adds
``STEPS[1]`` and a test that opens the version-1 fixture (tests/unit/store/fixtures).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping

from pmdesk.store.identity import SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]

STEPS: dict[int, Step] = {}


def migrate(
    conn: sqlite3.Connection,
    version: int,
    target: int = SCHEMA_VERSION,
    steps: Mapping[int, Step] | None = None,
) -> None:
    """Run the steps from ``version`` up to ``target`` in one transaction; stamp user_version.

    A missing step is our bug (a schema change without its migration) and raises KeyError.
    """
    steps = STEPS if steps is None else steps
    if version >= target:
        return
    conn.execute("BEGIN")
    try:
        for current in range(version, target):
            steps[current](conn)
        conn.execute(f"PRAGMA user_version={int(target)}")
    except BaseException:
        conn.rollback()
        raise
    conn.commit()
