"""Keyboard navigation of the board: arrows move the selection, Alt+arrows move cards.

A mixin of BoardView. Up/Down walk a cell and then the next lane; Left/Right go to the
neighbouring horizon; Shift extends the selection; Enter opens, F2 renames, Delete deletes,
Insert/N adds a card inline, Ctrl+A selects every visible card.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from pmdesk.ui.workspaces.roadmap.board_host import BoardHost
from pmdesk.ui.workspaces.roadmap.board_layout import HEADER_H


class BoardKeysMixin(BoardHost):
    # -- keyboard -------------------------------------------------------------------------------
    def ensure_visible(self, item_id: int) -> None:
        rect = self._layout.item_rect(item_id)
        if rect is None:
            return
        bar = self.verticalScrollBar()
        top = rect.top() - HEADER_H - 8
        bottom = rect.bottom() + 8 - self.viewport().height()
        if bar.value() > top:
            bar.setValue(int(top))
        elif bar.value() < bottom:
            bar.setValue(int(bottom))

    def _neighbour(self, item_id: int, key: int) -> int | None:
        where = self._layout.item_position(item_id)
        if where is None:
            return None
        r, c, index = where
        rows, columns = len(self._layout.rows), len(self._layout.columns)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            cell = self._layout.cell_items(r, c)
            if 0 <= index + step < len(cell):
                return cell[index + step].id
            row = r + step
            while 0 <= row < rows:
                cell = self._layout.cell_items(row, c)
                if cell:
                    return (cell[-1] if step < 0 else cell[0]).id
                row += step
            return None
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            cell = self._layout.cell_items(r, c)
            return (cell[0] if key == Qt.Key.Key_Home else cell[-1]).id
        step = -1 if key == Qt.Key.Key_Left else 1
        column = c + step
        while 0 <= column < columns:
            cell = self._layout.cell_items(r, column)
            if cell:
                return cell[min(index, len(cell) - 1)].id
            column += step
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        arrows = (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        )
        current = self.state.current
        if key == Qt.Key.Key_Escape and self._dragging:
            self._dragging, self._target, self._press_item = [], None, None
            self.viewport().update()
        elif key == Qt.Key.Key_Escape:
            self.state.select([])
        elif key in arrows and modifiers & Qt.KeyboardModifier.AltModifier and current is not None:
            self._move_by_key(key, current)
        elif key in arrows:
            if current is None:
                first = self._first_card()
                if first is not None:
                    self.state.select([first], first)
                    self.ensure_visible(first)
                return
            target = self._neighbour(current, key)
            if target is None:
                return
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.state.select([*self.state.selection, target], target)
            else:
                self.state.select([target], target)
            self.ensure_visible(target)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.itemActivated.emit(current)
        elif key == Qt.Key.Key_F2 and current is not None:
            self.rename_card(current)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state.selection:
            self.delete_selection()
        elif (
            key in (Qt.Key.Key_Insert, Qt.Key.Key_N)
            and not modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            where = self._layout.item_position(current) if current is not None else None
            if where is not None:
                self.add_card_inline(where[0], where[1])
            elif self._layout.rows:
                self.add_card_inline(0, 0)
        elif key == Qt.Key.Key_A and modifiers & Qt.KeyboardModifier.ControlModifier:
            ids = [item.id for item in self.state.visible]
            self.state.select(ids, current if current in ids else None)
        else:
            super().keyPressEvent(event)

    def _first_card(self) -> int | None:
        for r in range(len(self._layout.rows)):
            for c in range(len(self._layout.columns)):
                cell = self._layout.cell_items(r, c)
                if cell:
                    return cell[0].id
        return None

    def _move_by_key(self, key: int, current: int) -> None:
        """Alt+arrows: the keyboard way to drag (Left/Right: horizon, Up/Down: order or lane)."""
        ids = self.state.selection if current in self.state.selection else [current]
        where = self._layout.item_position(current)
        if where is None:  # the current card is hidden by the filter: nothing to move from
            return
        r, c, index = where
        row = self._layout.rows[r]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            column = c + (-1 if key == Qt.Key.Key_Left else 1)
            if 0 <= column < len(self._layout.columns):
                horizon = self._layout.columns[column].horizon
                self.move_to(ids, row.key, horizon, len(self._layout.cell_items(r, column)))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            horizon = self._layout.columns[c].horizon
            cell_len = len(self._layout.cell_items(r, c))
            if key == Qt.Key.Key_Up and index > 0:
                self.move_to(ids, row.key, horizon, index - 1)
            elif key == Qt.Key.Key_Down and index < cell_len - 1:
                self.move_to(ids, row.key, horizon, index + 2)
            else:
                target_row = r + (-1 if key == Qt.Key.Key_Up else 1)
                if 0 <= target_row < len(self._layout.rows):
                    target = self._layout.rows[target_row]
                    self.move_to(
                        ids, target.key, horizon, len(self._layout.cell_items(target_row, c))
                    )
        self.ensure_visible(current)
