"""Bounds on what a plan may hold, so that every engine, writer and view can handle it.

Importers check values against these before a plan exists: a plan that imports can always be
scheduled, saved and exported, and its dates can be written to any format pmdesk writes.
"""

from __future__ import annotations

from datetime import datetime

# Microsoft Project accepts dates from January 1, 1984 through December 31, 2149 ("Microsoft
# Project date range", Project specifications); MSPDI files cannot carry others to it.
EARLIEST = datetime(1984, 1, 1)
LATEST = datetime(2149, 12, 31, 23, 59)

# About 60 years of 8-hour working days: longer is a typo, and the schedule of a longer task
# would leave the date range above.
MAX_DURATION_MINUTES = 7_500_000
MAX_LAG_MINUTES = MAX_DURATION_MINUTES
MAX_PERCENT_LAG = 100_000.0  # a percent lag of 1,000 times the predecessor's duration

# Outline depth: no real plan nests deeper; code walking the tree stays far from Python's
# recursion limit, and XML writers (which recurse per level) can serialise it.
MAX_OUTLINE_DEPTH = 100

MAX_PRIORITY = 1000  # MS Project's priority range is 0..1000
MAX_UNITS = 1_000_000.0  # 100,000,000 %: max units and assignment units
MAX_MONEY = 1e15  # rates, costs: beyond any budget, far inside float precision


def date_problem(value: datetime) -> str | None:
    """Why ``value`` cannot be a plan date, or None when it can."""
    if value < EARLIEST or value > LATEST:
        return (
            f"{value:%Y-%m-%d} is outside the dates plans can hold "
            f"({EARLIEST:%Y-%m-%d} to {LATEST:%Y-%m-%d}, as in MS Project)"
        )
    return None
