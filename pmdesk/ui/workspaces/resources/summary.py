"""The line at the top right of the Resources tab: how many resources, their work and cost, and
how many are over-allocated (in red).

The totals and the count need every resource's load. They are made after the tab's first
paint, in slices between paints (ResourceSheetModel.complete_later), so opening the tab on a
10,000-task plan shows the sheet at once and the line a moment later, with the same figures.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

from pmdesk.core.translation import english_plural
from pmdesk.models.resources import ResourceSheetModel
from pmdesk.models.resourcetext import format_hours, format_money
from pmdesk.theme import hex_colour

translate = QCoreApplication.translate  # the strings keep the tab's context: ResourcesWorkspace


class ResourcesSummary(QLabel):
    """Updated when shown and after every reschedule, once every load is known."""

    def __init__(self, model: ResourceSheetModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("resourcesSummary")
        self.setContentsMargins(8, 0, 10, 0)
        self.pending = True  # the text is not up to date (hidden, or loads being worked out)
        self._complete_after_paint = False
        model.loadChanged.connect(self.update_text)
        model.modelReset.connect(self.update_text)
        model.loadsComplete.connect(self.update_text)

    def update_text(self) -> None:
        """Show the figures if every load is known; else have them worked out and wait."""
        self.pending = True
        if not self.isVisible():  # counting over-allocations allocates: wait until shown
            return
        over = self.model.overallocated_count()
        if over is None:
            # Worked out after the tab's next paint (this label is painted with it);
            # loadsComplete brings us back.
            self._complete_after_paint = True
            self.update()
            return
        self.pending = False
        self.setText(self.text_for(over))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._complete_after_paint:
            # A timer started while painting fires once the whole window is painted: window
            # system events (the first paint) come after timers in an event loop pass.
            self._complete_after_paint = False
            self.model.complete_later()

    def text_for(self, over: int) -> str:
        model = self.model
        count = len(model.ids)
        work = cost = 0.0
        for rid in model.ids:
            r_work, r_cost, _count = model.totals(rid)
            work += r_work
            cost += r_cost
        currency = model.document.data.plan.currency
        text = (
            english_plural(translate("ResourcesWorkspace", "%n resource(s)", None, count), count)
            + f"  ·  {format_hours(work)}  ·  {format_money(cost, currency)} "
            f"{html.escape(currency)}"
        )
        if over:
            text += (
                "  ·  <span style='color:"
                + hex_colour("negative")
                + "'><b>"
                + translate("ResourcesWorkspace", "%n over-allocated", None, over)
                + "</b></span>"
            )
        return text
