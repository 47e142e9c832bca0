"""The value-vs-effort bubble chart tab: matplotlib, imported only when the tab is first shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from pmdesk.charts.canvas import LazyChart
from pmdesk.core.scoring import value_and_effort

if TYPE_CHECKING:
    from matplotlib.backend_bases import Event
    from matplotlib.figure import Figure

    from pmdesk.charts.value_effort import Bubble
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState


def bubbles_of(state: RoadmapState) -> tuple[list[Bubble], int]:
    """The chart's bubbles for the visible items, and how many lack a value or an effort.

    Frameworks measure on different scales (RICE value in thousands, WSJF cost of delay in
    tens), so value and effort are shown relative to the largest of the item's framework
    (0..10): positions compare items within a framework, and roughly across them.
    """
    from pmdesk.charts.value_effort import Bubble

    pairs: dict[int, tuple[float, float]] = {}
    missing = 0
    for item in state.visible:
        pair = value_and_effort(item, state.config)
        if pair is None:
            missing += 1
        else:
            pairs[item.id] = pair
    top: dict[str, tuple[float, float]] = {}
    for item_id, (value, effort) in pairs.items():
        framework = state.items[item_id].framework.upper()
        best = top.get(framework, (0.0, 0.0))
        top[framework] = (max(best[0], abs(value)), max(best[1], abs(effort)))
    bubbles: list[Bubble] = []
    for item_id, (value, effort) in pairs.items():
        item = state.items[item_id]
        max_value, max_effort = top[item.framework.upper()]
        lane = state.lane_of(state.lane_key(item))
        score = state.scores.get(item_id)
        bubbles.append(
            Bubble(
                item.title,
                10 * value / max_value if max_value else 0.0,
                10 * effort / max_effort if max_effort else 0.0,
                score if score is not None else 0.0,
                lane.color,
                state.forecast(item_id).slipping,
                key=item_id,
            )
        )
    return bubbles, missing


class ValueEffortChart(LazyChart):
    def __init__(self, state: RoadmapState, parent: QWidget | None = None) -> None:
        self.state = state
        self._bubbles: list[Bubble] = []
        super().__init__(state.refreshed, parent)

    def figure(self) -> Figure:
        from pmdesk.charts.value_effort import value_effort_figure

        bubbles, missing = bubbles_of(self.state)
        self._bubbles = bubbles
        return value_effort_figure(
            bubbles,
            "Value vs effort (bubble size: score rank within the view)",
            unscored=missing,
            x_label="Effort (relative to the largest of its framework, 0–10)",
            y_label="Value (relative to the largest of its framework, 0–10)",
        )

    def on_pick(self, event: Event) -> None:
        """A click on a bubble selects its card (in every roadmap view)."""
        indexes = getattr(event, "ind", None)
        if indexes is None or len(indexes) == 0:
            return
        ids = [self._bubbles[i].key for i in indexes if i < len(self._bubbles)]
        if ids:
            self.state.select(ids[-1:], ids[-1])
