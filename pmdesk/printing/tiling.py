"""Where pages break: rows down the page (never through a row, never leaving a summary row
alone at a page's foot) and strips across (the chart cut into page-wide slices)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Band:
    """Rows ``first..last`` (inclusive) on one page; an empty band has ``last < first``."""

    first: int
    last: int

    @property
    def count(self) -> int:
        return max(0, self.last - self.first + 1)


def row_bands(heights: Sequence[float], room: float, summary: Sequence[bool] = ()) -> list[Band]:
    """Split rows of ``heights`` into pages holding at most ``room`` each.

    A row taller than a page gets a page of its own (it is drawn clipped rather than lost).
    A summary row that would end a page moves to the next page with its first subtask, as
    MS Project keeps a summary with its first subtask.
    """
    bands: list[Band] = []
    first, used, count = 0, 0.0, len(heights)
    row = 0
    while row < count:
        height = heights[row]
        if used + height > room and row > first:
            last = row - 1
            # Never end a page on a summary row when rows follow: move it (and summaries just
            # above it) to the next page, unless the page holds nothing else.
            keep = last
            while last > first and _is_summary(summary, last):
                last -= 1
            if _is_summary(summary, last):
                last = keep
            bands.append(Band(first, last))
            first, used, row = last + 1, 0.0, last + 1
            continue
        used += height
        row += 1
    if first < count or not bands:
        bands.append(Band(first, count - 1))
    return bands


def _is_summary(summary: Sequence[bool], row: int) -> bool:
    return row < len(summary) and bool(summary[row])


def strips(total: float, first_width: float, other_width: float) -> list[tuple[float, float]]:
    """Cut ``0..total`` into strips: the first ``first_width`` wide, the others ``other_width``
    (narrower or wider when the first page also holds the table). Returns (x0, x1) pairs."""
    result = []
    x = 0.0
    width = max(first_width, 1.0)
    while True:
        result.append((x, x + width))
        x += width
        if x >= total - 0.5:
            return result
        width = max(other_width, 1.0)
