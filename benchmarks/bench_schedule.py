"""Scheduling speed: generated plans of 10,000 and 100,000 tasks, full and incremental runs.

The generated plan is what issues 4 and 14 ask for: 1.5 links per task of all four types (FS
mostly), working, percent and elapsed lags and leads, a WBS with summary phases (some linked),
a calendar with national holidays and a changed-hours day, all eight constraint types (ALAP
tasks at their late dates, honored No Later Than dates) and deadlines. Each figure is the
median of several runs; the load average is printed with them (2 cores shared by others).
Targets (issue 14): 10,000 tasks <= 50 ms, one edit <= 10 ms, 100,000 tasks <= 1 s.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pmdesk.core.entities import (  # noqa: E402
    Calendar,
    CalendarException,
    ConstraintType,
    LagKind,
    Link,
    LinkType,
    Plan,
    Task,
)
from pmdesk.core.plandata import PlanData  # noqa: E402
from pmdesk.core.scheduling import Scheduler, schedule_plan  # noqa: E402
from pmdesk.core.scheduling.calendar import STANDARD_WEEK  # noqa: E402
from pmdesk.core.scheduling.holidays import holiday_exceptions  # noqa: E402

START = datetime(2026, 1, 5, 8, 0)


def build_plan(n_tasks: int, n_links: int, seed: int = 1) -> PlanData:
    rng = random.Random(seed)
    data = PlanData(Plan(start=START, default_calendar_id=1))
    week = {day: list(hours) for day, hours in STANDARD_WEEK.items()}
    data.load([Calendar(id=1, name="Standard", week=week)])
    data.load(holiday_exceptions(1, "DE", range(2026, 2046), first_id=1))
    data.load([CalendarException(id=9000, calendar_id=1, start=date(2026, 3, 6),
                                 finish=date(2026, 3, 6), name="Half day",
                                 intervals=[(480, 720)])])  # fmt: skip
    phase_size = 40
    tasks = []
    leaves = []
    phases = []
    tid = 0
    while tid < n_tasks:
        tid += 1
        phase = tid
        phases.append(phase)
        tasks.append(Task(id=phase, name=f"Phase {phase}", position=tid, duration=0))
        for position in range(phase_size - 1):
            if tid >= n_tasks:
                break
            tid += 1
            task = Task(id=tid, name=f"Task {tid}", parent_id=phase, position=position,
                        duration=rng.choice((0, 240, 480, 960, 1440, 2400, 4800)))  # fmt: skip
            roll = rng.random()
            if roll < 0.02:
                task.constraint_type = ConstraintType.SNET
                task.constraint_date = START + timedelta(days=rng.randint(0, 400))
            elif roll < 0.03:
                task.constraint_type = ConstraintType.FNLT
                task.constraint_date = START + timedelta(days=rng.randint(200, 900))
            elif roll < 0.035:
                task.constraint_type = ConstraintType.ALAP
            elif roll < 0.037:
                task.constraint_type = ConstraintType.MSO
                task.constraint_date = START + timedelta(days=rng.randint(0, 600), hours=0)
            elif roll < 0.040:
                task.constraint_type = ConstraintType.SNLT
                task.constraint_date = START + timedelta(days=rng.randint(100, 900))
            elif roll < 0.042:
                task.constraint_type = ConstraintType.FNET
                task.constraint_date = START + timedelta(days=rng.randint(0, 400), hours=9)
            elif roll < 0.043:
                task.constraint_type = ConstraintType.MFO
                task.constraint_date = START + timedelta(days=rng.randint(0, 600), hours=9)
            if rng.random() < 0.01:
                task.deadline = START + timedelta(days=rng.randint(100, 900), hours=9)
            tasks.append(task)
            leaves.append(tid)
    data.load(tasks)
    links = []
    types = [LinkType.FS] * 7 + [LinkType.SS, LinkType.FF, LinkType.SF]
    lid = 0
    # Phases follow each other (links on summaries apply to their subtasks).
    for a, b in zip(phases, phases[1:]):
        if rng.random() < 0.3:
            lid += 1
            links.append(Link(id=lid, predecessor_id=a, successor_id=b))
    while lid < n_links:
        j = rng.randrange(1, len(leaves))
        i = max(0, j - rng.randint(1, 60))
        lid += 1
        link = Link(id=lid, predecessor_id=leaves[i], successor_id=leaves[j],
                    type=rng.choice(types))  # fmt: skip
        roll = rng.random()
        if roll < 0.15:
            link.lag = rng.choice((240, 480, 960, -240, -480))
        elif roll < 0.18:
            link.lag, link.lag_kind = rng.choice((25, 50, -50)), LagKind.PERCENT
        elif roll < 0.19:
            link.lag, link.lag_kind = rng.choice((1440, 2880)), LagKind.ELAPSED
        links.append(link)
    data.load(links)
    return data


def median_ms(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU (process) time of ``fn`` in milliseconds.

    Both are printed: on a machine shared with other busy processes the wall clock also
    counts the time this process waited for a core, the CPU time does not.
    """
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def report(label: str, values: tuple[float, float], target: float | None, unit: str = "ms") -> None:
    scale = 1000 if unit == "s" else 1
    wall, cpu = values[0] / scale, values[1] / scale
    goal = f" (target <= {target:g} {unit})" if target is not None else ""
    print(
        f"{label}: median {wall:.{3 if unit == 's' else 1}f} {unit}{goal}; "
        f"CPU {cpu:.{3 if unit == 's' else 1}f} {unit}",
        flush=True,
    )


def main() -> None:
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    plan10k = build_plan(10_000, 15_000)
    kinds = Counter(str(t.constraint_type) for t in plan10k.tasks.values())
    print("constraints in the 10k plan: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    report(
        "schedule 10k tasks + 15k links, compile + CPM",
        median_ms(lambda: schedule_plan(plan10k), 15),
        50,
    )

    def full_with_results():
        schedule = schedule_plan(plan10k)
        for _ in schedule.tasks.values():
            pass

    report("schedule 10k tasks, every result materialized", median_ms(full_with_results, 7), None)

    scheduler = Scheduler(plan10k)
    scheduler.schedule()
    report(
        "reschedule 10k tasks in full, compiled network kept",
        median_ms(scheduler.reschedule_all, 9),
        None,
    )

    rng = random.Random(7)
    leaf_ids = [
        t.id
        for t in plan10k.tasks.values()
        if t.parent_id is not None and t.constraint_type == ConstraintType.ASAP
    ]

    def change_one():
        tid = rng.choice(leaf_ids)
        plan10k.update(Task, tid, duration=plan10k.tasks[tid].duration + 480)
        schedule = scheduler.schedule()
        for tid in list(schedule.tasks)[:60]:  # a screenful of rows
            schedule.tasks[tid]

    report("change one duration + reschedule 10k tasks", median_ms(change_one, 21), 10)
    scheduler.close()

    plan100k = build_plan(100_000, 150_000)
    report(
        "schedule 100k tasks + 150k links, compile + CPM",
        median_ms(lambda: schedule_plan(plan100k), 5),
        1,
        "s",
    )
    print("load average (1, 5, 15 min): {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
