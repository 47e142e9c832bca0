"""Calendar speed: compiling a calendar (the engine does it after each calendar edit) with a
country's holidays over several years, and with the most a file can ask for: 300 repeating
exceptions of 999 occurrences each. Each figure is the median of several runs."""

from __future__ import annotations

import statistics
import time
from datetime import date

from pmdesk.core.entities import CalendarException
from pmdesk.core.scheduling.calendar import WorkingCalendar, standard_calendar
from pmdesk.core.scheduling.holidays import holiday_exceptions


def median_ms(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    calendar = standard_calendar(1)
    found = holiday_exceptions(1, "ID", range(2025, 2033), categories=("public", "government"))
    ms = median_ms(lambda: WorkingCalendar.compile(calendar, found))
    print(
        f"Compile with {len(found)} Indonesian holidays (8 years): median {ms:.1f} ms "
        "(target <= 50 ms)"
    )
    rules = [CalendarException(i, 1, date(1990 + i % 30, 1, 1), date(1990 + i % 30, 1, 1),
                               recurrence="daily", period=2, occurrences=999)
             for i in range(300)]  # fmt: skip
    ms = median_ms(lambda: WorkingCalendar.compile(calendar, rules), runs=3)
    print(f"Compile with 300 rules x 999 occurrences: median {ms:.0f} ms (target <= 2000 ms)")
    ms = median_ms(lambda: holiday_exceptions(1, "ID", range(2025, 2075)), runs=3)
    print(f"Look up 50 years of Indonesian holidays: median {ms:.0f} ms (target <= 1000 ms)")


if __name__ == "__main__":
    main()
