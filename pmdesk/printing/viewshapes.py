"""What printing reads of each workspace's widget (views.py), as structural types: printing sits
below the views in the layers and must not import them. Each shape is checked at run time as
well (runtime_checkable), so a widget that lost a member fails with a sentence naming it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from PySide6.QtCore import QAbstractItemModel, QPoint, QRect, QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QComboBox, QLabel

    from pmdesk.document import Document
    from pmdesk.gantt.barpainter import BarItem
    from pmdesk.gantt.chartrenderer import ChartRenderer
    from pmdesk.printing.gantt import GanttRows


@runtime_checkable
class PlanView(Protocol):
    """Any view (and the command line's stand-in for the views printed from the plan alone)."""

    document: Document


class _GanttChart(Protocol):
    renderer: ChartRenderer
    tracking: bool  # View > Tracking Gantt


class _GanttRowList(Protocol):
    rows: Sequence[int]  # the task ids shown, top to bottom (collapsed ones left out)


@runtime_checkable
class GanttView(Protocol):
    """The Gantt editor: its table's rows and texts, bars and chart."""

    document: Document
    model: GanttRows
    rows: _GanttRowList
    items: Callable[[int], BarItem | None]
    chart: _GanttChart


@runtime_checkable
class PaperView(Protocol):
    """A roadmap board or timeline that paints itself on paper. It may also have
    ``page_breaks()``, ``header_height`` and ``legend_swatches()`` (read with getattr)."""

    # The view's own fonts in page units, handed back to render_content as they are.
    def paper_fonts(self) -> Any: ...

    def content_size(self) -> QRectF: ...

    def render_content(self, painter: QPainter, clip: QRectF, *, fonts: Any) -> None: ...


@runtime_checkable
class RoadmapView(Protocol):
    mode: str  # "board" or "timeline"
    board: PaperView
    timeline: PaperView


class CanvasPaper(Protocol):
    """A strategy canvas view that paints its whole picture into a rectangle."""

    def render_content(self, painter: QPainter, rect: QRectF) -> None: ...


@runtime_checkable
class CanvasView(Protocol):
    mode: str  # "strategy", "errc" or "bmc"

    def current_view(self) -> CanvasPaper: ...


class _ResourceRows(Protocol):
    ids: list[int]

    def is_overallocated(self, resource_id: int) -> bool: ...

    def cell_text(self, row: int, column: int) -> str: ...


class _UsageGrid(Protocol):
    selected_id: int | None

    @property
    def header_height(self) -> int: ...

    def content_size(self) -> QSize: ...

    def row_tops(self) -> list[int]: ...

    def paint(self, painter: QPainter, area: QRect, offset: QPoint | None = None) -> None: ...


@runtime_checkable
class ResourcesView(Protocol):
    model: _ResourceRows
    usage: _UsageGrid


class _KpiTile(Protocol):
    title: QLabel
    value: QLabel


class _KpiStrip(Protocol):
    tiles: Mapping[str, _KpiTile]


class _FigureSource(Protocol):
    def figure(self) -> Figure: ...


@runtime_checkable
class PnlView(Protocol):
    model: QAbstractItemModel
    scenario: QComboBox
    kpis: _KpiStrip
    chart: _FigureSource
