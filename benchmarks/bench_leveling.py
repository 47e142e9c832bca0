"""Resource leveling: speed on generated plans and quality on the PSPLIB j30 set.

Speed (issue 18's targets): leveling 10,000 tasks / 200 people / 13,000 assignments in at most
2 s (median), 2,000 tasks in at most 0.5 s, and the resource usage by day of the 10,000-task
plan (allocation plus every day's cell) in at most 300 ms.

Quality: the 480 single-mode j30 instances (Kolisch and Sprecher 1997) read as plans, as
../shared/fixtures/README.md says: a job is a task of one working day per period, a resource
of capacity K a work resource at K x 100 %, a requirement r an assignment at r x 100 %,
finish-to-start successors; leveled with the Standard order, the makespan is compared with
the optimum. Published priority-rule heuristics for reference (Kolisch and Hartmann, "Experi-
mental investigation of heuristics for resource-constrained project scheduling: an update",
EJOR 174, 2006): a single serial pass with LFT is some 5 % above the optimum on average,
multi-pass sampling and forward-backward improvement 0.5-2 %.

    python benchmarks/bench_leveling.py [--speed] [--j30] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pmdesk.core.entities import Assignment, Link, Plan, Resource, Task  # noqa: E402
from pmdesk.core.plandata import PlanData  # noqa: E402
from pmdesk.core.scheduling import schedule_plan  # noqa: E402
from pmdesk.core.scheduling.allocation import PlanCalendars, allocate  # noqa: E402
from pmdesk.core.scheduling.calendar import WorkingCalendar, standard_calendar  # noqa: E402
from pmdesk.core.scheduling.leveling import LevelingOptions, level_plan  # noqa: E402

START = datetime(2026, 1, 5, 8, 0)
CALENDAR = WorkingCalendar.compile(standard_calendar())
J30 = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "rcpsp" / "j30"


def build_plan(n_tasks: int, people: int, assignments: int, seed: int = 3) -> PlanData:
    """Phases of 40 tasks, 1.2 finish-to-start links per task inside a phase and between
    phases, one person per task and a second one on some, 50 % or 100 %."""
    rng = random.Random(seed)
    data = PlanData(Plan(start=START))
    data.load([Resource(r, f"Person {r}") for r in range(1, people + 1)])
    tasks, links, items = [], [], []
    leaves = []
    tid = 0
    while tid < n_tasks:
        tid += 1
        phase = tid
        tasks.append(Task(phase, f"Phase {phase}", position=tid, duration=0))
        for position in range(39):
            if tid >= n_tasks:
                break
            tid += 1
            tasks.append(
                Task(
                    tid,
                    f"Task {tid}",
                    parent_id=phase,
                    position=position,
                    duration=rng.choice((240, 480, 960, 1440, 2400, 4800)),
                    priority=rng.choice((300, 500, 500, 700)),
                )
            )
            leaves.append(tid)
    data.load(tasks)
    team = {}
    for index, task in enumerate(leaves):
        if index and rng.random() < 0.8:
            pred = leaves[max(0, index - rng.randint(1, 6))]
            if pred != task:
                links.append(Link(len(links) + 1, pred, task))
        if index > 50 and rng.random() < 0.4:
            pred = leaves[rng.randrange(0, index - 40)]
            links.append(Link(len(links) + 1, pred, task))
        # A phase has a team of a few people: tasks compete for them.
        group = team.setdefault(task // 40, rng.sample(range(1, people + 1), 4))
        items.append(
            Assignment(len(items) + 1, task, rng.choice(group), rng.choice((0.5, 1.0, 1.0)))
        )
    taken = {(a.task_id, a.resource_id) for a in items}
    while len(items) < assignments:
        task = rng.choice(leaves)
        group = team[task // 40]
        rid = rng.choice(group)
        if (task, rid) in taken:  # MS Project assigns a resource once per task
            continue
        taken.add((task, rid))
        items.append(Assignment(len(items) + 1, task, rid, rng.choice((0.5, 1.0))))
    data.load(links)
    data.load(items)
    return data


def timed(func, repeat: int) -> tuple[float, object]:
    times, value = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = func()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), value


def speed() -> None:
    for n, people, count, target, repeat in (
        (2000, 40, 2600, 0.5, 5),
        (10_000, 200, 13_000, 2.0, 3),
    ):
        data = build_plan(n, people, count)
        seconds, result = timed(lambda data=data: level_plan(data), repeat)
        left = len(result.unresolved)
        print(
            f"level {n:>6} tasks / {people} people / {count} assignments: "
            f"{seconds:6.2f} s median (target {target} s), {len(result.delays)} delayed, "
            f"{left} resources left over-allocated"
        )
    data = build_plan(10_000, 200, 13_000)
    schedule = schedule_plan(data)

    def usage_by_day():
        allocations = allocate(data, schedule, PlanCalendars(data))
        spans = [a.first_and_last_day() for a in allocations.values()]
        first = min(s[0] for s in spans if s)
        last = max(s[1] for s in spans if s)
        days = (last - first).days + 1
        cells = 0
        for allocation in list(allocations.values())[:40]:  # the rows a window shows
            for offset in range(min(days, 60)):  # the days a window shows
                allocation.day(first + timedelta(days=offset))
                cells += 1
        return cells

    seconds, _cells = timed(usage_by_day, 5)
    print(f"resource usage by day, 10,000 tasks: {seconds * 1000:6.0f} ms median (target 300 ms)")
    tab_seconds = resources_tab(data)
    if tab_seconds is not None:
        print(
            f"the whole Resources tab (sheet, usage by day, graph, assignments) opening, "
            f"10,000 tasks: {tab_seconds * 1000:6.0f} ms median (offscreen)"
        )


def resources_tab(data) -> float | None:
    """Seconds to build, lay out and paint the Resources tab zoomed to days (offscreen)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return None
    import pmdesk.document
    from pmdesk.ui.workspaces.resources.workspace import ResourcesWorkspace

    app = QApplication.instance() or QApplication([])
    pmdesk.document._store = lambda: None  # no working copy: the tab is measured, not SQLite
    document = pmdesk.document.Document(data)
    assert document.schedule is not None  # the window has scheduled the plan before the tab opens

    def open_tab():
        tab = ResourcesWorkspace(document)
        tab.resize(1400, 900)
        tab.zoom(4)
        tab.show()
        app.processEvents()
        tab.grab()
        tab.close()
        tab.deleteLater()

    seconds, _ = timed(open_tab, 3)
    app.processEvents()
    return seconds


