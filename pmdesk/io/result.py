"""What an import gives back (the plan and the warnings to show) and the error it raises."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData


class InteropError(PmdeskError):
    """A file that cannot be imported or written (wrong format, damaged, unknown extension)."""


@dataclass
class ImportResult:
    data: PlanData
    warnings: list[str] = field(default_factory=list)


MAX_LISTED = 30  # a hostile file may name 60,000 different unknown things


def listing(items: list[str]) -> str:
    """``items`` joined by commas, the first MAX_LISTED of them and how many more."""
    shown = ", ".join(items[:MAX_LISTED])
    return shown + (f" and {len(items) - MAX_LISTED:,} more" if len(items) > MAX_LISTED else "")


def count_lines(counts: Mapping[str, int], line: Callable[[str, int], str]) -> list[str]:
    """One warning ``line(what, count)`` per counted kind, at most MAX_LISTED lines."""
    items = sorted(counts.items())
    lines = [line(what, count) for what, count in items[:MAX_LISTED]]
    if len(items) > MAX_LISTED:
        lines.append(f"Not imported either: {len(items) - MAX_LISTED:,} more kinds of things.")
    return lines
