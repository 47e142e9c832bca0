"""Mouse gestures on the chart as interaction objects (as in orange-canvas-core).

A press on a bar starts one interaction; moves update a preview only (the plan is not
touched while dragging); the release pushes exactly ONE undo command through the Document:

- body drag sideways: move the task. An automatic task gets a "start no earlier than"
  constraint at the new start, as MS Project does; a manual task gets its new dates; a
  summary moves all its subtasks.
- body drag onto another row's bar: link the two tasks finish-to-start.
- end drag: change the duration (working time on the task's calendar).

What a drop means lives in operations/bars.py, shared with typing.
- progress handle drag: change % complete.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QPoint, QPointF, QRectF

from pmdesk.core.entities import Link, LinkType, Task
from pmdesk.core.errors import PmdeskError
from pmdesk.gantt.barpainter import BarItem, Zone
from pmdesk.gantt.timegrid import TimeGrid, Unit
from pmdesk.operations import bars

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from pmdesk.document import Document
    from pmdesk.gantt.baritems import BarItems
    from pmdesk.gantt.rowcontroller import RowController

DRAG_THRESHOLD = 3.0  # pixels before a press becomes a drag


class BarChart(Protocol):
    """What an interaction uses of its chart (chartview.GanttChartView, which starts the
    interactions: a protocol, not an import of it, keeps the two modules out of a cycle)."""

    document: Document
    items: BarItems
    grid: TimeGrid
    rows: RowController
    rubber_band: tuple[QPointF, QPointF] | None

    @property
    def errorOccurred(self) -> SignalInstance: ...  # noqa: N802 (the Qt signal's name)

    @property
    def linkDrawn(self) -> SignalInstance: ...  # noqa: N802 (the Qt signal's name)

    def to_chart(self, pos: QPoint | QPointF) -> QPointF: ...

    def bar_rect(self, task_id: int) -> QRectF | None: ...

    def hit(self, pos: QPoint | QPointF) -> tuple[int, BarItem, Zone] | None: ...


class Interaction:
    """Base: remembers the press; subclasses preview on move and commit on release."""

    def __init__(self, chart: BarChart, task_id: int, item: BarItem, press: QPointF) -> None:
        self.chart = chart
        self.document = chart.document
        self.task_id = task_id
        self.item = item
        self.press = QPointF(press)
        self.dragged = False

    def move(self, pos: QPointF) -> None:
        if not self.dragged and (pos - self.press).manhattanLength() < DRAG_THRESHOLD:
            return
        self.dragged = True
        self.update(pos)

    def update(self, pos: QPointF) -> None:
        raise NotImplementedError

    def release(self, pos: QPointF) -> None:
        self.move(pos)
        preview = self.chart.items.overrides.pop(self.task_id, None)
        self.chart.rubber_band = None
        if not self.dragged:
            return
        try:
            self.commit(pos, preview)
        except PmdeskError as exc:
            self.chart.errorOccurred.emit(str(exc))

    def commit(self, pos: QPointF, preview: BarItem | None) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        self.chart.items.overrides.pop(self.task_id, None)
        self.chart.rubber_band = None

    # shared helpers
    def time_delta(self, pos: QPointF) -> timedelta:
        """The drag's horizontal distance as time, snapped to the zoom's unit."""
        grid = self.chart.grid
        seconds = (pos.x() - self.press.x()) / grid.day_width * 86400
        step = 3600 if grid.snap_unit is Unit.HOUR else 86400
        return timedelta(seconds=round(seconds / step) * step)

    @property
    def task(self) -> Task:
        task: Task = self.document.data.tasks[self.task_id]
        return task


class MoveBarInteraction(Interaction):
    """Drags a bar in time; turns into a link drag when the pointer leaves the row vertically."""

    def __init__(self, chart: BarChart, task_id: int, item: BarItem, press: QPointF) -> None:
        super().__init__(chart, task_id, item, press)
        self.linking = False
        self.delta = timedelta(0)

    def update(self, pos: QPointF) -> None:
        rows = self.chart.rows
        dy = pos.y() - self.press.y()
        if (
            not self.linking
            and abs(dy) > rows.row_height * 0.75
            and abs(dy) > abs(pos.x() - self.press.x())
        ):
            self.linking = True  # MS Project: dragging a bar up or down onto another links them
            self.chart.items.overrides.pop(self.task_id, None)
        if self.linking:
            start = self.chart.to_chart(self.press)
            self.chart.rubber_band = (start, self.chart.to_chart(pos))
            return
        self.delta = self.time_delta(pos)
        self.chart.items.overrides[self.task_id] = dataclasses.replace(
            self.item, start=self.item.start + self.delta, finish=self.item.finish + self.delta
        )

    def commit(self, pos: QPointF, preview: BarItem | None) -> None:
        if self.linking:
            self._commit_link(pos)
            return
        if not self.delta:
            return
        if not self.item.summary:
            bars.move_bar(self.document, self.task_id, self.item.start + self.delta, self.delta)
            return
        schedule = self.document.schedule
        if schedule is None:  # no scheduled subtasks to move (move_summary would do nothing)
            return
        bars.move_summary(
            self.document, self.chart.rows.model.outline, schedule, self.task_id, self.delta
        )

    def _commit_link(self, pos: QPointF) -> None:
        found = self.chart.hit(pos)
        if found is None:
            row = self.chart.rows.row_at(pos.y())
            if row is None:
                return
            target = self.chart.rows.rows[row]
        else:
            target = found[0]
        if target == self.task_id:
            return
        data = self.document.data
        if any(
            {link.predecessor_id, link.successor_id} == {self.task_id, target}
            for link in data.links.values()
        ):
            raise PmdeskError("These two tasks are linked already.")
        link = Link(data.new_id(Link), self.task_id, target, LinkType.FS)
        self.document.add_entities([link], "Link tasks")
        if link.id in data.links:  # taken (a cycle is refused by the engine and undone)
            self.chart.linkDrawn.emit(link.id)


class ResizeBarInteraction(Interaction):
    """Drags a bar's finish: the new duration is the working time from start to there."""

    def __init__(self, chart: BarChart, task_id: int, item: BarItem, press: QPointF) -> None:
        super().__init__(chart, task_id, item, press)
        self.finish: datetime | None = None

    def update(self, pos: QPointF) -> None:
        grid = self.chart.grid
        moment = grid.map_from_chart(self.chart.to_chart(pos).x())
        step = timedelta(hours=1) if grid.snap_unit is Unit.HOUR else timedelta(days=1)
        base = (
            moment.replace(minute=0, second=0)
            if step.days == 0
            else moment.replace(hour=0, minute=0, second=0)
        )
        snapped = base + step if (moment - base) >= step / 2 else base
        snapped = max(snapped, self._min_finish(step))
        self.finish = snapped
        self.chart.items.overrides[self.task_id] = dataclasses.replace(self.item, finish=snapped)

    def _min_finish(self, step: timedelta) -> datetime:
        start = self.item.start
        if step.days:
            return datetime(start.year, start.month, start.day) + step
        return start.replace(minute=0, second=0) + step

    def commit(self, pos: QPointF, preview: BarItem | None) -> None:
        if self.finish is None:
            return
        bars.resize_bar(self.document, self.task_id, self.item.start, self.finish)


