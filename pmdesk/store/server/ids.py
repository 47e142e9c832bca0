"""New ids on a server plan: each editor takes them from a range the server reserved for it.

In a .pmdb a new entity gets the highest id + 1 (PlanData.new_id). On a server plan two people
adding a task at the same moment would both pick that number and one of them would be
refused. Instead each editor reserves BLOCK ids of a kind at a time in ``pmdesk.id_blocks``
(one row per plan and table, moved on by every reservation under its row lock, so each range
is handed out once) and its new ids come from its own range: the highest id of the table
inside the range + 1, the same rule as a .pmdb's within the range.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, text

from pmdesk.store.server import tables as t
from pmdesk.store.server.errors import ServerError

BLOCK = 1000
# A fresh range is reserved before fewer than this many ids are left in the current one:
# callers adding several entities take new_id() and count on from it (a paste of 50 tasks).
MARGIN = 100


def reserve(conn: Connection, plan_id: int, kind: type, floor: int) -> int:
    """Reserve BLOCK ids of ``kind`` for one editor (inside the caller's transaction); return
    the first. The range starts above every id the server's table has, above ``floor`` (the
    editor's own highest + 1) and above every range handed out before."""
    name = t.twin_of(kind).name
    return int(
        conn.execute(
            text(
                f"INSERT INTO {t.SCHEMA}.id_blocks AS b (plan_id, tbl, next_id) "
                f"SELECT :plan, :tbl, GREATEST(:floor, max(id) + 1) + :size "
                f'FROM {t.SCHEMA}."{name}" WHERE plan_id = :plan '
                "ON CONFLICT (plan_id, tbl) DO UPDATE "
                "SET next_id = GREATEST(b.next_id, EXCLUDED.next_id - :size) + :size "
                "RETURNING next_id - :size"
            ),
            {"plan": plan_id, "tbl": name, "floor": floor, "size": BLOCK},
        ).scalar_one()
    )


class IdBlocks:
    """PlanData.id_source of a server plan. ``reserve(kind, floor)`` asks the server for a
    range (ServerError when it cannot be reached: the highest id + 1 is used meanwhile, and an
    add whose id someone took is refused when it is sent, as before)."""

    def __init__(self, reserve: Callable[[type, int], int]) -> None:
        self._reserve = reserve
        self._ranges: dict[type, range] = {}

    def __call__(self, kind: type, table: dict[int, Any]) -> int:
        block = self._ranges.get(kind)
        if block is not None:
            used = max((i for i in table if i in block), default=block.start - 1)
            if used + 1 <= block.stop - MARGIN:
                return used + 1
        floor = max(table, default=0) + 1
        try:
            start = self._reserve(kind, floor)
        except ServerError:
            return floor
        self._ranges[kind] = range(start, start + BLOCK)
        return start
