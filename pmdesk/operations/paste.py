"""Paste from a spreadsheet: tab-separated rows become tasks, as one undo step.

The first row may name the columns (any field the table has, by its title, e.g. "Name",
"Duration", "Predecessors", "Resource names", "Outline Level", "Text1"); without such a row the
cells fill the table's visible columns in order. The outline comes from an "Outline Level"
column or, without one, from leading spaces in the name. Predecessors refer to the pasted rows
by their position (1 = the first pasted task), as a copied block refers to itself. A paste with
a bad row takes nothing and names the first bad row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

from pmdesk.core.entities import Task
from pmdesk.core.errors import PmdeskError
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.outline import Outline
from pmdesk.operations.taskcells import apply_cell, new_task
from pmdesk.operations.taskshape import apply_shape

OUTLINE_LEVEL = "outline_level"
MAX_ROWS = 100_000  # a paste is typed-in work; beyond this it is a file to import
# Columns whose values the engine computes: read past when pasted, never applied.
_IGNORED = frozenset(("id", "unique_id", "wbs", "indicators"))
_ORDER = {"task_type": 0, "effort_driven": 0, "duration": 1, "resources": 1, "work": 3, "units": 3}


# A pasted row read: (its line in the pasted text, its outline level, {column key: cell text}).
_Record = tuple[int, int, dict[str, str]]


class PasteError(PmdeskError):
    """Pasted text that cannot become tasks; the message names the row and why."""


def read_cells(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text (Excel quotes cells holding tabs or newlines)."""
    if len(text) > 50_000_000:
        raise PasteError("The pasted text is too large; import it as a file instead.")
    rows = [
        row
        for row in csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t")
        if any(cell.strip() for cell in row)
    ]
    if len(rows) > MAX_ROWS:
        raise PasteError(f"A paste can hold at most {MAX_ROWS:,} rows; import a file instead.")
    return rows


def header_keys(cells: list[str], fields: dict[str, str]) -> list[str | None] | None:
    """The field of each header cell when ``cells`` is a header row (most cells name a field),
    else None. An unknown name in a header row is refused."""
    names = [cell.strip().lower() for cell in cells]
    known = [name in fields for name in names if name]
    if not known or sum(known) * 2 < len(known):
        return None
    for cell, name in zip(cells, names):
        if name and name not in fields:
            raise PasteError(
                f'Row 1 of the pasted text: "{cell.strip()}" is not a field of the task table.'
            )
    return [fields.get(name) if name else None for name in names]


def paste_rows(
    editor: PlanEditor,
    outline: Outline,
    before: int | None,
    text: str,
    fields: dict[str, str],
    visible: list[str],
    convert: Callable[[str, str], object] | None = None,
) -> list[int]:
    """Create tasks from ``text`` above ``before`` (at the end when None); returns their ids.

    ``fields`` maps lower-case field names (titles, keys, MS Project's names) to column keys;
    ``visible`` are the table's shown columns in order, for text without a header row;
    ``convert(key, text)`` reads a cell as the table would (e.g. a date in the locale's
    format) and may raise PmdeskError."""
    rows = read_cells(text)
    if not rows:
        raise PasteError("There is nothing to paste.")
    keys = header_keys(rows[0], fields)
    first_line = 1
    if keys is None:
        keys = [key if key not in _IGNORED else None for key in visible]
    else:
        rows = rows[1:]
        first_line = 2
        if not rows:
            raise PasteError("The pasted text has a header row but no tasks.")
    if "name" not in keys:
        raise PasteError("The pasted text needs a Name column.")
    records: list[_Record] = []
    spaced = OUTLINE_LEVEL not in keys
    for line, cells in enumerate(rows, start=first_line):
        values = {key: cell for key, cell in zip(keys, cells) if key and key not in _IGNORED}
        raw_name = values.get("name", "")
        if spaced:
            level = len(raw_name) - len(raw_name.lstrip(" "))
        else:
            level_text = values.pop(OUTLINE_LEVEL, "").strip() or "1"
            if not level_text.isdigit() or not 1 <= int(level_text) <= 100:
                raise PasteError(
                    f"Row {line} of the pasted text: the outline level "
                    f'"{level_text}" is not a whole number from 1 to 100.'
                )
            level = int(level_text)
        values["name"] = raw_name.strip()
        if not values["name"]:
            raise PasteError(f"Row {line} of the pasted text has no name.")
        records.append((line, level, values))
    _relative_levels(records, spaced)
    return _create(editor, outline, before, records, convert)


def _relative_levels(records: list[_Record], spaced: bool) -> None:
    """Levels from 0 for the first row's; leading spaces count in the smallest indent used."""
    if spaced:
        indents = sorted({level for _line, level, _v in records if level})
        unit = indents[0] if indents else 1
        for index, (line, level, values) in enumerate(records):
            records[index] = (line, -(-level // unit), values)
    base = records[0][1]
    previous = base
    for index, (line, level, values) in enumerate(records):
        if level < base:
            raise PasteError(
                f"Row {line} of the pasted text is outdented further than the first pasted row."
            )
        if level > previous + 1:
            raise PasteError(
                f"Row {line} of the pasted text is indented more than one level "
                "below the row above it."
            )
        previous = level
        records[index] = (line, level - base, values)


class _PastedNumbers:
    """Predecessor numbers in pasted text: positions among the pasted rows."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids

    def task_for_number(self, number: int) -> int | None:
        return self.ids[number - 1] if 1 <= number <= len(self.ids) else None


def _create(
    editor: PlanEditor,
    outline: Outline,
    before: int | None,
    records: list[_Record],
    convert: Callable[[str, str], object] | None,
) -> list[int]:
    data = editor.data
    parent = outline.parent_of(before) if before is not None else None
    siblings = list(outline.child_ids(parent))
    row = siblings.index(before) if before is not None else len(siblings)
    plan = data.plan
    first_id = data.new_id(Task)
    ids = [first_id + offset for offset in range(len(records))]
    tasks, top = [], []
    stack: list[tuple[int, int]] = []  # (level, task id) of the rows above
    kids: dict[int, int] = {}
    summaries = set()
    for task_id, (_line, level, values) in zip(ids, records):
        while stack and stack[-1][0] >= level:
            stack.pop()
        if stack:
            owner = stack[-1][1]
            summaries.add(owner)
            position = kids.get(owner, 0)
            kids[owner] = position + 1
            tasks.append(
                new_task(task_id, values["name"], plan, parent_id=owner, position=position)
            )
        else:
            tasks.append(new_task(task_id, values["name"], plan, parent_id=parent))
            top.append(task_id)
        stack.append((level, task_id))
    numbers = _PastedNumbers(ids)
    text = f"Paste {len(tasks)} task" + ("s" if len(tasks) > 1 else "")
    with editor.macro(text):  # an error inside reverts every step: a bad row takes nothing
        editor.add_entities(tasks, "Paste tasks")
        siblings[row:row] = top
        apply_shape(editor, {parent: siblings}, "Paste tasks")
        for task_id, (line, _level, values) in zip(ids, records):
            # The type, duration and resources before work and units, which follow them.
            for key, value in sorted(values.items(), key=lambda kv: _ORDER.get(kv[0], 2)):
                if key == "name" or not value.strip():
                    continue
                if key == "duration" and task_id in summaries:
                    continue  # a summary's duration comes from its subtasks
                try:
                    typed = convert(key, value.strip()) if convert is not None else value.strip()
                    apply_cell(editor, numbers, data.tasks[task_id], key, typed)
                except PmdeskError as exc:
                    raise PasteError(f"Row {line} of the pasted text: {exc}") from None
    return ids
