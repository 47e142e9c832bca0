"""The task table's earned value columns: core/earnedvalue.py's figures at the plan's status
date against the plan's earned value baseline (Plan.settings["earned_value_baseline"], 0-10,
MS Project's "Baseline for Earned Value calculations"), computed once per schedule."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.core.earnedvalue import BASELINE_KEY as BASELINE_KEY  # noqa: F401 (re-exported)
from pmdesk.core.earnedvalue import (
    FIELDS,
    Between,
    EarnedValueResult,
    plan_earned_value,
    plan_ev_baseline,
)
from pmdesk.core.errors import PmdeskError
from pmdesk.core.planinfo import compiled_default

if TYPE_CHECKING:
    from pmdesk.core.entities import Plan
    from pmdesk.document import Document

EV_KEYS = frozenset(FIELDS)
_RATIOS = frozenset(("spi", "cpi", "tcpi"))
_PERCENTS = frozenset(("sv_percent", "cv_percent"))


def ev_baseline(plan: Plan) -> int:
    return plan_ev_baseline(plan)


def status_or_now(plan: Plan) -> datetime:
    """The status date, or now without one (MS Project uses the current date then)."""
    return plan.status_date or datetime.now().replace(second=0, microsecond=0)


class EarnedValueColumns:
    def __init__(self) -> None:
        self._key: tuple[object, ...] = ()  # what the result was computed from
        self._result: EarnedValueResult | None = None

    def result(self, document: Document) -> EarnedValueResult:
        data = document.data
        status = status_or_now(data.plan)
        key = (document.schedule, status, ev_baseline(data.plan), data.plan.status_date)
        if self._result is None or self._key[0] is not key[0] or self._key[1:] != key[1:]:
            between: Between | None
            try:
                between = compiled_default(data).working_between
            except PmdeskError:
                between = None
            self._result = plan_earned_value(data, document.schedule, status, key[2], between)
            self._key = key
        return self._result

    def text(self, document: Document, task_id: int, key: str) -> str:
        value = self.result(document).tasks.get(task_id)
        if value is None:
            return ""
        figure = getattr(value, key)
        if figure is None:
            return ""
        if key in _RATIOS:
            return f"{figure:.2f}"
        if key in _PERCENTS:
            return f"{figure:.0f}%"
        return f"{figure:,.2f}"

    def invalidate(self) -> None:
        self._result = None
