"""Which part of the board a command that moved or edited cards changed: the cards' old and new
places, the lane headers of their lanes (their counts) and the column header when a column's
count changed.

Measured with 10,000 tasks and 300 cards in the plan (issue 19): one card moved repainted the
whole board, every visible card and both headers, for two cards that changed place.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QRectF

from pmdesk.ui.workspaces.roadmap.board_layout import HEADER_H, LANE_HEADER_W, BoardLayout

# Around a card: its shadow and the focus outline (board_cache.CACHE_MARGIN and the selection's).
CARD_MARGIN = 6.0


def _geometry(layout: BoardLayout) -> tuple[object, ...]:
    return (
        layout.width,
        layout.height,
        tuple((row.key, row.y, row.h) for row in layout.rows),
        tuple((col.horizon, col.x, col.w) for col in layout.columns),
    )


def _column_counts(layout: BoardLayout) -> list[int]:
    return [
        sum(len(layout.grid.get((row.key, col.horizon), ())) for row in layout.rows)
        for col in layout.columns
    ]


def changed_parts(
    old: BoardLayout, new: BoardLayout, changed: Collection[int]
) -> tuple[list[QRectF], bool] | None:
    """Content rectangles to repaint and whether the column header changed; None when the
    board's geometry changed (a lane grew or shrank: every card below it moved)."""
    if _geometry(old) != _geometry(new):
        return None
    rects: list[QRectF] = []
    lanes: set[int] = set()
    for item_id in set(old._positions) | set(new._positions):
        before, after = old.item_position(item_id), new.item_position(item_id)
        if item_id not in changed and before == after:
            continue
        for layout, where in ((old, before), (new, after)):
            if where is not None:
                rect = layout.card_rect(*where)
                rects.append(rect.adjusted(-CARD_MARGIN, -CARD_MARGIN, CARD_MARGIN, CARD_MARGIN))
                lanes.add(where[0])
    for row in sorted(lanes):  # the lane's counts in its header
        lane = new.rows[row]
        rects.append(QRectF(0, lane.y, LANE_HEADER_W, lane.h))
    return rects, _column_counts(old) != _column_counts(new)


def header_rect(width: float) -> QRectF:
    """The column header (pinned at the top of the viewport)."""
    return QRectF(0, 0, width, HEADER_H)
