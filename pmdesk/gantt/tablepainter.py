"""TaskRowPainter: paints one row of the task table from the model's cached row texts.

QTreeView's own row painting asks the model for flags and about ten roles per cell and lays
each cell's text out again on every paint (QStyledItemDelegate -> QTextLayout); at 10,000
tasks that was ~9 ms CPU per table frame with our Python model (8 ms even over a plain C++
model). This painter draws a row with one Python call: texts come from the model's per-row
cache as QStaticText (laid out once, elided to the column once), colours and fonts are set up
once per paint. It paints what the delegate painted: alternating rows, selection, the
highlight filter's rows, bold summaries, critical dates in red, right-aligned numbers, the
tree's indentation and expand arrows, and the frame of the current cell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import QHeaderView, QTreeView

from pmdesk.models.taskcolumns import COLUMNS, DATE_COLUMNS, RIGHT_COLUMNS
from pmdesk.theme import colour

if TYPE_CHECKING:
    from pmdesk.models.tasktree import TaskTreeModel

TEXT_MARGIN = 4  # pixels between a cell's edge and its text, as the Fusion style leaves
_CACHE_LIMIT = 3000  # rows of laid-out texts kept (a screen shows ~40; scrolling back is free)
# A cell's laid-out text: (room, text, bold, QStaticText, its width).
_Cached = tuple[int, str, bool, QStaticText, float]
# A shown column: (column, x, width, indent?, right aligned?, red when critical?).
_Column = tuple[int, int, int, bool, bool, bool]


class TaskRowPainter:
    """Row painting for ``view`` (a QTreeView over a TaskTreeModel)."""

    # Set by begin(), which paint_row calls first when no paint has begun (_font_key None).
    _fonts: tuple[QFont, QFont]
    _metrics: tuple[QFontMetrics, QFontMetrics]
    _selection: QItemSelectionModel

    def __init__(self, view: QTreeView) -> None:
        self.view = view
        # task id -> per column (room, text, bold, QStaticText) or None; an entry is reused
        # while its text, width and weight stay, so a reschedule re-lays out only what moved.
        self._static: dict[int, list[_Cached | None]] = {}
        # Per paint: (column, x, width, indent?, right aligned?, red when critical?) in visual
        # order, the row's left/right ends, and what the view's state says about rows.
        self._columns: list[_Column] = []
        # The same from the header's start, kept between paints (see _column_layout).
        self._layout: list[_Column] | None = None
        self._layout_key: tuple[int, int, int, int] | None = None
        self._header: QHeaderView | None = None
        self._left = self._right = 0
        self._font_key: str | None = None
        self._line_height = 0
        self._colors: dict[str, QColor] = {}
        self._indentation = 0
        self._offset = 0
        self._alternate = False
        self._current: int | None = None  # task id of the current row when the view has focus
        self._current_column = -1
        self._root_indent = 0

    # -- once per paint event -------------------------------------------------------------
    def begin(self) -> None:
        """Read what every row of this paint shares: column geometry, fonts, colours."""
        view = self.view
        header = view.header()
        tree_column = view.treePosition()
        shape = (header.count(), header.length(), header.hiddenSectionCount(), tree_column)
        if header is not self._header or shape != self._layout_key:
            self._watch(header)
            self._layout_key = shape
            self._layout = None
        if self._layout is None:
            self._layout = self._column_layout(header, tree_column)
        # Section positions are kept from the header's start: the scroll offset moves them all.
        offset = header.offset()
        self._columns = columns = [
            (column, position - offset, width, tree, right, dated)
            for column, position, width, tree, right, dated in self._layout
        ]
        self._left = min((c[1] for c in columns), default=0)
        self._right = max((c[1] + c[2] for c in columns), default=0)
        font = view.font()
        key = font.key()
        if key != self._font_key:
            bold = QFont(font)
            bold.setBold(True)
            self._fonts = (font, bold)
            self._metrics = (QFontMetrics(font), QFontMetrics(bold))
            self._font_key = key
            self._static.clear()
        self._line_height = self._metrics[0].height()
        palette = view.palette()
        focus = view.hasFocus()
        group = QPalette.ColorGroup.Active if focus else QPalette.ColorGroup.Inactive
        self._colors = {
            "text": palette.color(group, QPalette.ColorRole.Text),
            "selected_text": palette.color(group, QPalette.ColorRole.HighlightedText),
            "selection": palette.color(group, QPalette.ColorRole.Highlight),
            "alternate": palette.color(group, QPalette.ColorRole.AlternateBase),
            # A theme role is a palette lookup: read once per paint, not per critical cell.
            "critical": colour("negative"),
        }
        self._indentation = view.indentation()
        self._root_indent = view.indentation() if view.rootIsDecorated() else 0
        self._offset = view.verticalScrollBar().value()
        self._alternate = view.alternatingRowColors()
        current = view.currentIndex()
        self._current = current.internalId() if focus and current.isValid() else None
        self._current_column = current.column()
        self._selection = view.selectionModel()
        if len(self._static) > _CACHE_LIMIT:
            self._static.clear()

    def _column_layout(self, header: QHeaderView, tree_column: int) -> list[_Column]:
        """The shown columns in visual order with their positions from the header's start.

        Asking the header about each of its ~200 sections (most of them hidden) took
        ~0.1 ms a paint, as much as painting a few rows: kept until a section is resized,
        hidden, shown, moved or the column count changes (``_watch``), or the cheap key read
        at each paint (count, length, hidden count, tree column) differs."""
        columns: list[_Column] = []
        for visual in range(header.count()):
            column = header.logicalIndex(visual)
            if header.isSectionHidden(column):
                continue
            width = header.sectionSize(column)
            if width > 0:
                columns.append(
                    (
                        column,
                        header.sectionPosition(column),
                        width,
                        column == tree_column,
                        column in RIGHT_COLUMNS,
                        column in DATE_COLUMNS,
                    )
                )
        return columns

    def _watch(self, header: QHeaderView) -> None:
        if header is self._header:
            return
        self._header = header
        # Hiding or showing a section resizes it to or from 0: sectionResized tells both.
        header.sectionResized.connect(self._forget_layout)
        header.sectionMoved.connect(self._forget_layout)
        header.sectionCountChanged.connect(self._forget_layout)

    def _forget_layout(self) -> None:
        self._layout = None

    # -- once per row ---------------------------------------------------------------------
    def paint_row(
        self,
        painter: QPainter,
        rect: QRect,
        index: QModelIndex | QPersistentModelIndex,
        model: TaskTreeModel,
    ) -> None:
        """Paint row ``index`` of ``model`` (the view's) into ``rect``."""
        if self._font_key is None:  # a row painted outside the view's paintEvent
            self.begin()
        view = self.view
        task_id = index.internalId()
        y = rect.y()
        height = rect.height()
        row_rect = QRect(self._left, y, self._right - self._left, height)
        # Rows are selected whole (SelectRows), so the row's first cell answers for it.
        selected = self._selection.isSelected(index)
        colors = self._colors
        if selected:
            painter.fillRect(row_rect, colors["selection"])
        elif task_id in model.highlighted:
            painter.fillRect(row_rect, colour("search_highlight"))
        elif self._alternate and (y + self._offset) // height % 2:
            painter.fillRect(row_rect, colors["alternate"])
        summary = model.is_summary(task_id)
        painter.setFont(self._fonts[1] if summary else self._fonts[0])
        text_pen = colors["selected_text"] if selected else colors["text"]
        critical = not selected and model.is_critical(task_id)
        statics: list[_Cached | None] | None = self._static.get(task_id)
        if statics is None:
            statics = self._static[task_id] = [None] * len(COLUMNS)
        texts = model.row_texts(task_id)
        text_y = y + max(0, (height - self._line_height) // 2)
        pen: QColor | None = None
        for column, x, width, tree, right, dated in self._columns:
            if tree:
                indent = self._indentation * model.depth_of(task_id) + self._root_indent
                if summary:
                    view.drawBranches(painter, QRect(x, y, indent, height), index)
                x += indent
                width -= indent
            room = width - 2 * TEXT_MARGIN
            text = texts[column]
            if room <= 0 or not text:
                continue
            cached = statics[column]
            if cached is None or cached[0] != room or cached[1] != text or cached[2] != summary:
                static = self._lay_out(text, room, summary)
                cached = statics[column] = (room, text, summary, static, static.size().width())
            static = cached[3]
            wanted = colors["critical"] if critical and dated else text_pen
            if wanted is not pen:
                painter.setPen(wanted)
                pen = wanted
            if right:
                # Whole pixels: drawStaticText takes ints (PySide6 truncated the float itself).
                x_text = int(x + width - TEXT_MARGIN - cached[4])
            else:
                x_text = x + TEXT_MARGIN
            painter.drawStaticText(x_text, text_y, static)
        if task_id == self._current:
            self._frame_current_cell(painter, y, height)

    def _frame_current_cell(self, painter: QPainter, y: int, height: int) -> None:
        """A 2-pixel frame round the current cell: the cell typing will go into."""
        for column, x, width, _tree, _right, _dated in self._columns:
            if column == self._current_column:
                painter.save()
                painter.setPen(QPen(colour("current_cell"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRect(x + 1, y + 1, width - 2, height - 2))
                painter.restore()
                return

    def painted_text(self, task_id: int, column: int) -> str | None:
        """The text last painted in a cell (elided as shown), None when not painted yet."""
        statics = self._static.get(task_id)
        cached = statics[column] if statics is not None else None
        return None if cached is None else cached[3].text()

    def _lay_out(self, text: str, room: int, bold: bool) -> QStaticText:
        """The text as laid out once, cut with an ellipsis when wider than the column."""
        metrics = self._metrics[1 if bold else 0]
        if metrics.horizontalAdvance(text) > room:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), self._fonts[1 if bold else 0])
        return static
