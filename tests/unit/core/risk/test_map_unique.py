"""passes.map_unique calls a scalar function once per distinct value (or row of values) and
gives exactly what calling it on every iteration would give."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from pmdesk.core.risk.passes import map_unique

columns = st.integers(1, 40).flatmap(
    lambda n: st.lists(
        st.lists(st.integers(-(2**40), 2**40), min_size=n, max_size=n), min_size=1, max_size=4
    )
)


@given(columns)
def test_same_as_calling_on_every_iteration(values: list[list[int]]) -> None:
    arrays = [np.asarray(v, dtype=np.int64) for v in values]
    calls: list[tuple[int, ...]] = []

    def one(*args: int) -> int:
        assert all(type(a) is int for a in args)  # plain Python ints, as the engine expects
        calls.append(args)
        return sum(a * (i + 3) for i, a in enumerate(args)) // 7

    got = map_unique(one, *arrays)
    rows = list(zip(*values, strict=True))
    assert got.tolist() == [sum(a * (i + 3) for i, a in enumerate(r)) // 7 for r in rows]
    assert sorted(calls) == sorted(set(rows))  # once per distinct row


@given(columns)
def test_pairs_come_back_as_two_arrays(values: list[list[int]]) -> None:
    arrays = [np.asarray(v, dtype=np.int64) for v in values]
    first, second = map_unique(lambda *a: (min(a), max(a)), *arrays)
    rows = list(zip(*values, strict=True))
    assert first.tolist() == [min(r) for r in rows]
    assert second.tolist() == [max(r) for r in rows]
    assert first.dtype == np.int64
