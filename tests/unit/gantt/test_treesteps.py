"""treesteps.one_step: the one insert, removal or move between two outlines, checked by
applying it as Qt would to the old outline and comparing with the new (hypothesis)."""

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.models.treesteps import NO_CHANGE, one_step

ROOT = 0


@st.composite
def outlines(draw):
    count = draw(st.integers(1, 14))
    children = {ROOT: []}
    parent = {}
    for tid in range(1, count + 1):
        up = draw(st.sampled_from([ROOT, *range(1, tid)]))
        kids = children.setdefault(up, [])
        kids.insert(draw(st.integers(0, len(kids))), tid)
        parent[tid] = up
    return children, parent


def parents_of(children):
    return {kid: p for p, kids in children.items() for kid in kids}


def subtree(children, tid):
    found = [tid]
    for kid in children.get(tid, []):
        found += subtree(children, kid)
    return found


def apply(step, old, new):
    """The outline after ``step`` on ``old`` (inserted rows' subtrees taken from ``new``)."""
    result = copy.deepcopy(old)
    if step.kind == "insert":
        block = new[step.parent][step.first : step.last + 1]
        result.setdefault(step.parent, [])[step.first : step.first] = block
        for head in block:
            for tid in subtree(new, head):
                if new.get(tid):
                    result[tid] = list(new[tid])
    elif step.kind == "remove":
        for head in result[step.parent][step.first : step.last + 1]:
            for tid in subtree(old, head):
                result.pop(tid, None)
        del result[step.parent][step.first : step.last + 1]
    elif step.kind == "move":
        source = result[step.parent]
        block = source[step.first : step.last + 1]
        target = result.setdefault(step.destination_parent, [])
        row = step.destination_row
        if step.destination_parent == step.parent and row > step.last:
            row -= len(block)
        del source[step.first : step.last + 1]
        target[row:row] = block
    return {p: kids for p, kids in result.items() if kids}


def clean(children):
    return {p: kids for p, kids in children.items() if kids}


@st.composite
def one_gesture(draw):
    old, old_parent = draw(outlines())
    new = copy.deepcopy(old)
    kind = draw(st.sampled_from(["insert", "remove", "move", "reorder"]))
    parent = draw(st.sampled_from(sorted(p for p in new if new[p]) or [ROOT]))
    kids = new.setdefault(parent, [])
    if kind == "insert":
        at = draw(st.integers(0, len(kids)))
        fresh = list(range(100, 100 + draw(st.integers(1, 3))))
        kids[at:at] = fresh
        if draw(st.booleans()):
            new[fresh[0]] = [200]  # a pasted summary with a subtask
    elif kids and kind == "remove":
        first = draw(st.integers(0, len(kids) - 1))
        last = draw(st.integers(first, len(kids) - 1))
        for head in kids[first : last + 1]:
            for tid in subtree(old, head):
                if tid != head:
                    new.pop(tid, None)
            new.pop(head, None)
        del kids[first : last + 1]
    elif kids and kind in ("move", "reorder"):
        first = draw(st.integers(0, len(kids) - 1))
        last = draw(st.integers(first, len(kids) - 1))
        block = kids[first : last + 1]
        moving = {t for head in block for t in subtree(old, head)}
        del kids[first : last + 1]
        if kind == "reorder":
            target = parent
        else:
            target = draw(st.sampled_from(sorted({ROOT, *old_parent} - moving)))
        into = new.setdefault(target, [])
        at = draw(st.integers(0, len(into)))
        into[at:at] = block
    return clean(old), clean(new)


@settings(max_examples=300, deadline=None)
@given(one_gesture())
def test_one_gesture_is_one_step_that_rebuilds_the_new_outline(pair):
    old, new = pair
    step = one_step(old, parents_of(old), new, parents_of(new))
    assert step is not None
    if step is NO_CHANGE:
        assert old == new
    else:
        assert apply(step, old, new) == new


def test_two_gestures_are_not_one_step():
    old = {ROOT: [1, 2, 3], 1: [4]}
    new = {ROOT: [2, 3], 2: [4]}  # 1 removed and 4 moved to 2
    assert one_step(old, parents_of(old), new, parents_of(new)) is None
