"""The P&L's time axis: months, quarters or years counted from a first period.

Settings live in ``plan.settings["pnl"]``: ``period`` (month/quarter/year), ``periods``
(how many), ``first_period`` (ISO date of the first period's first day) and
``discount_rate`` (per year, e.g. 0.10).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from pmdesk.core.entities import Plan
from pmdesk.core.localeformat import format_date_pattern
from pmdesk.core.translation import translate

MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "year": 12}
MAX_PERIODS = 600  # 50 years of months: more is a typo, not a plan


@dataclass(frozen=True, slots=True)
class PnlSettings:
    period: str = "quarter"
    periods: int = 12
    first_period: date = date(2027, 1, 1)
    discount_rate: float = 0.10

    @property
    def months(self) -> int:
        return MONTHS_PER_PERIOD[self.period]

    @property
    def periods_per_year(self) -> int:
        return 12 // self.months

    @property
    def period_rate(self) -> float:
        """The discount rate per period equivalent to the yearly rate (compounded)."""
        return float((1.0 + self.discount_rate) ** (1.0 / self.periods_per_year) - 1.0)

    @classmethod
    def from_plan(cls, plan: Plan) -> PnlSettings:
        """Read ``plan.settings["pnl"]``; a missing or unreadable value takes its default
        (the first period defaults to the calendar period the plan starts in)."""
        raw = (plan.settings or {}).get("pnl") or {}
        period = str(raw.get("period", "quarter")).lower()
        if period not in MONTHS_PER_PERIOD:
            period = "quarter"
        try:
            count = int(raw.get("periods", 12))
        except (TypeError, ValueError):
            count = 12
        count = max(1, min(MAX_PERIODS, count))
        start = getattr(plan, "start", None)
        if isinstance(start, datetime):  # the calendar month/quarter/year the plan starts in
            months = MONTHS_PER_PERIOD[period]
            first = date(start.year, (start.month - 1) // months * months + 1, 1)
        else:
            first = date(2027, 1, 1)
        value = raw.get("first_period")
        if isinstance(value, datetime):
            first = value.date()
        elif isinstance(value, date):
            first = value
        elif isinstance(value, str):
            try:
                first = date.fromisoformat(value[:10])
            except ValueError:
                pass
        try:
            rate = float(raw.get("discount_rate", 0.10))
        except (TypeError, ValueError):
            rate = 0.10
        if not rate > -1.0:  # also rejects NaN
            rate = 0.10
        return cls(period, count, first, rate)


@dataclass(frozen=True, slots=True)
class Period:
    index: int
    start: date  # first day
    end: date  # first day of the next period (exclusive)
    label: str

    @property
    def start_time(self) -> datetime:
        return datetime(self.start.year, self.start.month, self.start.day)

    @property
    def end_time(self) -> datetime:
        return datetime(self.end.year, self.end.month, self.end.day)


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months (the day of month is clamped to the target month)."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    last = (date(year + (month == 12), month % 12 + 1, 1) - date(year, month, 1)).days
    return date(year, month, min(day.day, last))


def _label(kind: str, start: date, end: date) -> str:
    """ "Oct 2026", "Q4 2026", "FY Apr 2026" in the interface language ("Okt 2026", "K4 2026",
    "TA Apr 2026"): month names from the locale (Babel), not strftime's C locale."""
    if kind == "month":
        return format_date_pattern(start, "MMM y")
    if kind == "year":
        return (
            str(start.year)
            if start.month == 1 and start.day == 1
            else translate("Periods", "FY %1").replace("%1", format_date_pattern(start, "MMM y"))
        )
    if start.day == 1 and start.month in (1, 4, 7, 10):
        return (
            translate("Periods", "Q%1 %2")
            .replace("%1", str((start.month - 1) // 3 + 1))
            .replace("%2", str(start.year))
        )
    last = add_months(start, 2)
    return f"{format_date_pattern(start, 'MMM')}–{format_date_pattern(last, 'MMM y')}"


def make_periods(settings: PnlSettings) -> list[Period]:
    periods = []
    start = settings.first_period
    for index in range(settings.periods):
        end = add_months(settings.first_period, settings.months * (index + 1))
        periods.append(Period(index, start, end, _label(settings.period, start, end)))
        start = end
    return periods


def locate(periods: list[Period], moment: datetime) -> tuple[int, float]:
    """(period index, share of that period still ahead at ``moment``).

    Before the first period: (0, 1.0); after the last: (len(periods), 1.0).
    """
    if not periods or moment < periods[0].start_time:
        return 0, 1.0
    for period in periods:
        if moment < period.end_time:
            span = (period.end_time - period.start_time).total_seconds()
            left = (period.end_time - moment).total_seconds()
            return period.index, left / span
    return len(periods), 1.0
