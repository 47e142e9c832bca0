"""The board's context menu and the card and lane commands it offers, plus card tool tips.

A mixin of BoardView: it uses the view's state, document, layout and inline editors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QColor, QContextMenuEvent
from PySide6.QtWidgets import QColorDialog, QMenu

from pmdesk.core.entities import Horizon, RoadmapItem
from pmdesk.core.errors import PmdeskError
from pmdesk.core.roadmap import HORIZON_LABELS, HORIZONS
from pmdesk.core.translation import english_plural
from pmdesk.theme import hex_colour
from pmdesk.ui.workspaces.roadmap import editing
from pmdesk.ui.workspaces.roadmap.board_host import BoardHost
from pmdesk.ui.workspaces.roadmap.board_layout import HEADER_H

if TYPE_CHECKING:
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState


def card_tooltip(state: RoadmapState, item: RoadmapItem) -> str:
    """Title, description, score inputs, delivery and warnings of a card, as rich text."""
    from html import escape

    from pmdesk.core.scoring import INPUT_LABELS, format_score, input_value

    lines = [f"<b>{escape(item.title)}</b>"]
    if item.description:
        lines.append(escape(item.description))
    inputs = ", ".join(
        f"{INPUT_LABELS.get(name, name)} {format_score(input_value(item.score_inputs, name))}"
        for name in item.score_inputs
        if input_value(item.score_inputs, name) is not None
    )
    score = (
        QCoreApplication.translate("RoadmapBoard", "%1 score %2")
        .replace("%1", escape(item.framework))
        .replace("%2", format_score(state.scores.get(item.id)))
    )
    lines.append(score + (f" ({escape(inputs)})" if inputs else ""))
    forecast = state.forecast(item.id)
    if forecast.finish is not None:
        due = f"{forecast.finish:%Y-%m-%d}"
        done = f"{forecast.percent_complete:.0f}"
        text = (
            QCoreApplication.translate("RoadmapBoard", "Delivery forecast %1, %2% complete")
            .replace("%1", due)
            .replace("%2", done)
        )
        if forecast.overdue:  # a forecast in the past: the delivery is overdue, not done
            overdue = QCoreApplication.translate(
                "RoadmapBoard", "Delivery overdue: due %1, %2% complete at the status date"
            )
            text = (
                f"<span style='color:{hex_colour('slip')}'>"
                + overdue.replace("%1", due).replace("%2", done)
                + "</span>"
            )
        if forecast.slipping:
            days = forecast.slip_days
            past = QCoreApplication.translate(
                "RoadmapBoard", "%n day(s) past the target end", None, days
            )
            past = english_plural(past, days)
            text += f" — <span style='color:{hex_colour('slip')}'>{past}</span>"
        hint = QCoreApplication.translate("RoadmapBoard", "(double-click here to open the task)")
        lines.append(f"{text} {hint}")
    for warning in state.warnings.get(item.id, []):
        lines.append(f"<span style='color:{hex_colour('warning_text')}'>⚠ {escape(warning)}</span>")
    return "<br>".join(lines)


class BoardMenuMixin(BoardHost):
    # -- context menu ---------------------------------------------------------------------------
    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(QPointF(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()  # a child of the board: not kept once closed

    def context_menu(self, pos: QPointF) -> QMenu:
        """The menu for a card, a lane or the empty board at ``pos`` (view coordinates)."""
        content = self.to_content(pos)
        menu = QMenu(self)
        item_id = self._card_under(pos)
        if item_id is not None:
            if item_id not in self.state.selection:
                self.state.select([item_id], item_id)
            item = self.state.items[item_id]
            menu.addAction(
                QCoreApplication.translate("RoadmapBoard", "Open…"),
                lambda: self.itemActivated.emit(item_id),
            )
            menu.addAction(
                QCoreApplication.translate("RoadmapBoard", "Rename"),
                lambda: self.rename_card(item_id),
            )
            move = menu.addMenu(QCoreApplication.translate("RoadmapBoard", "Move to"))
            for horizon in HORIZONS:
                action = move.addAction(HORIZON_LABELS[horizon])
                action.triggered.connect(lambda _=False, h=horizon: self.move_selection_to(h))
            if item.linked_task_id is None:
                menu.addAction(
                    QCoreApplication.translate("RoadmapBoard", "Plan delivery"),
                    lambda: self.plan_delivery(item_id),
                )
            else:
                menu.addAction(
                    QCoreApplication.translate("RoadmapBoard", "Go to linked task"),
                    lambda: self.taskActivated.emit(item.linked_task_id),
                )
                unlink = QCoreApplication.translate("RoadmapBoard", "Unlink delivery")
                menu.addAction(
                    unlink,
                    lambda: editing.update_item(
                        self.document, item_id, unlink, linked_task_id=None
                    ),
                )
            menu.addSeparator()
            count = len(self.state.selection)
            menu.addAction(
                english_plural(
                    QCoreApplication.translate("RoadmapBoard", "Delete %n card(s)", None, count),
                    count,
                ),
                self.delete_selection,
            )
        else:
            row = self._layout.row_at(content.y()) if pos.y() >= HEADER_H else None
            column = self._layout.column_at(content.x())
            if row is not None and column is not None:
                menu.addAction(
                    QCoreApplication.translate("RoadmapBoard", "Add card here"),
                    lambda: self.add_card_inline(row, column),
                )
            lane_id = self._layout.rows[row].key if row is not None else None
            if row is not None and lane_id is not None:
                menu.addAction(
                    QCoreApplication.translate("RoadmapBoard", "Rename lane"),
                    lambda: self.rename_lane(row),
                )
                menu.addAction(
                    QCoreApplication.translate("RoadmapBoard", "Lane colour…"),
                    lambda: self.choose_lane_color(lane_id),
                )
                menu.addAction(
                    QCoreApplication.translate("RoadmapBoard", "Move lane up"),
                    lambda: editing.move_lane(self.document, lane_id, -1),
                )
                menu.addAction(
                    QCoreApplication.translate("RoadmapBoard", "Move lane down"),
                    lambda: editing.move_lane(self.document, lane_id, +1),
                )
                menu.addAction(
                    QCoreApplication.translate(
                        "RoadmapBoard", "Delete lane (cards stay, without lane)"
                    ),
                    lambda: editing.delete_lane(self.document, lane_id),
                )
            menu.addSeparator()
            menu.addAction(QCoreApplication.translate("RoadmapBoard", "Add lane"), self.add_lane)
        return menu

    def choose_lane_color(self, lane_id: int) -> None:
        lane = self.document.data.roadmap_lanes[lane_id]
        color = QColorDialog.getColor(
            QColor(lane.color), self, QCoreApplication.translate("RoadmapBoard", "Lane colour")
        )
        if color.isValid():
            editing.update_lane(
                self.document,
                lane_id,
                QCoreApplication.translate("RoadmapBoard", "Change lane colour"),
                color=color.name(),
            )

    def add_lane(self) -> None:
        lane_id = editing.add_lane(
            self.document, QCoreApplication.translate("RoadmapBoard", "New lane")
        )
        row = next((r for r, row in enumerate(self._layout.rows) if row.key == lane_id), None)
        if row is not None:
            self.verticalScrollBar().setValue(int(self._layout.rows[row].y))
            self.rename_lane(row)

    def plan_delivery(self, item_id: int) -> None:
        try:
            editing.plan_delivery(self.document, item_id)
        except PmdeskError as exc:
            self.errorRaised.emit(str(exc))

    def delete_selection(self) -> None:
        if self.document.read_only:
            return
        editing.delete_items(self.document, list(self.state.selection))

    def move_selection_to(self, horizon: Horizon) -> None:
        ids = list(self.state.selection)
        if not ids:
            return
        lane_key = self.state.lane_key(self.state.items[ids[0]])
        self.move_to(ids, lane_key, horizon, len(self.state.grid.get((lane_key, horizon), [])))
