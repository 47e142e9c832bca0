"""Interop on a generated 20,000-task plan (issue 7 targets).

- export: plan -> MSPDI file, the engine's schedule included (target <= 2 s)
- import: that MSPDI file -> plan (target <= 3 s)
- import, MS Project-sized: the same plan with the ~60 derived elements per task that
  Microsoft Project writes (slack, costs, work, variances...), which the reader must skip
- .gan export and import of the same plan, for reference
"""

from __future__ import annotations

import os
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TASKS = 20_000
GROUP = 10  # a summary and nine chained work tasks
RUNS = 5

# Derived elements as Microsoft Project writes them for every task (values typical of a
# task that has not started); the reader recognises and skips them.
MS_PROJECT_EXTRA = (
    "<Work>PT16H0M0S</Work><ResumeValid>0</ResumeValid><EffortDriven>0</EffortDriven>"
    "<Recurring>0</Recurring><OverAllocated>0</OverAllocated><Estimated>0</Estimated>"
    "<Critical>1</Critical><IsSubproject>0</IsSubproject><IsSubprojectReadOnly>0</IsSubprojectReadOnly>"
    "<ExternalTask>0</ExternalTask><EarlyStart>2026-01-05T08:00:00</EarlyStart>"
    "<EarlyFinish>2026-01-06T17:00:00</EarlyFinish><LateStart>2026-01-05T08:00:00</LateStart>"
    "<LateFinish>2026-01-06T17:00:00</LateFinish><StartVariance>0</StartVariance>"
    "<FinishVariance>0</FinishVariance><WorkVariance>0.00</WorkVariance><FreeSlack>0</FreeSlack>"
    "<TotalSlack>0</TotalSlack><StartSlack>0</StartSlack><FinishSlack>0</FinishSlack>"
    "<FixedCostAccrual>3</FixedCostAccrual><PercentWorkComplete>0</PercentWorkComplete>"
    "<Cost>960</Cost><OvertimeCost>0</OvertimeCost><OvertimeWork>PT0H0M0S</OvertimeWork>"
    "<ActualDuration>PT0H0M0S</ActualDuration><ActualCost>0</ActualCost>"
    "<ActualOvertimeCost>0</ActualOvertimeCost><ActualWork>PT0H0M0S</ActualWork>"
    "<ActualOvertimeWork>PT0H0M0S</ActualOvertimeWork><RegularWork>PT16H0M0S</RegularWork>"
    "<RemainingDuration>PT16H0M0S</RemainingDuration><RemainingCost>960</RemainingCost>"
    "<RemainingWork>PT16H0M0S</RemainingWork><RemainingOvertimeCost>0</RemainingOvertimeCost>"
    "<RemainingOvertimeWork>PT0H0M0S</RemainingOvertimeWork><ACWP>0.00</ACWP><CV>0.00</CV>"
    "<LevelAssignments>1</LevelAssignments><LevelingCanSplit>1</LevelingCanSplit>"
    "<LevelingDelay>0</LevelingDelay><LevelingDelayFormat>8</LevelingDelayFormat>"
    "<IgnoreResourceCalendar>0</IgnoreResourceCalendar><HideBar>0</HideBar><Rollup>0</Rollup>"
    "<BCWS>0.00</BCWS><BCWP>0.00</BCWP><PhysicalPercentComplete>0</PhysicalPercentComplete>"
    "<EarnedValueMethod>0</EarnedValueMethod><IsPublished>1</IsPublished>"
    "<CommitmentType>0</CommitmentType><CreateDate>2026-01-02T09:00:00</CreateDate>"
    "<GUID>8C8F6D51-0F3B-4B0E-9E2A-5D7F3C1A2B4C</GUID>"
)


