"""The task table's column set, order and widths, kept in the plan file (``Plan.settings
["task_table"]["columns"]``: ``[[key, width], ...]`` in the order shown) so a person who reopens
the plan sees their table, as MS Project keeps a table's definition in the project.

Insert Column, Hide Column, moving a column and the end of a width drag are one undo step each;
an undo puts the table back as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QTreeView

from pmdesk.core.entities import Plan
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS, DEFAULT_SHOWN

if TYPE_CHECKING:
    from pmdesk.core.plandata import Change
    from pmdesk.document import Document

SETTINGS_KEY = "task_table"


def stored_columns(plan: Plan) -> list[tuple[str, int]]:
    """The plan's columns as (key, width) in order; the Entry table for a plan without."""
    table = plan.settings.get(SETTINGS_KEY) if isinstance(plan.settings, dict) else None
    columns = table.get("columns") if isinstance(table, dict) else None
    result: list[tuple[str, int]] = []
    if isinstance(columns, list):
        for item in columns:
            if (
                isinstance(item, (list, tuple))
                and len(item) == 2
                and item[0] in COLUMN_INDEX
                and isinstance(item[1], int)
                and not isinstance(item[1], bool)
            ):
                result.append((item[0], max(16, min(int(item[1]), 2000))))
    if not any(key == "name" for key, _ in result):  # a table without Name is not one
        result = [(key, COLUMNS[COLUMN_INDEX[key]].width) for key in DEFAULT_SHOWN]
    return result


class ColumnLayout(QObject):
    """Keeps ``view``'s header and the plan's column settings the same, both ways."""

    def __init__(self, view: QTreeView, document: Document) -> None:
        super().__init__(view)
        self.view = view
        self.document = document
        self._applying = False
        header = view.header()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(True)
        header.sectionMoved.connect(lambda *_: self.store("Move column"))
        header.sectionHandleDoubleClicked.connect(self.fit)
        header.viewport().installEventFilter(self)  # a width drag ends on mouse release
        document.changed.connect(self._on_changed)
        self.apply()

    # -- plan -> view ---------------------------------------------------------------------
    def apply(self) -> None:
        """Show the plan's columns in its order and widths; hide the others."""
        header = self.view.header()
        self._applying = True
        try:
            wanted = stored_columns(self.document.data.plan)
            shown = {COLUMN_INDEX[key] for key, _ in wanted}
            for number in range(len(COLUMNS)):
                hidden = number not in shown
                if header.isSectionHidden(number) != hidden:
                    header.setSectionHidden(number, hidden)
            for visual, (key, width) in enumerate(wanted):
                number = COLUMN_INDEX[key]
                current = header.visualIndex(number)
                if current != visual:
                    header.moveSection(current, visual)
                if header.sectionSize(number) != width:
                    header.resizeSection(number, width)
        finally:
            self._applying = False
        self.view.viewport().update()

    def _on_changed(self, changes: list[Change]) -> None:
        if any(
            change.kind is Plan and "settings" in (change.old or ()) for change in changes
        ) and self.current() != stored_columns(self.document.data.plan):
            self.apply()

    # -- view -> plan ---------------------------------------------------------------------
    def current(self) -> list[tuple[str, int]]:
        header = self.view.header()
        result: list[tuple[str, int]] = []
        for visual in range(header.count()):
            number = header.logicalIndex(visual)
            if not header.isSectionHidden(number):
                result.append((COLUMNS[number].key, header.sectionSize(number)))
        return result

    def store(self, text: str) -> None:
        """Write the header's columns into the plan as one undo step (if they changed)."""
        if self._applying:
            return
        columns = self.current()
        plan = self.document.data.plan
        if columns == stored_columns(plan) or self.document.read_only:
            return
        settings = dict(plan.settings) if isinstance(plan.settings, dict) else {}
        settings[SETTINGS_KEY] = {"columns": [[key, width] for key, width in columns]}
        self.document.set_fields(Plan, plan.id, text, settings=settings)

    def insert(self, key: str, before_visual: int) -> None:
        """Insert Column: show ``key`` at visual position ``before_visual``."""
        header = self.view.header()
        number = COLUMN_INDEX[key]
        self._applying = True
        try:
            header.setSectionHidden(number, False)
            if header.sectionSize(number) <= 0:
                header.resizeSection(number, COLUMNS[number].width)
            target = max(0, min(before_visual, header.count() - 1))
            header.moveSection(header.visualIndex(number), target)
        finally:
            self._applying = False
        self.store("Insert column")

    def hide(self, number: int) -> None:
        """Hide Column (Name stays: a table without it is not one)."""
        if COLUMNS[number].key == "name":
            return
        self._applying = True
        try:
            self.view.header().setSectionHidden(number, True)
        finally:
            self._applying = False
        self.store("Hide column")

    def fit(self, number: int) -> None:
        """Double-click on a header edge: the column as wide as its widest shown text."""
        self._applying = True
        try:
            self.view.resizeColumnToContents(number)
        finally:
            self._applying = False
        self.store("Fit column")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and cast(QMouseEvent, event).button() == Qt.MouseButton.LeftButton
        ):
            self.store("Resize column")
        return False
