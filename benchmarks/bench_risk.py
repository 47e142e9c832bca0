"""Schedule risk speed: 1,000 Monte Carlo iterations of the demo plan (target <= 0.5 s) and
of a generated plan of 10,000 tasks and 15,000 links (target <= 10 s), with the peak memory
the simulation allocates (numpy arrays included, measured with tracemalloc)."""

from __future__ import annotations

import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_schedule import build_plan  # noqa: E402

from pmdesk.core.demo import build_demo_plan  # noqa: E402
from pmdesk.core.entities import Distribution, Risk, RiskImpact  # noqa: E402
from pmdesk.core.risk import analyse, simulate  # noqa: E402
from pmdesk.core.scheduling import schedule_plan  # noqa: E402


def with_estimates(data, seed: int = 2):
    """Three-point estimates on every leaf task and one risk per 200 tasks; every third
    risk adds a task after its tasks, every third one before them (risktasks.py)."""
    rng = random.Random(seed)
    kinds = list(Distribution)
    parents = {t.parent_id for t in data.tasks.values()}
    leaves = [t for t in data.tasks.values() if t.id not in parents and t.duration]
    for task in leaves:
        task.duration_optimistic = round(task.duration * 0.8)
        task.duration_most_likely = task.duration
        task.duration_pessimistic = round(task.duration * rng.uniform(1.1, 2.0))
        task.distribution = rng.choice(kinds)
    for rid in range(1, len(leaves) // 200 + 1):
        data.load(
            [
                Risk(
                    id=rid,
                    name=f"Risk {rid}",
                    probability=rng.uniform(5, 50),
                    impact=480 * rng.randint(1, 5),
                    task_ids=[t.id for t in rng.sample(leaves, 3)],
                    impact_as=list(RiskImpact)[rid % 3],
                )
            ]
        )
    return data


def measure(label: str, data, target: float, runs: int) -> None:
    schedule = schedule_plan(data)
    times = []
    for run in range(runs):
        t0 = time.perf_counter()
        samples = simulate(data, 1000, seed=run)
        analyse(data, samples, schedule, run)
        times.append(time.perf_counter() - t0)
    tracemalloc.start()
    simulate(data, 1000, seed=0)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    median = statistics.median(times)
    verdict = "ok" if median <= target else "SLOW"
    print(
        f"{label}: median {median:.3f} s over {runs} runs (target <= {target} s) {verdict}; "
        f"peak memory {peak / 2**20:.0f} MiB"
    )


def main() -> None:
    measure("risk, demo plan (58 tasks), 1,000 iterations", build_demo_plan(), 0.5, 7)
    big = with_estimates(build_plan(10_000, 15_000))
    print(
        f"generated plan: {len(big.tasks):,} tasks, {len(big.links):,} links, "
        f"{len(big.risks)} risks"
    )
    measure("risk, 10,000 tasks / 15,000 links, 1,000 iterations", big, 10.0, 3)


if __name__ == "__main__":
    main()
