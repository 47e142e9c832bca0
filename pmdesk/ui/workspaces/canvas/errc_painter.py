"""The ERRC grid (Blue Ocean's four actions) as a picture: Eliminate and Raise on top, Reduce and
Create below, the factors not decided yet in a band underneath. Each factor is a chip showing
our level against the competitors'; a warning marks a chip whose curve contradicts its action.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from pmdesk.core import canvas
from pmdesk.core.entities import CanvasFactor, CanvasOffering
from pmdesk.core.plandata import PlanData
from pmdesk.core.translation import english_plural, translate
from pmdesk.ui.workspaces.canvas import style
from pmdesk.ui.workspaces.canvas.style import Fonts

UNASSIGNED = "unassigned"  # the zone of factors without an action (errc None)
QUADRANTS = (("eliminate", 0, 0), ("raise", 1, 0), ("reduce", 0, 1), ("create", 1, 1))
MARGIN = 20.0
GAP = 12.0
CHIP_H = 44.0
CHIP_W = 250.0


@dataclass
class ErrcLayout:
    rect: QRectF
    fonts: Fonts
    groups: dict[str | None, list[CanvasFactor]] = field(default_factory=dict)  # by action
    title: str = ""

    def __post_init__(self) -> None:
        self.title = self.title or translate(
            "Canvas", "Four actions: Eliminate · Reduce · Raise · Create"
        )
        top = self.rect.top() + 12 + self.fonts.title_metrics.height() + 14
        unassigned = self.groups.get(None, [])
        inner_w = self.rect.width() - 2 * MARGIN
        per_row = max(1, int((inner_w - 24 + GAP) // (CHIP_W + GAP)))
        band_rows = max(1, -(-len(unassigned) // per_row))
        band_h = self.fonts.heading_metrics.height() + 26 + band_rows * (CHIP_H + 8)
        grid_h = max(160.0, self.rect.bottom() - MARGIN - band_h - GAP - top)
        half_w = (inner_w - GAP) / 2
        half_h = (grid_h - GAP) / 2
        self.zones: dict[str, QRectF] = {}
        for action, column, row in QUADRANTS:
            self.zones[action] = QRectF(
                self.rect.left() + MARGIN + column * (half_w + GAP),
                top + row * (half_h + GAP),
                half_w,
                half_h,
            )
        self.zones[UNASSIGNED] = QRectF(
            self.rect.left() + MARGIN, top + grid_h + GAP, inner_w, band_h
        )
        self.chips: dict[int, QRectF] = {}
        self.overflow: dict[str, int] = {}
        for zone, factors in ((a, self.groups.get(a, [])) for a, _, _ in QUADRANTS):
            self._place(zone, factors)
        self._place(UNASSIGNED, unassigned)

    def header_height(self) -> float:
        return self.fonts.heading_metrics.height() + self.fonts.small_metrics.height() + 22

    def _place(self, zone: str, factors: list[CanvasFactor]) -> None:
        rect = self.zones[zone]
        header = (
            self.fonts.heading_metrics.height() + 18 if zone == UNASSIGNED else self.header_height()
        )
        area = QRectF(
            rect.left() + 12, rect.top() + header, rect.width() - 24, rect.height() - header - 8
        )
        columns = max(1, int((area.width() + GAP) // (CHIP_W + GAP)))
        width = min(CHIP_W * 1.3, (area.width() - (columns - 1) * GAP) / columns)
        for n, factor in enumerate(factors):
            row, column = divmod(n, columns)
            chip = QRectF(
                area.left() + column * (width + GAP), area.top() + row * (CHIP_H + 8), width, CHIP_H
            )
            if chip.bottom() > area.bottom() + 1 and zone != UNASSIGNED:
                self.overflow[zone] = len(factors) - n
                break
            self.chips[factor.id] = chip

    def chip_at(self, pos: QPointF) -> int | None:
        return next(
            (factor_id for factor_id, rect in self.chips.items() if rect.contains(pos)), None
        )

    def zone_at(self, pos: QPointF) -> str | None:
        """The action under ``pos`` (UNASSIGNED for the band), None outside every zone."""
        return next((zone for zone, rect in self.zones.items() if rect.contains(pos)), None)


def paint_errc(
    painter: QPainter,
    layout: ErrcLayout,
    data: PlanData,
    selected: int | None = None,
    drag: tuple[int, QPointF] | None = None,
    drop_zone: str | None = None,
) -> None:
    """Paint the grid; ``drag`` is (factor id, chip's top-left) while a chip is being moved."""
    fonts = layout.fonts
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(layout.rect, style.BACKGROUND)
    painter.setFont(fonts.title)
    painter.setPen(style.TEXT)
    painter.drawText(
        QRectF(
            layout.rect.left() + MARGIN,
            layout.rect.top() + 12,
            layout.rect.width() - 2 * MARGIN,
            fonts.title_metrics.height() + 4,
        ),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        layout.title,
    )
    own = canvas.own_offering(data)
    offerings = canvas.ordered_offerings(data)
    _bar_legend(painter, layout, ([own] if own else []) + [o for o in offerings if o is not own])
    level = canvas.levels(data)
    findings = canvas.errc_findings(data)
    for zone, rect in layout.zones.items():
        action = None if zone == UNASSIGNED else zone
        color = style.errc_color(action)
        painter.setPen(
            QPen(style.SELECTION, 2, Qt.PenStyle.DashLine)
            if zone == drop_zone
            else Qt.PenStyle.NoPen
        )
        painter.setBrush(
            style.DROP_FILL if zone == drop_zone else style.tint(color, 16 if action else 10)
        )
        painter.drawRoundedRect(rect, 8, 8)
        painter.fillRect(QRectF(rect.left(), rect.top() + 10, 4, rect.height() - 20), color)
        count = len(layout.groups.get(action, []))
        title = canvas.ERRC_LABELS[action] if action else translate("Canvas", "Not decided yet")
        painter.setFont(fonts.heading)
        painter.setPen(color.darker(115))
        title_rect = QRectF(
            rect.left() + 14, rect.top() + 8, rect.width() - 28, fonts.heading_metrics.height() + 2
        )
        painter.drawText(
            title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title
        )
        painter.setFont(fonts.small)
        painter.setPen(style.MUTED_TEXT)
        x = title_rect.left() + fonts.heading_metrics.horizontalAdvance(title) + 10
        painter.drawText(
            QRectF(x, title_rect.top(), 200, title_rect.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            english_plural(translate("Canvas", "%n factor(s)", None, count), count),
        )
        if action:
            question = QRectF(
                rect.left() + 14,
                title_rect.bottom() + 2,
                rect.width() - 28,
                fonts.small_metrics.height() + 2,
            )
            painter.drawText(
                question,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                fonts.small_metrics.elidedText(
                    canvas.ERRC_QUESTIONS[action], Qt.TextElideMode.ElideRight, question.width()
                ),
            )
        if layout.overflow.get(zone):
            painter.drawText(
                QRectF(rect.left() + 14, rect.bottom() - 22, rect.width() - 28, 18),
                Qt.AlignmentFlag.AlignRight,
                f"+{layout.overflow[zone]} more",
            )
        if not count and zone != drop_zone:
            painter.setPen(style.MUTED_TEXT)
            painter.drawText(
                rect.adjusted(0, layout.header_height() - 10, 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                translate("Canvas", "Drag factors here"),
            )
    factors = {f.id: f for group in layout.groups.values() for f in group}
    for factor_id, rect in layout.chips.items():
        if drag is not None and drag[0] == factor_id:
            painter.setOpacity(0.35)
        _chip(
            painter,
            rect,
            factors[factor_id],
            fonts,
            own,
            offerings,
            level,
            findings.get(factor_id),
            factor_id == selected,
        )
        painter.setOpacity(1.0)
    if drag is not None and drag[0] in layout.chips:
        rect = QRectF(drag[1], layout.chips[drag[0]].size())
        _chip(
            painter,
            rect,
            factors[drag[0]],
            fonts,
            own,
            offerings,
            level,
            findings.get(drag[0]),
            True,
        )
    painter.restore()


def _chip(
    painter: QPainter,
    rect: QRectF,
    factor: CanvasFactor,
    fonts: Fonts,
    own: CanvasOffering | None,
    offerings: list[CanvasOffering],
    level: dict[tuple[int, int], float],
    finding: str | None,
    selected: bool,
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.SHADOW)
    painter.drawRoundedRect(rect.translated(0, 1.5), 6, 6)
    painter.setBrush(style.BACKGROUND)
    painter.setPen(QPen(style.SELECTION, 2) if selected else QPen(style.CARD_BORDER, 1))
    painter.drawRoundedRect(rect, 6, 6)
    right = rect.right() - 10
    if finding:
        _warning(painter, right - 12, rect.top() + 8)
        right -= 18
    painter.setFont(fonts.bold)
    painter.setPen(style.TEXT)
    painter.drawText(
        QRectF(rect.left() + 10, rect.top() + 4, right - rect.left() - 10, 20),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        fonts.bold_metrics.elidedText(
            factor.name or translate("Canvas", "(unnamed)"),
            Qt.TextElideMode.ElideRight,
            right - rect.left() - 10,
        ),
    )
    # One small bar per offering (ours first): the level at a glance.
    ordered = ([own] if own else []) + [o for o in offerings if o is not own]
    bar_w = min(40.0, (rect.width() - 90) / max(1, len(ordered)) - 6)
    x = rect.left() + 10
    base = rect.bottom() - 6
    for offering in ordered:
        value = level.get((factor.id, offering.id))
        color = style.offering_color(offering.color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.tint(color, 45))
        painter.drawRoundedRect(QRectF(x, base - 6, bar_w, 6), 2, 2)
        if value:
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, base - 6, bar_w * value / canvas.LEVEL_MAX, 6), 2, 2)
        x += bar_w + 6
    if own is not None and level.get((factor.id, own.id)) is not None:
        painter.setFont(fonts.small)
        painter.setPen(style.MUTED_TEXT)
        painter.drawText(
            QRectF(x + 2, base - 12, rect.right() - x - 10, 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            translate("Canvas", "ours %1").replace("%1", f"{level[(factor.id, own.id)]:g}"),
        )


def _warning(painter: QPainter, x: float, y: float, size: float = 12.0) -> None:
    from PySide6.QtGui import QPolygonF

    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.WARNING)
    painter.drawPolygon(
        QPolygonF([QPointF(x + size / 2, y), QPointF(x + size, y + size), QPointF(x, y + size)])
    )
    painter.setPen(QPen(style.ON_ACCENT, 1.6))
    painter.drawLine(QPointF(x + size / 2, y + size * 0.35), QPointF(x + size / 2, y + size * 0.68))
    painter.drawPoint(QPointF(x + size / 2, y + size * 0.84))


def _bar_legend(painter: QPainter, layout: ErrcLayout, offerings: list[CanvasOffering]) -> None:
    """What the bars on each chip mean: one per offering, ours first, right-aligned by the title."""
    fonts = layout.fonts
    y = layout.rect.top() + 12
    h = fonts.title_metrics.height() + 4
    entries = [
        (
            o,
            (fonts.small_bold_metrics if o.own else fonts.small_metrics).horizontalAdvance(
                canvas.own_name(o)
            )
            + 34,
        )
        for o in offerings
    ]
    caption = translate("Canvas", "Bars: level 0–10 per offering")
    x = layout.rect.right() - MARGIN - sum(w for _, w in entries)
    painter.setFont(fonts.small)
    painter.setPen(style.MUTED_TEXT)
    caption_w = fonts.small_metrics.horizontalAdvance(caption) + 16
    painter.drawText(
        QRectF(x - caption_w, y, caption_w, h),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        caption,
    )
    for offering, width in entries:
        color = style.offering_color(offering.color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRoundedRect(QRectF(x, y + h / 2 - 3, 20, 6), 2, 2)
        painter.setFont(fonts.small_bold if offering.own else fonts.small)
        painter.setPen(style.TEXT)
        painter.drawText(
            QRectF(x + 26, y, width - 26, h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            canvas.own_name(offering),
        )
        x += width
