"""The task table and the clipboard: Copy writes the selected rows as tab-separated text with
a header row (Excel reads it; pmdesk's Paste reads it back to the same tasks), Paste reads a
spreadsheet's rows through operations/paste.py."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from pmdesk.models.dateinput import read_date_text
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS
from pmdesk.models.tasktree import TaskTreeModel
from pmdesk.operations.paste import OUTLINE_LEVEL
from pmdesk.operations.predecessors import format_lag

# Header names paste understands: our titles and keys, and MS Project's / Excel exports' names.
FIELD_NAMES: dict[str, str] = {
    **{column.title.lower(): column.key for column in COLUMNS},
    **{column.key: column.key for column in COLUMNS},
    "task name": "name", "resource names": "resources", "% complete": "percent",
    "percent complete": "percent", "total slack": "float", "free slack": "free_float",
    "outline level": OUTLINE_LEVEL, "level": OUTLINE_LEVEL, "task": "name",
}  # fmt: skip
# Values the engine computes for an automatically scheduled task: copying them would pin
# every pasted task with a constraint.
_NOT_COPIED = frozenset(("start", "finish"))


def copy_keys(visible: list[str]) -> list[str]:
    """The columns Copy writes: the visible ones that can be typed into, Name first."""
    keys = ["name"]
    keys += [
        key
        for key in visible
        if key != "name" and key not in _NOT_COPIED and COLUMNS[COLUMN_INDEX[key]].editable
    ]
    return keys


def copy_rows(model: TaskTreeModel, task_ids: list[int], visible: list[str] | None = None) -> str:
    """Selected rows as tab-separated text: a header row (Outline Level and field titles),
    then one row per task; predecessors among the copied rows by their position."""
    keys = copy_keys(visible or ["name", "duration", "predecessors", "resources"])
    chosen = set(task_ids)
    rows = [t for t in model.order if t in chosen]
    position = {task_id: number for number, task_id in enumerate(rows, start=1)}
    top = min((model.depth_of(t) for t in rows), default=0)
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(["Outline Level", *(COLUMNS[COLUMN_INDEX[key]].title for key in keys)])
    per_day, per_week, per_month = model.calendar_units()
    for task_id in rows:
        texts = model.row_texts(task_id)
        cells = [str(model.depth_of(task_id) - top + 1)]
        for key in keys:
            if key == "predecessors":
                parts = []
                for link in model.links.predecessors(task_id):
                    if link.predecessor_id in position:
                        lag = format_lag(link, per_day, per_week, per_month)
                        kind = "" if link.type.value == "FS" and not lag else link.type.value
                        parts.append(f"{position[link.predecessor_id]}{kind}{lag}")
                cells.append(", ".join(parts))
            elif key == "notes":
                cells.append(model.document.data.tasks[task_id].notes)
            else:
                text = texts[COLUMN_INDEX[key]]
                if text is None or text == "":
                    index = model.index_for_task(task_id, COLUMN_INDEX[key])
                    text = index.data() or ""
                cells.append(text)
        writer.writerow(cells)
    return out.getvalue()


def convert_cell(key: str, text: str) -> datetime | str | None:
    """A pasted cell as the table reads typed text: dates also in the locale's format."""
    if COLUMNS[COLUMN_INDEX[key]].kind == "date":
        return read_date_text(text)
    return text