class ProgressInteraction(Interaction):
    """Drags the progress handle; % complete follows the pointer along the bar."""

    def __init__(self, chart: BarChart, task_id: int, item: BarItem, press: QPointF) -> None:
        super().__init__(chart, task_id, item, press)
        self.percent: float | None = None

    def update(self, pos: QPointF) -> None:
        rect = self.chart.bar_rect(self.task_id)
        if rect is None or rect.width() <= 0:
            return
        fraction = (pos.x() - rect.left()) / rect.width()
        self.percent = float(round(max(0.0, min(1.0, fraction)) * 100))
        self.chart.items.overrides[self.task_id] = dataclasses.replace(
            self.item, percent_complete=self.percent
        )

    def commit(self, pos: QPointF, preview: BarItem | None) -> None:
        if self.percent is None or self.percent == self.task.percent_complete:
            return
        self.document.set_fields(
            Task, self.task_id, "Set % complete", percent_complete=self.percent
        )


def start_interaction(
    chart: BarChart, found: tuple[int, BarItem, Zone], press: QPointF
) -> Interaction:
    task_id, item, zone = found
    kind = {
        Zone.END: ResizeBarInteraction,
        Zone.PROGRESS: ProgressInteraction,
    }.get(zone, MoveBarInteraction)
    return kind(chart, task_id, item, press)
