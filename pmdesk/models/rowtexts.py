"""One row of the task table's display texts, each column formatted when first read: a row
has ~170 columns, a view reads the dozen it shows, a printout those it prints."""

from __future__ import annotations

from collections.abc import Callable
from typing import SupportsIndex, cast, overload

from pmdesk.core.entities import Task
from pmdesk.models.taskcolumns import COLUMNS


class RowTexts(list[str | None]):
    """One row's texts by column (None marks "not yet formatted")."""

    __slots__ = ("_task", "_format")

    def __init__(self, task: Task, format_text: Callable[[Task, str], str | None]) -> None:
        super().__init__([None] * len(COLUMNS))
        self._task = task
        self._format = format_text

    @overload
    def __getitem__(self, column: SupportsIndex) -> str: ...

    @overload
    def __getitem__(self, column: slice) -> list[str | None]: ...

    def __getitem__(self, column: SupportsIndex | slice) -> str | list[str | None]:
        # No isinstance test first: a painted table reads ~400 texts a frame. A slice gives a
        # list, never None, so only a single column reaches the formatting below.
        text = list.__getitem__(self, column)
        if text is None:
            index = cast(SupportsIndex, column)
            text = self._format(self._task, COLUMNS[index].key) or ""
            list.__setitem__(self, index, text)
        return text
