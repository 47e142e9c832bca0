"""The time grid: maps datetimes to chart x and back, and lays out the two-tier timescale.

As in KD Gantt's ``DateTimeGrid``, the chart's x axis is a linear map from an origin
datetime at ``day_width`` pixels per day. The timescale has an upper and a lower tier whose
units follow the zoom, from hours (upper tier: days) to years (upper tier: decades).
This module imports no widgets so screen and printing share it.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

SECONDS_PER_DAY = 86400.0
MIN_DAY_WIDTH = 0.05  # a whole year in ~18 px
MAX_DAY_WIDTH = 4800.0  # an hour in 200 px


class Unit(enum.Enum):
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    DECADE = "decade"


MONTH_NAMES: tuple[str, ...] = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
MONTH_LONG: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DAY_NAMES: tuple[str, ...] = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ENGLISH = (MONTH_NAMES, MONTH_LONG, DAY_NAMES)
# The words of the labels, in the interface language (use_language_names); English until then.
_WORDS = {"week": "Week %1", "w": "W%1", "q": "Q%1", "decade": "%1s"}


def use_language_names() -> None:
    """Month and day names from the default QLocale and the label words from the interface
    language (pmdesk.ui.language calls this when it installs a language). Kept in module
    tuples: the timescale labels every visible cell on each paint."""
    global MONTH_NAMES, MONTH_LONG, DAY_NAMES
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        MONTH_NAMES, MONTH_LONG, DAY_NAMES = _ENGLISH
    else:
        short, long_ = QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat
        MONTH_NAMES = tuple(locale.monthName(m, short).rstrip(".") for m in range(1, 13))
        MONTH_LONG = tuple(locale.monthName(m, long_) for m in range(1, 13))
        DAY_NAMES = tuple(locale.dayName(d, short).rstrip(".") for d in range(1, 8))
    translate = QCoreApplication.translate
    _WORDS.update(
        week=translate("Timescale", "Week %1"),
        w=translate("Timescale", "W%1"),
        q=translate("Timescale", "Q%1"),
        decade=translate("Timescale", "%1s"),
    )


def floor_to(moment: datetime, unit: Unit) -> datetime:
    """The start of the ``unit`` period holding ``moment`` (weeks start on Monday)."""
    if unit is Unit.HOUR:
        return moment.replace(minute=0, second=0, microsecond=0)
    day = datetime(moment.year, moment.month, moment.day)
    if unit is Unit.DAY:
        return day
    if unit is Unit.WEEK:
        return day - timedelta(days=day.weekday())
    if unit is Unit.MONTH:
        return day.replace(day=1)
    if unit is Unit.QUARTER:
        return datetime(moment.year, (moment.month - 1) // 3 * 3 + 1, 1)
    if unit is Unit.YEAR:
        return datetime(moment.year, 1, 1)
    return datetime(moment.year - moment.year % 10, 1, 1)


def add_units(moment: datetime, unit: Unit, count: int = 1) -> datetime:
    """``moment`` moved by ``count`` units (calendar arithmetic for months and longer)."""
    if unit is Unit.HOUR:
        return moment + timedelta(hours=count)
    if unit is Unit.DAY:
        return moment + timedelta(days=count)
    if unit is Unit.WEEK:
        return moment + timedelta(weeks=count)
    months = {Unit.MONTH: 1, Unit.QUARTER: 3, Unit.YEAR: 12, Unit.DECADE: 120}[unit] * count
    index = moment.year * 12 + moment.month - 1 + months
    year, month = divmod(index, 12)
    # Period starts are always on day 1, so the day never overflows the month.
    return moment.replace(year=year, month=month + 1, day=min(moment.day, 28))


@dataclass(frozen=True, slots=True)
class Scale:
    """One zoom band: the two tier units and the smallest day width it is used from."""

    upper: Unit
    lower: Unit
    min_day_width: float


# From the widest zoom to the narrowest. A lower-tier cell must stay wide enough to hold its
# label: hours >= ~17 px, days >= 18 px, weeks >= 28 px, months >= 30 px, quarters >= 22 px.
SCALES: tuple[Scale, ...] = (
    Scale(Unit.DAY, Unit.HOUR, 400.0),
    Scale(Unit.WEEK, Unit.DAY, 18.0),
    Scale(Unit.MONTH, Unit.WEEK, 4.0),
    Scale(Unit.YEAR, Unit.MONTH, 1.0),
    Scale(Unit.YEAR, Unit.QUARTER, 0.25),
    Scale(Unit.DECADE, Unit.YEAR, 0.0),
)


@dataclass(frozen=True, slots=True)
class Tick:
    """One cell of a timescale tier: its period and its x extent on the chart."""

    start: datetime
    end: datetime
    x0: float
    x1: float
    label: str


class TimeGrid:
    """Linear datetime <-> x mapping with zoom, period iteration and timescale labels."""

    def __init__(self, origin: datetime | None = None, day_width: float = 24.0) -> None:
        self.origin = origin if origin is not None else datetime(2026, 1, 5)
        self.day_width = float(day_width)

    # -- mapping ------------------------------------------------------------------------
    def map_to_chart(self, moment: datetime) -> float:
        """The x of ``moment`` (0 at the origin)."""
        return (moment - self.origin).total_seconds() / SECONDS_PER_DAY * self.day_width

    def map_from_chart(self, x: float) -> datetime:
        """The datetime at ``x``, to the second (so round trips of whole seconds are exact)."""
        seconds = round(x / self.day_width * SECONDS_PER_DAY)
        return self.origin + timedelta(seconds=seconds)

    def width_of(self, span: timedelta) -> float:
        return span.total_seconds() / SECONDS_PER_DAY * self.day_width

    # -- zoom ---------------------------------------------------------------------------
    def set_day_width(self, day_width: float) -> None:
        self.day_width = min(MAX_DAY_WIDTH, max(MIN_DAY_WIDTH, float(day_width)))

    def fit(self, start: datetime, finish: datetime, width: float) -> None:
        """Zoom so that ``start..finish`` fills ``width`` pixels."""
        days = max((finish - start).total_seconds() / SECONDS_PER_DAY, 1 / 24)
        self.set_day_width(max(width, 1.0) / days)

    @property
    def scale(self) -> Scale:
        for scale in SCALES:
            if self.day_width >= scale.min_day_width:
                return scale
        return SCALES[-1]

    @property
    def snap_unit(self) -> Unit:
        """The unit a drag snaps to at this zoom: hours when zoomed in, else days."""
        return Unit.HOUR if self.day_width >= 96.0 else Unit.DAY

    # -- periods ------------------------------------------------------------------------
    def periods(self, unit: Unit, x0: float, x1: float) -> Iterator[tuple[datetime, datetime]]:
        """The ``unit`` periods overlapping chart x range ``x0..x1``, in order."""
        start = floor_to(self.map_from_chart(x0), unit)
        end = self.map_from_chart(x1)
        while start < end:
            following = add_units(start, unit)
            yield start, following
            start = following

    def ticks(self, unit: Unit, x0: float, x1: float) -> list[Tick]:
        """The labelled cells of one tier over ``x0..x1``."""
        ticks = []
        for start, end in self.periods(unit, x0, x1):
            left, right = self.map_to_chart(start), self.map_to_chart(end)
            ticks.append(Tick(start, end, left, right, label_for(unit, start, right - left)))
        return ticks


def label_for(unit: Unit, start: datetime, width: float) -> str:
    """The label of a timescale cell, the longest form that fits ``width`` pixels."""
    if unit is Unit.HOUR:
        return f"{start.hour:02d}:00" if width >= 34 else f"{start.hour}"
    if unit is Unit.DAY:
        if width >= 70:
            return f"{DAY_NAMES[start.weekday()]} {start.day} {MONTH_NAMES[start.month - 1]}"
        if width >= 40:
            return f"{DAY_NAMES[start.weekday()][:2]} {start.day}"
        return f"{start.day}" if width >= 14 else DAY_NAMES[start.weekday()][0]
    if unit is Unit.WEEK:
        iso = start.isocalendar()
        if width >= 150:
            week = _WORDS["week"].replace("%1", str(iso.week))
            return f"{week}, {start.day} {MONTH_NAMES[start.month - 1]} {start.year}"
        week = _WORDS["w"].replace("%1", str(iso.week))
        if width >= 60:
            return f"{week} {start.day} {MONTH_NAMES[start.month - 1]}"
        return f"{start.day}" if width < 28 else week
    if unit is Unit.MONTH:
        if width >= 110:
            return f"{MONTH_LONG[start.month - 1]} {start.year}"
        if width >= 28:
            return MONTH_NAMES[start.month - 1]
        return MONTH_NAMES[start.month - 1][0]
    if unit is Unit.QUARTER:
        quarter = (start.month - 1) // 3 + 1
        name = _WORDS["q"].replace("%1", str(quarter))
        return f"{name} {start.year}" if width >= 60 else name
    if unit is Unit.YEAR:
        return f"{start.year}" if width >= 30 else f"'{start.year % 100:02d}"
    return _WORDS["decade"].replace("%1", str(start.year))


def day_start(moment: datetime | date) -> datetime:
    return datetime(moment.year, moment.month, moment.day)
