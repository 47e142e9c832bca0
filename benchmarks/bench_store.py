"""Store speed and size: open and save of a 10,000-task plan (issue 3 targets).

Prints one line per measure with the median and the target. Run:
`.venv/bin/python benchmarks/bench_store.py`.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from pmdesk.core.entities import Assignment, Calendar, Link, Plan, Resource, Task
from pmdesk.core.plandata import PlanData

TASKS = 10_000
RUNS = 7


def build_plan(tasks: int = TASKS) -> PlanData:
    """A plan shaped like a big real one: a WBS of summaries, chained work, 50 people."""
    data = PlanData(Plan(name="Big plan", default_calendar_id=1))
    day = [(480, 720), (780, 1020)]
    entities: list = [Calendar(id=1, name="Standard", week={d: list(day) for d in range(5)})]
    start = datetime(2026, 1, 5, 8)
    for n in range(1, tasks + 1):
        summary = n % 20 == 1
        entities.append(
            Task(
                id=n,
                name=f"Work package {n}: design, build and review",
                parent_id=None if summary else n - (n - 1) % 20,
                position=n,
                notes="" if n % 7 else "Check with the supplier before ordering.",
                duration=0 if summary else 480 * (1 + n % 9),
                milestone=n % 50 == 0,
                constraint_date=start + timedelta(days=n % 300) if n % 25 == 0 else None,
                percent_complete=float(n % 3) * 25.0,
            )
        )
    link_id = 0
    for n in range(2, tasks + 1):
        # A chain through each package's work; its first task starts with the project (the
        # engine refuses a link between a task and its own summary, as MS Project does).
        if n % 20 not in (1, 2):
            link_id += 1
            entities.append(
                Link(id=link_id, predecessor_id=n - 1, successor_id=n, lag=0 if n % 5 else 240)
            )
    for r in range(1, 51):
        entities.append(
            Resource(
                id=r, name=f"Person {r}", initials=f"P{r}", group="Team", standard_rate=60.0 + r
            )
        )
    for n in range(1, tasks + 1):
        if n % 20 != 1:
            entities.append(Assignment(id=n, task_id=n, resource_id=1 + n % 50, units=1.0))
    data.load(entities)
    return data


def median_ms(fn, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="bench-store-"))
    os.environ.setdefault("PMDESK_DATA_DIR", str(folder / "data"))
    from pmdesk.store.pmdb import WorkingCopy, load_plan, save_plan

    data = build_plan()
    path = folder / "big.pmdb"
    save_plan(data, path)
    counts = (
        f"{data.count(Task)} tasks, {data.count(Link)} links, {data.count(Resource)} resources, "
        f"{data.count(Assignment)} assignments"
    )

    results = []

    def open_close():
        WorkingCopy.open(path).close()

    results.append(("open 10k-task plan (WorkingCopy.open)", median_ms(open_close), 500))
    results.append(("load 10k-task plan (load_plan)", median_ms(lambda: load_plan(path)), 500))

    copy = WorkingCopy.open(path)
    task = copy.data.tasks[2]

    def edit_and_save():
        copy.data.update(Task, task.id, name=task.name + "!")
        copy.save()

    copy.data.subscribe(copy.write_change)
    results.append(
        ("save 10k-task plan (WorkingCopy.save after an edit)", median_ms(edit_and_save), 500)
    )

    def edit_and_autosave():
        copy.data.update(Task, task.id, name=task.name + "?")
        copy.autosave()

    results.append(("autosave 10k-task plan (after an edit)", median_ms(edit_and_autosave), 500))
    copy.close()
    results.append(
        (
            "save_plan 10k-task plan (whole plan written)",
            median_ms(lambda: save_plan(data, path)),
            500,
        )
    )

    one = WorkingCopy.open(path)
    one.data.subscribe(one.write_change)
    results.append(
        (
            "write-through of one edit",
            median_ms(lambda: one.data.update(Task, 3, duration=960), 51),
            5,
        )
    )
    one.close()

    print(f"plan: {counts}")
    for label, value, target in results:
        print(f"{label}: median {value:.1f} ms (target <= {target} ms)")
    size = path.stat().st_size
    per_task = size / data.count(Task)
    print(
        f"file size 10k-task plan: {size / 1024:.0f} KiB, {per_task:.0f} B per task (target <= 1024 B per task)"
    )
    ok = all(value <= target for _, value, target in results) and per_task <= 1024
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
