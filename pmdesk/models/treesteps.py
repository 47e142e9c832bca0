"""Which one row insert, removal or move turns the task tree from one outline into the next.

Views keep their scroll position, selection and expanded rows best when a model says what
happened to which rows (Qt's beginInsertRows / beginRemoveRows / beginMoveRows) rather than
"anything may have moved" (layoutChanged: QTreeView then lays out every row again). The
gestures that change the outline — a task added, a selection deleted, indented, dragged to
another place — each move one contiguous run of siblings; ``one_step`` finds that run. A
change that is not one run (an outdent that adopts the following siblings, an undo of
several gestures) returns None and the model falls back to a layout change.
"""

from __future__ import annotations

from dataclasses import dataclass

Children = dict[int, list[int]]  # parent id (the root's too) -> child ids in row order
Parents = dict[int, int]  # task id -> parent id


@dataclass(frozen=True, slots=True)
class TreeStep:
    """One run of rows ``first..last`` under ``parent`` inserted (in the new outline),
    removed (from the old), or moved before row ``destination_row`` of
    ``destination_parent`` (rows of the old outline, as beginMoveRows counts them)."""

    kind: str  # "insert", "remove" or "move"
    parent: int
    first: int
    last: int
    destination_parent: int = 0
    destination_row: int = 0


NO_CHANGE = TreeStep("none", 0, 0, -1)


def _run(rows: list[int]) -> tuple[int, int] | None:
    rows = sorted(rows)
    return (rows[0], rows[-1]) if rows and rows[-1] - rows[0] == len(rows) - 1 else None


def _others_equal(old: Children, new: Children, skip: set[int]) -> bool:
    """Every parent's children but those of ``skip`` (and parents without children) equal."""
    keys = {k for k, v in old.items() if v} | {k for k, v in new.items() if v}
    return all(old.get(k, []) == new.get(k, []) for k in keys - skip)


def _without(ids: list[int], gone: set[int]) -> list[int]:
    return [i for i in ids if i not in gone]


def _top(ids: set[int], parents: Parents) -> set[int]:
    """The ids of ``ids`` whose parent is not itself one of them (the runs' heads)."""
    return {i for i in ids if parents[i] not in ids}


def one_step(
    old: Children, old_parent: Parents, new: Children, new_parent: Parents
) -> TreeStep | None:
    """The single step from ``old`` to ``new``; NO_CHANGE; or None when it takes more."""
    added = new_parent.keys() - old_parent.keys()
    removed = old_parent.keys() - new_parent.keys()
    moved = {t for t in old_parent.keys() & new_parent.keys() if old_parent[t] != new_parent[t]}
    if added and not removed and not moved:
        return _insert_or_remove("insert", _top(added, new_parent), new_parent, new, old)
    if removed and not added and not moved:
        return _insert_or_remove("remove", _top(removed, old_parent), old_parent, old, new)
    if moved and not added and not removed:
        return _move(moved, old, old_parent, new, new_parent)
    if added or removed:
        return None
    changed = [k for k in old.keys() | new.keys() if old.get(k, []) != new.get(k, [])]
    if not changed:
        return NO_CHANGE
    if len(changed) > 1:
        return None
    return _reorder(changed[0], old.get(changed[0], []), new.get(changed[0], []))


def _insert_or_remove(
    kind: str, heads: set[int], parents: Parents, fuller: Children, other: Children
) -> TreeStep | None:
    """Rows ``heads`` under one parent in ``fuller``, the only difference from ``other``."""
    parent_ids = {parents[h] for h in heads}
    if len(parent_ids) != 1:
        return None
    (parent,) = parent_ids
    kids = fuller.get(parent, [])
    run = _run([kids.index(h) for h in heads])
    if run is None or _without(kids, heads) != other.get(parent, []):
        return None
    subtree = set(heads)
    stack = list(heads)
    while stack:  # a pasted or deleted summary brings its subtree along
        for kid in fuller.get(stack.pop(), ()):
            subtree.add(kid)
            stack.append(kid)
    if not _others_equal({k: v for k, v in fuller.items() if k not in subtree}, other, {parent}):
        return None
    return TreeStep(kind, parent, run[0], run[1])


def _move(
    moved: set[int], old: Children, old_parent: Parents, new: Children, new_parent: Parents
) -> TreeStep | None:
    sources = {old_parent[t] for t in moved}
    targets = {new_parent[t] for t in moved}
    if len(sources) != 1 or len(targets) != 1:
        return None
    (source,), (target,) = sources, targets
    old_kids, new_kids = old.get(source, []), new.get(target, [])
    run = _run([old_kids.index(t) for t in moved])
    to = _run([new_kids.index(t) for t in moved])
    if run is None or to is None:
        return None
    if [t for t in old_kids if t in moved] != [t for t in new_kids if t in moved]:
        return None
    if _without(old_kids, moved) != new.get(source, []) or _without(new_kids, moved) != old.get(
        target, []
    ):
        return None
    if not _others_equal(old, new, {source, target}):
        return None
    return TreeStep("move", source, run[0], run[1], target, to[0])


def _reorder(parent: int, old: list[int], new: list[int]) -> TreeStep | None:
    """A run of siblings dragged to another row under the same parent."""
    if len(old) != len(new) or set(old) != set(new):
        return None
    first = next(i for i in range(len(old)) if old[i] != new[i])
    last = next(i for i in range(len(old) - 1, -1, -1) if old[i] != new[i])
    window_old, window_new = old[first : last + 1], new[first : last + 1]
    for cut in range(1, len(window_old)):
        if window_new == window_old[cut:] + window_old[:cut]:
            # Either the run old[first+cut..last] went up to ``first``, or the run
            # old[first..first+cut-1] went down past ``last``: report the shorter run.
            if len(window_old) - cut <= cut:
                return TreeStep("move", parent, first + cut, last, parent, first)
            return TreeStep("move", parent, first, first + cut - 1, parent, last + 1)
    return None
