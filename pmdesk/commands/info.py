"""`pmdesk info FILE [--json]`: a plan file's name, format version, last writer and counts."""

from __future__ import annotations

import argparse
import os

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

NAME = "info"
HELP = QT_TRANSLATE_NOOP(
    "Commands",
    "show a plan file's name, format version, the pmdesk that wrote it and what it holds",
)

# JSON key -> the PlanData table counted, in the order printed.
_COUNTS = (
    ("tasks", "Task"),
    ("links", "Link"),
    ("resources", "Resource"),
    ("assignments", "Assignment"),
    ("calendars", "Calendar"),
    ("baselines", "Baseline"),
    ("roadmap_lanes", "RoadmapLane"),
    ("roadmap_items", "RoadmapItem"),
    ("canvas_offerings", "CanvasOffering"),
    ("canvas_factors", "CanvasFactor"),
    ("canvas_notes", "CanvasNote"),
    ("pnl_scenarios", "PnlScenario"),
    ("pnl_lines", "PnlLine"),
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", metavar="FILE", help=translate("Commands", "the .pmdb file to describe")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("Commands", "print one JSON object")
    )


def describe(path: str | os.PathLike[str]) -> dict[str, object]:
    """The facts `pmdesk info` prints, as a dict (JSON keys)."""
    from pmdesk.core import entities
    from pmdesk.store.fileformat import HEADER_SIZE, Header
    from pmdesk.store.pmdb import load_plan

    data = load_plan(path)  # checks the whole file first
    with open(path, "rb") as handle:
        header = Header.parse(handle.read(HEADER_SIZE))
    plan = data.plan
    facts = {
        "file": os.fspath(path),
        "name": plan.name,
        "schema_version": header.user_version,
        "app_version": plan.app_version,
        "created": plan.created.isoformat() if plan.created else None,
        "modified": plan.modified.isoformat() if plan.modified else None,
        "currency": plan.currency,
        "start": plan.start.isoformat(),
        "size_bytes": os.path.getsize(path),
    }
    for key, kind in _COUNTS:
        facts[key] = data.count(getattr(entities, kind))
    return facts


def run(args: argparse.Namespace) -> int:
    import json

    facts = describe(args.file)
    if args.json:
        print(json.dumps(facts, ensure_ascii=False))
        return 0
    print(f"{facts['file']}: {facts['name']}")
    print(
        f"  file format {facts['schema_version']}, last written by pmdesk {facts['app_version'] or '?'}"
        f" on {facts['modified'] or '?'}"
    )
    print("  " + ", ".join(f"{facts[key]} {key.replace('_', ' ')}" for key, _ in _COUNTS))
    return 0
