"""The strategy canvas picture: factors along x, levels 0..10 up y, one value curve per offering.

``StrategyLayout`` places everything for a rectangle (so the widget's hit tests and the paint
agree) and ``paint_strategy`` draws it onto any QPainter: the widget, a QImage, a PDF, an SVG
or a printer page.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from pmdesk.core import canvas
from pmdesk.core.canvas import Gap
from pmdesk.core.entities import CanvasFactor, CanvasOffering
from pmdesk.core.plandata import PlanData
from pmdesk.core.translation import translate
from pmdesk.ui.workspaces.canvas import style
from pmdesk.ui.workspaces.canvas.style import Fonts

AXIS_W = 64.0
MARGIN = 20.0
MARKER_R = 5.0
OWN_MARKER_R = 6.5


@dataclass
class Overlay:
    """What only the screen shows: selection and a point being dragged."""

    factor_id: int | None = None
    offering_id: int | None = None
    drag: tuple[int, int, float] | None = None  # (factor, offering, level shown)
    hover: tuple[int, int] | None = None
    insert_at: int | None = None  # a factor label being dragged: the gap it would drop into


@dataclass
class StrategyLayout:
    rect: QRectF
    fonts: Fonts
    factors: list[CanvasFactor] = field(default_factory=list)
    offerings: list[CanvasOffering] = field(default_factory=list)
    levels: dict[tuple[int, int], float] = field(default_factory=dict)  # (factor, offering)
    title: str = ""

    def __post_init__(self) -> None:
        self.title = self.title or translate("Canvas", "Strategy canvas")
        fonts = self.fonts
        self.own = next((o for o in self.offerings if o.own), None)
        line = fonts.text_metrics.height()
        self.header = QRectF(
            self.rect.left() + MARGIN,
            self.rect.top() + 12,
            self.rect.width() - 2 * MARGIN,
            fonts.title_metrics.height() + 4,
        )
        self.legend_items = self._place_legend()
        legend_bottom = max(
            (r.bottom() for r, _ in self.legend_items), default=self.header.bottom()
        )
        label_h = 2 * line + fonts.small_metrics.height() + 22
        top = max(self.header.bottom() + 18, legend_bottom) + 24  # room for the subtitle
        self.plot = QRectF(
            self.rect.left() + MARGIN + AXIS_W,
            top,
            max(40.0, self.rect.width() - 2 * MARGIN - AXIS_W),
            max(60.0, self.rect.bottom() - MARGIN - label_h - top),
        )
        n = max(1, len(self.factors))
        self.column_w = self.plot.width() / n
        self.label_rects = {
            f.id: QRectF(
                self.x_of(i) - self.column_w / 2 + 4,
                self.plot.bottom() + 10,
                self.column_w - 8,
                2 * line + 2,
            )
            for i, f in enumerate(self.factors)
        }
        self.errc_rects = {
            f.id: QRectF(
                self.x_of(i) - self.column_w / 2 + 4,
                self.plot.bottom() + 14 + 2 * line,
                self.column_w - 8,
                fonts.small_metrics.height() + 4,
            )
            for i, f in enumerate(self.factors)
        }

    def _place_legend(self) -> list[tuple[QRectF, CanvasOffering]]:
        """Legend entries right-aligned on the title's line (wrapping leftwards onto more lines)."""
        fonts = self.fonts
        entries: list[tuple[float, CanvasOffering]] = []
        for offering in self.offerings:
            metrics = fonts.bold_metrics if offering.own else fonts.text_metrics
            text = canvas.own_name(offering)
            entries.append((metrics.horizontalAdvance(text) + 40, offering))
        title_w = fonts.title_metrics.horizontalAdvance(self.title) + 40
        available = self.header.width() - title_w
        rows: list[list[tuple[float, CanvasOffering]]] = [[]]
        width = 0.0
        for entry in entries:
            if rows[-1] and width + entry[0] > available:
                rows.append([])
                width = 0.0
            rows[-1].append(entry)
            width += entry[0]
        placed: list[tuple[QRectF, CanvasOffering]] = []
        h = fonts.text_metrics.height() + 6
        for r, row in enumerate(rows):
            x = self.header.right() - sum(w for w, _ in row)
            for w, offering in row:
                placed.append((QRectF(x, self.header.top() + r * h, w, h), offering))
                x += w
        return placed

    def x_of(self, index: int) -> float:
        return self.plot.left() + (index + 0.5) * self.column_w

    def y_of(self, level: float) -> float:
        return self.plot.bottom() - level / canvas.LEVEL_MAX * self.plot.height()

    def level_at(self, y: float) -> float:
        return (self.plot.bottom() - y) / self.plot.height() * canvas.LEVEL_MAX

    def point(self, factor_index: int, level: float) -> QPointF:
        return QPointF(self.x_of(factor_index), self.y_of(level))

    def paint_order(self) -> list[CanvasOffering]:
        """Competitors first, our own curve last (on top)."""
        return [o for o in self.offerings if not o.own] + [o for o in self.offerings if o.own]

    def hit_point(self, pos: QPointF, radius: float = 10.0) -> tuple[int, int] | None:
        """The (factor, offering) marker under ``pos``: the nearest, the top-most on ties."""
        best: tuple[int, int] | None = None
        best_d = radius * radius
        for offering in reversed(self.paint_order()):
            for index, factor in enumerate(self.factors):
                level = self.levels.get((factor.id, offering.id))
                if level is None:
                    continue
                p = self.point(index, level)
                d = (p.x() - pos.x()) ** 2 + (p.y() - pos.y()) ** 2
                if d < best_d:
                    best, best_d = (factor.id, offering.id), d
        return best

    def factor_label_at(self, pos: QPointF) -> int | None:
        for factor_id, rect in self.label_rects.items():
            if rect.adjusted(0, -4, 0, self.errc_rects[factor_id].height() + 6).contains(pos):
                return factor_id
        return None

    def factor_column_at(self, pos: QPointF) -> int | None:
        """The factor whose column (plot and label) holds ``pos``."""
        if not (self.plot.left() <= pos.x() < self.plot.right()) or pos.y() < self.plot.top():
            return None
        index = int((pos.x() - self.plot.left()) / self.column_w)
        return self.factors[index].id if 0 <= index < len(self.factors) else None

    def legend_at(self, pos: QPointF) -> int | None:
        return next((o.id for rect, o in self.legend_items if rect.contains(pos)), None)

    def insert_index_at(self, x: float) -> int:
        """Where a factor dropped at ``x`` goes on the axis."""
        return max(0, min(len(self.factors), round((x - self.plot.left()) / self.column_w)))


