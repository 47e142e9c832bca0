"""The order a leveling pass places tasks in: a topological order of the network where the
ready leaves go by a priority rule, and the late starts those rules read."""

from __future__ import annotations

import heapq
from collections.abc import Callable

from pmdesk.core.scheduling.cpm import backward
from pmdesk.core.scheduling.network import LEAF, Network


def activity_order(net: Network, key: Callable[[int], tuple[float, ...]]) -> list[int]:
    """A topological order of the network's nodes; among the nodes that are ready, leaves by
    ``key(v)`` (smallest first), summary nodes at once."""
    adj = net.adj
    indeg = [0] * len(adj)
    for succs in adj:
        for x in succs:
            indeg[x] += 1
    kind = net.kind
    heap = [((0,) if kind[v] != LEAF else (1, *key(v)), v) for v, d in enumerate(indeg) if d == 0]
    heapq.heapify(heap)
    order = []
    while heap:
        _k, u = heapq.heappop(heap)
        order.append(u)
        for x in adj[u]:
            indeg[x] -= 1
            if indeg[x] == 0:
                heapq.heappush(heap, ((0,) if kind[x] != LEAF else (1, *key(x)), x))
    return order


def late_starts(net: Network, finish_keys: list[int]) -> list[int]:
    """Late start keys of every node under the given project finish (one backward pass)."""
    backward(net, finish_keys)
    return list(net.LS)
