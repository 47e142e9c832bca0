"""Cost per period for the Resource Usage grid (its "Details: Cost"): each resource's and
each of its tasks' cost per day from ``timephased.daily_costs`` -- the rule the Task Usage
view and the P&L use -- summed over the grid's columns. Computed once per schedule, when the
grid first paints a cost."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter

from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.timephased import daily_costs
from pmdesk.models.resourcetext import format_money
from pmdesk.models.taskusage import DaySeries
from pmdesk.ui.workspaces.resources.usagecell import OVER_TEXT, TEXT

if TYPE_CHECKING:
    from pmdesk.document import Document


class UsageCosts:
    """Resource id (and task id) -> cost over any span of days, under the current schedule."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._by_resource: dict[int, DaySeries] | None = None
        self._by_task: dict[tuple[int, int], DaySeries] = {}

    def clear(self) -> None:
        self._by_resource = None
        self._by_task = {}

    def _build(self) -> dict[int, DaySeries]:
        if self._by_resource is None:
            try:
                daily = daily_costs(self.document.data, self.document.schedule)
            except PmdeskError:  # a calendar the engine refused: the plan shows its own error
                self._by_resource = {}
                return self._by_resource
            resources: dict[int, dict[date, float]] = {}
            tasks: dict[tuple[int, int], dict[date, float]] = {}
            for aid, days in daily.cost.items():
                rid, tid = daily.resource_of[aid], daily.task_of[aid]
                for target in (resources.setdefault(rid, {}), tasks.setdefault((rid, tid), {})):
                    for day, amount in days.items():
                        target[day] = target.get(day, 0.0) + amount
            self._by_resource = {rid: DaySeries(days) for rid, days in resources.items()}
            self._by_task = {key: DaySeries(days) for key, days in tasks.items()}
        return self._by_resource

    def resource(self, resource_id: int, first: date, end: date) -> float:
        """The resource's cost from ``first`` up to (not including) ``end``."""
        series = self._build().get(resource_id)
        return series.between(first, end) if series is not None else 0.0

    def task(self, resource_id: int, task_id: int, first: date, end: date) -> float:
        """The cost of the resource's assignment(s) to the task in that span."""
        self._build()
        series = self._by_task.get((resource_id, task_id))
        return series.between(first, end) if series is not None else 0.0


def money_text(amount: float, currency: str, width: int, metrics: QFontMetrics) -> str:
    """The amount as the sheet writes it, or shortened (12.3k, 4.5M) to fit ``width`` pixels,
    or "#" when even that does not fit: never digits cut off, which would read as another
    amount. The tooltip has the full figure."""
    text = format_money(amount, currency)
    if metrics.horizontalAdvance(text) <= width:
        return text
    for scale, suffix in ((1e9, "G"), (1e6, "M"), (1e3, "k")):
        if abs(amount) >= scale:
            short = f"{amount / scale:.3g}{suffix}"
            return short if metrics.horizontalAdvance(short) <= width else "#"
    short = f"{amount:.0f}"
    return short if metrics.horizontalAdvance(short) <= width else "#"


def paint_cost(painter: QPainter, rect: QRect, text: str, over: bool, font: QFont) -> None:
    """A cell's cost right-aligned, red where the resource is over-allocated."""
    painter.setFont(font)
    painter.setPen(OVER_TEXT if over else TEXT)
    painter.drawText(
        rect.adjusted(2, 0, -4, 0),
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        text,
    )
