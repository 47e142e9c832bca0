"""The outline's commands on tasks: insert, delete, indent, outdent, move, link, unlink.

Each computes the new WBS shape and pushes it as ONE undo step through the editor (a macro of
field changes); nothing here touches an entity directly.
"""

from __future__ import annotations

from pmdesk.core.entities import Link, LinkType, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import translate
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.outline import Outline
from pmdesk.operations.taskcells import new_task


def _top_selected(outline: Outline, task_ids: list[int]) -> list[int]:
    """The selected tasks in outline order, leaving out those under another selected task."""
    chosen = set(task_ids)
    result = []
    for task_id in outline.order:
        if task_id not in chosen:
            continue
        parent = outline.parent_of(task_id)
        covered = False
        while parent is not None:
            if parent in chosen:
                covered = True
                break
            parent = outline.parent_of(parent)
        if not covered:
            result.append(task_id)
    return result


def apply_shape(editor: PlanEditor, shape: dict[int | None, list[int]], text: str) -> None:
    """Give each parent's listed children that parent and positions 0..n-1, as one step."""
    tasks = editor.data.tasks
    with editor.macro(text):
        for parent, kids in shape.items():
            for position, task_id in enumerate(kids):
                task = tasks[task_id]
                values: dict[str, int | None] = {}
                if task.parent_id != parent:
                    values["parent_id"] = parent
                if task.position != position:
                    values["position"] = position
                if values:
                    editor.set_fields(Task, task_id, text, **values)


def insert_task(
    editor: PlanEditor, outline: Outline, before: int | None, name: str | None = None
) -> int:
    """Add a task above ``before`` (at the end of the plan when None); returns its id."""
    name = translate("Tasks", "New task") if name is None else name
    data = editor.data
    parent = outline.parent_of(before) if before is not None else None
    siblings = list(outline.child_ids(parent))
    row = siblings.index(before) if before is not None else len(siblings)
    new_id = data.new_id(Task)
    with editor.macro("Insert task"):
        task = new_task(new_id, name, data.plan, parent_id=parent, position=row)
        editor.add_entities([task], "Insert task")
        siblings.insert(row, new_id)
        apply_shape(editor, {parent: siblings}, "Insert task")
    return new_id


def add_task_below(
    editor: PlanEditor, outline: Outline, current: int | None, name: str | None = None
) -> int:
    """The toolbar's Add task: a task on the row below ``current`` (a summary's first subtask
    when ``current`` is a summary), or at the end of the plan; returns its id."""
    name = translate("Tasks", "New task") if name is None else name
    if current is None:
        return insert_task(editor, outline, None, name)
    if outline.is_summary(current):
        return insert_task(editor, outline, outline.child_ids(current)[0], name)
    siblings = outline.child_ids(outline.parent_of(current))
    row = siblings.index(current)
    if row + 1 < len(siblings):
        return insert_task(editor, outline, siblings[row + 1], name)
    parent = outline.parent_of(current)
    new_id = editor.data.new_id(Task)
    with editor.macro("Insert task"):
        task = new_task(new_id, name, editor.data.plan, parent_id=parent, position=len(siblings))
        editor.add_entities([task], "Insert task")
        apply_shape(editor, {parent: [*siblings, new_id]}, "Insert task")
    return new_id


class _Shape(dict[int | None, list[int]]):
    """The child lists an outline command rearranges: parent id -> child ids, each copied from
    the outline the first time it is asked for."""

    def __init__(self, outline: Outline) -> None:
        super().__init__()
        self.outline = outline

    def children(self, parent: int | None) -> list[int]:
        if parent not in self:
            self[parent] = list(self.outline.child_ids(parent))
        return self[parent]


def delete_tasks(editor: PlanEditor, outline: Outline, task_ids: list[int]) -> None:
    top = _top_selected(outline, task_ids)
    if not top:
        return
    text = "Delete task" if len(top) == 1 else f"Delete {len(top)} tasks"
    editor.remove_entities([(Task, task_id) for task_id in top], text)


