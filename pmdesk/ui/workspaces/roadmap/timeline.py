"""The timeline view: the same items on a calendar, bars grouped by lane, drag to change dates.

Drag a bar's body to move it, an edge to change its start or end, or drag across the row of
an undated item to give it dates; each gesture is one undo step on release.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from pmdesk.core.errors import PmdeskError
from pmdesk.ui.workspaces.roadmap import editing
from pmdesk.ui.workspaces.roadmap.board_painter import Fonts
from pmdesk.ui.workspaces.roadmap.paper import RoadmapPaperMixin
from pmdesk.ui.workspaces.roadmap.state import RoadmapState
from pmdesk.ui.workspaces.roadmap.timeline_layout import (
    GUTTER_W,
    HEADER_H,
    TimelineLayout,
    item_span,
)
from pmdesk.ui.workspaces.roadmap.timeline_painter import (
    paint_body,
    paint_corner,
    paint_gutter,
    paint_header,
    span_after_drag,
)

EDGE = 6.0  # px either side of a bar's end that grab the edge instead of the body


@dataclass(slots=True)
class _Drag:
    item: int
    zone: str  # move / start / end / draw
    x: float  # content x of the press
    anchor: date  # the day pressed


class TimelineView(RoadmapPaperMixin, QAbstractScrollArea):
    itemActivated = Signal(int)
    errorRaised = Signal(str)

    def __init__(self, state: RoadmapState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.document = state.document
        self.unit = "month"
        self.zoom_factor = 1.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self._fonts = Fonts(self.font())
        self._drag: _Drag | None = None
        self._preview: dict[int, tuple[date, date]] = {}
        self._built: TimelineLayout | None = None
        self._stale = False  # changed while hidden: lay out again when shown
        state.refreshed.connect(self.relayout)
        state.selectionChanged.connect(self.viewport().update)

    # -- layout ------------------------------------------------------------------------------
    def fy_start_month(self) -> int:
        settings = self.document.data.plan.settings.get("roadmap") or {}
        try:
            return min(12, max(1, int(settings.get("fiscal_year_start_month", 1))))
        except (TypeError, ValueError):
            return 1

    def today(self) -> date:
        status = self.document.data.plan.status_date
        return status.date() if status is not None else date.today()

    def _make_layout(self) -> TimelineLayout:
        return TimelineLayout(
            self.state,
            self.unit,
            self.fy_start_month(),
            self.zoom_factor,
            self.today(),
            min_width=self.viewport().width(),
        )

    def timeline_layout(self) -> TimelineLayout:
        return self._layout

    @property
    def _layout(self) -> TimelineLayout:
        if self._built is None:
            self._built = self._make_layout()
        return self._built

    def relayout(self) -> None:
        if not self.isVisible():
            # Hidden behind the board: a card moved there does not pay for the timeline's
            # layout; it is made when shown or first read.
            self._built = None
            self._stale = True
            return
        self._stale = False
        self._built = self._make_layout()
        self._set_ranges()

    def _set_ranges(self) -> None:
        size = self.viewport().size()
        self.verticalScrollBar().setRange(0, max(0, int(self._layout.height) - size.height()))
        self.verticalScrollBar().setPageStep(size.height())
        self.verticalScrollBar().setSingleStep(30)
        self.horizontalScrollBar().setRange(0, max(0, int(self._layout.width) - size.width()))
        self.horizontalScrollBar().setPageStep(size.width())
        self.horizontalScrollBar().setSingleStep(40)
        self.viewport().update()

    def set_unit(self, unit: str) -> None:
        self.unit = unit
        self.relayout()

    def zoom(self, steps: int) -> None:
        self.zoom_factor = (
            1.0 if steps == 0 else min(6.0, max(0.25, self.zoom_factor * (1.25**steps)))
        )
        self.relayout()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Showing the timeline resizes it two or three times (a scroll bar appears), each a
        # full layout of every card before; only the calendar's stretch to fill a wide view
        # depends on the size.
        if self._built is None or not self._built.fits(self.viewport().width()):
            self.relayout()
        else:
            self._set_ranges()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.relayout()

    def _offset(self) -> QPointF:
        return QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def to_content(self, pos: QPointF | QPoint) -> QPointF:
        return QPointF(pos) + self._offset()

    def bar_viewport_rect(self, item_id: int) -> QRect | None:
        item = self.state.items.get(item_id)
        rect = self._layout.bar_rect(item) if item is not None else None
        return rect.translated(-self._offset()).toAlignedRect() if rect is not None else None

    def scroll_to_date(self, day: date) -> None:
        self.horizontalScrollBar().setValue(int(self._layout.x_of(day) - GUTTER_W - 40))

    def content_size(self) -> QRectF:
        return QRectF(0, 0, self._layout.width, self._layout.height)

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        self.render_content(
            painter, QRectF(event.rect()).translated(self._offset()), self._offset()
        )
        painter.end()

    def render_content(
        self,
        painter: QPainter,
        clip: QRectF,
        offset: QPointF = QPointF(),
        fonts: Fonts | None = None,
    ) -> None:
        """Paint what meets ``clip`` (content coordinates); header and gutter stay at ``offset``."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        layout, fonts = self._layout, fonts or self._fonts
        painter.save()
        painter.translate(-offset)
        paint_body(painter, layout, self.state, fonts, clip, self._preview)
        painter.restore()
        painter.save()
        painter.translate(0, -offset.y())
        paint_gutter(painter, layout, self.state, fonts, clip.top(), clip.bottom())
        painter.restore()
        painter.save()
        painter.translate(-offset.x(), 0)
        paint_header(painter, layout, fonts, clip.left(), clip.right())
        painter.restore()
        paint_corner(painter, layout, fonts)

    # -- mouse -------------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> tuple[int | None, str]:
        """(item id, zone) under a viewport point; zone is move / start / end / draw / gutter."""
        if pos.y() < HEADER_H:
            return None, ""
        content = self.to_content(pos)
        row = self._layout.row_at(content.y())
        if row is None or row.item is None:
            return None, ""
        if pos.x() < GUTTER_W:
            return row.item.id, "gutter"
        rect = self._layout.bar_rect(row.item)
        if rect is None:
            return row.item.id, "draw"
        if abs(content.x() - rect.left()) <= EDGE:
            return row.item.id, "start"
        if abs(content.x() - rect.right()) <= EDGE:
            return row.item.id, "end"
        if rect.left() < content.x() < rect.right():
            return row.item.id, "move"
        return row.item.id, "row"

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        item_id, zone = self._hit(event.position())
        if event.button() != Qt.MouseButton.LeftButton or item_id is None:
            if item_id is None:
                self.state.select([])
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.state.toggle(item_id)
            return
        self.state.select([item_id], item_id)
        if zone in ("move", "start", "end", "draw") and not self.document.read_only:
            content = self.to_content(event.position())
            self._drag = _Drag(item_id, zone, content.x(), self._layout.date_at(content.x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            _item, zone = self._hit(pos)
            cursors = {
                "start": Qt.CursorShape.SizeHorCursor,
                "end": Qt.CursorShape.SizeHorCursor,
                "move": Qt.CursorShape.OpenHandCursor,
                "draw": Qt.CursorShape.CrossCursor,
            }
            self.viewport().setCursor(cursors.get(zone, Qt.CursorShape.ArrowCursor))
            return
        content = self.to_content(pos)
        item = self.state.items.get(self._drag.item)
        if item is None:
            self._drag = None
            return
        if self._drag.zone == "draw":
            a, b = self._drag.anchor, self._layout.date_at(content.x())
            span = (min(a, b), max(a, b))
        else:
            drawn = item_span(item)
            if drawn is None:  # only a bar has edges and a body to drag
                return
            days = round((content.x() - self._drag.x) / self._layout.px_per_day)
            span = span_after_drag(drawn, self._drag.zone, days)
        self._preview = {item.id: span}
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, preview = self._drag, self._preview
        self._drag, self._preview = None, {}
        if drag is None:
            return
        self.viewport().update()
        span = preview.get(drag.item)
        item = self.state.items.get(drag.item)
        if span is None or item is None:
            return
        start, end = span
        if drag.zone == "draw" and end - start < timedelta(days=1):
            end = start + timedelta(days=27)  # a click on an undated row: four weeks from there
        # Keep an open end open when only the known date moved.
        new_start = (
            start if (item.target_start is not None or drag.zone in ("draw", "start")) else None
        )
        new_end = end if (item.target_end is not None or drag.zone in ("draw", "end")) else None
        if (new_start, new_end) == (item.target_start, item.target_end):
            return
        try:
            editing.set_dates(self.document, item.id, new_start, new_end)
        except PmdeskError as exc:
            self.errorRaised.emit(str(exc))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item_id, _zone = self._hit(event.position())
        if item_id is not None:
            self.itemActivated.emit(item_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.state.current
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.itemActivated.emit(current)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            ids = [row.item.id for row in self._layout.rows if row.item is not None]
            if not ids:
                return
            if current not in ids:
                target = ids[0]
            else:
                index = ids.index(current) + (-1 if key == Qt.Key.Key_Up else 1)
                target = ids[max(0, min(index, len(ids) - 1))]
            self.state.select([target], target)
            row = self._layout.item_rows[target]
            bar = self.verticalScrollBar()
            if row.y - HEADER_H < bar.value():
                bar.setValue(int(row.y - HEADER_H))
            elif row.y + row.h > bar.value() + self.viewport().height():
                bar.setValue(int(row.y + row.h - self.viewport().height()))
        elif (
            key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
            and current is not None
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
        ):
            item = self.state.items[current]
            span = item_span(item)
            if span is not None:
                days = -7 if key == Qt.Key.Key_Left else 7
                start, end = span_after_drag(span, "move", days)
                editing.set_dates(
                    self.document,
                    current,
                    start if item.target_start else None,
                    end if item.target_end else None,
                )
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state.selection:
            editing.delete_items(self.document, list(self.state.selection))
        else:
            super().keyPressEvent(event)
