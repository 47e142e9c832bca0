"""Work contours: how MS Project spreads an assignment's work over its span, and how much
longer than flat work that span is.

Microsoft's "Work Contour (assignment field)": "The assignment's duration is divided into 10
segments. Each segment is a percentage of the assigned resource's work on the task in a day,
assuming a 100 percent assignment unit on the task." The peak is the assignment's units, so a
contoured assignment of a fixed-units task takes longer than a flat one: its span is the flat
span x 10 / (sum of the segment percentages / 100) (Back Loaded on a 5-day, 40-hour
assignment: 10 segments whose levels add up to 6 full days' worth, so 8 1/3 days). Microsoft
does not publish the segment levels; the ones below are those Project shows in its Task
Usage view for each predefined contour, as practitioners' references list them.
"""

from __future__ import annotations

from pmdesk.core.entities import WorkContour

# Percent of the peak units in each tenth of the assignment's span.
SEGMENTS: dict[WorkContour, tuple[int, ...]] = {
    WorkContour.FLAT: (100,) * 10,
    WorkContour.BACK_LOADED: (10, 15, 25, 50, 50, 75, 75, 100, 100, 100),
    WorkContour.FRONT_LOADED: (100, 100, 100, 75, 75, 50, 50, 25, 15, 10),
    WorkContour.DOUBLE_PEAK: (25, 50, 100, 50, 25, 25, 50, 100, 50, 25),
    WorkContour.EARLY_PEAK: (25, 50, 100, 100, 75, 50, 50, 25, 15, 10),
    WorkContour.LATE_PEAK: (10, 15, 25, 50, 50, 75, 100, 100, 50, 25),
    WorkContour.BELL: (10, 20, 40, 80, 100, 100, 80, 40, 20, 10),
    WorkContour.TURTLE: (25, 50, 75, 100, 100, 100, 100, 75, 50, 25),
}


_BY_VALUE = {contour.value: contour for contour in WorkContour}
_TOTALS = {contour: sum(levels) for contour, levels in SEGMENTS.items()}


def contour_of(value: str) -> WorkContour:
    """The contour a stored value names; an unknown value is flat."""
    # A dict lookup, not WorkContour(value): called for every assignment at every recompute.
    # A member hashes and compares as its value, so a WorkContour finds itself too.
    try:
        return _BY_VALUE.get(value, WorkContour.FLAT)
    except TypeError:  # an unhashable value names no contour either
        return WorkContour.FLAT


def contoured_span(flat_span: int, contour: WorkContour) -> int:
    """Working minutes an assignment of ``flat_span`` minutes at its peak units takes under a
    predefined contour (a hand-edited "contoured" one keeps its task's duration: flat here)."""
    total = _TOTALS.get(contour)
    if total is None or flat_span <= 0:
        return max(flat_span, 0)
    return -(-flat_span * 1000 // total)  # x 10 / (total / 100), rounded up to a minute


def work_by_segment(work: float, contour: WorkContour) -> list[float]:
    """The assignment's work in each tenth of its span (they add up to ``work``)."""
    segments = SEGMENTS.get(contour, SEGMENTS[WorkContour.FLAT])
    total = sum(segments)
    return [work * level / total for level in segments]