def paint_strategy(
    painter: QPainter,
    layout: StrategyLayout,
    overlay: Overlay | None = None,
    gaps_text: str = "",
    gaps: dict[int, Gap] | None = None,
) -> None:
    """``gaps`` (competitor id -> core.canvas.Gap): with a competitor selected, its largest gap
    to our curve is marked."""
    overlay = overlay or Overlay()
    fonts = layout.fonts
    plot = layout.plot
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(layout.rect, style.BACKGROUND)

    # Title and legend.
    painter.setFont(fonts.title)
    painter.setPen(style.TEXT)
    painter.drawText(
        layout.header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, layout.title
    )
    if gaps_text:
        painter.setFont(fonts.small)
        painter.setPen(style.MUTED_TEXT)
        sub = QRectF(layout.header.left(), layout.header.bottom(), layout.header.width() * 0.62, 18)
        painter.drawText(
            sub,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fonts.small_metrics.elidedText(gaps_text, Qt.TextElideMode.ElideRight, sub.width()),
        )
    for rect, offering in layout.legend_items:
        _legend_entry(painter, rect, offering, fonts, offering.id == overlay.offering_id)

    # Factor columns: alternate bands, the selected one highlighted.
    for index, factor in enumerate(layout.factors):
        column = QRectF(
            plot.left() + index * layout.column_w, plot.top(), layout.column_w, plot.height()
        )
        if factor.id == overlay.factor_id:
            painter.fillRect(column, style.SELECTION_FILL)
        elif index % 2:
            painter.fillRect(column, style.BAND)

    # Level grid and axis.
    painter.setFont(fonts.small)
    for level in range(0, 11):
        y = layout.y_of(level)
        painter.setPen(QPen(style.AXIS if level == 0 else style.GRID_LINE, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if level % 2 == 0:
            painter.setPen(style.MUTED_TEXT)
            painter.drawText(
                QRectF(plot.left() - 34, y - 9, 26, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(level),
            )
    painter.save()
    painter.translate(plot.left() - 46, plot.center().y())
    painter.rotate(-90)
    painter.setPen(style.MUTED_TEXT)
    axis_title = translate("Canvas", "Offering level  (0 low · 10 high)")
    if fonts.small_metrics.horizontalAdvance(axis_title) > plot.height():
        axis_title = translate("Canvas", "Level")
    painter.drawText(
        QRectF(-plot.height() / 2, -10, plot.height(), 20), Qt.AlignmentFlag.AlignCenter, axis_title
    )
    painter.restore()

    # Factor labels with their ERRC action.
    for factor in layout.factors:
        rect = layout.label_rects[factor.id]
        painter.setFont(fonts.bold if factor.id == overlay.factor_id else fonts.text)
        painter.setPen(style.SELECTION if factor.id == overlay.factor_id else style.TEXT)
        metrics = fonts.bold_metrics if factor.id == overlay.factor_id else fonts.text_metrics
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            _fit_two_lines(factor.name or translate("Canvas", "(unnamed)"), metrics, rect.width()),
        )
        if factor.errc in canvas.ERRC_ACTIONS:
            _errc_pill(painter, layout.errc_rects[factor.id], factor.errc, fonts)
    if not layout.factors:
        painter.setFont(fonts.heading)
        painter.setPen(style.MUTED_TEXT)
        painter.drawText(
            plot,
            Qt.AlignmentFlag.AlignCenter,
            translate("Canvas", "No factors yet: add the factors your industry competes on."),
        )

    # Value curves, the own one last and strongest.
    for offering in layout.paint_order():
        color = style.offering_color(offering.color)
        selected = offering.id == overlay.offering_id
        width = 3.4 if offering.own else 2.0
        if selected:
            width += 1.2
        path = QPainterPath()
        points: list[QPointF | None] = []
        for index, factor in enumerate(layout.factors):
            shown = layout.levels.get((factor.id, offering.id))
            if overlay.drag and overlay.drag[:2] == (factor.id, offering.id):
                shown = overlay.drag[2]
            if shown is None:
                points.append(None)
                continue
            points.append(layout.point(index, shown))
        started = False
        for p in points:
            if p is None:  # a missing level breaks the curve rather than inventing one
                started = False
                continue
            if started:
                path.lineTo(p)
            else:
                path.moveTo(p)
                started = True
        line_color = style.tint(color, 255 if offering.own or selected else 215)
        painter.setPen(
            QPen(
                line_color,
                width,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        radius = OWN_MARKER_R if offering.own else MARKER_R
        for index, p in enumerate(points):
            if p is None:
                continue
            key = (layout.factors[index].id, offering.id)
            r = radius + (
                1.5 if overlay.hover == key or (overlay.drag and overlay.drag[:2] == key) else 0
            )
            painter.setPen(QPen(style.BACKGROUND, 1.6))
            painter.setBrush(color)
            if offering.own:
                painter.drawEllipse(p, r, r)
            else:
                painter.drawRect(QRectF(p.x() - r * 0.85, p.y() - r * 0.85, r * 1.7, r * 1.7))
    gap = (gaps or {}).get(overlay.offering_id) if overlay.offering_id is not None else None
    if gap is not None and overlay.drag is None:
        _gap_mark(painter, layout, gap)
    if overlay.insert_at is not None:
        x = plot.left() + overlay.insert_at * layout.column_w
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SELECTION)
        painter.drawRoundedRect(
            QRectF(x - 2, plot.top(), 4, plot.height() + 12 + 2 * fonts.text_metrics.height()), 2, 2
        )
    if overlay.drag:
        factor_id, _offering_id, dragged = overlay.drag
        dragged_at = next((i for i, f in enumerate(layout.factors) if f.id == factor_id), None)
        if dragged_at is not None:
            p = layout.point(dragged_at, dragged)
            tip = QRectF(p.x() + 10, p.y() - 24, 40, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.TEXT)
            painter.drawRoundedRect(tip, 4, 4)
            painter.setFont(fonts.small_bold)
            painter.setPen(style.BACKGROUND)
            painter.drawText(tip, Qt.AlignmentFlag.AlignCenter, f"{dragged:g}")
    painter.restore()


def _gap_mark(painter: QPainter, layout: StrategyLayout, gap: Gap) -> None:
    """A bracket between our level and the competitor's where the curves are farthest apart."""
    index = next((i for i, f in enumerate(layout.factors) if f.id == gap.factor_id), None)
    if index is None:
        return
    x = layout.x_of(index) + layout.column_w * 0.22
    top, bottom = sorted((layout.y_of(gap.own_level), layout.y_of(gap.their_level)))
    painter.setPen(QPen(style.TEXT, 1.3, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x, top), QPointF(x, bottom))
    painter.setPen(QPen(style.TEXT, 1.3))
    for y in (top, bottom):
        painter.drawLine(QPointF(x - 5, y), QPointF(x + 5, y))
    label = f"{gap.difference:+g}"
    fonts = layout.fonts
    width = fonts.small_bold_metrics.horizontalAdvance(label) + 12
    tag = QRectF(x + 8, (top + bottom) / 2 - 10, width, 20)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.TEXT)
    painter.drawRoundedRect(tag, 4, 4)
    painter.setFont(fonts.small_bold)
    painter.setPen(style.BACKGROUND)
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, label)


def _fit_two_lines(text: str, metrics: QFontMetricsF, width: float) -> str:
    """Word-wrapped text that keeps to two lines (the second elided)."""
    words, current = text.split(), ""
    lines: list[str] = []
    for word in words:
        trial = f"{current} {word}".strip()
        if metrics.horizontalAdvance(trial) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return "\n".join(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines)


def _errc_pill(painter: QPainter, rect: QRectF, action: str, fonts: Fonts) -> None:
    label = canvas.ERRC_LABELS[action]
    width = fonts.small_bold_metrics.horizontalAdvance(label) + 14
    pill = QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())
    color = style.errc_color(action)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.tint(color, 38))
    painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
    painter.setPen(color.darker(125))
    painter.setFont(fonts.small_bold)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)


