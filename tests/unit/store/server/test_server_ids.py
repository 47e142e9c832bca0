"""New ids of a server plan come from ranges the server reserved for this editor (ids.py)."""

from __future__ import annotations

from pmdesk.core.entities import Link, Task
from pmdesk.core.plandata import PlanData
from pmdesk.store.server.errors import ServerUnavailableError
from pmdesk.store.server.ids import BLOCK, MARGIN, IdBlocks


class FakeServer:
    """Hands out ranges like pmdesk.id_blocks does: above the floor and every earlier one."""

    def __init__(self) -> None:
        self.next = 1
        self.asked: list[tuple[type, int]] = []
        self.away = False

    def reserve(self, kind: type, floor: int) -> int:
        if self.away:
            raise ServerUnavailableError("The server is away.")
        self.asked.append((kind, floor))
        start = max(self.next, floor)
        self.next = start + BLOCK
        return start


def test_two_editors_get_different_ids_from_their_own_ranges():
    shared = FakeServer()
    ana, bob = PlanData(), PlanData()
    for data in (ana, bob):
        data.load([Task(1, "One"), Task(2, "Two")])
        data.id_source = IdBlocks(shared.reserve)
    a, b = ana.new_id(Task), bob.new_id(Task)
    assert a != b and min(a, b) == 3 and max(a, b) == 3 + BLOCK
    ana.add(Task(a, "Ana's"))
    assert ana.new_id(Task) == a + 1  # within its range, no new reservation
    assert len(shared.asked) == 2
    bob.add(Task(a, "Ana's, arrived"))  # others' ids do not move bob's next number
    assert bob.new_id(Task) == b


def test_a_range_nearly_used_up_is_replaced_and_kinds_have_their_own():
    shared = FakeServer()
    data = PlanData()
    data.id_source = IdBlocks(shared.reserve)
    first = data.new_id(Task)
    data.load([Task(first + n, f"T{n}") for n in range(BLOCK - MARGIN + 1)])
    fresh = data.new_id(Task)
    assert fresh >= first + BLOCK and len(shared.asked) == 2
    assert data.new_id(Link) == fresh + BLOCK  # a range of links of its own


def test_without_the_server_the_highest_id_plus_one_is_used():
    shared = FakeServer()
    shared.away = True
    data = PlanData()
    data.load([Task(7, "Seven")])
    data.id_source = IdBlocks(shared.reserve)
    assert data.new_id(Task) == 8
