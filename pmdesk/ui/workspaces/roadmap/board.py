"""The board view: lanes x horizons of cards, painted by hand, with drag and drop and keys.

Only the cards meeting the exposed rectangle are painted (BoardLayout finds them by
arithmetic), and while a card is dragged only the ghost and the drop line are repainted, so a
board of thousands of cards stays smooth. A whole drag is one undo step, made on release.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QToolTip

from pmdesk.core.entities import Horizon
from pmdesk.core.errors import PmdeskError
from pmdesk.core.roadmap import HORIZON_LABELS
from pmdesk.ui.workspaces.roadmap import editing, style
from pmdesk.ui.workspaces.roadmap.board_keys import BoardKeysMixin
from pmdesk.ui.workspaces.roadmap.board_layout import (
    CARD_H,
    HEADER_H,
    LANE_HEADER_W,
    BoardLayout,
    DropTarget,
)
from pmdesk.ui.workspaces.roadmap.board_menu import BoardMenuMixin, card_tooltip
from pmdesk.ui.workspaces.roadmap.board_painter import (
    Fonts,
    paint_board,
    paint_card,
    paint_drop_indicator,
    paint_header,
)
from pmdesk.ui.workspaces.roadmap.inline_editor import InlineEditor
from pmdesk.ui.workspaces.roadmap.paper import RoadmapPaperMixin
from pmdesk.ui.workspaces.roadmap.state import NO_LANE

AUTOSCROLL_MARGIN = 36
CACHE_MARGIN = 4  # px around a cached card for its shadow and focus outline
CACHE_SIZE = 400  # cached card pixmaps kept (about 50 MB at most on a high-DPI screen)
AUTOSCROLL_STEP = 18


def full_index(state, lane_key, horizon, visible_index: int, moving: set[int]) -> int:
    """Turn an insertion index among the visible (filtered) cards into one among all cards."""
    visible = state.grid.get((lane_key, horizon), [])
    full = state.full_grid.get((lane_key, horizon), [])
    order = {item.id: n for n, item in enumerate(full)}
    for item in visible[visible_index:]:
        if item.id not in moving:
            return order[item.id]
    before = [item for item in visible[:visible_index] if item.id not in moving]
    return order[before[-1].id] + 1 if before else len(full)


class BoardView(BoardMenuMixin, BoardKeysMixin, RoadmapPaperMixin, QAbstractScrollArea):
    itemActivated = Signal(int)  # open the item dialog
    taskActivated = Signal(int)  # jump to the linked task in the Gantt
    errorRaised = Signal(str)

    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.document = state.document
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._fonts = Fonts(self.font())
        self._layout = self._make_layout()
        self._press: QPointF | None = None  # content coordinates
        self._press_item: int | None = None
        self._lane_press: int | None = None  # row whose header was pressed (a lane drag)
        self._lane_target: int | None = None  # insertion index among the lanes while dragging
        self._grab_offset = QPointF()
        self._dragging: list[int] = []
        self._drag_pos = QPointF()  # content coordinates of the pointer
        self._target: DropTarget | None = None
        self._hover_cell: tuple[int, int] | None = None
        self._editor: InlineEditor | None = None
        self._autoscroll = QTimer(self)
        self._autoscroll.setInterval(30)
        self._autoscroll.timeout.connect(self._on_autoscroll)
        self._cache: OrderedDict[int, tuple[tuple, QPixmap]] = OrderedDict()
        self._painted_selection: set[int] = set()
        state.refreshed.connect(self.relayout)
        state.selectionChanged.connect(self._on_selection_changed)

    # -- layout ------------------------------------------------------------------------------
    def _make_layout(self) -> BoardLayout:
        width = max(self.viewport().width(), 600)
        return BoardLayout(self.state.lanes, NO_LANE, self.state.grid, width)

    def board_layout(self) -> BoardLayout:
        return self._layout

    def relayout(self) -> None:
        changed = self.state.changed_items
        if changed is None:
            self._cache.clear()
        else:  # the other cards look as they did: keep their pixmaps
            for item_id in changed:
                self._cache.pop(item_id, None)
        self._layout = self._make_layout()
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        size = self.viewport().size()
        self.verticalScrollBar().setRange(0, max(0, int(self._layout.height) - size.height()))
        self.verticalScrollBar().setPageStep(size.height())
        self.verticalScrollBar().setSingleStep(int(CARD_H / 2))
        self.horizontalScrollBar().setRange(0, max(0, int(self._layout.width) - size.width()))
        self.horizontalScrollBar().setPageStep(size.width())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._cache.clear()
        self.relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        """Vertical scrolling blits the rows under the fixed header and paints only the strip
        that scrolled into view; a horizontal scroll moves the header too, so repaint all."""
        if dx or self._dragging:
            self.viewport().update()
            return
        self.viewport().scroll(0, dy, self.viewport().rect().adjusted(0, int(HEADER_H), 0, 0))

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_content(self, pos: QPointF | QPoint) -> QPointF:
        return QPointF(pos) + self._offset()

    def to_viewport(self, rect: QRectF) -> QRect:
        return rect.translated(-self._offset()).toAlignedRect()

    def item_viewport_rect(self, item_id: int) -> QRect | None:
        """Where a card is drawn in viewport coordinates (for tests and tool tips)."""
        rect = self._layout.item_rect(item_id)
        return self.to_viewport(rect) if rect is not None else None

    def content_size(self) -> QRectF:
        return QRectF(0, 0, self._layout.width, self._layout.height)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        offset = self._offset()
        exposed = QRectF(event.rect())
        painter.translate(-offset)
        faded = frozenset(self._dragging)
        self.render_content(
            painter, exposed.translated(offset), faded=faded, header_y=offset.y(), cached=True
        )
        if self._lane_target is not None:
            rows = [row for row in self._layout.rows if row.key is not None]
            y = (
                rows[self._lane_target].y
                if self._lane_target < len(rows)
                else rows[-1].y + rows[-1].h
            )
            painter.fillRect(QRectF(0, y - 2, self._layout.width, 4), style.DROP_INDICATOR)
        if self._dragging:
            cell = self._target_cell_rect()
            if cell is not None:
                painter.setPen(QPen(style.DROP_INDICATOR, 1.5, Qt.PenStyle.DashLine))
                painter.setBrush(style.HOVER_FILL)
                painter.drawRoundedRect(cell.adjusted(4, 4, -4, -4), 6, 6)
            if self._target is not None:
                indicator = self._layout.indicator_rect(self._target)
                if indicator is not None:
                    paint_drop_indicator(painter, indicator)
            ghost = self._ghost_rect()
            item = self.state.items.get(self._dragging[0])
            if item is not None:
                # The lifted card: opaque (cards under it must not show through), with a shadow.
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.DRAG_SHADE)
                painter.drawRoundedRect(ghost.translated(3, 5), 7, 7)
                paint_card(painter, ghost, item, self.state, self._fonts, selected=True)
                if len(self._dragging) > 1:
                    badge = QRectF(ghost.right() - 14, ghost.top() - 10, 24, 20)
                    painter.setBrush(style.SELECTION)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.drawEllipse(badge)
                    painter.setPen(style.ON_ACCENT)
                    painter.setFont(self._fonts.small_bold)
                    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(len(self._dragging)))
        painter.end()

    header_height = HEADER_H  # the columns' header, repeated on every printed page

    def page_breaks(self) -> list[float]:
        """Where a printed page may end: above a lane (so a lane's cards stay together)."""
        return [row.y for row in self._layout.rows]

    def render_content(
        self,
        painter: QPainter,
        clip: QRectF,
        faded=frozenset(),
        header_y: float = 0.0,
        cached: bool = False,
        fonts: Fonts | None = None,
    ) -> None:
        """Paint the board part meeting ``clip`` (content coordinates); the header at ``header_y``.

        ``cached`` draws cards from pixmaps (the screen); exports keep vector cards.
        """
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        fonts = fonts or self._fonts
        paint_board(
            painter,
            self._layout,
            self.state,
            fonts,
            clip,
            faded,
            self._hover_cell,
            draw_card=self._draw_cached_card if cached else None,
        )
        if clip.top() < header_y + HEADER_H:
            painter.save()
            painter.translate(0, header_y)
            paint_header(painter, self._layout, self.state, fonts)
            painter.restore()

    def _draw_cached_card(
        self, painter: QPainter, rect: QRectF, item, selected: bool, current: bool, faded: bool
    ) -> None:
        """Cards are redrawn from a pixmap while nothing about them changed: a full frame then
        costs a few blits instead of hundreds of antialiased shapes and text runs."""
        if faded:
            paint_card(painter, rect, item, self.state, self._fonts, selected, current, faded)
            return
        ratio = self.devicePixelRatioF()
        key = (
            rect.width(),
            selected,
            current,
            ratio,
            style.CARD_BACKGROUND.rgba(),
        )  # dark or light
        entry = self._cache.get(item.id)
        if entry is None or entry[0] != key:
            pixmap = QPixmap(
                QSize(
                    int((rect.width() + 2 * CACHE_MARGIN) * ratio + 1),
                    int((rect.height() + 2 * CACHE_MARGIN) * ratio + 1),
                )
            )
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            card_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            card_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            paint_card(
                card_painter,
                QRectF(CACHE_MARGIN, CACHE_MARGIN, rect.width(), rect.height()),
                item,
                self.state,
                self._fonts,
                selected,
                current,
            )
            card_painter.end()
            entry = (key, pixmap)
            self._cache[item.id] = entry
            if len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(item.id)
        painter.drawPixmap(QPointF(rect.left() - CACHE_MARGIN, rect.top() - CACHE_MARGIN), entry[1])

    def _on_selection_changed(self) -> None:
        # Repaint only the cards whose selection look changed.
        now = set(self.state.selection) | (
            {self.state.current} if self.state.current is not None else set()
        )
        before, self._painted_selection = self._painted_selection, now
        for item_id in before | now:
            rect = self._layout.item_rect(item_id)
            if rect is not None:
                self.viewport().update(self.to_viewport(rect.adjusted(-5, -5, 5, 5)))

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

    # -- mouse -------------------------------------------------------------------------------
    def _card_under(self, pos: QPointF) -> int | None:
        if pos.y() < HEADER_H:
            return None
        return self._layout.card_at(self.to_content(pos))

    def mousePressEvent(self, event) -> None:
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
        self._grab_offset = self._press - rect.topLeft()
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            self.state.toggle(item_id)
        elif modifiers & Qt.KeyboardModifier.ShiftModifier:
            self.state.select([*self.state.selection, item_id], item_id)
        elif item_id not in self.state.selection:
            self.state.select([item_id], item_id)
        else:
            self.state.select(self.state.selection, item_id)

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        content = self.to_content(pos)
        if self._lane_press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if (
                self._lane_target is None
                and (content - self._press).manhattanLength() < QApplication.startDragDistance()
            ):
                return
            self._lane_target = self._lane_insertion(content.y())
            self.viewport().update()
            return
        if self._press_item is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging:
                if self.document.read_only:
                    return
                if (content - self._press).manhattanLength() < QApplication.startDragDistance():
                    return
                self._start_drag()
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

    def leaveEvent(self, event) -> None:
        if self._hover_cell is not None:
            self._hover_cell = None
            self.viewport().update()
        super().leaveEvent(event)

    def _start_drag(self) -> None:
        ids = (
            self.state.selection if self._press_item in self.state.selection else [self._press_item]
        )
        positions = {i: self._layout.item_position(i) or (0, 0, 0) for i in ids}
        # The pressed card leads (it is the ghost); the others follow in board order.
        rest = sorted((i for i in ids if i != self._press_item), key=lambda i: positions[i])
        self._dragging = [self._press_item, *rest]
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

    def mouseReleaseEvent(self, event) -> None:
        self._autoscroll.stop()
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        lane_row, lane_target = self._lane_press, self._lane_target
        self._lane_press = self._lane_target = None
        if lane_target is not None:
            self.viewport().update()
            lane_id = self._layout.rows[lane_row].key
            # The insertion index counts the lane itself while it is still in place.
            index = lane_target - 1 if lane_target > lane_row else lane_target
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

    def move_to(self, ids: list[int], lane_key, horizon: Horizon, visible_index: int) -> bool:
        if self.document.read_only:
            return False
        index = full_index(self.state, lane_key, horizon, visible_index, set(ids))
        try:
            return editing.move_items(self.document, ids, lane_key, horizon, index)
        except PmdeskError as exc:
            self.errorRaised.emit(str(exc))
            return False

    def mouseDoubleClickEvent(self, event) -> None:
        pos = event.position()
        content = self.to_content(pos)
        item_id = self._card_under(pos)
        if item_id is not None:
            rect = self._layout.item_rect(item_id)
            item = self.state.items[item_id]
            on_delivery_row = content.y() > rect.bottom() - 30
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

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            item_id = self._card_under(QPointF(event.pos()))
            item = self.state.items.get(item_id) if item_id is not None else None
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), card_tooltip(self.state, item), self)
            return True
        return super().event(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return self.event(event)
        return super().viewportEvent(event)

    # -- inline editing ------------------------------------------------------------------------
    def _open_editor(self, rect: QRectF, text: str, commit) -> InlineEditor | None:
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

        self._open_editor(
            QRectF(cell.left() + 10, min(y, cell.bottom() - 30), cell.width() - 20, 26), "", commit
        )
        if self._editor is not None:
            self._editor.setPlaceholderText(
                f"New card in {HORIZON_LABELS[horizon]}: type a title, Enter"
            )

    def rename_lane(self, row: int) -> None:
        lane_row = self._layout.rows[row]
        if lane_row.key is None:
            return

        def commit(text: str) -> None:
            if text.strip():
                editing.update_lane(self.document, lane_row.key, "Rename lane", name=text.strip())

        self._open_editor(
            QRectF(10, lane_row.y + 8, LANE_HEADER_W - 18, 26), lane_row.lane.name, commit
        )
