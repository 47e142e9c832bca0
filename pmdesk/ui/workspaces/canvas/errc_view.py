"""ErrcView: the four-actions grid on screen; drag a factor chip to another quadrant (or to the
"not decided" band) to change its action, one undo step on release."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QMenu, QWidget

from pmdesk.core import canvas
from pmdesk.core.errors import PmdeskError
from pmdesk.ui.workspaces.canvas import editing
from pmdesk.ui.workspaces.canvas.errc_painter import UNASSIGNED, ErrcLayout, paint_errc
from pmdesk.ui.workspaces.canvas.style import Fonts

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from pmdesk.core.plandata import Change
    from pmdesk.document import Document

P = ParamSpec("P")
DRAG_DISTANCE = 4


class ErrcView(QWidget):
    selectionChanged = Signal()
    errorRaised = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selected: int | None = None
        self._press: tuple[int, QPointF, QPointF] | None = None  # factor, press point, chip offset
        self._drag: tuple[int, QPointF] | None = None
        self._drop_zone: str | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(420, 300)
        document.changed.connect(self._on_changed)

    def sizeHint(self) -> QSize:
        return QSize(1000, 700)

    def layout_for(self, rect: QRectF, fonts: Fonts | None = None) -> ErrcLayout:
        return ErrcLayout(rect, fonts or Fonts(self.font()), canvas.errc_groups(self.document.data))

    def grid_layout(self) -> ErrcLayout:
        return self.layout_for(QRectF(self.rect()))

    def chip_rect(self, factor_id: int) -> QRectF:
        return self.grid_layout().chips[factor_id]

    def zone_rect(self, action: str | None) -> QRectF:
        return self.grid_layout().zones[action or UNASSIGNED]

    def render_content(self, painter: QPainter, rect: QRectF) -> None:
        """The grid for exports and printing, with page fonts (the painter is scaled)."""
        from pmdesk.printing.units import page_font

        paint_errc(
            painter, self.layout_for(rect, Fonts(page_font(self.font()))), self.document.data
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_errc(
            painter,
            self.grid_layout(),
            self.document.data,
            self.selected,
            self._drag,
            self._drop_zone,
        )
        painter.end()

    def _on_changed(self, _changes: list[Change]) -> None:
        if self.selected is not None and self.selected not in self.document.data.canvas_factors:
            self.select(None)
        self.update()

    def select(self, factor_id: int | None) -> None:
        if factor_id != self.selected:
            self.selected = factor_id
            self.update()
            self.selectionChanged.emit()

    def selection_count(self) -> int:
        return int(self.selected is not None)

    def _run(self, action: Callable[P, object], *args: P.args, **kwargs: P.kwargs) -> None:
        try:
            action(*args, **kwargs)
        except PmdeskError as exc:
            self.errorRaised.emit(str(exc))

    # -- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        pos = event.position()
        layout = self.grid_layout()
        factor_id = layout.chip_at(pos)
        self.select(factor_id)
        if factor_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (factor_id, pos, layout.chips[factor_id].topLeft() - pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.document.read_only:
            tip = None
            factor_id = self.grid_layout().chip_at(event.position())
            if factor_id is not None:
                tip = canvas.errc_findings(self.document.data).get(factor_id)
            self.setToolTip(tip or "")
            return
        factor_id, start, offset = self._press
        pos = event.position()
        if self._drag is None and (pos - start).manhattanLength() < DRAG_DISTANCE:
            return
        self._drag = (factor_id, pos + offset)
        self._drop_zone = self.grid_layout().zone_at(pos)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drag, zone = self._press, self._drag, self._drop_zone
        self._press = self._drag = self._drop_zone = None
        self.update()
        if press is None or drag is None or zone is None:
            return
        action = None if zone == UNASSIGNED else zone
        if self.document.data.canvas_factors[press[0]].errc != action:
            self._run(editing.set_errc, self.document, press[0], action)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # E / R / A / C / 0 put the selected factor in a quadrant from the keyboard.
        keys: dict[int, str | None] = {  # Qt.Key values are ints, as event.key() answers
            Qt.Key.Key_E: "eliminate",
            Qt.Key.Key_R: "reduce",
            Qt.Key.Key_A: "raise",
            Qt.Key.Key_C: "create",
            Qt.Key.Key_0: None,
        }
        if (
            self.selected is not None
            and event.key() in keys
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if self.document.data.canvas_factors[self.selected].errc != keys[event.key()]:
                self._run(editing.set_errc, self.document, self.selected, keys[event.key()])
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        factor_id = self.grid_layout().chip_at(QPointF(event.pos()))
        if factor_id is None:
            return
        self.select(factor_id)
        menu = QMenu(self)
        factor = self.document.data.canvas_factors[factor_id]
        for action in (*canvas.ERRC_ACTIONS, None):

            def set_errc(a: str | None = action) -> None:
                self._run(editing.set_errc, self.document, factor_id, a)

            entry = menu.addAction(
                canvas.ERRC_LABELS[action] if action else self.tr("Not decided"), set_errc
            )
            entry.setCheckable(True)
            entry.setChecked(factor.errc == action)
            entry.setEnabled(not self.document.read_only)
        menu.exec(event.globalPos())
