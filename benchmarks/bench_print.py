"""Printing the Gantt to a tiled PDF (issue 12 targets): a 500-task demo-like plan <= 2 s
median, 10,000 tasks <= 20 s; A4 landscape, 2 pages wide, the default columns and legend.

Timed from the plan (already scheduled) to the PDF on disk: layout, every page painted, the
file written. Plans are the Gantt benchmark's generated ones (summaries of chained tasks).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))


def time_print(tasks: int, runs: int) -> tuple[float, int]:
    from bench_gantt import generate_plan

    import pmdesk.document
    from pmdesk.document import Document
    from pmdesk.printing.fields import PlanFields
    from pmdesk.printing.gantt import GanttPages, GanttPlan
    from pmdesk.printing.output import write_printout
    from pmdesk.printing.printout import Printout
    from pmdesk.printing.setup import PageSetup

    pmdesk.document._store = lambda: None  # no working copy: the print is what is timed
    document = Document(generate_plan(tasks))
    setup = PageSetup(paper="A4", landscape=True, pages_wide=2)
    times, pages = [], 0
    with tempfile.TemporaryDirectory() as folder:
        for run in range(runs):
            start = time.perf_counter()
            printout = Printout(
                GanttPages(GanttPlan.of_document(document), setup),
                setup,
                PlanFields.of(document, "Gantt"),
            )
            write_printout(printout, Path(folder) / f"plan-{run}.pdf", dpi=1200)
            times.append(time.perf_counter() - start)
            pages = printout.page_count
    document.close()
    return statistics.median(times), pages


def main() -> int:
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    failed = False
    for tasks, runs, target in ((500, 5, 2.0), (10_000, 3, 20.0)):
        median, pages = time_print(tasks, runs)
        failed |= median > target
        print(
            f"print {tasks} tasks to a tiled PDF ({pages} pages): median {median:.2f} s "
            f"(target <= {target:.0f} s)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
