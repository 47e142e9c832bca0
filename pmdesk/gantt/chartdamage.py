"""Which part of the Gantt chart a reschedule changed: the rows whose bars moved, and the
segments of the links whose route moved with them (old and new route).

After a typed duration at 10,000 tasks, repainting the whole chart cost more than the edit
itself; the bars that moved are usually a few rows, and a link that moved a few segments.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QRegion

from pmdesk.core.entities import Link
from pmdesk.gantt.barpainter import BarItem
from pmdesk.gantt.chartrenderer import MAX_DETOUR_ROWS, ChartRenderer
from pmdesk.gantt.timegrid import TimeGrid

# Antialiased lines on a row's edge (a link run along a boundary) bleed a pixel over it.
BLEED = 2
# Around a link segment: the arrowhead (4.5 x 1.4 px each side), the pen and antialiasing.
LINK_MARGIN = 9

ItemFor = Callable[[int], BarItem | None]


class UnknownBar(LookupError):
    """The bar a task had before the reschedule is not known (it was not painted)."""


@dataclass(frozen=True, slots=True)
class ChartState:
    """What places bars and links on the chart (chart coordinates)."""

    renderer: ChartRenderer
    grid: TimeGrid
    rows: list[int]
    row_of: Mapping[int, int]
    row_height: int


def link_route(
    chart: ChartState, link: Link, low: int, high: int, item_for: ItemFor
) -> tuple[tuple[tuple[float, float], ...], bool] | None:
    """The points and the critical look of ``link`` as chartrenderer.paint_links draws it
    with the bars of ``item_for``; None when it is not drawn."""
    pred, succ = item_for(link.predecessor_id), item_for(link.successor_id)
    if pred is None or succ is None:
        return None
    renderer, grid, height = chart.renderer, chart.grid, chart.row_height
    a = renderer._ends(pred, grid, chart.row_of[link.predecessor_id], height)
    b = renderer._ends(succ, grid, chart.row_of[link.successor_id], height)
    half = renderer.bars.bar_height(height) / 2
    points = renderer._route(link, low, high, a, b, half, grid, chart.rows, height, item_for)
    return tuple(points), pred.critical and succ.critical


def route_rects(points: tuple[tuple[float, float], ...]) -> list[QRectF]:
    """Chart rectangles covering each segment of a route drawn through ``points``."""
    rects = []
    for (x0, y0), (x1, y1) in zip(points, points[1:]):
        rect = QRectF(min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0))
        rects.append(rect.adjusted(-LINK_MARGIN, -LINK_MARGIN, LINK_MARGIN, LINK_MARGIN))
    return rects


def damage(
    chart: ChartState,
    first: int,
    last: int,
    kept: Collection[int],
    painted: Mapping[int, BarItem | None],
    links: list[tuple[int, int, Link]],
    task_moved: Callable[[int], bool],
    new_item: ItemFor,
) -> tuple[list[tuple[int, int]], list[QRectF]]:
    """Row bands (low, high, within first..last) and chart rectangles to repaint.

    ``kept``: tasks the model found unchanged; ``painted``: the bars as last painted. A row
    whose bar changed is repainted whole (its bar, its label, and the links crossing it as
    they are; a reschedule that moves the project's finish changes every task's float, not
    its bar). A link is compared, old route against new, when one of its bars changed or,
    for a link that goes round bars (chartrenderer._route_around_bars), a row between its
    ends did; if it moved, both routes' segments are repainted. A link whose old bars are
    not known has its rows repainted whole.
    """

    def changed(task_id: int) -> bool:
        if task_id in kept:
            return False
        if task_id in painted:
            return painted[task_id] != new_item(task_id)
        row = chart.row_of.get(task_id, -1)
        return first <= row <= last or task_moved(task_id)

    rows = chart.rows
    dirty = [row for row in range(first, min(last, len(rows) - 1) + 1) if changed(rows[row])]
    bands = [(row, row) for row in dirty]
    rects: list[QRectF] = []
    old_item = old_bars(painted, kept, new_item)
    for low, high, link in links:
        if high < first or low > last:
            continue
        touched = changed(link.predecessor_id) or changed(link.successor_id)
        if not touched and 1 < high - low <= MAX_DETOUR_ROWS:
            touched = any(low < row < high for row in dirty)
        if not touched:
            continue
        try:
            old = link_route(chart, link, low, high, old_item)
        except UnknownBar:
            bands.append((max(low, first), min(high, last)))
            continue
        new = link_route(chart, link, low, high, new_item)
        if old == new:
            continue
        for route in (old, new):
            if route is not None:
                rects.extend(route_rects(route[0]))
    return bands, rects


def region(
    bands: list[tuple[int, int]],
    rects: list[QRectF],
    row_height: int,
    x_offset: int,
    y_offset: int,
    width: int,
) -> QRegion:
    """The viewport region of row ``bands`` (full width) and chart ``rects``."""
    result = QRegion()
    for low, high in bands:
        top = low * row_height - y_offset - BLEED
        result += QRect(0, top, width, (high - low + 1) * row_height + 2 * BLEED)
    for rect in rects:
        result += rect.translated(-x_offset, -y_offset).toAlignedRect()
    return result


def old_bars(
    painted: Mapping[int, BarItem | None], kept: Collection[int], new_item: ItemFor
) -> ItemFor:
    """The bars as they were: those painted before, the kept ones (unchanged); UnknownBar
    for any other."""

    def item_for(task_id: int) -> BarItem | None:
        if task_id in painted:
            return painted[task_id]
        if task_id in kept:
            return new_item(task_id)
        raise UnknownBar(task_id)

    return item_for
