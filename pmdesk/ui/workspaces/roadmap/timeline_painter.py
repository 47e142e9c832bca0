"""Paints the timeline: calendar header, lane groups, bars, forecasts, slips and dependency arrows.

Shared by the widget and the PNG/PDF/SVG export, like the board painter.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from pmdesk.core.durationtext import days_text
from pmdesk.core.entities import RoadmapItem
from pmdesk.core.roadmap import Forecast
from pmdesk.ui.workspaces.roadmap import style
from pmdesk.ui.workspaces.roadmap.board_painter import Fonts, warning_triangle
from pmdesk.ui.workspaces.roadmap.state import RoadmapState
from pmdesk.ui.workspaces.roadmap.timeline_layout import GUTTER_W, HEADER_H, TimelineLayout

translate = QCoreApplication.translate


def paint_body(
    painter: QPainter,
    layout: TimelineLayout,
    state: RoadmapState,
    fonts: Fonts,
    clip: QRectF,
    preview: dict[int, tuple[date, date]] | None = None,
) -> None:
    """Rows, grid, bars and arrows meeting ``clip`` (content coordinates), without header/gutter."""
    colours = style.now()  # once per paint: each style.X reads the palette
    preview = preview or {}
    painter.fillRect(clip, colours.CANVAS)
    rows = layout.rows_in(clip.top(), clip.bottom())
    # Alternate period shading and grid lines.
    for n, period in enumerate(layout.periods):
        left, right = layout.x_of(period.start), layout.x_of(period.end)
        if right < clip.left() or left > clip.right():
            continue
        if n % 2:
            painter.fillRect(QRectF(left, clip.top(), right - left, clip.height()), colours.STRIPE)
        painter.setPen(QPen(colours.GRID_LINE, 1))
        painter.drawLine(QPointF(left, clip.top()), QPointF(left, clip.bottom()))
    for index in rows:
        row = layout.rows[index]
        if row.kind != "item":
            band = colours.UNDATED_BAND if row.kind == "undated-header" else colours.CELL_BACKGROUND
            painter.fillRect(QRectF(clip.left(), row.y, clip.width(), row.h), band)
    if layout.today is not None and layout.origin <= layout.today < layout.end:
        x = layout.x_of(layout.today) + layout.px_per_day / 2
        painter.setPen(QPen(colours.TODAY, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, clip.top()), QPointF(x, clip.bottom()))
    _paint_arrows(painter, layout, state, clip, preview)
    for index in rows:
        row = layout.rows[index]
        if row.kind == "undated-header":
            painter.setFont(fonts.small)
            painter.setPen(colours.UNDATED_TEXT)
            painter.drawText(
                QRectF(GUTTER_W + 10, row.y, max(0.0, clip.right() - GUTTER_W - 10), row.h),
                Qt.AlignmentFlag.AlignVCenter,
                translate("RoadmapTimeline", "Drag across a row to give the item target dates"),
            )
        if row.kind == "item" and row.item is not None:
            _paint_bar(painter, layout, state, fonts, row.item, preview.get(row.item.id), colours)


def _paint_bar(
    painter: QPainter,
    layout: TimelineLayout,
    state: RoadmapState,
    fonts: Fonts,
    item: RoadmapItem,
    preview: tuple[date, date] | None,
    colours: style.Colours,
) -> None:
    rect = layout.bar_rect(item, preview)
    row = layout.item_rows[item.id]
    selected = item.id in state.selection
    if rect is None:
        painter.setPen(QPen(colours.GRID_LINE, 1, Qt.PenStyle.DotLine))
        y = row.y + row.h / 2
        painter.drawLine(QPointF(GUTTER_W + 8, y), QPointF(layout.width - 8, y))
        return
    color = style.lane_color(row.lane.color if row.lane is not None else None)
    fill = QColor(color)
    if item.status in ("idea", "planned"):
        fill = fill.lighter(135)
    painter.setPen(QPen(colours.SELECTION, 2) if selected else QPen(color.darker(115), 1))
    painter.setBrush(fill)
    partial = item.target_start is None or item.target_end is None
    if partial:
        pen = painter.pen()
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
    painter.drawRoundedRect(rect, 5, 5)
    forecast = state.forecast(item.id)
    if forecast.finish is not None and forecast.percent_complete:
        done = QRectF(
            rect.left(),
            rect.bottom() - 5,
            rect.width() * min(100.0, forecast.percent_complete) / 100,
            5,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color.darker(150))
        painter.drawRoundedRect(done, 2, 2)
    # Title: inside when it fits, else to the right of the bar.
    x_text = rect.right() + 8
    warnings = state.warnings.get(item.id)
    painter.setFont(fonts.text)
    title_w = fonts.text_metrics.horizontalAdvance(item.title)
    inside = title_w + 16 < rect.width()
    if forecast.slipping and forecast.finish is not None:  # a slip has a finish
        x_text = max(x_text, layout.x_of(forecast.finish.date()) + layout.px_per_day + 56)
    if inside:
        painter.setPen(colours.ON_ACCENT if fill.lightness() < 150 else colours.TEXT_ON_LIGHT)
        painter.drawText(rect.adjusted(8, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, item.title)
    else:
        if warnings:
            warning_triangle(painter, x_text, row.y + 9, 12, colours)
            x_text += 16
        painter.setPen(colours.TEXT)
        painter.drawText(
            QRectF(x_text, row.y, title_w + 4, row.h), Qt.AlignmentFlag.AlignVCenter, item.title
        )
    if inside and warnings:
        warning_triangle(painter, rect.right() + 6, row.y + 9, 12, colours)
    if forecast.finish is not None:
        _paint_forecast(painter, layout, fonts, rect, forecast.finish, forecast, colours)


def _paint_forecast(
    painter: QPainter,
    layout: TimelineLayout,
    fonts: Fonts,
    rect: QRectF,
    finish: datetime,
    forecast: Forecast,
    colours: style.Colours,
) -> None:
    """A marker under the bar at the scheduled finish; red with a dashed overrun when slipping."""
    x = layout.x_of(finish.date()) + layout.px_per_day / 2
    y = rect.bottom() + 1
    color = colours.SLIP if forecast.slipping else colours.FORECAST
    if forecast.slipping:
        painter.setPen(QPen(colours.SLIP, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(rect.right(), rect.center().y()), QPointF(x, rect.center().y()))
        painter.drawLine(QPointF(x, rect.center().y()), QPointF(x, y))
    painter.setPen(QPen(colours.CANVAS, 1))
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + 5, y + 7), QPointF(x - 5, y + 7)]))
    if forecast.slipping:
        painter.setFont(fonts.small_bold)
        painter.setPen(colours.SLIP)
        painter.drawText(
            QRectF(x + 7, rect.top(), 60, rect.height()),
            Qt.AlignmentFlag.AlignVCenter,
            days_text(forecast.slip_days, signed=True),
        )


def _paint_arrows(
    painter: QPainter,
    layout: TimelineLayout,
    state: RoadmapState,
    clip: QRectF,
    preview: dict[int, tuple[date, date]],
) -> None:
    colours = style.now()  # once per paint: each style.X reads the palette
    items = state.items
    for dep in state.data.roadmap_dependencies.values():
        item, blocker = items.get(dep.item_id), items.get(dep.blocker_id)
        if item is None or blocker is None:
            continue
        a = layout.bar_rect(blocker, preview.get(blocker.id))
        b = layout.bar_rect(item, preview.get(item.id))
        if a is None or b is None:
            continue
        top, bottom = min(a.top(), b.top()) - 4, max(a.bottom(), b.bottom()) + 4
        if bottom < clip.top() or top > clip.bottom():
            continue
        warned = bool(state.warnings.get(item.id)) and (
            a.right() > b.left() or blocker.horizon != item.horizon
        )
        late = a.right() > b.left() + 0.5
        color = colours.WARNING if (warned or late) else colours.FAINT_TEXT
        start = QPointF(a.right(), a.center().y())
        end = QPointF(b.left(), b.center().y())
        path = QPainterPath(start)
        bend = max(start.x() + 8, end.x() - 10) if end.x() - 10 > start.x() + 8 else start.x() + 8
        path.lineTo(bend, start.y())
        if bend < end.x() - 4:
            path.lineTo(bend, end.y())
        else:  # the item starts before its blocker ends: loop back to its start
            mid = (start.y() + end.y()) / 2 if abs(end.y() - start.y()) > 20 else end.y() - 13
            path.lineTo(bend, mid)
            path.lineTo(end.x() - 10, mid)
            path.lineTo(end.x() - 10, end.y())
        path.lineTo(end.x() - 1, end.y())
        painter.setPen(QPen(color, 1.4, Qt.PenStyle.DashLine if late else Qt.PenStyle.SolidLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygonF([end, QPointF(end.x() - 7, end.y() - 4), QPointF(end.x() - 7, end.y() + 4)])
        )


def paint_gutter(
    painter: QPainter,
    layout: TimelineLayout,
    state: RoadmapState,
    fonts: Fonts,
    top: float,
    bottom: float,
) -> None:
    """The left column: lane names and item titles (content y; x fixed at 0)."""
    colours = style.now()  # once per paint: each style.X reads the palette
    painter.fillRect(QRectF(0, top, GUTTER_W, bottom - top), colours.HEADER_BACKGROUND)
    for index in layout.rows_in(top, bottom):
        row = layout.rows[index]
        if row.kind == "lane" and row.lane is not None:
            painter.fillRect(QRectF(0, row.y, GUTTER_W, row.h), colours.CELL_BACKGROUND)
            painter.fillRect(QRectF(0, row.y + 5, 5, row.h - 10), style.lane_color(row.lane.color))
            painter.setFont(fonts.lane)
            painter.setPen(colours.TEXT)
            painter.drawText(
                QRectF(14, row.y, GUTTER_W - 20, row.h),
                Qt.AlignmentFlag.AlignVCenter,
                fonts.title_metrics.elidedText(
                    row.label, Qt.TextElideMode.ElideRight, GUTTER_W - 20
                ),
            )
        elif row.kind == "undated-header":
            painter.fillRect(QRectF(0, row.y, GUTTER_W, row.h), colours.UNDATED_BAND)
            painter.setFont(fonts.small_bold)
            painter.setPen(colours.UNDATED_TEXT)
            painter.drawText(
                QRectF(14, row.y, GUTTER_W - 16, row.h),
                Qt.AlignmentFlag.AlignVCenter,
                row.label.split(":")[0],
            )
        elif row.item is not None:
            item = row.item
            if item.id in state.selection:
                painter.fillRect(QRectF(0, row.y, GUTTER_W, row.h), colours.SELECTED_ROW)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.status(item.status))
            painter.drawEllipse(QRectF(16, row.y + row.h / 2 - 4, 8, 8))
            painter.setFont(fonts.text)
            painter.setPen(colours.TEXT)
            painter.drawText(
                QRectF(30, row.y, GUTTER_W - 36, row.h),
                Qt.AlignmentFlag.AlignVCenter,
                fonts.text_metrics.elidedText(
                    item.title, Qt.TextElideMode.ElideRight, GUTTER_W - 36
                ),
            )
    painter.setPen(QPen(colours.GRID_LINE, 1))
    painter.drawLine(QPointF(GUTTER_W - 0.5, top), QPointF(GUTTER_W - 0.5, bottom))


def paint_header(
    painter: QPainter, layout: TimelineLayout, fonts: Fonts, left: float, right: float
) -> None:
    """The two-band calendar header (content x; y fixed at 0)."""
    colours = style.now()  # once per paint: each style.X reads the palette
    painter.fillRect(QRectF(left, 0, right - left, HEADER_H), colours.HEADER_BACKGROUND)
    half = HEADER_H / 2
    for band, y, font in (
        (layout.bands, 0.0, fonts.small_bold),
        (layout.periods, half, fonts.small),
    ):
        painter.setFont(font)
        for period in band:
            x0, x1 = (
                layout.x_of(max(period.start, layout.origin)),
                layout.x_of(min(period.end, layout.end)),
            )
            if x1 < left or x0 > right:
                continue
            painter.setPen(QPen(colours.GRID_LINE, 1))
            painter.drawLine(QPointF(x0, y), QPointF(x0, y + half))
            painter.setPen(colours.TEXT if y == 0 else colours.MUTED_TEXT)
            label = (
                period.label if y == 0 or layout.unit == "quarter" else period.label.split(" ")[0]
            )
            painter.drawText(
                QRectF(x0 + 6, y, max(0.0, x1 - x0 - 8), half), Qt.AlignmentFlag.AlignVCenter, label
            )
    painter.setPen(QPen(colours.GRID_LINE, 1))
    painter.drawLine(QPointF(left, half), QPointF(right, half))
    painter.drawLine(QPointF(left, HEADER_H - 0.5), QPointF(right, HEADER_H - 0.5))
    if layout.today is not None and layout.origin <= layout.today < layout.end:
        x = layout.x_of(layout.today) + layout.px_per_day / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.TODAY)
        painter.drawPolygon(
            QPolygonF(
                [QPointF(x - 5, HEADER_H - 7), QPointF(x + 5, HEADER_H - 7), QPointF(x, HEADER_H)]
            )
        )


def paint_corner(painter: QPainter, layout: TimelineLayout, fonts: Fonts) -> None:
    """Top-left: the scale, and a legend of the forecast marker."""
    colours = style.now()  # once per paint: each style.X reads the palette
    painter.fillRect(QRectF(0, 0, GUTTER_W, HEADER_H), colours.HEADER_BACKGROUND)
    painter.setFont(fonts.small_bold)
    painter.setPen(colours.MUTED_TEXT)
    unit = (
        translate("RoadmapWorkspace", "Months")
        if layout.unit == "month"
        else translate("RoadmapWorkspace", "Quarters")
    )
    month = QLocale().monthName(layout.fy_start_month, QLocale.FormatType.ShortFormat)
    fy = (
        ""
        if layout.fy_start_month == 1
        else " · " + translate("RoadmapWorkspace", "FY starts %1").replace("%1", month)
    )
    painter.drawText(QRectF(14, 4, GUTTER_W - 20, 18), Qt.AlignmentFlag.AlignVCenter, f"{unit}{fy}")
    painter.setFont(fonts.small)
    x, y = 19.0, HEADER_H - 17
    for color, label in (
        (colours.FORECAST, translate("RoadmapTimeline", "forecast")),
        (colours.SLIP, translate("RoadmapTimeline", "slipping")),
    ):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygonF([QPointF(x, y + 2), QPointF(x + 5, y + 9), QPointF(x - 5, y + 9)])
        )
        painter.setPen(colours.MUTED_TEXT)
        painter.drawText(QRectF(x + 8, y, 70, 12), Qt.AlignmentFlag.AlignVCenter, label)
        x += 82
    painter.setPen(QPen(colours.GRID_LINE, 1))
    painter.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(GUTTER_W, HEADER_H - 0.5))
    painter.drawLine(QPointF(GUTTER_W - 0.5, 0), QPointF(GUTTER_W - 0.5, HEADER_H))


def span_after_drag(span: tuple[date, date], zone: str, days: int) -> tuple[date, date]:
    """The new (start, end) after dragging a bar's body or one of its edges by ``days``."""
    start, end = span
    shift = timedelta(days=days)
    if zone == "move":
        return start + shift, end + shift
    if zone == "start":
        return min(start + shift, end), end
    return start, max(end + shift, start)
