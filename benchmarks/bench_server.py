"""Team plans on a local PostgreSQL (started here, throwaway; needs `apt-get install
postgresql` and the server extra): opening a 10,000-task plan from the server, one edit's
round trip, how soon another editor sees it, and the full load test (20 editors x 500 random
edits; --no-load skips it). Each figure is the median of several runs."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.bench_store import build_plan  # noqa: E402
from tests import pgcluster  # noqa: E402


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000


def main() -> int:
    reason = pgcluster.unavailable_reason()
    if reason:
        print(f"skipped: {reason}")
        return 0
    os.environ.setdefault("PMDESK_DATA_DIR", tempfile.mkdtemp(prefix="bench-server-"))
    from PySide6.QtCore import QCoreApplication

    from pmdesk.core.entities import Task
    from pmdesk.document import Document
    from pmdesk.store import server

    app = QCoreApplication.instance() or QCoreApplication([])
    cluster = pgcluster.Cluster()
    try:
        url = cluster.create_database("bench")
        data = build_plan()
        start = time.perf_counter()
        server.push(data, url, "Big")
        print(f"Push a {len(data.tasks):,}-task plan: {time.perf_counter() - start:.2f} s")
        plan_url = url + "?plan=Big"

        times = []
        for _ in range(5):
            start = time.perf_counter()
            doc = Document.open_server(plan_url, editor="bench")
            times.append(time.perf_counter() - start)
            doc.close()
        print(
            f"Open a {len(data.tasks):,}-task plan from the server (read, schedule): median "
            f"{median_ms(times):.0f} ms (target <= 1500 ms)"
        )

        ana = Document.open_server(plan_url, editor="ana")
        bob = Document.open_server(plan_url, editor="bob")
        copy = ana.working_copy
        round_trips, writes, seen = [], [], []
        for i in range(30):
            task_id = 2 + (i * 37) % 9000
            if task_id % 20 == 1:
                task_id += 1
            name = f"Edited {i}"
            start = time.perf_counter()
            ana.set_fields(Task, task_id, "Rename", name=name)
            done = time.perf_counter()
            round_trips.append(done - start)
            while bob.data.tasks[task_id].name != name:
                app.processEvents()
                if time.perf_counter() - done > 5:
                    break
            seen.append(time.perf_counter() - done)
            before = time.perf_counter()
            copy_change = ana.data.update(Task, task_id, name=name + "!")
            from pmdesk.core.plandata import Change

            copy.write_changes(
                [Change("update", Task, task_id, entity=ana.data.tasks[task_id], old=copy_change)]
            )
            writes.append(time.perf_counter() - before)
            app.processEvents()
        print(
            f"One edit on that plan (write-through under row-version guard, reschedule, "
            f"views told): median {median_ms(round_trips):.1f} ms (target <= 30 ms)"
        )
        print(f"  of which the server transaction: median {median_ms(writes):.1f} ms")
        durations = []
        for i in range(30):
            task_id = 3 + (i * 41) % 9000
            if task_id % 20 == 1:
                task_id += 1
            start = time.perf_counter()
            ana.set_fields(Task, task_id, "Duration", duration=480 * (2 + i % 5))
            durations.append(time.perf_counter() - start)
            app.processEvents()
        print(
            f"One duration edit (the engine reruns from that task): median "
            f"{median_ms(durations):.1f} ms (target <= 30 ms)"
        )
        print(
            f"A remote edit visible to another editor (LISTEN/NOTIFY, fetch, reschedule): "
            f"median {median_ms(seen):.0f} ms, worst {max(seen) * 1000:.0f} ms "
            "(target <= 1000 ms)"
        )
        ana.close()
        bob.close()
        local = Document(data)
        local.prepare_working_copy()
        times = []
        for i in range(30):
            start = time.perf_counter()
            local.set_fields(Task, 2 + i, "Rename", name=f"Local {i}")
            times.append(time.perf_counter() - start)
        print(
            f"  the same edit on a .pmdb working copy, for comparison: median "
            f"{median_ms(times):.1f} ms"
        )
        local.close()

        if "--no-load" not in sys.argv:
            from tests.unit.store.server.load import run_load

            load_url = cluster.create_database("load")
            figures = run_load(load_url, 20, 500, Path(tempfile.mkdtemp(prefix="bench-load-")))
            print(
                f"Load: {figures['editors']} editors x {figures['edits']} random edits in "
                f"{figures['seconds']:.0f} s: {figures['acknowledged']} stored, "
                f"{figures['refused']} refused as conflicts, {figures['failed']} refused by "
                "the engine; no lost update, every view equals the database, check passes"
            )
    finally:
        cluster.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
