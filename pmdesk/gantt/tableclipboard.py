"""The task table's rows as tab-separated text for the clipboard (spreadsheets read it)."""

from __future__ import annotations

from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.models.tasktree import TaskTreeModel


def copy_rows(model: TaskTreeModel, task_ids: list[int]) -> str:
    """Selected rows as tab-separated "Name, Duration, Resource names" lines."""
    chosen = set(task_ids)
    lines = []
    for task_id in [t for t in model.order if t in chosen]:
        texts = model.row_texts(task_id)
        cells = [texts[COLUMN_INDEX[key]] or "" for key in ("name", "duration", "resources")]
        lines.append("\t".join(cell.replace("\t", " ") for cell in cells))
    return "\n".join(lines)
