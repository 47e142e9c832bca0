"""The order the CPM passes walk a compiled network in: a topological order of its nodes, and,
when there is none, a sentence naming the tasks of one loop."""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable
from itertools import chain

from pmdesk.core.scheduling.errors import SchedulingError


def topological_order(adj: list[list[int]], name_of: Callable[[int], str]) -> list[int]:
    """The nodes in an order where every edge goes forward (Kahn's algorithm); raises
    SchedulingError naming the tasks (``name_of(node)``) of one loop when there is a cycle."""
    n = len(adj)
    counts = Counter(chain.from_iterable(adj))  # in-degrees, counted in C
    indeg = list(map(counts.__getitem__, range(n)))
    ready = [v for v, d in enumerate(indeg) if d == 0]
    order: list[int] = []
    append = order.append
    pop = ready.pop
    push = ready.append
    while ready:
        u = pop()
        append(u)
        for v in adj[u]:
            d = indeg[v] - 1
            indeg[v] = d
            if d == 0:
                push(v)
    if len(order) != n:
        raise SchedulingError(cycle_message(adj, indeg, name_of))
    return order


def positions(order: list[int]) -> list[int]:
    """Each node's index in ``order`` (the inverse permutation)."""
    position = [0] * len(order)
    deque(map(position.__setitem__, order, range(len(order))), maxlen=0)  # in C
    return position


def cycle_message(adj: list[list[int]], indeg: list[int], name_of: Callable[[int], str]) -> str:
    """Name the tasks on one cycle among the nodes a topological sort could not place."""
    preds: dict[int, list[int]] = {}
    for u, succs in enumerate(adj):
        if indeg[u] > 0:
            for v in succs:
                if indeg[v] > 0:
                    preds.setdefault(v, []).append(u)
    # Every unplaced node has an unplaced predecessor: walking back must close a loop.
    v = next(i for i, d in enumerate(indeg) if d > 0)
    seen: dict[int, int] = {}
    path: list[int] = []
    while v not in seen:
        seen[v] = len(path)
        path.append(v)
        v = preds[v][0]
    cycle = list(reversed(path[seen[v] :]))
    names: list[str] = []
    for node in cycle:
        name = name_of(node)
        if not names or names[-1] != name:
            names.append(name)
    if len(names) > 1 and names[0] == names[-1]:
        names.pop()
    shown = names if len(names) <= 12 else names[:12] + ["..."]
    loop = " -> ".join(shown + [names[0]])
    return f"These tasks depend on each other in a loop: {loop}."


def reverse_adjacency(adj: list[list[int]]) -> list[list[int]]:
    """Each node's predecessors."""
    preds: list[list[int]] = [[] for _ in adj]
    for u, succs in enumerate(adj):
        for v in succs:
            preds[v].append(u)
    return preds