def indent_tasks(editor: PlanEditor, outline: Outline, task_ids: list[int]) -> None:
    """Make each task a subtask of the sibling above it (MS Project's Indent)."""
    top = _top_selected(outline, task_ids)
    if not top:
        return
    shape = _Shape(outline)
    children = shape.children

    for task_id in top:
        parent = outline.parent_of(task_id)
        siblings = children(parent)
        row = siblings.index(task_id)
        if row == 0:
            raise PmdeskError("The first task under its summary cannot be indented further.")
        new_parent = siblings[row - 1]
        siblings.remove(task_id)
        children(new_parent).append(task_id)
    apply_shape(editor, shape, "Indent")


def outdent_tasks(editor: PlanEditor, outline: Outline, task_ids: list[int]) -> None:
    """Move each task up one level, right after its summary; the tasks that followed it
    under that summary become its subtasks, so rows keep their order (as MS Project does)."""
    top = _top_selected(outline, task_ids)
    if not top:
        return
    shape = _Shape(outline)
    children = shape.children

    for task_id in reversed(top):
        parent = outline.parent_of(task_id)
        if parent is None:
            raise PmdeskError("A top-level task cannot be outdented.")
        siblings = children(parent)
        row = siblings.index(task_id)
        following = siblings[row + 1 :]
        del siblings[row:]
        children(task_id).extend(following)
        grand = outline.parent_of(parent)
        outer = children(grand)
        outer.insert(outer.index(parent) + 1, task_id)
    apply_shape(editor, shape, "Outdent")


def move_tasks(editor: PlanEditor, outline: Outline, task_ids: list[int], step: int) -> None:
    """Move tasks up (step -1) or down (+1) among their siblings."""
    top = _top_selected(outline, task_ids)
    if not top:
        return
    shape: dict[int | None, list[int]] = {}
    ordered = top if step < 0 else list(reversed(top))
    for task_id in ordered:
        parent = outline.parent_of(task_id)
        siblings = shape.setdefault(parent, list(outline.child_ids(parent)))
        row = siblings.index(task_id)
        target = row + step
        if not 0 <= target < len(siblings):
            raise PmdeskError(
                "The task is already at the "
                + ("top" if step < 0 else "bottom")
                + " of its summary."
            )
        siblings[row], siblings[target] = siblings[target], siblings[row]
    apply_shape(editor, shape, "Move task up" if step < 0 else "Move task down")


def link_tasks(editor: PlanEditor, outline: Outline, task_ids: list[int]) -> int:
    """Link the selected tasks finish-to-start in table order (Ctrl+F2); returns links made."""
    ordered = [task_id for task_id in outline.order if task_id in set(task_ids)]
    if len(ordered) < 2:
        raise PmdeskError("Select two or more tasks to link.")
    data = editor.data
    existing = {frozenset((k.predecessor_id, k.successor_id)) for k in data.links.values()}
    next_id = data.new_id(Link)
    links = []
    for pred, succ in zip(ordered, ordered[1:]):
        if frozenset((pred, succ)) in existing:
            continue
        links.append(Link(next_id, pred, succ, LinkType.FS))
        next_id += 1
    if links:
        editor.add_entities(links, "Link tasks")
    return len(links)


def unlink_tasks(editor: PlanEditor, outline: Outline, task_ids: list[int]) -> int:
    """Remove the links among the selected tasks, or all links of a single selected task."""
    chosen = set(task_ids)
    links = editor.data.links.values()
    if len(chosen) == 1:
        doomed = [k.id for k in links if k.predecessor_id in chosen or k.successor_id in chosen]
    else:
        doomed = [k.id for k in links if k.predecessor_id in chosen and k.successor_id in chosen]
    if doomed:
        editor.remove_entities([(Link, link_id) for link_id in doomed], "Unlink tasks")
    return len(doomed)
