"""The Resource Usage grid's tooltips: a cell's work, peak and average units, the days it is
over-allocated or off, and its cost (from the same time-phasing as the "Cost" details)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from pmdesk.models.localdates import format_moment
from pmdesk.models.periodlabels import describe
from pmdesk.models.resourcetext import format_hours, format_money, format_percent


def tooltip_text(grid: Any, row: int, week: int) -> str:  # grid: usage.UsageGrid
    """The tooltip of ``grid``'s cell at (row, column ``week``); "" for an empty cell."""
    if row < 0 or week < 0 or row >= len(grid.rows):
        return ""
    rid, tid = grid.rows[row]
    resource = grid.model.document.data.resources.get(rid)
    load = grid.cell(rid, week)
    off = grid.nonworking_days(rid, grid.week_start(week)) if tid is None else []
    off_text = QCoreApplication.translate("UsageGrid", "Not working on %1").replace(
        "%1",
        ", ".join(format_moment(grid.week_start(week) + timedelta(days=d), "ddd dd") for d in off),
    )
    cost = grid.period_cost(rid, tid, week)
    cost_text = QCoreApplication.translate("UsageGrid", "Cost: %1").replace(
        "%1", format_money(cost, grid.model.document.data.plan.currency)
    )
    if load is None or resource is None or not load.work:
        if resource is not None and cost:  # a material or cost resource has no load
            return f"{resource.name}, {describe(grid.period, grid.week_start(week))}: {cost_text}"
        return f"{resource.name}: {off_text}" if off and resource is not None else ""
    when = describe(grid.period, load.start)
    if tid is not None:
        task = grid.model.document.data.tasks.get(tid)
        minutes = grid.task_minutes(rid, tid, week)
        if not minutes and not cost:
            return ""
        name = task.name if task else ""
        return (
            QCoreApplication.translate("UsageGrid", "%1, %2: %3 for %4")
            .replace("%1", name)
            .replace("%2", when)
            .replace("%3", format_hours(minutes))
            .replace("%4", resource.name)
            + f"\n{cost_text}"
        )
    text = (
        QCoreApplication.translate("UsageGrid", "%1, %2: %3, peak %4, average %5 of max. %6")
        .replace("%1", resource.name)
        .replace("%2", when)
        .replace("%3", format_hours(load.work))
        .replace("%4", format_percent(load.peak))
        .replace("%5", format_percent(load.average))
        .replace("%6", format_percent(resource.max_units))
    )
    if load.over:
        days = ", ".join(format_moment(d, "ddd dd") for d in load.over_days)
        text += "\n" + QCoreApplication.translate("UsageGrid", "Over-allocated on %1").replace(
            "%1", days
        )
    if off:
        text += f"\n{off_text}"
    return f"{text}\n{cost_text}"
