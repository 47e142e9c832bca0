"""Paints the board: horizon header, lane rows, cells and cards.

The same code paints the widget (only the clip rectangle's cards), a PNG, a PDF page and an
SVG (the whole board), so the screen and the exports never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from pmdesk.core.durationtext import days_text
from pmdesk.core.entities import Horizon, RoadmapItem
from pmdesk.core.roadmap import HORIZON_LABELS, STATUS_LABELS
from pmdesk.core.scoring import FRAMEWORK_LABELS, format_score
from pmdesk.core.translation import QT_TRANSLATE_NOOP, TranslatedLabels, english_plural, translate
from pmdesk.ui.workspaces.roadmap import style
from pmdesk.ui.workspaces.roadmap.board_layout import HEADER_H, LANE_HEADER_W, BoardLayout, LaneRow
from pmdesk.ui.workspaces.roadmap.state import RoadmapState

# Paints one card: (painter, rect, item, selected, current, faded).
CardPainter = Callable[[QPainter, QRectF, RoadmapItem, bool, bool, bool], None]

HORIZON_HINTS = TranslatedLabels(
    "RoadmapBoard",
    {
        Horizon.NOW: QT_TRANSLATE_NOOP("RoadmapBoard", "committed, in delivery"),
        Horizon.NEXT: QT_TRANSLATE_NOOP("RoadmapBoard", "shaping, coming up"),
        Horizon.LATER: QT_TRANSLATE_NOOP("RoadmapBoard", "ideas and bets"),
        Horizon.PARKED: QT_TRANSLATE_NOOP("RoadmapBoard", "not planned"),
    },
)


class Fonts:
    """The fonts of one painting, derived from the widget's font (kept so paint is cheap)."""

    def __init__(self, base: QFont) -> None:
        self.title = style.font(base, 0.5, bold=True)
        self.text = style.font(base, -0.5)
        self.small = style.font(base, -1.5)
        self.small_bold = style.font(base, -1.5, bold=True)
        self.header = style.font(base, 2.0, bold=True)
        self.lane = style.font(base, 0.5, bold=True)
        self.title_metrics = QFontMetricsF(self.title)
        self.text_metrics = QFontMetricsF(self.text)
        self.small_metrics = QFontMetricsF(self.small)
        self.small_bold_metrics = QFontMetricsF(self.small_bold)
        self.header_metrics = QFontMetricsF(self.header)


