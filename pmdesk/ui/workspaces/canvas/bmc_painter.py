"""The Business Model Canvas (or Lean Canvas) as a picture: nine blocks in the standard layout,
each with its guiding question and its sticky notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from pmdesk.core import canvas
from pmdesk.core.entities import CanvasNote
from pmdesk.core.translation import translate
from pmdesk.ui.workspaces.canvas import style
from pmdesk.ui.workspaces.canvas.style import Fonts

MARGIN = 20.0
GAP = 8.0
NOTE_W = 150.0
NOTE_GAP = 8.0


def note_color(name: str | None) -> QColor:
    """A note's colour: a palette name, a #rrggbb, or the default yellow."""
    text = canvas.NOTE_COLORS.get(name or canvas.DEFAULT_NOTE_COLOR, name)
    color = QColor(text)
    return color if color.isValid() else QColor(canvas.NOTE_COLORS[canvas.DEFAULT_NOTE_COLOR])


@dataclass
class BmcLayout:
    rect: QRectF
    fonts: Fonts
    kind: str
    notes: dict[str, list[CanvasNote]] = field(default_factory=dict)  # by block key

    def __post_init__(self) -> None:
        name = canvas.CANVAS_KINDS.get(self.kind, canvas.CANVAS_KINDS["bmc"])[0]
        self.title = name
        top = self.rect.top() + 12 + self.fonts.title_metrics.height() + 12
        width = self.rect.width() - 2 * MARGIN
        height = max(240.0, self.rect.bottom() - MARGIN - top)
        column_w = width / canvas.GRID_COLUMNS
        # The two upper rows share 72% of the height, the cost/revenue band the rest.
        row_tops = [top, top + height * 0.36, top + height * 0.72, top + height]
        self.blocks: dict[str, QRectF] = {}
        self.block_info = {b.key: b for b in canvas.blocks_of(self.kind)}
        for block in canvas.blocks_of(self.kind):
            left = self.rect.left() + MARGIN + block.column * column_w
            self.blocks[block.key] = QRectF(
                left + GAP / 2,
                row_tops[block.row] + GAP / 2,
                block.columns * column_w - GAP,
                row_tops[block.row + block.rows] - row_tops[block.row] - GAP,
            )
        self.note_h = self.fonts.text_metrics.height() * 3 + 14
        self.note_rects: dict[int, QRectF] = {}
        self.overflow: dict[str, int] = {}
        for key, notes in self.notes.items():
            for n, note in enumerate(notes):
                rect = self.slot_rect(key, n)
                if rect.bottom() > self.blocks[key].bottom() - 4:
                    self.overflow[key] = len(notes) - n
                    break
                self.note_rects[note.id] = rect

    def header_height(self) -> float:
        return self.fonts.heading_metrics.height() + self.fonts.small_metrics.height() * 2 + 18

    def columns_in(self, key: str) -> tuple[int, float]:
        area_w = self.blocks[key].width() - 20
        columns = max(1, int((area_w + NOTE_GAP) // (NOTE_W + NOTE_GAP)))
        return columns, (area_w - (columns - 1) * NOTE_GAP) / columns

    def slot_rect(self, key: str, index: int) -> QRectF:
        block = self.blocks[key]
        columns, width = self.columns_in(key)
        row, column = divmod(index, columns)
        return QRectF(
            block.left() + 10 + column * (width + NOTE_GAP),
            block.top() + self.header_height() + row * (self.note_h + NOTE_GAP),
            width,
            self.note_h,
        )

    def note_at(self, pos: QPointF) -> int | None:
        return next(
            (note_id for note_id, rect in self.note_rects.items() if rect.contains(pos)), None
        )

    def block_at(self, pos: QPointF) -> str | None:
        return next((key for key, rect in self.blocks.items() if rect.contains(pos)), None)

    def index_at(self, key: str, pos: QPointF, moving: int | None = None) -> int:
        """Where a note dropped at ``pos`` goes in block ``key`` (nearest slot, reading order)."""
        count = len([n for n in self.notes.get(key, []) if n.id != moving])
        best, best_d = count, None
        for index in range(count + 1):
            centre = self.slot_rect(key, index).center()
            d = (centre.x() - pos.x()) ** 2 + (centre.y() - pos.y()) ** 2
            if best_d is None or d < best_d:
                best, best_d = index, d
        return best


def paint_bmc(
    painter: QPainter,
    layout: BmcLayout,
    selected: int | None = None,
    drag: tuple[int, QPointF] | None = None,
    drop: tuple[str, int] | None = None,
) -> None:
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
    notes = {n.id: n for group in layout.notes.values() for n in group}
    for key, rect in layout.blocks.items():
        info = layout.block_info[key]
        dropping = drop is not None and drop[0] == key
        painter.setPen(
            QPen(style.SELECTION, 2, Qt.PenStyle.DashLine)
            if dropping
            else QPen(style.CARD_BORDER, 1)
        )
        painter.setBrush(style.SELECTION_FILL if dropping else style.BLOCK)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setFont(fonts.heading)
        painter.setPen(style.TEXT)
        title_rect = QRectF(
            rect.left() + 10, rect.top() + 8, rect.width() - 20, fonts.heading_metrics.height()
        )
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            fonts.heading_metrics.elidedText(
                translate("Canvas", info.title), Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        painter.setFont(fonts.small)
        painter.setPen(style.MUTED_TEXT)
        question = QRectF(
            rect.left() + 10,
            title_rect.bottom() + 2,
            rect.width() - 20,
            fonts.small_metrics.height() * 2 + 2,
        )
        painter.drawText(
            question,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            translate("Canvas", info.question),
        )
        if layout.overflow.get(key):
            painter.drawText(
                QRectF(rect.left() + 10, rect.bottom() - 20, rect.width() - 20, 16),
                Qt.AlignmentFlag.AlignRight,
                f"+{layout.overflow[key]} more",
            )
        if dropping and drop is not None:
            slot = layout.slot_rect(key, drop[1])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(style.SELECTION)
            painter.drawRoundedRect(QRectF(slot.left() - 5, slot.top(), 3, slot.height()), 1.5, 1.5)
    for note_id, rect in layout.note_rects.items():
        if drag is not None and drag[0] == note_id:
            painter.setOpacity(0.35)
        paint_note(painter, rect, notes[note_id], fonts, note_id == selected)
        painter.setOpacity(1.0)
    if drag is not None and drag[0] in layout.note_rects:
        paint_note(
            painter, QRectF(drag[1], layout.note_rects[drag[0]].size()), notes[drag[0]], fonts, True
        )
    painter.restore()


def paint_note(
    painter: QPainter, rect: QRectF, note: CanvasNote, fonts: Fonts, selected: bool = False
) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.SHADOW)
    painter.drawRect(rect.translated(1.5, 2))
    fill = note_color(note.color)
    painter.setBrush(fill)
    painter.setPen(QPen(style.SELECTION, 2) if selected else QPen(fill.darker(112), 1))
    painter.drawRect(rect)
    painter.setFont(fonts.text)
    # A note is paper of its own colour, in either theme: dark text unless the note is dark.
    painter.setPen(style.ON_ACCENT if fill.lightness() < 140 else style.TEXT_ON_LIGHT)
    text_rect = rect.adjusted(7, 5, -7, -5)
    painter.drawText(
        text_rect,
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
        _fit(note.text, fonts, text_rect),
    )


def _fit(text: str, fonts: Fonts, rect: QRectF) -> str:
    """The note's text cut with an ellipsis where it would not fit the note."""
    metrics = fonts.text_metrics
    if metrics.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text).height() <= rect.height():
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        trial = " ".join(words) + "…"
        if (
            metrics.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), trial).height()
            <= rect.height()
        ):
            return trial
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
