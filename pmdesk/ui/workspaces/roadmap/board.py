"""The board view: lanes x horizons of cards, painted by hand, with drag and drop and keys.

Only the cards meeting the exposed rectangle are painted (BoardLayout finds them by
arithmetic), cards come from a pixmap cache while they look as they did (board_cache.py), and
while a card is dragged only the ghost and the drop line are repainted (board_mouse.py), so a
board of thousands of cards stays smooth. A whole drag is one undo step, made on release.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from pmdesk.core.entities import RoadmapItem
from pmdesk.ui.workspaces.roadmap import board_damage, style
from pmdesk.ui.workspaces.roadmap.board_cache import CardCache
from pmdesk.ui.workspaces.roadmap.board_inline import BoardInlineMixin
from pmdesk.ui.workspaces.roadmap.board_keys import BoardKeysMixin
from pmdesk.ui.workspaces.roadmap.board_layout import (
    CARD_H,
    HEADER_H,
    BoardLayout,
    DropTarget,
)
from pmdesk.ui.workspaces.roadmap.board_menu import BoardMenuMixin, card_tooltip
from pmdesk.ui.workspaces.roadmap.board_mouse import BoardMouseMixin
from pmdesk.ui.workspaces.roadmap.board_painter import (
    CardPainter,
    Fonts,
    paint_board,
    paint_card,
    paint_drop_indicator,
    paint_header,
)
from pmdesk.ui.workspaces.roadmap.inline_editor import InlineEditor
from pmdesk.ui.workspaces.roadmap.paper import RoadmapPaperMixin
from pmdesk.ui.workspaces.roadmap.state import NO_LANE

if TYPE_CHECKING:
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

MAX_PAINTED_PARTS = 12  # rectangles of a paint region painted one by one (see paintEvent)


class BoardView(
    BoardMenuMixin,
    BoardKeysMixin,
    BoardMouseMixin,
    BoardInlineMixin,
    RoadmapPaperMixin,
    QAbstractScrollArea,
):
    itemActivated = Signal(int)  # open the item dialog
    taskActivated = Signal(int)  # jump to the linked task in the Gantt
    errorRaised = Signal(str)

    def __init__(self, state: RoadmapState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.document = state.document
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        # paint_board fills every pixel it is asked to paint, its background first: Qt need
        # not fill the viewport with the palette's Base before each paint (a whole repaint of
        # the board 0.67 -> 0.61 ms, the fill being a write of every pixel).
        self.viewport().setAutoFillBackground(False)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
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
        self._cache = CardCache()
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
        changed = self.state.restyled_items
        # The cards that look as they did (moved, or not changed) keep their pixmaps.
        self._cache.forget(changed)
        old, self._layout = self._layout, self._make_layout()
        self._update_scrollbars()
        parts = None if changed is None else board_damage.changed_parts(old, self._layout, changed)
        viewport = self.viewport()
        if parts is None:
            viewport.update()
            return
        # Only the cards that changed or moved, their lanes' headers (board_damage.py).
        rects, header = parts
        for rect in rects:
            viewport.update(self.to_viewport(rect))
        if header:
            viewport.update(board_damage.header_rect(viewport.width()).toAlignedRect())

    def _update_scrollbars(self) -> None:
        size = self.viewport().size()
        self.verticalScrollBar().setRange(0, max(0, int(self._layout.height) - size.height()))
        self.verticalScrollBar().setPageStep(size.height())
        self.verticalScrollBar().setSingleStep(int(CARD_H / 2))
        self.horizontalScrollBar().setRange(0, max(0, int(self._layout.width) - size.width()))
        self.horizontalScrollBar().setPageStep(size.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
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
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        offset = self._offset()
        painter.translate(-offset)
        faded = frozenset(self._dragging)
        # A moved card repaints its old and new place (board_damage.py): each part painted
        # alone costs less than their bounding box, often most of the board.
        parts = list(event.region())  # type: ignore[call-overload]  # PySide6 iterates a QRegion
        if len(parts) > MAX_PAINTED_PARTS:
            parts = [event.rect()]
        for part in parts:
            exposed = QRectF(part).translated(offset)
            painter.save()
            painter.setClipRect(exposed)
            self.render_content(painter, exposed, faded=faded, header_y=offset.y(), cached=True)
            painter.restore()
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
        faded: frozenset[int] = frozenset(),
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
        if clip.bottom() <= header_y + HEADER_H and clip.top() >= header_y:
            # Only the header (its counts changed): the cards under it stay hidden.
            painter.fillRect(clip, style.BACKGROUND)  # right of the header, if any
            painter.save()
            painter.translate(0, header_y)
            paint_header(painter, self._layout, self.state, fonts)
            painter.restore()
            return
        paint_board(
            painter,
            self._layout,
            self.state,
            fonts,
            clip,
            faded,
            self._hover_cell,
            draw_card=self._cached_card_painter() if cached else None,
        )
        if clip.top() < header_y + HEADER_H:
            painter.save()
            painter.translate(0, header_y)
            paint_header(painter, self._layout, self.state, fonts)
            painter.restore()

    def _cached_card_painter(self) -> CardPainter:
        """Draw cards from their pixmaps. The screen's pixel ratio and the palette's card
        colour (what a pixmap was drawn for) are read once per paint, not once per card."""
        ratio = self.devicePixelRatioF()
        card_colour = style.now().CARD_BACKGROUND.rgba()
        state, fonts, cache = self.state, self._fonts, self._cache

        def draw(
            painter: QPainter,
            rect: QRectF,
            item: RoadmapItem,
            selected: bool,
            current: bool,
            faded: bool,
        ) -> None:
            if faded:
                paint_card(painter, rect, item, state, fonts, selected, current, faded)
                return
            cache.draw(painter, rect, item, state, fonts, selected, current, ratio, card_colour)

        return draw

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

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item_id = self._card_under(QPointF(event.pos()))
            item = self.state.items.get(item_id) if item_id is not None else None
            if item is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), card_tooltip(self.state, item), self)
            return True
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            return self.event(event)
        return super().viewportEvent(event)
