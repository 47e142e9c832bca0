"""Typing on the board itself: a card renamed in place (F2), a card added in an empty cell (a
double click, Insert or N), a lane renamed in its header.

A mixin of BoardView: one InlineEditor at a time is laid over the card, cell or header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF
from PySide6.QtWidgets import QAbstractScrollArea

from pmdesk.core.roadmap import HORIZON_LABELS
from pmdesk.ui.workspaces.roadmap import editing
from pmdesk.ui.workspaces.roadmap.board_layout import CARD_H, LANE_HEADER_W, BoardLayout
from pmdesk.ui.workspaces.roadmap.inline_editor import InlineEditor

if TYPE_CHECKING:
    from collections.abc import Callable

    from pmdesk.document import Document
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

    _ScrollArea = QAbstractScrollArea
else:  # the mixin adds to BoardView's QAbstractScrollArea; mypy checks it against one
    _ScrollArea = object


class BoardInlineMixin(_ScrollArea):
    """The board's inline editors."""

    state: RoadmapState
    document: Document
    _layout: BoardLayout
    _editor: InlineEditor | None

    if TYPE_CHECKING:  # BoardView's and BoardKeysMixin's

        def to_viewport(self, rect: QRectF) -> QRect: ...

        def ensure_visible(self, item_id: int) -> None: ...

    def _open_editor(
        self, rect: QRectF, text: str, commit: Callable[[str], None]
    ) -> InlineEditor | None:
        if self.document.read_only:
            return None
        if self._editor is not None:
            self._editor.cancel()
        editor = InlineEditor(self.viewport(), text, commit)
        editor.setGeometry(self.to_viewport(rect))
        editor.finished.connect(self._on_editor_finished)
        editor.show()
        editor.setFocus()
        self._editor = editor
        return editor

    def _on_editor_finished(self) -> None:
        self._editor = None
        self.setFocus()

    def rename_card(self, item_id: int) -> None:
        rect = self._layout.item_rect(item_id)
        if rect is None:
            return
        self.ensure_visible(item_id)
        item = self.state.items[item_id]

        def commit(text: str) -> None:
            if text.strip():
                editing.update_item(self.document, item_id, "Rename card", title=text.strip())

        self._open_editor(
            QRectF(rect.left() + 10, rect.top() + 6, rect.width() - 20, 26), item.title, commit
        )

    def add_card_inline(self, row: int, column: int) -> None:
        cell = self._layout.cell_rect(row, column)
        lane_key = self._layout.rows[row].key
        horizon = self._layout.columns[column].horizon
        count = len(self._layout.cell_items(row, column))
        y = self._layout.rows[row].y + 10 + count * (CARD_H + 8)

        def commit(text: str) -> None:
            if text.strip():
                new_id = editing.add_item(self.document, text, lane_key, horizon)
                self.state.select([new_id], new_id)

        editor = self._open_editor(
            QRectF(cell.left() + 10, min(y, cell.bottom() - 30), cell.width() - 20, 26), "", commit
        )
        if editor is not None:
            editor.setPlaceholderText(f"New card in {HORIZON_LABELS[horizon]}: type a title, Enter")

    def rename_lane(self, row: int) -> None:
        lane_row = self._layout.rows[row]
        lane_id = lane_row.key
        if lane_id is None:
            return

        def commit(text: str) -> None:
            if text.strip():
                editing.update_lane(self.document, lane_id, "Rename lane", name=text.strip())

        self._open_editor(
            QRectF(10, lane_row.y + 8, LANE_HEADER_W - 18, 26), lane_row.lane.name, commit
        )
