"""Earned value speed: every task, summary and the plan of a 10,000-task plan at a status date.

The Earned Value table and the status report compute it after edits; target <= 100 ms.
Each figure is the median of several runs (scheduling and the baseline are done once).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_pnl import median_ms, staffed_plan  # noqa: E402

from pmdesk.core.earnedvalue import plan_earned_value  # noqa: E402
from pmdesk.core.entities import Baseline, BaselineTask  # noqa: E402
from pmdesk.core.planinfo import compiled_default  # noqa: E402
from pmdesk.core.scheduling import schedule_plan  # noqa: E402


def main() -> None:
    data = staffed_plan(10_000)
    schedule = schedule_plan(data)
    data.add(Baseline(id=1, number=0))
    for number, (task_id, row) in enumerate(schedule.tasks.items(), start=1):
        data.add(
            BaselineTask(
                id=number,
                baseline_id=1,
                task_id=task_id,
                start=row.start,
                finish=row.finish,
                duration=row.duration,
                work=row.work,
                cost=row.cost,
            )
        )
    for index, task in enumerate(data.tasks.values()):
        task.percent_complete = (index * 7) % 101
    status = schedule.project_start + (schedule.project_finish - schedule.project_start) / 3
    between = compiled_default(data).working_between
    result = plan_earned_value(data, schedule, status, 0, between)
    ms = median_ms(lambda: plan_earned_value(data, schedule, status, 0, between))
    print(
        f"Earned value, 10k tasks at a status date: median {ms:.1f} ms (target <= 100 ms); "
        f"plan SPI {result.plan.spi:.2f}, CPI {result.plan.cpi:.2f}"
    )


if __name__ == "__main__":
    main()
