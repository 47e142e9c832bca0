"""StrategyView: the value curves on screen. Drag a point up or down to change a level (one undo
step on release, snapped to half levels), double-click a factor to rename it, right-click for
the factor and offering commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from pmdesk.core import canvas
from pmdesk.core.errors import PmdeskError
from pmdesk.ui.workspaces.canvas import editing
from pmdesk.ui.workspaces.canvas.strategy_painter import (
    Overlay,
    StrategyLayout,
    gaps_sentence,
    paint_strategy,
)
from pmdesk.ui.workspaces.canvas.style import Fonts

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QPaintEvent

    from pmdesk.core.plandata import Change
    from pmdesk.document import Document

P = ParamSpec("P")
R = TypeVar("R")


class StrategyView(QWidget):
    selectionChanged = Signal()
    errorRaised = Signal(str)
    addFactorRequested = Signal()
    addOfferingRequested = Signal()

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.overlay = Overlay()
        self._press: tuple[int, int] | None = None
        self._label_press: tuple[int, QPointF] | None = None  # a factor label pressed (reorder)
        self.editor: QLineEdit | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(420, 260)
        self._fonts_for: str | None = None
        self._fonts = Fonts(self.font())
        document.changed.connect(self._on_changed)

    def sizeHint(self) -> QSize:
        return QSize(1000, 520)

    # -- layout --------------------------------------------------------------------------------
    def fonts(self) -> Fonts:
        if self._fonts_for != self.font().toString():
            self._fonts = Fonts(self.font())
            self._fonts_for = self.font().toString()
        return self._fonts

    def layout_for(self, rect: QRectF, fonts: Fonts | None = None) -> StrategyLayout:
        data = self.document.data
        return StrategyLayout(
            rect,
            fonts or self.fonts(),
            canvas.ordered_factors(data),
            canvas.ordered_offerings(data),
            canvas.levels(data),
        )

    def chart_layout(self) -> StrategyLayout:
        return self.layout_for(QRectF(self.rect()))

    def render_content(self, painter: QPainter, rect: QRectF) -> None:
        """The picture without selection or drag (exports and printing)."""
        from pmdesk.printing.units import page_font

        # Page fonts: exports and printing scale the painter, a point-sized font would be
        # scaled twice on a high-resolution device.
        paint_strategy(
            painter,
            self.layout_for(rect, Fonts(page_font(self.font()))),
            None,
            gaps_sentence(self.document.data),
        )

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        data = self.document.data
        paint_strategy(
            painter,
            self.chart_layout(),
            self.overlay,
            gaps_sentence(data),
            canvas.largest_gaps(data),
        )
        painter.end()

    def point_position(self, factor_id: int, offering_id: int) -> QPointF:
        """Where the marker of one level is drawn (widget coordinates)."""
        layout = self.chart_layout()
        index = next(i for i, f in enumerate(layout.factors) if f.id == factor_id)
        return layout.point(index, layout.levels[(factor_id, offering_id)])

    def factor_label_rect(self, factor_id: int) -> QRectF:
        return self.chart_layout().label_rects[factor_id]

    # -- selection -----------------------------------------------------------------------------
    def select(self, factor_id: int | None = None, offering_id: int | None = None) -> None:
        if (self.overlay.factor_id, self.overlay.offering_id) == (factor_id, offering_id):
            return
        self.overlay.factor_id, self.overlay.offering_id = factor_id, offering_id
        self.update()
        self.selectionChanged.emit()

    def selection_count(self) -> int:
        return int(self.overlay.factor_id is not None) + int(self.overlay.offering_id is not None)

    def _on_changed(self, changes: list[Change]) -> None:
        data = self.document.data
        factor = self.overlay.factor_id if self.overlay.factor_id in data.canvas_factors else None
        offering = (
            self.overlay.offering_id if self.overlay.offering_id in data.canvas_offerings else None
        )
        if (factor, offering) != (self.overlay.factor_id, self.overlay.offering_id):
            self.select(factor, offering)
        self.update()

    # -- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        pos = event.position()
        layout = self.chart_layout()
        hit = layout.hit_point(pos)
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if hit is not None:
            self._press = hit
            self.select(hit[0], hit[1])
            return
        legend = layout.legend_at(pos)
        if legend is not None:
            self.select(None, legend)
            return
        label = layout.factor_label_at(pos)
        if label is not None:
            self._label_press = (label, pos)
        self.select(label or layout.factor_column_at(pos), None)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        layout = self.chart_layout()
        pos = event.position()
        if self._label_press is not None:
            factor_id, start = self._label_press
            if (
                self.overlay.insert_at is None
                and abs(pos.x() - start.x()) < 8
                or self.document.read_only
            ):
                return
            self.overlay.insert_at = layout.insert_index_at(pos.x())
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            self.update()
            return
        if self._press is None:
            hover = layout.hit_point(pos)
            if hover != self.overlay.hover:
                self.overlay.hover = hover
                self.setCursor(
                    Qt.CursorShape.SizeVerCursor if hover else Qt.CursorShape.ArrowCursor
                )
                self.setToolTip(self._point_tip(hover) if hover else "")
                self.update()
            return
        if self.document.read_only:
            return
        level = canvas.snap_level(layout.level_at(pos.y()))
        self.overlay.drag = (*self._press, level)
        self.update()

    def _point_tip(self, key: tuple[int, int]) -> str:
        data = self.document.data
        factor, offering = data.canvas_factors[key[0]], data.canvas_offerings[key[1]]
        level = canvas.levels(data).get(key)
        return f"{offering.name} · {factor.name}: {level:g} (drag up or down to change)"

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        label, slot = self._label_press, self.overlay.insert_at
        self._label_press, self.overlay.insert_at = None, None
        if label is not None:
            self.unsetCursor()
            self.update()
            if slot is not None:
                order = [f.id for f in canvas.ordered_factors(self.document.data)]
                current = order.index(label[0])
                # The slot counts gaps in the full order; the factor leaves its own place first.
                target = slot - 1 if slot > current else slot
                if target != current:
                    self._run(editing.move_factor, self.document, label[0], target)
            return
        press, drag = self._press, self.overlay.drag
        self._press, self.overlay.drag = None, None
        self.update()
        if press is None or drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        factor_id, offering_id, level = drag
        if canvas.levels(self.document.data).get((factor_id, offering_id)) == level:
            return
        self._run(editing.set_level, self.document, factor_id, offering_id, level)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        layout = self.chart_layout()
        pos = event.position()
        factor_id = layout.factor_label_at(pos)
        if factor_id is not None:
            self.start_rename(factor_id)
            return
        offering_id = layout.legend_at(pos)
        if offering_id is not None:
            self.start_rename_offering(offering_id)

    def leaveEvent(self, _event: QEvent) -> None:
        if self.overlay.hover is not None:
            self.overlay.hover = None
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        factor_id, offering_id = self.overlay.factor_id, self.overlay.offering_id
        if (
            factor_id is not None
            and offering_id is not None
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            level = canvas.levels(self.document.data).get((factor_id, offering_id), 0.0)
            step = canvas.LEVEL_STEP if key == Qt.Key.Key_Up else -canvas.LEVEL_STEP
            new = canvas.snap_level(level + step)
            if new != level:
                self._run(editing.set_level, self.document, factor_id, offering_id, new)
            return
        if (
            factor_id is not None
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
        ):
            self.move_selected_factor(-1 if key == Qt.Key.Key_Left else 1)
            return
        if key == Qt.Key.Key_F2 and factor_id is not None:
            self.start_rename(factor_id)
            return
        super().keyPressEvent(event)

    # -- commands ------------------------------------------------------------------------------
    def _run(self, action: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """``action``'s result, or None after reporting the edit it refused."""
        try:
            return action(*args, **kwargs)
        except (PmdeskError, ValueError) as exc:
            self.errorRaised.emit(str(exc))
            return None

    def move_selected_factor(self, delta: int) -> None:
        factor_id = self.overlay.factor_id
        if factor_id is None:
            return
        order = [f.id for f in canvas.ordered_factors(self.document.data)]
        index = order.index(factor_id) + delta
        if 0 <= index < len(order):
            self._run(editing.move_factor, self.document, factor_id, index)

    def start_rename(self, factor_id: int) -> None:
        """An inline editor over the factor's label; Enter renames (one undo step), Esc cancels."""
        if self.document.read_only:
            return
        rect = self.factor_label_rect(factor_id)
        name = self.document.data.canvas_factors[factor_id].name
        self._open_editor(
            rect, name, lambda text: editing.rename_factor(self.document, factor_id, text)
        )

    def start_rename_offering(self, offering_id: int) -> None:
        if self.document.read_only:
            return
        layout = self.chart_layout()
        rect = next(r for r, o in layout.legend_items if o.id == offering_id)
        name = self.document.data.canvas_offerings[offering_id].name
        self._open_editor(
            rect.adjusted(24, 0, 40, 0),
            name,
            lambda text: editing.rename_offering(self.document, offering_id, text),
        )

    def _open_editor(self, rect: QRectF, text: str, apply: Callable[[str], object]) -> None:
        self.close_editor()
        editor = QLineEdit(text, self)
        editor.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width = max(rect.width(), 140.0)
        editor.setGeometry(
            int(rect.center().x() - width / 2),
            int(rect.top()),
            int(width),
            int(editor.sizeHint().height()),
        )
        editor.selectAll()
        self.editor = editor

        def finish() -> None:
            if self.editor is not editor:
                return
            self.editor = None
            new = editor.text()
            editor.deleteLater()
            if new.strip() and new.strip() != text:
                self._run(apply, new)
            self.setFocus()

        editor.editingFinished.connect(finish)
        editor.show()
        editor.setFocus()

    def close_editor(self) -> None:
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.deleteLater()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        layout = self.chart_layout()
        pos = QPointF(event.pos())
        hit = layout.hit_point(pos)
        factor_id = hit[0] if hit else (layout.factor_label_at(pos) or layout.factor_column_at(pos))
        offering_id = hit[1] if hit else layout.legend_at(pos)
        self.select(factor_id, offering_id)
        menu = self.build_menu(factor_id, offering_id)
        menu.exec(event.globalPos())

    def build_menu(self, factor_id: int | None, offering_id: int | None) -> QMenu:
        """The context menu for a factor and/or an offering (built apart so tests can read it)."""
        menu = QMenu(self)
        data = self.document.data
        writable = not self.document.read_only
        if factor_id is not None:
            factor = data.canvas_factors[factor_id]
            order = [f.id for f in canvas.ordered_factors(data)]
            index = order.index(factor_id)
            menu.addSection(self.tr("Factor: %1").replace("%1", factor.name))
            menu.addAction(
                self.tr("Rename factor…"), lambda: self.start_rename(factor_id)
            ).setEnabled(writable)
            errc = menu.addMenu(self.tr("Four actions (ERRC)"))
            for action in (*canvas.ERRC_ACTIONS, None):

                def set_errc(a: str | None = action) -> None:
                    self._run(editing.set_errc, self.document, factor_id, a)

                entry = errc.addAction(
                    canvas.ERRC_LABELS[action] if action else self.tr("Not decided"), set_errc
                )
                entry.setCheckable(True)
                entry.setChecked(factor.errc == action)
                entry.setEnabled(writable)
            menu.addAction(
                self.tr("Move factor left"),
                lambda: self._run(editing.move_factor, self.document, factor_id, index - 1),
            ).setEnabled(writable and index > 0)
            menu.addAction(
                self.tr("Move factor right"),
                lambda: self._run(editing.move_factor, self.document, factor_id, index + 1),
            ).setEnabled(writable and index < len(order) - 1)
            menu.addAction(
                self.tr("Remove factor"),
                lambda: self._run(editing.remove_factors, self.document, [factor_id]),
            ).setEnabled(writable)
        if offering_id is not None:
            offering = data.canvas_offerings[offering_id]
            order = [o.id for o in canvas.ordered_offerings(data)]
            index = order.index(offering_id)
            menu.addSection(self.tr("Offering: %1").replace("%1", offering.name))
            menu.addAction(
                self.tr("Rename offering…"), lambda: self.start_rename_offering(offering_id)
            ).setEnabled(writable)
            menu.addAction(self.tr("Colour…"), lambda: self.choose_color(offering_id)).setEnabled(
                writable
            )
            own = menu.addAction(
                self.tr("Our own offering"),
                lambda: self._run(editing.make_own, self.document, offering_id),
            )
            own.setCheckable(True)
            own.setChecked(offering.own)
            own.setEnabled(writable and not offering.own)
            menu.addAction(
                self.tr("Move up in legend"),
                lambda: self._run(editing.move_offering, self.document, offering_id, index - 1),
            ).setEnabled(writable and index > 0)
            menu.addAction(
                self.tr("Move down in legend"),
                lambda: self._run(editing.move_offering, self.document, offering_id, index + 1),
            ).setEnabled(writable and index < len(order) - 1)
            menu.addAction(
                self.tr("Remove offering"),
                lambda: self._run(editing.remove_offering, self.document, offering_id),
            ).setEnabled(writable)
        menu.addSeparator()
        menu.addAction(self.tr("Add factor…"), self.addFactorRequested.emit).setEnabled(writable)
        menu.addAction(self.tr("Add offering…"), self.addOfferingRequested.emit).setEnabled(
            writable
        )
        return menu

    def choose_color(self, offering_id: int) -> None:
        from PySide6.QtWidgets import QColorDialog

        from pmdesk.ui.workspaces.canvas.style import offering_color

        color = QColorDialog.getColor(
            offering_color(self.document.data.canvas_offerings[offering_id].color),
            self,
            self.tr("Curve colour"),
        )
        if color.isValid():
            self._run(editing.set_offering_color, self.document, offering_id, color.name())
