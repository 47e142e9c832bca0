"""Scheduling speed before and after a change, in one run: the generated plans of
bench_schedule.py (10,000 tasks + 15,000 links with ALAP tasks, constraints, deadlines,
percent and elapsed lags, summaries; and 100,000 tasks) scheduled by this checkout's engine
and by a baseline revision's (default: main), each in its own process.

    python benchmarks/bench_schedule_compare.py [--baseline REV]

Targets (issue 14): a full reschedule of the 10k plan <= 50 ms median, one edit <= 10 ms,
the 100k plan compiled and scheduled <= 1 s. CPU time is printed beside the wall clock: on
a shared machine the wall clock also counts waiting for a core.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGETS = {"reschedule_10k": 50, "edit_10k": 10, "schedule_100k": 1000}
LABELS = {
    "reschedule_10k": "reschedule 10k tasks + 15k links (compiled network kept)",
    "edit_10k": "change one duration + reschedule 10k tasks",
    "schedule_100k": "compile + schedule 100k tasks + 150k links",
}


def measure() -> dict[str, tuple[float, float]]:
    """Run in a child process whose sys.path starts with the engine to measure."""
    from bench_schedule import build_plan, median_ms

    from pmdesk.core.entities import ConstraintType, Task
    from pmdesk.core.scheduling import Scheduler, schedule_plan

    found = {}
    plan = build_plan(10_000, 15_000)
    scheduler = Scheduler(plan)
    scheduler.schedule()
    found["reschedule_10k"] = median_ms(scheduler.reschedule_all, 11)
    rng = random.Random(7)
    ids = [t.id for t in plan.tasks.values()
           if t.parent_id is not None and t.constraint_type == ConstraintType.ASAP]  # fmt: skip

    def edit():
        tid = rng.choice(ids)
        plan.update(Task, tid, duration=plan.tasks[tid].duration + 480)
        schedule = scheduler.schedule()
        for tid in list(schedule.tasks)[:60]:  # a screenful of rows
            schedule.tasks[tid]

    found["edit_10k"] = median_ms(edit, 21)
    scheduler.close()
    big = build_plan(100_000, 150_000)
    found["schedule_100k"] = median_ms(lambda: schedule_plan(big), 3)
    return found


def run_child(engine_root: Path) -> dict:
    code = (
        "import json, sys; "
        f"sys.path[:0] = [{str(engine_root)!r}, {str(HERE)!r}]; "
        "import bench_schedule_compare as b; print(json.dumps(b.measure()))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=engine_root, check=True)  # fmt: skip
    return json.loads(out.stdout.strip().splitlines()[-1])


def export_revision(rev: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "pmdesk"],
                             capture_output=True, check=True).stdout  # fmt: skip
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="main", help="git revision to compare with")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = run_child(export_revision(args.baseline, Path(tmp)))
    after = run_child(ROOT)
    for key, label in LABELS.items():
        (bw, bc), (aw, ac) = before[key], after[key]
        print(f"{label}: {args.baseline} median {bw:.1f} ms (CPU {bc:.1f}); "
              f"this checkout {aw:.1f} ms (CPU {ac:.1f}); target <= {TARGETS[key]} ms",
              flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