def generate_plan(tasks: int = TASKS, seed: int = 7):
    """Work packages of nine chained tasks, packages linked in a few lanes, with people."""
    from pmdesk.core.entities import Assignment, Calendar, Link, LinkType, Resource, Task
    from pmdesk.core.plandata import PlanData

    rng = random.Random(seed)
    data = PlanData()
    data.plan.start = datetime(2026, 1, 5, 8, 0)
    data.plan.default_calendar_id = 1
    week = {d: [(480, 720), (780, 1020)] for d in range(5)} | {5: [], 6: []}
    entities: list = [Calendar(1, "Standard", week=week)]
    entities += [Resource(r, f"Person {r}", standard_rate=60.0) for r in range(1, 41)]
    task_id = link_id = assignment_id = group = 0
    lanes: list[int] = []
    while task_id < tasks:
        group += 1
        task_id += 1
        summary = task_id
        entities.append(Task(summary, f"Work package {group}", position=group))
        previous = None
        for position in range(GROUP - 1):
            if task_id >= tasks:
                break
            task_id += 1
            entities.append(
                Task(
                    task_id,
                    f"Task {task_id}",
                    parent_id=summary,
                    position=position,
                    duration=rng.choice((240, 480, 960, 1440, 2400)),
                    notes="",
                )
            )
            if previous is not None:
                link_id += 1
                entities.append(
                    Link(link_id, previous, task_id, LinkType.FS, lag=rng.choice((0, 0, 480)))
                )
            previous = task_id
            assignment_id += 1
            entities.append(Assignment(assignment_id, task_id, rng.randint(1, 40), units=1.0))
        if previous is not None:
            lanes.append(previous)
        if len(lanes) > 8:  # each package follows one of the packages before it
            link_id += 1
            entities.append(Link(link_id, lanes.pop(rng.randrange(len(lanes) - 1)), summary + 1))
    data.load(entities)
    return data


class Timing:
    """Median wall-clock and CPU seconds of a measure (the CPU figure shows what the code
    costs when other processes share the machine's cores)."""

    def __init__(self, measure, runs: int = RUNS) -> None:
        walls, cpus = [], []
        for _ in range(runs):
            wall, cpu = time.perf_counter(), time.process_time()
            measure()
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        self.wall = statistics.median(walls)
        self.cpu = statistics.median(cpus)

    def __format__(self, spec: str) -> str:
        return f"{self.wall:.2f} s (CPU {self.cpu:.2f} s)"


def main() -> int:
    from pmdesk.io.formats import export_file, import_file

    data = generate_plan()
    assert len(data.tasks) == TASKS
    with tempfile.TemporaryDirectory() as folder:
        xml = Path(folder) / "plan.xml"
        export = Timing(lambda: export_file(data, xml))
        size = xml.stat().st_size / 1e6
        result = import_file(xml)
        assert len(result.data.tasks) == TASKS and len(result.data.links) == len(data.links)
        imported = Timing(lambda: import_file(xml))

        # The same plan as Microsoft Project would write it: every task with its derived values.
        heavy = Path(folder) / "msproject.xml"
        text = xml.read_text(encoding="utf-8")
        heavy.write_text(re.sub(r"(</Summary>)", r"\1" + MS_PROJECT_EXTRA, text), "utf-8")
        heavy_size = heavy.stat().st_size / 1e6
        assert len(import_file(heavy).data.tasks) == TASKS
        heavy_import = Timing(lambda: import_file(heavy))

        gan = Path(folder) / "plan.gan"
        gan_export = Timing(lambda: export_file(data, gan), runs=3)
        gan_import = Timing(lambda: import_file(gan), runs=3)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"MSPDI export 20k tasks: median {export} (target <= 2 s), {size:.1f} MB")
    print(f"MSPDI import 20k tasks: median {imported} (target <= 3 s)")
    print(
        f"MSPDI import 20k tasks, MS Project-sized file ({heavy_size:.1f} MB): "
        f"median {heavy_import} (target <= 3 s)"
    )
    print(f"GanttProject export 20k tasks: median {gan_export} (no target)")
    print(f"GanttProject import 20k tasks: median {gan_import} (no target)")
    print(f"(load average {load:.1f} on {os.cpu_count()} cores while measuring)")
    failed = export.wall > 2 or imported.wall > 3 or heavy_import.wall > 3
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
