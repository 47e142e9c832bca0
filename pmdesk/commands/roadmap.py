"""`pmdesk roadmap FILE [--json]`: list the roadmap items with scores and delivery forecasts."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "roadmap"
HELP = QT_TRANSLATE_NOOP(
    "Commands", "list the roadmap items of FILE with scores, target dates and delivery forecasts"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb plan to read")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Commands", "print the items as JSON")
    )


def _text_table(rows: list[dict[str, Any]]) -> str:
    from pmdesk.core.scoring import format_score

    header = (
        "ID",
        "Title",
        "Lane",
        "Horizon",
        "Status",
        "Score",
        "Target end",
        "Forecast",
        "Done",
        "",
    )
    lines = [header]
    for row in rows:
        forecast = row["forecast_finish"][:10] if row["forecast_finish"] else "—"
        done = f"{row['percent_complete']:.0f}%" if row["percent_complete"] is not None else "—"
        lines.append(
            (
                str(row["id"]),
                row["title"],
                row["lane"] or "—",
                row["horizon"],
                row["status"],
                f"{format_score(row['score'])} {row['framework']}",
                row["target_end"] or "—",
                forecast,
                done,
                "SLIPPING" if row["slipping"] else "",
            )
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths)).rstrip() for line in lines
    )


def run(args: argparse.Namespace) -> int:
    import json

    from pmdesk.core.errors import PmdeskError
    from pmdesk.core.roadmap import item_records
    from pmdesk.core.scheduling import schedule_plan
    from pmdesk.store.pmdb import load_plan

    data = load_plan(args.file)
    try:
        schedule = schedule_plan(data)
    except PmdeskError as exc:
        # The roadmap is still worth listing; only the forecasts need a schedule.
        print(f"pmdesk: warning: {exc} Delivery forecasts are left out.", file=sys.stderr)
        schedule = None
    rows = item_records(data, schedule)
    if args.json:
        text = json.dumps({"items": rows}, ensure_ascii=False, indent=2)
    elif rows:
        slipping = sum(1 for row in rows if row["slipping"])
        text = f"{_text_table(rows)}\n\n{len(rows)} items, {slipping} slipping."
    else:
        text = "This plan has no roadmap items."
    print(text)  # a reader that leaves early (`| head`) is cli._run_command's to handle
    return 0
