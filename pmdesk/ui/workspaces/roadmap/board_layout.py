"""Geometry of the board: lane rows x horizon columns, card rectangles and hit testing.

Everything is arithmetic on the cell grid (no per-card objects), so a board of thousands of
cards lays out in a few milliseconds and the view can find the visible cards of a clip
rectangle without visiting the others.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

from pmdesk.core.entities import Horizon, RoadmapItem, RoadmapLane
from pmdesk.core.roadmap import HORIZONS

LANE_HEADER_W = 176.0
HEADER_H = 44.0
CARD_H = 90.0
GAP = 8.0
PAD = 10.0
ADD_ROOM = 34.0  # free space under the last card of a lane: a drop target and the "+" hint
MIN_COL_W = 230.0
PARKED_RATIO = 0.85
MARGIN = 0.0


@dataclass(slots=True)
class Column:
    horizon: Horizon
    x: float
    w: float


@dataclass(slots=True)
class LaneRow:
    lane: RoadmapLane
    key: int | None  # the lane id items carry; None for the "No lane" row
    y: float
    h: float


@dataclass(frozen=True, slots=True)
class DropTarget:
    lane_key: int | None
    horizon: Horizon
    index: int  # among the cell's *visible* cards, as drawn before the move


class BoardLayout:
    def __init__(
        self,
        lanes: list[RoadmapLane],
        no_lane: RoadmapLane,
        grid: dict[tuple[int | None, Horizon], list[RoadmapItem]],
        width: float,
    ) -> None:
        self.grid = grid
        active_w = max(MIN_COL_W, (width - LANE_HEADER_W) / (3 + PARKED_RATIO))
        self.columns: list[Column] = []
        x = LANE_HEADER_W
        for horizon in HORIZONS:
            w = active_w * (PARKED_RATIO if horizon == Horizon.PARKED else 1.0)
            self.columns.append(Column(horizon, x, w))
            x += w
        self.width = x
        self.rows: list[LaneRow] = []
        y = HEADER_H
        for lane in lanes:
            key = None if lane is no_lane else lane.id
            most = max((len(grid.get((key, h), ())) for h in HORIZONS), default=0)
            h = PAD + most * (CARD_H + GAP) + ADD_ROOM
            self.rows.append(LaneRow(lane, key, y, h))
            y += h
        self.height = y
        self._row_tops = [row.y for row in self.rows]
        self._positions: dict[int, tuple[int, int, int]] = {}  # item id -> (row, column, index)
        row_of = {row.key: r for r, row in enumerate(self.rows)}
        col_of = {col.horizon: c for c, col in enumerate(self.columns)}
        for (key, horizon), cell in grid.items():
            r = row_of.get(key)
            if r is None:
                continue
            c = col_of[horizon]
            for index, item in enumerate(cell):
                self._positions[item.id] = (r, c, index)

    # -- geometry ----------------------------------------------------------------------------
    def card_rect(self, row: int, column: int, index: int) -> QRectF:
        col, lane_row = self.columns[column], self.rows[row]
        return QRectF(
            col.x + PAD, lane_row.y + PAD + index * (CARD_H + GAP), col.w - 2 * PAD, CARD_H
        )

    def item_rect(self, item_id: int) -> QRectF | None:
        where = self._positions.get(item_id)
        return self.card_rect(*where) if where else None

    def item_position(self, item_id: int) -> tuple[int, int, int] | None:
        return self._positions.get(item_id)

    def cell_rect(self, row: int, column: int) -> QRectF:
        col, lane_row = self.columns[column], self.rows[row]
        return QRectF(col.x, lane_row.y, col.w, lane_row.h)

    def cell_items(self, row: int, column: int) -> list[RoadmapItem]:
        return self.grid.get((self.rows[row].key, self.columns[column].horizon), [])

    def rows_in(self, top: float, bottom: float) -> range:
        """Indexes of the lane rows overlapping top..bottom (content y)."""
        first = max(0, bisect.bisect_right(self._row_tops, top) - 1)
        last = bisect.bisect_right(self._row_tops, bottom)
        return range(first, min(last, len(self.rows)))

    def visible_indexes(self, row: int, column: int, top: float, bottom: float) -> range:
        cell = self.cell_items(row, column)
        base = self.rows[row].y + PAD
        step = CARD_H + GAP
        first = max(0, int((top - base) // step))
        last = min(len(cell), int((bottom - base) // step) + 1)
        return range(first, max(first, last))

    # -- hit testing -------------------------------------------------------------------------
    def row_at(self, y: float) -> int | None:
        if not self.rows or y < HEADER_H:
            return None
        r = bisect.bisect_right(self._row_tops, y) - 1
        if r < 0 or y >= self.rows[r].y + self.rows[r].h:
            return None
        return r

    def column_at(self, x: float) -> int | None:
        for c, col in enumerate(self.columns):
            if col.x <= x < col.x + col.w:
                return c
        return None

    def card_at(self, point: QPointF) -> int | None:
        r, c = self.row_at(point.y()), self.column_at(point.x())
        if r is None or c is None:
            return None
        cell = self.cell_items(r, c)
        index = int((point.y() - self.rows[r].y - PAD) // (CARD_H + GAP))
        if 0 <= index < len(cell) and self.card_rect(r, c, index).contains(point):
            return cell[index].id
        return None

    def lane_header_at(self, point: QPointF) -> int | None:
        """The row whose lane header (left column) is under ``point``."""
        if point.x() >= LANE_HEADER_W:
            return None
        return self.row_at(point.y())

    def drop_target(self, point: QPointF) -> DropTarget | None:
        """The cell and insertion index nearest to ``point`` (clamped into the board)."""
        if not self.rows:
            return None
        y = min(max(point.y(), HEADER_H), self.height - 1)
        x = min(max(point.x(), self.columns[0].x), self.width - 1)
        r, c = self.row_at(y), self.column_at(x)
        if r is None or c is None:
            return None
        count = len(self.cell_items(r, c))
        # Insert before the first card whose middle is below the pointer.
        offset = y - self.rows[r].y - PAD
        index = math.floor((offset - CARD_H / 2) / (CARD_H + GAP)) + 1
        return DropTarget(self.rows[r].key, self.columns[c].horizon, min(max(index, 0), count))

    def target_cell(self, target: DropTarget) -> tuple[int, int] | None:
        """The (row, column) of a drop target's cell."""
        r = next((i for i, row in enumerate(self.rows) if row.key == target.lane_key), None)
        c = next((i for i, col in enumerate(self.columns) if col.horizon == target.horizon), None)
        return None if r is None or c is None else (r, c)

    def indicator_rect(self, target: DropTarget) -> QRectF | None:
        """Where the insertion line for ``target`` is drawn."""
        cell = self.target_cell(target)
        if cell is None:
            return None
        r, c = cell
        col, row = self.columns[c], self.rows[r]
        y = row.y + PAD + target.index * (CARD_H + GAP) - GAP / 2
        return QRectF(col.x + PAD - 2, y - 2, col.w - 2 * PAD + 4, 4)
