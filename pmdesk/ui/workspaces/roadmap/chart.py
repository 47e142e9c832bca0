"""The value-vs-effort bubble chart tab: matplotlib, imported only when the tab is first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmdesk.core.scoring import value_and_effort


def bubbles_of(state) -> tuple[list, int]:
    """The chart's bubbles for the visible items, and how many lack a value or an effort."""
    from pmdesk.charts.value_effort import Bubble

    bubbles, missing = [], 0
    for item in state.visible:
        pair = value_and_effort(item, state.config)
        if pair is None:
            missing += 1
            continue
        lane = state.lane_of(state.lane_key(item))
        score = state.scores.get(item.id)
        bubbles.append(Bubble(item.title, pair[0], pair[1], score if score is not None else 0.0, lane.color,
                              state.forecast(item.id).slipping))
    return bubbles, missing


class ValueEffortChart(QWidget):
    def __init__(self, state, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self._dirty = True
        self._figure_widget = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        state.refreshed.connect(self._mark_dirty)

    def _mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.redraw()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.redraw()

    def figure(self):
        from pmdesk.charts.value_effort import value_effort_figure

        bubbles, missing = bubbles_of(self.state)
        return value_effort_figure(bubbles, "Value vs effort (bubble size: score)", unscored=missing)

    def redraw(self) -> None:
        from pmdesk.charts.canvas import FigureWidget

        if self._figure_widget is None:
            self._figure_widget = FigureWidget(self)
            self._layout.addWidget(self._figure_widget)
        self._figure_widget.set_figure(self.figure())
        self._dirty = False
