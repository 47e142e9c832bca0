"""The columns of the usage views (Resource Usage, Task Usage): days, weeks, months or quarters,
chosen by the zoom (MS Project's usage timescales follow its zoom the same way)."""

from __future__ import annotations

from datetime import date, timedelta

PERIODS = ("day", "week", "month", "quarter")
# (period, lowest zoom step it covers, column width in pixels at that step)
_BANDS = (("day", 4, 34), ("week", -1, 40), ("month", -4, 52), ("quarter", -99, 70))
MIN_STEP, MAX_STEP = -7, 8


def period_for_zoom(steps: int) -> tuple[str, int]:
    """The period and column width at ``steps`` of zoom (0: weeks of 46 pixels)."""
    for period, lowest, width in _BANDS:
        if steps >= lowest:
            anchor = 0 if period == "week" else lowest
            base = 46 if period == "week" else width
            return period, max(18, round(base * 1.15 ** (steps - anchor)))
    return "quarter", 70  # pragma: no cover - the last band takes every step


def period_start(period: str, day: date) -> date:
    """The first day of the period holding ``day``."""
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)


def next_start(period: str, start: date) -> date:
    if period == "day":
        return start + timedelta(days=1)
    if period == "week":
        return start + timedelta(weeks=1)
    months = 1 if period == "month" else 3
    month = start.month - 1 + months
    return date(start.year + month // 12, month % 12 + 1, 1)


def period_starts(period: str, first: date, last: date, extra: int = 1) -> list[date]:
    """Starts of the periods from the one holding ``first`` to ``extra`` after the one
    holding ``last``, and the end of the last one (so column i spans starts[i]..starts[i+1])."""
    starts = [period_start(period, first)]
    while starts[-1] <= last:
        starts.append(next_start(period, starts[-1]))
    for _ in range(extra):
        starts.append(next_start(period, starts[-1]))
    return starts
