"""P&L speed: evaluating the sheet of a 10,000-task plan (every leaf staffed) after an edit.

The sheet is recomputed after every command, so it must stay well under a frame budget
alongside the reschedule. Each figure is the median of several runs.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_schedule import build_plan  # noqa: E402

from pmdesk.core.entities import Assignment, PnlLine, PnlScenario, Resource  # noqa: E402
from pmdesk.core.finance import evaluate_pnl  # noqa: E402
from pmdesk.core.finance.rows import sheet_rows  # noqa: E402
from pmdesk.core.scheduling import schedule_plan  # noqa: E402


def staffed_plan(n_tasks: int):
    data = build_plan(n_tasks, int(n_tasks * 1.5))
    data.plan.settings = {
        "pnl": {
            "period": "month",
            "periods": 60,
            "first_period": "2026-01-01",
            "discount_rate": 0.1,
        }
    }
    for number in range(1, 21):
        data.add(
            Resource(
                id=number, name=f"R{number}", group=f"G{number % 4}", standard_rate=50.0 + number
            )
        )
    parents = {t.parent_id for t in data.tasks.values()}
    next_id = 1
    for task in data.tasks.values():
        if task.id not in parents and task.duration:
            data.add(Assignment(id=next_id, task_id=task.id, resource_id=next_id % 20 + 1))
            next_id += 1
    data.add(PnlScenario(id=1, name="Base", parameters={"volume_factor": 1.0}))
    milestone = next(t.id for t in data.tasks.values() if t.id not in parents)
    kinds = [
        ("revenue", "units", {"units": 100, "unit_growth": 0.05, "price": 20.0}),
        ("cogs", "growth", {"amount": 500.0, "growth": 0.02}),
        ("opex", "resource_cost", {}),
        ("opex", "resource_cost", {"group": "G1"}),
        ("capex", "one_off", {"amount": 10000.0}),
    ]
    for number in range(1, 41):
        section, kind, parameters = kinds[number % len(kinds)]
        data.add(
            PnlLine(
                id=number,
                name=f"Line {number}",
                section=section,
                kind=kind,
                position=number,
                parameters=parameters,
                anchor_task_id=milestone if kind != "resource_cost" else None,
            )
        )
    return data


def median_ms(action, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    data = staffed_plan(10_000)
    schedule = schedule_plan(data)
    evaluate_pnl(data, schedule, 1)  # compile calendars once, as an open document has
    ms = median_ms(lambda: sheet_rows(evaluate_pnl(data, schedule, 1)))
    print(f"P&L sheet, 10k tasks, 60 months, 40 lines: median {ms:.1f} ms (target <= 100 ms)")


if __name__ == "__main__":
    main()
