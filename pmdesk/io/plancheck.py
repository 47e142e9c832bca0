"""What every import settles before handing a plan over, so that it can always be scheduled.

A file may hold what pmdesk's scheduling engine (like MS Project, which refuses to create
them) rejects: a task linked to itself or to its own summary task, circular dependencies,
dates that finish before they start, a constraint without its date, a plan scheduled from a
finish date it does not have. Each is settled by a stated rule and named in a warning:
offending links are left out, impossible finishes dropped, constraints without a date taken
as "as soon as possible".
"""

from __future__ import annotations

from collections import Counter

from pmdesk.core.entities import ConstraintType, Link, ScheduleFrom, Task
from pmdesk.core.gcpause import gc_paused
from pmdesk.core.plandata import PlanData

MAX_CYCLES = 100  # circular dependencies broken one by one; more is a damaged file


class TooManyCycles(ValueError):
    """More circular dependencies than an import breaks."""


def settle(data: PlanData, warnings: list[str]) -> None:
    counts: Counter[str] = Counter()
    _settle_tasks(data, counts)
    with gc_paused():  # the graph of every task and link, built again per cycle broken
        _settle_links(data, counts)
    if data.plan.schedule_from == ScheduleFrom.FINISH and data.plan.finish is None:
        data.plan.schedule_from = ScheduleFrom.START
        counts["a schedule from the finish without a finish date (scheduled from the start)"] += 1
    for what, count in sorted(counts.items()):
        warnings.append(f"Not imported: {what} ({count}).")


def _settle_tasks(data: PlanData, counts: Counter[str]) -> None:
    for task in data.tasks.values():
        if task.actual_start and task.actual_finish and task.actual_finish < task.actual_start:
            task.actual_finish = None  # the task is in progress
            counts["actual finishes before their actual start (left out)"] += 1
        if task.manual_start and task.manual_finish and task.manual_finish < task.manual_start:
            task.manual_finish = task.manual_start
            counts["manual finishes before their manual start (moved to the start)"] += 1
        if (
            task.constraint_type not in (ConstraintType.ASAP, ConstraintType.ALAP)
            and task.constraint_date is None
        ):
            task.constraint_type = ConstraintType.ASAP
            counts["constraints without a date (taken as as soon as possible)"] += 1


def _is_ancestor(tasks: dict[int, Task], ancestor: int, task_id: int) -> bool:
    parent = tasks[task_id].parent_id
    seen, most = 0, len(tasks)
    while parent is not None and parent in tasks and seen <= most:
        if parent == ancestor:
            return True
        parent, seen = tasks[parent].parent_id, seen + 1
    return False


def _settle_links(data: PlanData, counts: Counter[str]) -> None:
    tasks = data.tasks  # the live dict, looked up once (a link or two per task)
    for link in sorted(data.links.values(), key=lambda item: item.id):
        pred, succ = link.predecessor_id, link.successor_id
        if pred not in tasks or succ not in tasks:
            reason = "links to tasks missing from the file"
        elif pred == succ:
            reason = "links of a task to itself"
        elif _is_ancestor(tasks, pred, succ) or _is_ancestor(tasks, succ, pred):
            reason = "links between a task and its own summary task"
        else:
            continue
        data.remove(Link, link.id)
        counts[reason] += 1
    for _round in range(MAX_CYCLES + 1):
        link_id = _link_on_a_cycle(data)
        if link_id is None:
            return
        if _round == MAX_CYCLES:
            raise TooManyCycles(f"it has more than {MAX_CYCLES} circular dependencies")
        data.remove(Link, link_id)
        counts["links closing a circular dependency"] += 1


def _link_on_a_cycle(data: PlanData) -> int | None:
    """The newest link on a circular dependency, or None when there is none.

    The graph is the engine's (network.py): a leaf task is one node, a summary an entry
    node (links in, handing on to its children) and an exit node (children in, links out).
    """
    entry, exit_ = {}, {}
    parents = {task.parent_id for task in data.tasks.values()}
    for task_id in data.tasks:
        entry[task_id] = 2 * task_id
        exit_[task_id] = 2 * task_id + 1 if task_id in parents else 2 * task_id
    edges: dict[int, list[tuple[int, int | None]]] = {}  # node -> [(node, link id or None)]
    for task in data.tasks.values():
        if task.parent_id in data.tasks:
            edges.setdefault(entry[task.parent_id], []).append((entry[task.id], None))
            edges.setdefault(exit_[task.id], []).append((exit_[task.parent_id], None))
    for link in data.links.values():
        edges.setdefault(exit_[link.predecessor_id], []).append((entry[link.successor_id], link.id))
    nodes = set(entry.values()) | set(exit_.values())
    indegree = Counter(target for targets in edges.values() for target, _link in targets)
    ready = [node for node in nodes if not indegree[node]]
    while ready:
        node = ready.pop()
        for target, _link in edges.get(node, ()):
            indegree[target] -= 1
            if not indegree[target]:
                ready.append(target)
    stuck = {node for node in nodes if indegree[node] > 0}
    if not stuck:
        return None
    # Every stuck node has a stuck predecessor: walk backwards until a node repeats.
    preds: dict[int, tuple[int, int | None]] = {}
    for node, targets in edges.items():
        if node in stuck:
            for target, link_id in targets:
                if target in stuck and target not in preds:
                    preds[target] = (node, link_id)
    node, seen = next(iter(stuck)), {}
    path: list[int | None] = []
    while node not in seen:
        seen[node] = len(path)
        previous, link_id = preds[node]
        path.append(link_id)
        node = previous
    cycle_links = [link_id for link_id in path[seen[node] :] if link_id is not None]
    return max(cycle_links)
