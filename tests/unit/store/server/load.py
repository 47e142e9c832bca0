"""The load test's harness: N editor processes x M random edits on one server plan, then the
checks: no lost update, every editor's view equals the database, the pulled copy is sound.

Used by test_server_load.py (a small run in `make test`) and benchmarks/server_load.py (the
full 20 x 500 run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.store import pmdb, server

FIELDS = ("name", "duration", "priority", "percent_complete")
EDITOR = Path(__file__).with_name("load_editor.py")


def load_plan(tasks: int = 60) -> PlanData:
    data = PlanData(Plan(name="Load"))
    data.load([Task(i, f"Task {i}", duration=480, position=i) for i in range(1, tasks + 1)])
    return data


def run_load(url: str, editors: int, edits: int, folder: Path) -> dict:
    """Run the editors; raise AssertionError when a check fails; return the figures."""
    server.push(load_plan(), url, "Load")
    plan_url = url + "?plan=Load"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[4]
    env["PYTHONPATH"] = os.pathsep.join([str(root), env.get("PYTHONPATH", "")])
    started = time.monotonic()
    processes = [
        subprocess.Popen(
            [sys.executable, str(EDITOR), plan_url, str(n), str(edits), str(folder), str(editors)],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(editors)
    ]
    for process in processes:
        _out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err[-3000:]
    elapsed = time.monotonic() - started
    final = server.pull(plan_url)
    database = {str(t.id): [getattr(t, f) for f in FIELDS] for t in final.tasks.values()}
    results = [json.loads((folder / f"e{n}.json").read_text()) for n in range(editors)]

    # Every editor's view equals the database.
    for n, result in enumerate(results):
        assert result["view"] == database, f"editor {n} differs from the database"

    # No lost update: per task and field, the acknowledged edit with the highest change number
    # is the value in the database (or the task was removed by a later acknowledged edit).
    latest: dict = {}
    removed_at: dict = {}
    acknowledged = 0
    for result in results:
        for action, task_id, field, value, seq in result["log"]:
            acknowledged += 1
            if action == "set":
                key = (str(task_id), field)
                if key not in latest or latest[key][0] < seq:
                    latest[key] = (seq, value)
            elif action == "remove":
                removed_at[str(task_id)] = max(seq, removed_at.get(str(task_id), 0))
            elif action == "add":
                if removed_at.get(str(task_id), 0) < seq:
                    removed_at.pop(str(task_id), None)
                for name, added in zip(FIELDS, value):  # an id added again starts afresh
                    key = (str(task_id), name)
                    if key not in latest or latest[key][0] < seq:
                        latest[key] = (seq, added)
    seqs = [entry[4] for result in results for entry in result["log"]]
    assert len(seqs) == len(set(seqs)), "two acknowledged edits share one change number"
    for (task_id, field), (seq, value) in latest.items():
        if task_id not in database:
            assert removed_at.get(task_id, 0) > seq, f"task {task_id} vanished"
            continue
        assert database[task_id][FIELDS.index(field)] == value, (
            f"lost update: task {task_id} {field}"
        )

    copy = folder / "pulled.pmdb"
    pmdb.save_plan(final, copy)
    pmdb.check_pmdb(copy)
    return {
        "editors": editors,
        "edits": edits,
        "seconds": elapsed,
        "acknowledged": acknowledged,
        "refused": sum(r["refused"] for r in results),
        "failed": sum(r["failed"] for r in results),
    }