def short_date(value: date) -> str:
    """ "1 Apr 2027", the month in the interface language ("1 Apr 2027" in Indonesian too)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def _card_date(value: date) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), "dd MMM yy")


def paint_board(
    painter: QPainter,
    layout: BoardLayout,
    state: RoadmapState,
    fonts: Fonts,
    clip: QRectF,
    faded: frozenset[int] = frozenset(),
    hover_cell: tuple[int, int] | None = None,
    draw_card: CardPainter | None = None,
) -> None:
    """Paint the lane rows and cards that meet ``clip`` (content coordinates), header excluded.

    ``draw_card(painter, rect, item, selected, current, faded)`` replaces paint_card (the
    widget passes a cached version; exports paint every card as vectors).
    """
    colours = style.now()  # once per paint, not per cell and row
    draw_card = draw_card or (
        lambda p, r, it, sel, cur, fad: paint_card(p, r, it, state, fonts, sel, cur, fad)
    )
    painter.fillRect(clip, colours.BACKGROUND)
    selection = set(state.selection)
    parked, cell_background, grid_line = (
        colours.PARKED_BACKGROUND,
        colours.CELL_BACKGROUND,
        colours.GRID_LINE,
    )
    for r in layout.rows_in(clip.top(), clip.bottom()):
        row = layout.rows[r]
        _paint_lane_header(painter, row, fonts, layout, state, colours)
        for c, col in enumerate(layout.columns):
            cell = layout.cell_rect(r, c).adjusted(3, 3, -3, -3)
            if not cell.intersects(clip):
                continue
            background = parked if col.horizon == Horizon.PARKED else cell_background
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(background)
            # A cell can be thousands of pixels tall: rasterising its whole rounded outline costs
            # far more than the cards. Draw only the part near the clip; its cut ends (and their
            # rounding) fall outside the clip.
            painter.drawRoundedRect(cell.intersected(clip.adjusted(-10, -10, 10, 10)), 6, 6)
            items = layout.cell_items(r, c)
            for index in layout.visible_indexes(r, c, clip.top(), clip.bottom()):
                item = items[index]
                rect = layout.card_rect(r, c, index)
                draw_card(
                    painter,
                    rect,
                    item,
                    item.id in selection,
                    item.id == state.current,
                    item.id in faded,
                )
            if hover_cell == (r, c):
                hint = QRectF(cell.left() + 8, cell.bottom() - 28, cell.width() - 16, 22)
                painter.setPen(colours.MUTED_TEXT)
                painter.setFont(fonts.small)
                painter.drawText(hint, Qt.AlignmentFlag.AlignCenter, "+ double-click to add a card")
        painter.setPen(QPen(grid_line, 1))
        painter.drawLine(QPointF(0, row.y + row.h), QPointF(layout.width, row.y + row.h))
    if not layout.rows:
        painter.setPen(colours.MUTED_TEXT)
        painter.setFont(fonts.lane)
        painter.drawText(
            QRectF(0, HEADER_H + 20, layout.width, 40),
            Qt.AlignmentFlag.AlignCenter,
            "No lanes yet: add a lane (a theme, goal or team) to start the roadmap.",
        )


def _paint_lane_header(
    painter: QPainter,
    row: LaneRow,
    fonts: Fonts,
    layout: BoardLayout,
    state: RoadmapState,
    colours: style.Colours,
) -> None:
    rect = QRectF(0, row.y, LANE_HEADER_W, row.h)
    painter.fillRect(rect, colours.HEADER_BACKGROUND)
    color = style.lane_color(row.lane.color) if row.key is not None else colours.UNKNOWN_STATUS
    painter.fillRect(QRectF(0, row.y + 6, 5, row.h - 12), color)
    painter.setPen(colours.TEXT if row.key is not None else colours.MUTED_TEXT)
    painter.setFont(fonts.lane)
    text_rect = QRectF(16, row.y + 12, LANE_HEADER_W - 24, row.h - 24)
    painter.drawText(
        text_rect,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        row.lane.name,
    )
    shown = sum(len(layout.grid.get((row.key, col.horizon), ())) for col in layout.columns)
    total = sum(len(state.full_grid.get((row.key, col.horizon), ())) for col in layout.columns)
    count = (
        english_plural(translate("RoadmapBoard", "%n card(s)", None, shown), shown)
        if total == shown
        else english_plural(
            translate("RoadmapBoard", "%n card(s) of %1", None, shown), shown
        ).replace("%1", str(total))
    )
    painter.setFont(fonts.small)
    painter.setPen(colours.MUTED_TEXT)
    painter.drawText(
        QRectF(16, row.y + row.h - 26, LANE_HEADER_W - 24, 16), Qt.AlignmentFlag.AlignLeft, count
    )


def paint_header(painter: QPainter, layout: BoardLayout, state: RoadmapState, fonts: Fonts) -> None:
    """The horizon titles along the top (content y 0..HEADER_H)."""
    colours = style.now()
    painter.fillRect(QRectF(0, 0, layout.width, HEADER_H), colours.HEADER_BACKGROUND)
    muted, text = colours.MUTED_TEXT, colours.TEXT
    painter.setPen(muted)
    painter.setFont(fonts.small_bold)
    painter.drawText(
        QRectF(16, 0, LANE_HEADER_W - 16, HEADER_H),
        Qt.AlignmentFlag.AlignVCenter,
        QCoreApplication.translate("RoadmapBoard", "LANES"),
    )
    for col in layout.columns:
        count = sum(len(layout.grid.get((row.key, col.horizon), ())) for row in layout.rows)
        painter.setFont(fonts.header)
        painter.setPen(muted if col.horizon == Horizon.PARKED else text)
        title_rect = QRectF(col.x + 12, 4, col.w - 24, 22)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            HORIZON_LABELS[col.horizon],
        )
        title_w = fonts.header_metrics.horizontalAdvance(HORIZON_LABELS[col.horizon])
        painter.setFont(fonts.small)
        painter.setPen(muted)
        painter.drawText(
            QRectF(col.x + 12 + title_w + 8, 4, col.w, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            f"{count}",
        )
        painter.drawText(
            QRectF(col.x + 12, 24, col.w - 24, 16),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            HORIZON_HINTS[col.horizon],
        )
    painter.setPen(QPen(colours.GRID_LINE, 1))
    painter.drawLine(QPointF(0, HEADER_H - 0.5), QPointF(layout.width, HEADER_H - 0.5))


def _pill(
    painter: QPainter, rect: QRectF, fill: QColor, text: str, font: QFont, color: QColor
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(color)
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _flag(painter: QPainter, x: float, y: float, color: QColor) -> None:
    painter.setPen(QPen(color, 1.4))
    painter.drawLine(QPointF(x, y), QPointF(x, y + 11))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawPolygon(QPolygonF([QPointF(x, y), QPointF(x + 8, y + 3), QPointF(x, y + 6.5)]))


def warning_triangle(
    painter: QPainter, x: float, y: float, size: float = 12.0, colours: style.Colours | None = None
) -> None:
    colours = colours or style.now()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.WARNING)
    painter.drawPolygon(
        QPolygonF([QPointF(x + size / 2, y), QPointF(x + size, y + size), QPointF(x, y + size)])
    )
    painter.setPen(QPen(colours.ON_ACCENT, 1.6))
    painter.drawLine(QPointF(x + size / 2, y + size * 0.35), QPointF(x + size / 2, y + size * 0.68))
    painter.drawPoint(QPointF(x + size / 2, y + size * 0.84))


def score_badge_text(item: RoadmapItem, value: float | None) -> str:
    name = (
        "V/E"
        if item.framework.upper() == "VALUE_EFFORT"
        else FRAMEWORK_LABELS.get(item.framework.upper(), item.framework)
    )
    if item.framework.upper() == "CUSTOM":
        name = "Score"
    return f"{name} {format_score(value)}"


def paint_card(
    painter: QPainter,
    rect: QRectF,
    item: RoadmapItem,
    state: RoadmapState,
    fonts: Fonts,
    selected: bool = False,
    current: bool = False,
    faded: bool = False,
) -> None:
    colours = style.now()  # once per card: it paints ~17 colours
    painter.save()
    if faded:
        painter.setOpacity(0.35)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.CARD_SHADOW)
    painter.drawRoundedRect(rect.translated(0, 1.5), 6, 6)
    painter.setBrush(colours.CARD_BACKGROUND)
    border = QPen(colours.SELECTION, 2.2) if selected else QPen(colours.CARD_BORDER, 1)
    painter.setPen(border)
    painter.drawRoundedRect(rect, 6, 6)
    # Status stripe on the left edge.
    stripe = QPainterPath()
    stripe.addRoundedRect(QRectF(rect.left() + 1, rect.top() + 1, 10, rect.height() - 2), 5, 5)
    clip_path = QPainterPath()
    clip_path.addRect(QRectF(rect.left() + 1, rect.top() + 1, 5, rect.height() - 2))
    painter.fillPath(stripe.intersected(clip_path), colours.status(item.status))

    left = rect.left() + 14
    right = rect.right() - 10
    # Row 1: title, warning, score badge.
    value = state.scores.get(item.id)
    badge = score_badge_text(item, value)
    badge_w = fonts.small_bold_metrics.horizontalAdvance(badge) + 14
    badge_rect = QRectF(right - badge_w, rect.top() + 9, badge_w, 18)
    if value is None:
        _pill(painter, badge_rect, colours.BADGE_UNSCORED, badge, fonts.small_bold, colours.TEXT)
    else:
        _pill(
            painter,
            badge_rect,
            colours.BADGE_BACKGROUND,
            badge,
            fonts.small_bold,
            colours.ON_ACCENT,
        )
    title_right = badge_rect.left() - 8
    if state.warnings.get(item.id):
        warning_triangle(painter, title_right - 13, rect.top() + 11, colours=colours)
        title_right -= 18
    painter.setFont(fonts.title)
    painter.setPen(colours.TEXT)
    title = fonts.title_metrics.elidedText(
        item.title or "(untitled)", Qt.TextElideMode.ElideRight, max(10.0, title_right - left)
    )
    painter.drawText(
        QRectF(left, rect.top() + 8, title_right - left, 20),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        title,
    )

    # Row 2: status, then tags.
    y2 = rect.top() + 34
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.status(item.status))
    painter.drawEllipse(QRectF(left, y2 + 4, 8, 8))
    status = STATUS_LABELS.get(item.status) or item.status
    painter.setFont(fonts.small)
    painter.setPen(colours.MUTED_TEXT)
    status_w = fonts.small_metrics.horizontalAdvance(status)
    painter.drawText(QRectF(left + 12, y2, status_w + 2, 16), Qt.AlignmentFlag.AlignVCenter, status)
    x = left + 12 + status_w + 10
    for n, tag in enumerate(item.tags):
        tag_w = fonts.small_metrics.horizontalAdvance(tag) + 12
        rest = len(item.tags) - n
        if x + tag_w > right - (28 if rest > 1 else 0):
            _pill(
                painter,
                QRectF(x, y2, 26, 16),
                colours.TAG_BACKGROUND,
                f"+{rest}",
                fonts.small,
                colours.TAG_TEXT,
            )
            break
        _pill(
            painter,
            QRectF(x, y2, tag_w, 16),
            colours.TAG_BACKGROUND,
            tag,
            fonts.small,
            colours.TAG_TEXT,
        )
        x += tag_w + 4

    # Row 3: delivery (progress, forecast, slip) or the target dates.
    y3 = rect.bottom() - 28
    forecast = state.forecast(item.id)
    painter.setFont(fonts.small)
    if forecast.finish is not None:
        percent = max(0.0, min(100.0, forecast.percent_complete or 0.0))
        track = QRectF(left, y3 + 8, 56, 6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.PROGRESS_TRACK)
        painter.drawRoundedRect(track, 3, 3)
        if percent > 0:
            painter.setBrush(colours.PROGRESS_FILL)
            painter.drawRoundedRect(
                QRectF(track.left(), track.top(), track.width() * percent / 100, 6), 3, 3
            )
        painter.setPen(colours.SLIP if forecast.slipping or forecast.overdue else colours.TEXT)
        text = f"{percent:.0f}%  ·  " + QCoreApplication.translate(
            "RoadmapBoard", "forecast %1"
        ).replace("%1", _card_date(forecast.finish))
        risk = state.risk_forecasts.get(item.id)
        if forecast.overdue:  # a forecast in the past would read as done: say it is not
            text = f"{percent:.0f}%  ·  " + QCoreApplication.translate(
                "RoadmapBoard", "overdue since %1"
            ).replace("%1", _card_date(forecast.finish))
        elif risk is not None:  # schedule risk: P80 and the chance of meeting the target
            p80, on_time = risk
            text = f"{percent:.0f}%  ·  P80 {_card_date(p80)}"
            if on_time is not None:
                text += "  ·  " + QCoreApplication.translate("RoadmapBoard", "%1% on time").replace(
                    "%1", f"{on_time * 100:.0f}"
                )
        elif item.target_end is not None and not forecast.slipping:
            text += "  ·  " + QCoreApplication.translate("RoadmapBoard", "target %1").replace(
                "%1", _card_date(item.target_end)
            )
        slip = days_text(forecast.slip_days, signed=True) if forecast.slipping else ""
        slip_w = fonts.small_bold_metrics.horizontalAdvance(slip) + 26 if slip else 0.0
        text_w = right - track.right() - 6 - slip_w - 4
        painter.drawText(
            QRectF(track.right() + 6, y3, text_w, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fonts.small_metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_w),
        )
        if forecast.slipping:
            slip_rect = QRectF(right - slip_w, y3 + 2, slip_w, 18)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(
                QColor(colours.SLIP.red(), colours.SLIP.green(), colours.SLIP.blue(), 30)
            )
            painter.drawRoundedRect(slip_rect, 9, 9)
            _flag(painter, slip_rect.left() + 8, slip_rect.top() + 3.5, colours.SLIP)
            painter.setFont(fonts.small_bold)
            painter.setPen(colours.SLIP)
            painter.drawText(slip_rect.adjusted(18, 0, -4, 0), Qt.AlignmentFlag.AlignVCenter, slip)
    else:
        painter.setPen(colours.MUTED_TEXT)
        if item.target_start or item.target_end:
            start = short_date(item.target_start) if item.target_start else "…"
            end = short_date(item.target_end) if item.target_end else "…"
            text = (
                QCoreApplication.translate("RoadmapBoard", "Target %1 – %2")
                .replace("%1", start)
                .replace("%2", end)
            )
        else:
            text = QCoreApplication.translate("RoadmapBoard", "No target dates")
        painter.drawText(
            QRectF(left, y3, right - left, 22),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fonts.small_metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - left),
        )
    if current and not selected:
        painter.setPen(QPen(colours.SELECTION, 1, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 8, 8)
    painter.restore()


def paint_drop_indicator(painter: QPainter, rect: QRectF) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(style.DROP_INDICATOR))
    painter.drawRoundedRect(rect, 2, 2)
