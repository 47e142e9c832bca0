"""BmcView: the Business Model Canvas (or Lean Canvas) on screen. Double-click a block to add a
sticky note, double-click a note to edit it, drag it to another place or block, Delete removes
it, the context menu colours it; every edit is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFocusEvent, QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QWidget

from pmdesk.core import canvas
from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import translate
from pmdesk.ui.workspaces.canvas import editing
from pmdesk.ui.workspaces.canvas.bmc_painter import BmcLayout, paint_bmc
from pmdesk.ui.workspaces.canvas.style import Fonts

if TYPE_CHECKING:
    from PySide6.QtGui import QPaintEvent

    from pmdesk.core.plandata import Change
    from pmdesk.document import Document

P = ParamSpec("P")
R = TypeVar("R")
DRAG_DISTANCE = 4


class NoteEditor(QPlainTextEdit):
    """Inline note text: Enter (or leaving) commits, Shift+Enter breaks the line, Esc cancels."""

    committed = Signal(str)
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.committed.emit(self.toPlainText())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit(self.toPlainText())


class BmcView(QWidget):
    selectionChanged = Signal()
    errorRaised = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.kind = "bmc"
        self.selected: int | None = None
        self._press: tuple[int, QPointF, QPointF] | None = None
        self._drag: tuple[int, QPointF] | None = None
        self._drop: tuple[str, int] | None = None
        self.editor: NoteEditor | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(600, 400)
        document.changed.connect(self._on_changed)

    def sizeHint(self) -> QSize:
        return QSize(1200, 760)

    def set_kind(self, kind: str) -> None:
        if kind in canvas.CANVAS_KINDS and kind != self.kind:
            self.close_editor()
            self.kind = kind
            self.select(None)
            self.update()

    def layout_for(self, rect: QRectF, fonts: Fonts | None = None) -> BmcLayout:
        return BmcLayout(
            rect,
            fonts or Fonts(self.font()),
            self.kind,
            canvas.notes_by_block(self.document.data, self.kind),
        )

    def canvas_layout(self) -> BmcLayout:
        return self.layout_for(QRectF(self.rect()))

    def note_rect(self, note_id: int) -> QRectF:
        return self.canvas_layout().note_rects[note_id]

    def block_rect(self, key: str) -> QRectF:
        return self.canvas_layout().blocks[key]

    def render_content(self, painter: QPainter, rect: QRectF) -> None:
        """The canvas for exports and printing, with page fonts (the painter is scaled)."""
        from pmdesk.printing.units import page_font

        paint_bmc(painter, self.layout_for(rect, Fonts(page_font(self.font()))))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_bmc(painter, self.canvas_layout(), self.selected, self._drag, self._drop)
        painter.end()

    def _on_changed(self, _changes: list[Change]) -> None:
        if self.selected is not None and self.selected not in self.document.data.canvas_notes:
            self.select(None)
        self.update()

    def select(self, note_id: int | None) -> None:
        if note_id != self.selected:
            self.selected = note_id
            self.update()
            self.selectionChanged.emit()

    def selection_count(self) -> int:
        return int(self.selected is not None)

    def _run(self, action: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R | None:
        """``action``'s result, or None after reporting the edit it refused."""
        try:
            return action(*args, **kwargs)
        except PmdeskError as exc:
            self.errorRaised.emit(str(exc))
            return None

    # -- mouse ---------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        layout = self.canvas_layout()
        pos = event.position()
        note_id = layout.note_at(pos)
        self.select(note_id)
        if note_id is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (note_id, pos, layout.note_rects[note_id].topLeft() - pos)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or self.document.read_only:
            return
        note_id, start, offset = self._press
        pos = event.position()
        if self._drag is None and (pos - start).manhattanLength() < DRAG_DISTANCE:
            return
        layout = self.canvas_layout()
        self._drag = (note_id, pos + offset)
        block = layout.block_at(pos)
        self._drop = (block, layout.index_at(block, pos, moving=note_id)) if block else None
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drag, drop = self._press, self._drag, self._drop
        self._press = self._drag = self._drop = None
        self.update()
        if press is None or drag is None or drop is None:
            return
        self._run(editing.move_note, self.document, press[0], drop[0], drop[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        layout = self.canvas_layout()
        pos = event.position()
        note_id = layout.note_at(pos)
        if note_id is not None:
            self.start_edit(note_id)
            return
        block = layout.block_at(pos)
        if block is not None:
            self.start_add(block)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.selected is not None:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selected()
                return
            if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.start_edit(self.selected)
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        layout = self.canvas_layout()
        pos = QPointF(event.pos())
        note_id = layout.note_at(pos)
        block = layout.block_at(pos)
        self.select(note_id)
        menu = self.build_menu(note_id, block)
        if not menu.isEmpty():
            menu.exec(event.globalPos())

    def build_menu(self, note_id: int | None, block: str | None) -> QMenu:
        menu = QMenu(self)
        writable = not self.document.read_only
        if block is not None:
            title = translate("Canvas", self.canvas_layout().block_info[block].title)
            menu.addAction(
                self.tr("Add note to %1…").replace("%1", title), lambda: self.start_add(block)
            ).setEnabled(writable)
        if note_id is not None:
            note = self.document.data.canvas_notes[note_id]
            menu.addAction(self.tr("Edit note…"), lambda: self.start_edit(note_id)).setEnabled(
                writable
            )
            colours = menu.addMenu(self.tr("Colour"))
            for name in canvas.NOTE_COLORS:

                def set_colour(n: str = name) -> None:
                    self._run(editing.set_note_color, self.document, note_id, n)

                entry = colours.addAction(name.capitalize(), set_colour)
                entry.setCheckable(True)
                entry.setChecked((note.color or canvas.DEFAULT_NOTE_COLOR) == name)
                entry.setEnabled(writable)
            menu.addAction(self.tr("Delete note"), self.delete_selected).setEnabled(writable)
        return menu

    # -- editing -------------------------------------------------------------------------------
    def delete_selected(self) -> None:
        if self.selected is not None and not self.document.read_only:
            self._run(editing.delete_notes, self.document, [self.selected])

    def start_add(self, block: str) -> None:
        """An empty note at the end of ``block``; the note is added when its text is committed."""
        if self.document.read_only:
            return
        layout = self.canvas_layout()
        index = len(layout.notes.get(block, []))
        rect = layout.slot_rect(block, index)
        if rect.bottom() > layout.blocks[block].bottom():
            rect.moveBottom(layout.blocks[block].bottom() - 6)
        self._open_editor(
            rect, "", lambda text: editing.add_note(self.document, self.kind, block, text)
        )

    def start_edit(self, note_id: int) -> None:
        if self.document.read_only or note_id not in self.canvas_layout().note_rects:
            return
        text = self.document.data.canvas_notes[note_id].text
        self._open_editor(
            self.note_rect(note_id),
            text,
            lambda new: (
                editing.edit_note(self.document, note_id, new) if new.strip() != text else None
            ),
        )

    def _open_editor(self, rect: QRectF, text: str, apply: Callable[[str], object]) -> None:
        self.close_editor()
        editor = NoteEditor(self)
        editor.setPlainText(text)
        editor.selectAll()
        editor.setGeometry(rect.toRect().adjusted(0, 0, 0, 12))
        self.editor = editor

        def commit(value: str) -> None:
            if self.editor is not editor:
                return
            self.close_editor()
            if value.strip():
                self._run(apply, value)
            self.setFocus()

        editor.committed.connect(commit)

        def cancel() -> None:
            self.close_editor()
            self.setFocus()

        editor.cancelled.connect(cancel)
        editor.show()
        editor.setFocus()

    def close_editor(self) -> None:
        if self.editor is not None:
            editor, self.editor = self.editor, None
            editor.hide()
            editor.deleteLater()
