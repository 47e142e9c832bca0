"""The Gantt editor's filters: MS Project's named filters, one per resource and the name
search, either hiding the other rows (with their summaries kept) or highlighting the matches."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmdesk.core.entities import Resource
from pmdesk.gantt import filters
from pmdesk.gantt.editorparts import EditorParts

if TYPE_CHECKING:
    from pmdesk.core.plandata import Change

translate = QCoreApplication.translate  # the strings keep GanttEditor's translation context


class EditorFiltersMixin(EditorParts):
    """Filtering and highlighting in GanttEditor."""

    def _fill_filter_box(self) -> None:
        self.filter_box.blockSignals(True)
        current = self.filter_box.currentData()
        self.filter_box.clear()
        for name in filters.FILTERS:
            self.filter_box.addItem(translate("GanttFilters", name), f"{name}|")
        for resource in sorted(self.document.data.resources.values(), key=lambda r: r.name):
            self.filter_box.addItem(
                translate("GanttEditor", "Resource: %1").replace("%1", resource.name),
                f"{filters.ALL}|{resource.id}",
            )
        index = self.filter_box.findData(current) if current is not None else 0
        self.filter_box.setCurrentIndex(max(index, 0))
        self.filter_box.blockSignals(False)

    def set_filter(self, name: str, resource_id: int | None = None) -> None:
        index = self.filter_box.findData(f"{name}|{resource_id or ''}")
        if index < 0:
            raise ValueError(f"no filter {name!r} / resource {resource_id}")
        self.filter_box.setCurrentIndex(index)

    def apply_filter(self, *_args: object) -> None:
        name, _, resource = (self.filter_box.currentData() or f"{filters.ALL}|").partition("|")
        resource_id = int(resource) if resource else None
        test = filters.predicate(name, self.document, self.model, resource_id, self.search.text())
        if self.highlight_box.isChecked():
            self.rows.set_filter(None)
            matches: set[int] = set() if test is None else {t for t in self.model.order if test(t)}
            self.chart.highlighted = matches
            self.model.set_highlighted(matches)
        else:
            self.chart.highlighted = set()
            if self.model.highlighted:
                self.model.set_highlighted(set())
            self.rows.set_filter(filters.shown_tasks(self.model, test))
        self.chart.viewport().update()

    def _refilter(self, *_args: object) -> None:
        if self.rows.shown is not None or self.chart.highlighted:
            self.apply_filter()

    def _on_document_changed(self, changes: list[Change]) -> None:
        if any(change.kind is Resource for change in changes):
            self._fill_filter_box()
