"""The batched MSPDI reader removes derived elements and elements holding their default value
before parsing (mspdi_fields.SKIPPED): whatever mix of values, defaults and nested elements
of the same names (a link's Type, a baseline's Cost, time-phased work) a file holds, it
reads the same plan and warnings as the element-by-element reader."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.io.mspdi import _Reader
from pmdesk.io.mspdi_fields import ASSIGNMENT_ABSENT_VALUES, SKIPPED, TASK_ABSENT_VALUES

# Each element with its default and values that are not (plus one not read at all).
TASK_VALUES = {
    **{tag: (value, "1", "2") for tag, value in TASK_ABSENT_VALUES.items()},
    "Type": ("0", "1", "2"),
    "Priority": ("500", "700"),
    "DurationFormat": ("7", "39", "53"),
    "ConstraintType": ("0", "2", "4"),
    "ConstraintDate": ("2026-02-02T08:00:00",),
    "CalendarUID": ("-1", "1", "9"),
    "FixedCostAccrual": ("3", "1", "2"),
    "Work": ("PT0H0M0S", "PT8H0M0S"),
    "ActualWork": ("PT0H0M0S", "PT4H0M0S"),
    "LevelingDelay": ("0", "4800"),
    "Start": ("2026-01-05T08:00:00",),
    "ID": ("3",),
    "Critical": ("1",),
}
LINK_VALUES = {
    "Type": ("0", "1", "2", "3"),
    "CrossProject": ("0", "1"),
    "LinkLag": ("0", "4800"),
    "LagFormat": ("7", "5", "35"),
}
BASELINE_VALUES = {
    "Number": ("0", "1"),
    "Cost": ("0", "25"),
    "Work": ("PT0H0M0S", "PT8H0M0S"),
    "Duration": ("PT0H0M0S", "PT16H0M0S"),
    "DurationFormat": ("7", "39"),
    "BCWS": ("0", "3.5"),
}
ASSIGNMENT_VALUES = {
    **{tag: (value, "1", "2") for tag, value in ASSIGNMENT_ABSENT_VALUES.items()},
    "Units": ("1", "0.5", "2"),
    "WorkContour": ("0", "3", "8"),
    "Work": ("PT0H0M0S", "PT8H0M0S"),
    "ActualWork": ("PT0H0M0S", "PT4H0M0S"),
    "OvertimeWork": ("PT0H0M0S", "PT2H0M0S"),
    "Delay": ("0", "4800"),
    "Cost": ("0", "120"),
    "RegularWork": ("PT8H0M0S",),
}
PHASED_VALUES = {
    "Type": ("1", "0"),
    "UID": ("1",),
    "Start": ("2026-01-05T08:00:00",),
    "Finish": ("2026-01-05T17:00:00",),
    "Unit": ("2", "1"),
    "Value": ("PT0H0M0S", "PT8H0M0S"),
}
# Values a reader refuses (a percentage of 2, a cost of "1" for a summary...) are fine here:
# both readers must then refuse the file with the same sentence.


def _elements(draw, values: dict[str, tuple[str, ...]]) -> str:
    tags = draw(st.lists(st.sampled_from(sorted(values)), unique=True, max_size=len(values)))
    return "".join(f"<{tag}>{draw(st.sampled_from(values[tag]))}</{tag}>" for tag in tags)


@st.composite
def mspdi_files(draw) -> str:
    tasks = []
    count = draw(st.integers(1, 4))
    for uid in range(1, count + 1):
        parts = [f"<UID>{uid}</UID><Name>T{uid}</Name>", _elements(draw, TASK_VALUES)]
        parts.append(f"<OutlineLevel>{1 if uid == 1 else 2}</OutlineLevel>")
        parts.append(f"<Duration>{draw(st.sampled_from(['PT8H0M0S', 'PT0H0M0S']))}</Duration>")
        if uid > 1 and draw(st.booleans()):
            link = _elements(draw, LINK_VALUES)
            parts.append(
                f"<PredecessorLink><PredecessorUID>{uid - 1}</PredecessorUID>{link}</PredecessorLink>"
            )
        if draw(st.booleans()):
            parts.append(f"<Baseline>{_elements(draw, BASELINE_VALUES)}</Baseline>")
        tasks.append("<Task>" + "".join(parts) + "</Task>")
    assignments = []
    for uid in range(1, draw(st.integers(0, 3)) + 1):
        phased = ""
        if draw(st.booleans()):
            phased = "<TimephasedData>" + _elements(draw, PHASED_VALUES) + "</TimephasedData>"
        task = draw(st.integers(1, count))
        assignments.append(
            f"<Assignment><UID>{uid}</UID><TaskUID>{task}</TaskUID><ResourceUID>1</ResourceUID>"
            f"{_elements(draw, ASSIGNMENT_VALUES)}{phased}</Assignment>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Project xmlns="http://schemas.microsoft.com/project"><Name>p</Name>'
        "<StartDate>2026-01-05T08:00:00</StartDate>"
        "<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
        "</Calendar></Calendars>"
        f"<Tasks>{''.join(tasks)}</Tasks>"
        "<Resources><Resource><UID>1</UID><Name>R</Name><Type>1</Type></Resource></Resources>"
        f"<Assignments>{''.join(assignments)}</Assignments></Project>"
    )


def _read(path: Path, fast: bool) -> object:
    try:
        result = _Reader(str(path)).read(fast=fast)
    except Exception as exc:  # both readers must refuse a bad value alike
        return (type(exc), str(exc))
    data = result.data
    tables = ("tasks", "links", "resources", "assignments", "baselines", "baseline_tasks")
    return data.plan, [getattr(data, table) for table in tables], result.warnings


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mspdi_files())
def test_batched_reading_with_elements_removed_reads_the_same(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.xml"
        path.write_text(text, "utf-8")
        assert _read(path, fast=True) == _read(path, fast=False)


def test_defaults_and_derived_elements_are_removed_and_nested_namesakes_kept():
    task = (
        b"<Task><UID>1</UID><Milestone>0</Milestone><Milestone>1</Milestone><ID>4</ID>"
        b"<Work>PT0H0M0S</Work><Work>PT8H0M0S</Work><Type>0</Type><PredecessorLink>"
        b"<Type>0</Type><LinkLag>0</LinkLag></PredecessorLink></Task>"
    )
    assert SKIPPED["Task"].sub(b"", task) == (
        b"<Task><UID>1</UID><Milestone>1</Milestone><Work>PT8H0M0S</Work><Type>0</Type>"
        b"<PredecessorLink><Type>0</Type></PredecessorLink></Task>"
    )
    assignment = b"<Assignment><ActualWork>PT0H0M0S</ActualWork><Units>1</Units><Unit>1</Unit>"
    assert SKIPPED["Assignment"].sub(b"", assignment) == (
        b"<Assignment><ActualWork>PT0H0M0S</ActualWork><Unit>1</Unit>"
    )
