"""Time-phased costs: every assignment's cost and work per day (what the usage views read)
of a 10,000-task plan, and task costs by MS Project's rules (overtime, cost per use, fixed
cost accrual). Each figure is the median of several runs."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_pnl import median_ms, staffed_plan  # noqa: E402

from pmdesk.core.entities import CostAccrual  # noqa: E402
from pmdesk.core.scheduling import schedule_plan  # noqa: E402
from pmdesk.core.scheduling.timephased import daily_costs  # noqa: E402


def main() -> None:
    data = staffed_plan(10_000)
    for number, task in enumerate(data.tasks.values()):
        task.fixed_cost = 100.0 * (number % 3)
        task.fixed_cost_accrual = list(CostAccrual)[number % 3]
    for number, assignment in enumerate(data.assignments.values()):
        assignment.overtime_work = 60 * (number % 2)
        assignment.delay = 120 * (number % 5 == 0)
    schedule = schedule_plan(data)
    daily_costs(data, schedule)
    ms = median_ms(lambda: daily_costs(data, schedule))
    print(
        f"Daily costs and work, 10k tasks, {len(data.assignments):,} assignments: "
        f"median {ms:.1f} ms (target <= 300 ms, the usage view's budget)"
    )


if __name__ == "__main__":
    main()
