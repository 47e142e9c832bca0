"""Roadmap board with 2,000 cards: open and drag-frame times (issue 6 targets).

- open: RoadmapWorkspace over a Document (scores, forecasts, layout) + the board's first paint
- drag frame: one mouse move of a dragged card, handled and repainted (median over the drag)
- scroll frame: scrolling the board by half a card, handled and painted (median)
- full frame: the whole board viewport repainted (median), the cost of a resize or a refresh
- timeline open: switching to the timeline and its first paint
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CARDS = 2_000
LANES = 12


def generate_plan(cards: int = CARDS, lanes: int = LANES, seed: int = 7):
    from pmdesk.core.entities import Horizon, RoadmapDependency, RoadmapItem, RoadmapLane, Task
    from pmdesk.core.plandata import PlanData

    rng = random.Random(seed)
    data = PlanData()
    colors = ("#4e79a7", "#59a14f", "#f28e2b", "#b07aa1", "#e15759", "#76b7b2")
    for n in range(1, lanes + 1):
        data.add(RoadmapLane(id=n, name=f"Theme {n}", color=colors[n % len(colors)], position=n))
    for n in range(1, 201):
        data.add(Task(id=n, name=f"Delivery {n}", position=n, duration=rng.randint(1, 30) * 480))
    positions: dict = {}
    tags = ("core", "enterprise", "mobile", "growth", "platform", "ux", "compliance")
    frameworks = ("RICE", "WSJF", "ICE", "VALUE_EFFORT")
    for n in range(1, cards + 1):
        lane = rng.randint(1, lanes)
        horizon = rng.choice(list(Horizon))
        cell = (lane, horizon)
        positions[cell] = positions.get(cell, -1) + 1
        start = date(2027, 1, 4) + timedelta(days=rng.randint(0, 500))
        framework = rng.choice(frameworks)
        inputs = {
            "reach": rng.randint(10, 5000),
            "impact": rng.choice((0.5, 1, 2, 3)),
            "confidence": 0.8,
            "effort": rng.randint(1, 8),
            "business_value": rng.randint(1, 10),
            "time_criticality": 5,
            "risk_reduction": 3,
            "job_size": rng.randint(1, 13),
            "ease": 6,
            "value": rng.randint(1, 10),
        }
        data.add(
            RoadmapItem(
                id=n,
                title=f"Roadmap item {n} with a realistic title",
                lane_id=lane,
                horizon=horizon,
                position=positions[cell],
                status=rng.choice(("idea", "planned", "in_progress", "at_risk", "done")),
                tags=rng.sample(tags, rng.randint(0, 3)),
                framework=framework,
                score_inputs=inputs,
                target_start=start if n % 5 else None,
                target_end=start + timedelta(days=rng.randint(14, 120)) if n % 5 else None,
                linked_task_id=rng.randint(1, 200) if n % 3 == 0 else None,
            )
        )
    for n in range(1, 201):
        data.add(
            RoadmapDependency(id=n, item_id=rng.randint(1, cards), blocker_id=rng.randint(1, cards))
        )
    return data


def main() -> int:
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pmdesk.ui.app import quiet_offscreen_notices

    app = QApplication.instance() or QApplication(sys.argv)
    quiet_offscreen_notices()
    from pmdesk.document import Document
    from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

    opens, timeline_opens = [], []
    for _ in range(5):
        document = Document(generate_plan())
        begin = time.perf_counter()
        workspace = RoadmapWorkspace(document)
        workspace.resize(1600, 1000)
        workspace.show()
        workspace.board.viewport().repaint()
        app.processEvents()
        opens.append(time.perf_counter() - begin)
        begin = time.perf_counter()
        workspace.set_mode("timeline")
        workspace.timeline.viewport().repaint()
        app.processEvents()
        timeline_opens.append(time.perf_counter() - begin)
        workspace.set_mode("board")
        app.processEvents()
        if _ < 4:
            workspace.close()
            workspace.deleteLater()
            document.close()
            app.processEvents()

    board = workspace.board
    viewport = board.viewport()
    card = board.board_layout().cell_items(0, 0)[0].id
    start = board.item_viewport_rect(card).center()
    frames = []
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 121):
        point = start + QPoint(step * 9, (step * 5) % 600)
        begin = time.perf_counter()
        QTest.mouseMove(viewport, point)
        viewport.repaint(board._drag_region() if board._dragging else viewport.rect())
        app.processEvents()
        frames.append(time.perf_counter() - begin)
    steps_before = document.undo_stack.count()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert document.undo_stack.count() == steps_before + 1, "the drag did not make one undo step"

    scrolls = []
    bar = board.verticalScrollBar()
    for _step in range(60):
        begin = time.perf_counter()
        bar.setValue(bar.value() + 49)  # half a card: the view repaints what scrolled into view
        app.processEvents()
        scrolls.append(time.perf_counter() - begin)

    full = []
    for _ in range(20):
        begin = time.perf_counter()
        viewport.repaint()
        full.append(time.perf_counter() - begin)

    ms = 1000.0
    print(
        f"roadmap open, {CARDS} cards: median {statistics.median(opens) * ms:.1f} ms (target <= 1000 ms)"
    )
    print(
        f"roadmap drag frame, {CARDS} cards: median {statistics.median(frames[1:]) * ms:.2f} ms (target <= 16 ms)"
    )
    print(
        f"roadmap board scroll frame, {CARDS} cards: median {statistics.median(scrolls) * ms:.2f} ms "
        f"(target <= 16 ms)"
    )
    print(
        f"roadmap board full repaint (cards cached), {CARDS} cards: median {statistics.median(full) * ms:.2f} ms "
        f"(target <= 16 ms)"
    )
    print(
        f"roadmap timeline open, {CARDS} cards: median {statistics.median(timeline_opens) * ms:.1f} ms "
        f"(target <= 1000 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
