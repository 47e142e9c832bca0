"""What the board's mixins (board_keys, board_menu) use of BoardView, for the type checker.

The mixins are parts of one class split by concern; at run time BoardHost is ``object``, so
it adds nothing to BoardView. To mypy it is a QAbstractScrollArea that already has the
view's state, layout, signals and the methods the mixins call (defined in board.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint, QPointF, Signal
    from PySide6.QtWidgets import QAbstractScrollArea

    from pmdesk.core.entities import Horizon
    from pmdesk.document import Document
    from pmdesk.ui.workspaces.roadmap.board_layout import BoardLayout, DropTarget
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

    class BoardHost(QAbstractScrollArea):
        itemActivated: ClassVar[Signal]  # (item id)
        taskActivated: ClassVar[Signal]  # (task id)
        errorRaised: ClassVar[Signal]  # (sentence)

        state: RoadmapState
        document: Document
        _layout: BoardLayout
        _dragging: list[int]  # the cards being dragged
        _target: DropTarget | None
        _press_item: int | None

        to_content: Callable[[QPointF | QPoint], QPointF]
        _card_under: Callable[[QPointF], int | None]
        # (ids, lane id or None, horizon, index among the visible cards) -> moved
        move_to: Callable[[list[int], int | None, Horizon, int], bool]
        rename_card: Callable[[int], None]
        add_card_inline: Callable[[int, int], None]  # (row, column)
        rename_lane: Callable[[int], None]  # (row)
        delete_selection: Callable[[], None]  # board_menu's

else:
    BoardHost = object
