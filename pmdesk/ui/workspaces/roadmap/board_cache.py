"""The board's cache of card pixmaps: a card is redrawn from a pixmap while nothing about it
changed, so a full frame costs a few blits instead of hundreds of antialiased shapes and text
runs."""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPixmap

from pmdesk.core.entities import RoadmapItem
from pmdesk.ui.workspaces.roadmap.board_painter import Fonts, paint_card

if TYPE_CHECKING:
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

CACHE_MARGIN = 4  # px around a cached card for its shadow and focus outline
CACHE_SIZE = 400  # cached card pixmaps kept (about 50 MB at most on a high-DPI screen)

# What a pixmap was drawn for: width, selected, current, device pixel ratio, card colour.
CacheKey = tuple[float, bool, bool, float, int]


class CardCache(OrderedDict[int, tuple[CacheKey, QPixmap]]):
    """Item id -> (what it was drawn for, its pixmap), the least recently drawn first."""

    def forget(self, item_ids: frozenset[int] | None) -> None:
        """Drop the pixmaps of ``item_ids`` (None: of every card)."""
        if item_ids is None:
            self.clear()
            return
        for item_id in item_ids:
            self.pop(item_id, None)

    def draw(
        self,
        painter: QPainter,
        rect: QRectF,
        item: RoadmapItem,
        state: RoadmapState,
        fonts: Fonts,
        selected: bool,
        current: bool,
        ratio: float,
        card_colour: int,
    ) -> None:
        """Draw ``item``'s card at ``rect`` from its pixmap, drawing the pixmap first if it
        was drawn for another size, selection, screen (``ratio``) or palette (``card_colour``,
        the card background's rgba: dark or light)."""
        key: CacheKey = (rect.width(), selected, current, ratio, card_colour)
        entry = self.get(item.id)
        if entry is None or entry[0] != key:
            pixmap = QPixmap(
                QSize(
                    int((rect.width() + 2 * CACHE_MARGIN) * ratio + 1),
                    int((rect.height() + 2 * CACHE_MARGIN) * ratio + 1),
                )
            )
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            card_painter = QPainter(pixmap)
            card_painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            card_painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
            paint_card(
                card_painter,
                QRectF(CACHE_MARGIN, CACHE_MARGIN, rect.width(), rect.height()),
                item,
                state,
                fonts,
                selected,
                current,
            )
            card_painter.end()
            entry = (key, pixmap)
            self[item.id] = entry
            if len(self) > CACHE_SIZE:
                self.popitem(last=False)
        else:
            self.move_to_end(item.id)
        painter.drawPixmap(QPointF(rect.left() - CACHE_MARGIN, rect.top() - CACHE_MARGIN), entry[1])
