"""Edits that do not touch the schedule, in a 10,000-task plan (issue 19 target).

- moving a roadmap card (one drag's command: the card and its renumbered neighbours) with the
  Gantt, P&L and roadmap tabs built, as after a session that visited them: the command, the
  views' updates and the board's repaint. Target <= 5 ms median: the engine must not run and
  the views that read the schedule must not start over.
"""

from __future__ import annotations

import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

TARGET_MS = 5.0


def plan_with_roadmap():
    """bench_gantt's 10,000 tasks with bench_roadmap's lanes and 300 cards, a third of them
    delivered by a task of the plan."""
    from bench_gantt import generate_plan
    from bench_roadmap import generate_plan as roadmap_plan

    data = generate_plan()
    roadmap = roadmap_plan(cards=300)
    for kind in (
        type(next(iter(roadmap.roadmap_lanes.values()))),
        type(next(iter(roadmap.roadmap_items.values()))),
    ):
        for entity in roadmap.table(kind).values():
            data.add(entity)
    return data


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from pmdesk.ui.app import quiet_offscreen_notices

    app = QApplication.instance() or QApplication(sys.argv)
    quiet_offscreen_notices()
    from PySide6.QtCore import QSettings

    from pmdesk.core.entities import Horizon
    from pmdesk.document import Document
    from pmdesk.ui.mainwindow import MainWindow
    from pmdesk.ui.workspaces.roadmap.editing import move_items

    document = Document(plan_with_roadmap())
    settings = QSettings(
        os.path.join(os.environ.get("TMPDIR", "/tmp"), "bench_notices.ini"),
        QSettings.Format.IniFormat,
    )
    window = MainWindow(document, settings)
    window.resize(1600, 1000)
    window.show()
    for tab in ("gantt", "pnl", "roadmap"):
        window.show_tab(tab)
        app.processEvents()
    board = window.workspace.current_view()
    items = sorted(document.data.roadmap_items.values(), key=lambda item: item.id)
    card = items[0]
    lanes = sorted(document.data.roadmap_lanes)
    times, cpu = [], []
    for number in range(21):
        lane = (
            lanes[(lanes.index(card.lane_id) + 1) % len(lanes)] if number % 2 == 0 else card.lane_id
        )
        horizon = Horizon.NEXT if card.horizon != Horizon.NEXT else Horizon.LATER
        t0, c0 = time.perf_counter(), time.process_time()
        assert move_items(document, [card.id], lane, horizon, 0)
        app.processEvents()
        board.repaint()
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    document.undo_stack.setClean()  # closing asks to save a modified plan otherwise
    window.close()
    print(
        f"move a roadmap card with 10k tasks in the plan: median "
        f"{statistics.median(times) * 1000:.1f} ms (target <= {TARGET_MS:.0f} ms; CPU "
        f"{statistics.median(cpu) * 1000:.1f} ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
