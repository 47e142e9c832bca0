"""MS Project's standard working time, in one place: the 8-hour day (08:00-12:00 and
13:00-17:00, Monday to Friday), 40-hour week and 20-day month that a new plan, a calendar
without its own figures, and a duration typed in days, weeks or months start from.

Evidence: MS Project's File > Options > Schedule defaults ("Hours per day 8", "Hours per
week 40", "Days per month 20") and its "Standard" base calendar.
"""

MINUTES_PER_DAY = 480
MINUTES_PER_WEEK = 2400
DAYS_PER_MONTH = 20
# The standard day's working intervals, in minutes from midnight.
STANDARD_HOURS: tuple[tuple[int, int], ...] = ((480, 720), (780, 1020))
WORKDAYS = range(5)  # Monday (0) to Friday (4)


def standard_week() -> dict[int, list[tuple[int, int]]]:
    """A fresh weekday -> intervals table of the standard week (Saturday and Sunday off)."""
    return {day: list(STANDARD_HOURS) for day in WORKDAYS}