# -- j30 -----------------------------------------------------------------------------------
def read_sm(path: Path) -> tuple[list[int], list[list[int]], list[list[int]], list[int]]:
    """(durations, successors, requirements, capacities) of a PSPLIB .sm file (jobs from 0)."""
    lines = path.read_text().splitlines()
    succ, dur, req, caps = [], [], [], []
    i = next(k for k, line in enumerate(lines) if line.startswith("PRECEDENCE RELATIONS")) + 2
    while not lines[i].startswith("*"):
        parts = list(map(int, lines[i].split()))
        succ.append([p - 1 for p in parts[3 : 3 + parts[2]]])
        i += 1
    i = next(k for k, line in enumerate(lines) if line.startswith("REQUESTS/DURATIONS")) + 3
    while not lines[i].startswith("*"):
        parts = list(map(int, lines[i].split()))
        dur.append(parts[2])
        req.append(parts[3:])
        i += 1
    i = next(k for k, line in enumerate(lines) if line.startswith("RESOURCEAVAILABILITIES")) + 2
    caps = list(map(int, lines[i].split()))
    return dur, succ, req, caps


def j30_plan(path: Path) -> PlanData:
    dur, succ, req, caps = read_sm(path)
    data = PlanData(Plan(start=START))
    data.load([Resource(r + 1, f"R{r + 1}", max_units=float(c)) for r, c in enumerate(caps)])
    data.load(
        [Task(j + 1, f"Job {j + 1}", position=j, duration=d * 480) for j, d in enumerate(dur)]
    )
    data.load(
        [
            Link(n + 1, p + 1, s + 1)
            for n, (p, s) in enumerate((p, s) for p, ss in enumerate(succ) for s in ss)
        ]
    )
    items = []
    for j, row in enumerate(req):
        for r, amount in enumerate(row):
            if amount:
                items.append(Assignment(len(items) + 1, j + 1, r + 1, float(amount)))
    data.load(items)
    return data


def optimum() -> dict[str, int]:
    found = {}
    with (J30 / "optimum.csv").open() as handle:
        for row in csv.reader(handle):
            if len(row) >= 2 and row[1].strip().isdigit():
                found[row[0].strip()] = int(row[1])
    return found


def j30(limit: int | None) -> None:
    if not J30.is_dir():
        print(f"j30: skipped, {J30} is absent")
        return
    best = optimum()
    ratios = []
    worst = (0.0, "")
    t0 = time.perf_counter()
    files = sorted(J30.glob("*.sm"))[:limit]
    for path in files:
        name = path.stem
        key = next((k for k in (path.name, name) if k in best), None)
        if key is None:
            continue
        data = j30_plan(path)
        # An RCPSP job runs in one piece with all its resources together.
        result = level_plan(data, LevelingOptions(adjust_assignments=False, splits=False))
        for change in result.changes:
            data.update(change.kind, change.id, **change.values)
        schedule = schedule_plan(data)
        days = CALENDAR.working_between(START, schedule.project_finish) / 480
        if result.unresolved:
            print(f"{name}: left over-allocated: {result.messages[0]}")
        ratio = days / best[key] if best[key] else 1.0
        ratios.append(ratio)
        worst = max(worst, (ratio, name))
    seconds = time.perf_counter() - t0
    print(
        f"j30: {len(ratios)} instances, leveled makespan / optimum: mean "
        f"{statistics.mean(ratios):.4f} (target 1.05), worst {worst[0]:.4f} ({worst[1]}, "
        f"target 1.25); {seconds / max(1, len(ratios)) * 1000:.0f} ms per instance"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--j30", action="store_true")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    both = not args.speed and not args.j30
    if args.speed or both:
        speed()
    if args.j30 or both:
        j30(args.limit)


if __name__ == "__main__":
    main()
