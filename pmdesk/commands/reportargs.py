"""Reading the --status-date and --baseline options of `pmdesk status` and `pmdesk report`,
and loading the plan with its schedule (one sentence for anything wrong)."""

from __future__ import annotations

import os
from datetime import datetime, time
from typing import TYPE_CHECKING

from pmdesk.core.errors import PmdeskError

if TYPE_CHECKING:
    from pmdesk.core.plandata import PlanData
    from pmdesk.core.scheduling.result import Schedule


def status_date(text: str | None) -> datetime | None:
    """A day (its end, 17:00, as MS Project's status date) or a day and a time."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise PmdeskError(
            f"The status date must be a date such as 2026-11-26, not “{text}”."
        ) from None
    if len(text.strip()) <= 10:
        moment = datetime.combine(moment.date(), time(17, 0))
    return moment


def baseline(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        raise PmdeskError(f"The baseline must be a number from 0 to 10, not “{text}”.") from None


def load_scheduled(path: str) -> tuple[PlanData, Schedule]:
    """The plan at ``path`` and its schedule (the report needs one)."""
    from pmdesk.core.scheduling import schedule_plan
    from pmdesk.store.pmdb import load_plan

    if not os.path.exists(path):
        raise PmdeskError(f"There is no file {path}.")
    data = load_plan(path)
    try:
        schedule = schedule_plan(data)
    except PmdeskError as exc:
        raise PmdeskError(f"{exc} The plan cannot be reported on until it schedules.") from None
    return data, schedule
