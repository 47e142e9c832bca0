"""The board's mouse: click and Ctrl/Shift-click select, a drag moves cards (or a lane by its
header) as one undo step made on release, a double click opens, renames or adds.

A mixin of BoardView. While a card is dragged only the ghost, the drop line and the cells
they leave or enter are repainted, so dragging over a board of thousands of cards stays smooth.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from pmdesk.core.entities import Horizon
from pmdesk.core.errors import PmdeskError
from pmdesk.ui.workspaces.roadmap import editing
from pmdesk.ui.workspaces.roadmap.board_layout import CARD_H, HEADER_H, BoardLayout, DropTarget

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

    _ScrollArea = QAbstractScrollArea
else:  # the mixin adds to BoardView's QAbstractScrollArea; mypy checks it against one
    _ScrollArea = object

AUTOSCROLL_MARGIN = 36  # px from the top or bottom edge where a drag scrolls the board
AUTOSCROLL_STEP = 18


def full_index(
    state: RoadmapState,
    lane_key: int | None,
    horizon: Horizon,
    visible_index: int,
    moving: set[int],
) -> int:
    """Turn an insertion index among the visible (filtered) cards into one among all cards."""
    visible = state.grid.get((lane_key, horizon), [])
    full = state.full_grid.get((lane_key, horizon), [])
    order = {item.id: n for n, item in enumerate(full)}
    for item in visible[visible_index:]:
        if item.id not in moving:
            return order[item.id]
    before = [item for item in visible[:visible_index] if item.id not in moving]
    return order[before[-1].id] + 1 if before else len(full)


class BoardMouseMixin(_ScrollArea):
    """Pressing, dragging, releasing and double-clicking on the board."""

    itemActivated: ClassVar[Signal]
    taskActivated: ClassVar[Signal]
    errorRaised: ClassVar[Signal]
    state: RoadmapState
    document: Document
    _layout: BoardLayout
    _press: QPointF | None  # content coordinates
    _press_item: int | None
    _lane_press: int | None  # row whose header was pressed (a lane drag)
    _lane_target: int | None  # insertion index among the lanes while dragging
    _grab_offset: QPointF
    _dragging: list[int]
    _drag_pos: QPointF  # content coordinates of the pointer
    _target: DropTarget | None
    _hover_cell: tuple[int, int] | None
    _autoscroll: QTimer

    if TYPE_CHECKING:  # BoardView's

        def to_content(self, pos: QPointF | QPoint) -> QPointF: ...

        def to_viewport(self, rect: QRectF) -> QRect: ...

        def rename_lane(self, row: int) -> None: ...

        def add_card_inline(self, row: int, column: int) -> None: ...

    def _ghost_rect(self) -> QRectF:
        first = self._layout.item_rect(self._dragging[0]) if self._dragging else None
        width = first.width() if first is not None else 220
        top_left = self._drag_pos - self._grab_offset
        return QRectF(top_left.x(), top_left.y(), width, CARD_H)

    def _lane_insertion(self, y: float) -> int:
        """Where a dragged lane would go: before the first real lane whose middle is below y."""
        rows = [row for row in self._layout.rows if row.key is not None]
        for index, row in enumerate(rows):
            if y < row.y + row.h / 2:
                return index
        return len(rows)

    def _target_cell_rect(self) -> QRectF | None:
        cell = self._layout.target_cell(self._target) if self._target is not None else None
        return self._layout.cell_rect(*cell) if cell is not None else None

    def _drag_region(self) -> QRect:
        region = self._ghost_rect().adjusted(-16, -14, 16, 6)
        if self._target is not None:
            indicator = self._layout.indicator_rect(self._target)
            if indicator is not None:
                region = region.united(indicator.adjusted(-2, -2, 2, 2))
        return self.to_viewport(region)

    def _card_under(self, pos: QPointF) -> int | None:
        if pos.y() < HEADER_H:
            return None
        return self._layout.card_at(self.to_content(pos))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        item_id = self._card_under(pos)
        modifiers = event.modifiers()
        self._press = self.to_content(pos)
        self._press_item = item_id
        if item_id is None:
            if not modifiers & Qt.KeyboardModifier.ControlModifier:
                self.state.select([])
            row = self._layout.lane_header_at(self._press) if pos.y() >= HEADER_H else None
            if (
                row is not None
                and self._layout.rows[row].key is not None
                and not self.document.read_only
            ):
                self._lane_press = row
            return
        rect = self._layout.item_rect(item_id)
        if rect is not None:
            self._grab_offset = self._press - rect.topLeft()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.state.toggle(item_id)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.state.select([*self.state.selection, item_id], item_id)
        elif item_id not in self.state.selection:
            self.state.select([item_id], item_id)
        else:
            self.state.select(self.state.selection, item_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        content = self.to_content(pos)
        press = self._press
        if (
            self._lane_press is not None
            and press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
        ):
            if (
                self._lane_target is None
                and (content - press).manhattanLength() < QApplication.startDragDistance()
            ):
                return
            self._lane_target = self._lane_insertion(content.y())
            self.viewport().update()
            return
        if (
            self._press_item is not None
            and press is not None
            and event.buttons() & Qt.MouseButton.LeftButton
        ):
            if not self._dragging:
                if self.document.read_only:
                    return
                if (content - press).manhattanLength() < QApplication.startDragDistance():
                    return
                self._start_drag(self._press_item)
            old = self._drag_region()
            self._drag_pos = content
            before = self._target_cell_rect()
            self._target = self._layout.drop_target(content)
            after = self._target_cell_rect()
            self.viewport().update(old.united(self._drag_region()))
            if before != after:  # the highlighted cell changed: repaint both, once
                for rect in (before, after):
                    if rect is not None:
                        self.viewport().update(self.to_viewport(rect))
            near_edge = (
                pos.y() < HEADER_H + AUTOSCROLL_MARGIN
                or pos.y() > self.viewport().height() - AUTOSCROLL_MARGIN
            )
            if near_edge and not self._autoscroll.isActive():
                self._autoscroll.start()
            elif not near_edge:
                self._autoscroll.stop()
            return
        # Hover: show the "+ add" hint of the empty cell area under the pointer.
        hover = None
        if pos.y() >= HEADER_H and self._layout.card_at(content) is None:
            r, c = self._layout.row_at(content.y()), self._layout.column_at(content.x())
            if r is not None and c is not None:
                hover = (r, c)
        if hover != self._hover_cell:
            for cell in (self._hover_cell, hover):
                if cell is not None and cell[0] < len(self._layout.rows):
                    self.viewport().update(self.to_viewport(self._layout.cell_rect(*cell)))
            self._hover_cell = hover

    def leaveEvent(self, event: QEvent) -> None:
        if self._hover_cell is not None:
            self._hover_cell = None
            self.viewport().update()
        super().leaveEvent(event)

    def _start_drag(self, pressed: int) -> None:
        ids = self.state.selection if pressed in self.state.selection else [pressed]
        positions = {i: self._layout.item_position(i) or (0, 0, 0) for i in ids}
        # The pressed card leads (it is the ghost); the others follow in board order.
        rest = sorted((i for i in ids if i != pressed), key=lambda i: positions[i])
        self._dragging = [pressed, *rest]
        self._hover_cell = None
        self.viewport().update()

    def _on_autoscroll(self) -> None:
        if not self._dragging:
            self._autoscroll.stop()
            return
        pos = self.viewport().mapFromGlobal(self.cursor().pos())
        bar = self.verticalScrollBar()
        step = -AUTOSCROLL_STEP if pos.y() < HEADER_H + AUTOSCROLL_MARGIN else AUTOSCROLL_STEP
        before = bar.value()
        bar.setValue(before + step)
        if bar.value() != before:
            self._drag_pos += QPointF(0, bar.value() - before)
            self._target = self._layout.drop_target(self._drag_pos)
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._autoscroll.stop()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        lane_row, lane_target = self._lane_press, self._lane_target
        self._lane_press = self._lane_target = None
        if lane_row is not None and lane_target is not None:
            self.viewport().update()
            lane_id = self._layout.rows[lane_row].key
            # The insertion index counts the lane itself while it is still in place.
            index = lane_target - 1 if lane_target > lane_row else lane_target
            if lane_id is not None:
                try:
                    editing.place_lane(self.document, lane_id, index)
                except PmdeskError as exc:
                    self.errorRaised.emit(str(exc))
            return
        dragging, target = self._dragging, self._target
        pressed, modifiers = self._press_item, event.modifiers()
        self._dragging, self._target, self._press, self._press_item = [], None, None, None
        if dragging:
            self.viewport().update()
            if target is not None:
                self.move_to(dragging, target.lane_key, target.horizon, target.index)
        elif pressed is not None and not modifiers & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        ):
            self.state.select([pressed], pressed)

    def move_to(
        self, ids: list[int], lane_key: int | None, horizon: Horizon, visible_index: int
    ) -> bool:
        if self.document.read_only:
            return False
        index = full_index(self.state, lane_key, horizon, visible_index, set(ids))
        try:
            return editing.move_items(self.document, ids, lane_key, horizon, index)
        except PmdeskError as exc:
            self.errorRaised.emit(str(exc))
            return False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        content = self.to_content(pos)
        item_id = self._card_under(pos)
        if item_id is not None:
            rect = self._layout.item_rect(item_id)
            item = self.state.items[item_id]
            on_delivery_row = rect is not None and content.y() > rect.bottom() - 30
            if on_delivery_row and item.linked_task_id is not None:
                self.taskActivated.emit(item.linked_task_id)
            else:
                self.itemActivated.emit(item_id)
            return
        row = self._layout.lane_header_at(content)
        if row is not None and pos.y() >= HEADER_H:
            self.rename_lane(row)
            return
        r, c = self._layout.row_at(content.y()), self._layout.column_at(content.x())
        if r is not None and c is not None and pos.y() >= HEADER_H:
            self.add_card_inline(r, c)
