"""Status report speed: the demo plan's report (figures, S-curve, HTML and the vector PDF)
from a scheduled plan, as Project > Status Report... makes it. Target <= 2 s each.
Each figure is the median of several runs."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_pnl import median_ms  # noqa: E402

from pmdesk.core.demo import build_demo_plan  # noqa: E402
from pmdesk.core.scheduling import schedule_plan  # noqa: E402
from pmdesk.reports.statusreport import make_report, write_html  # noqa: E402


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from pmdesk.printing.statusreport import write_report_pdf

    QApplication.instance() or QApplication([])
    data = build_demo_plan()
    schedule = schedule_plan(data)
    folder = Path(tempfile.mkdtemp())
    write_report_pdf(make_report(data, schedule), folder / "warm.pdf")  # fonts, matplotlib
    figures = median_ms(lambda: make_report(data, schedule))
    # The risk run is remembered per plan state (core/risk/memo.py): after an edit, the
    # first report simulates again. A rename changes the state without moving a date.
    task = next(iter(data.tasks.values()))
    names = iter(range(10**6))
    changed = median_ms(
        lambda: (setattr(task, "name", f"T{next(names)}"), make_report(data, schedule))
    )
    html = median_ms(lambda: write_html(make_report(data, schedule), folder / "r.html"))
    pdf = median_ms(lambda: write_report_pdf(make_report(data, schedule), folder / "r.pdf"))
    print(
        f"Status report of the demo plan: figures median {figures:.0f} ms; HTML {html:.0f} ms; "
        f"PDF {pdf:.0f} ms (target <= 2000 ms each)"
    )
    print(
        f"Status report figures after an edit (risk simulated again): median {changed:.0f} ms "
        "(target <= 2000 ms)"
    )


if __name__ == "__main__":
    main()