def _legend_entry(
    painter: QPainter, rect: QRectF, offering: CanvasOffering, fonts: Fonts, selected: bool
) -> None:
    color = style.offering_color(offering.color)
    y = rect.center().y()
    if selected:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.SELECTION_FILL)
        painter.drawRoundedRect(rect.adjusted(-4, 0, -6, 0), 4, 4)
    painter.setPen(QPen(color, 3.4 if offering.own else 2.0))
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left() + 24, y))
    painter.setPen(QPen(style.BACKGROUND, 1.4))
    painter.setBrush(color)
    if offering.own:
        painter.drawEllipse(QPointF(rect.left() + 12, y), OWN_MARKER_R, OWN_MARKER_R)
    else:
        painter.drawRect(QRectF(rect.left() + 12 - 4.2, y - 4.2, 8.4, 8.4))
    painter.setFont(fonts.bold if offering.own else fonts.text)
    painter.setPen(style.TEXT)
    painter.drawText(
        QRectF(rect.left() + 30, rect.top(), rect.width() - 30, rect.height()),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        canvas.own_name(offering),
    )


def gaps_sentence(data: PlanData) -> str:
    """ "Differs most from Spreadsheet on Scheduling depth (+7) · ..." for the chart's subtitle."""
    gaps = canvas.largest_gaps(data)
    parts = []
    for competitor_id, gap in gaps.items():
        name = data.canvas_offerings[competitor_id].name
        factor = data.canvas_factors[gap.factor_id].name
        parts.append(f"{name}: {factor} ({gap.difference:+g})")
    return (
        translate("Canvas", "Where we differ most — %1").replace("%1", " · ".join(parts))
        if parts
        else ""
    )
