"""MS Project notation of the task table: predecessors, resource names, dates."""

import pytest

from pmdesk.core.entities import LagKind, Link, LinkType
from pmdesk.core.errors import PmdeskError
from pmdesk.operations.predecessors import (
    LinkIndex,
    PredecessorSpec,
    format_predecessors,
    parse_predecessors,
)
from pmdesk.operations.taskinput import parse_resource_names

# Row numbers 1..9 map to task ids 101..109.
by_number = {n: 100 + n for n in range(1, 10)}
number_of = {v: k for k, v in by_number.items()}.get


def parse(text, successor=110):
    return parse_predecessors(text, by_number.get, successor)


def test_the_four_forms_of_the_issue():
    assert parse("3FS+2d, 5SS-1d, 7, 9FF+50%") == [
        PredecessorSpec(103, LinkType.FS, 960, LagKind.WORKING),
        PredecessorSpec(105, LinkType.SS, -480, LagKind.WORKING),
        PredecessorSpec(107, LinkType.FS, 0, LagKind.WORKING),
        PredecessorSpec(109, LinkType.FF, 50, LagKind.PERCENT),
    ]


def test_elapsed_lag_lowercase_type_and_semicolons():
    assert parse("2sf+1ed; 4") == [
        PredecessorSpec(102, LinkType.SF, 1440, LagKind.ELAPSED),
        PredecessorSpec(104),
    ]


def test_empty_text_means_no_predecessors():
    assert parse("  ") == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("12", "There is no task with ID 12."),
        ("3XX", '"3XX" is not a predecessor'),
        ("3FS+abc", 'The lag in "3FS+abc"'),
        ("3, 3SS", "Task 3 is listed twice"),
        ("3FS+x%", '"x%" is not a percentage'),
    ],
)
def test_bad_predecessors_say_what_is_wrong(text, message):
    with pytest.raises(PmdeskError) as caught:
        parse(text)
    assert message in str(caught.value)


def test_a_task_is_not_its_own_predecessor():
    with pytest.raises(PmdeskError, match="its own predecessor"):
        parse("4", successor=104)


def test_format_round_trips_through_parse():
    links = [
        Link(1, 103, 110, LinkType.FS, 960),
        Link(2, 105, 110, LinkType.SS, -480),
        Link(3, 107, 110),
        Link(4, 109, 110, LinkType.FF, 50, LagKind.PERCENT),
    ]
    text = format_predecessors(links, number_of)
    assert text == "3FS+2d, 5SS-1d, 7, 9FF+50%"
    assert [(s.predecessor_id, s.type, s.lag, s.lag_kind) for s in parse(text)] == [
        (l.predecessor_id, l.type, l.lag, l.lag_kind) for l in links
    ]


def test_link_index_groups_both_ways():
    index = LinkIndex([Link(1, 1, 2), Link(2, 1, 3), Link(3, 2, 3)])
    assert [l.id for l in index.successors(1)] == [1, 2]
    assert [l.id for l in index.predecessors(3)] == [2, 3]
    assert index.between(2, 3).id == 3 and index.between(3, 2) is None


def test_resource_names():
    assert parse_resource_names("Designer[50%], Tester") == [("Designer", 0.5), ("Tester", 1.0)]
    assert parse_resource_names("Dev [150]") == [("Dev", 1.5)]
    assert parse_resource_names("") == []


@pytest.mark.parametrize("text", ["Designer[0%]", "A, a", "Designer[50%"])
def test_bad_resource_names(text):
    with pytest.raises(PmdeskError):
        parse_resource_names(text)


def test_dates_typed_in_the_usual_ways_are_read():
    from datetime import date, datetime

    from pmdesk.operations.taskinput import TaskInputError, as_datetime

    assert as_datetime("2026-03-02") == datetime(2026, 3, 2)
    assert as_datetime("Mon 2026-03-02") == datetime(2026, 3, 2)
    assert as_datetime("2026-03-02 13:30") == datetime(2026, 3, 2, 13, 30)
    assert as_datetime("02.03.2026") == datetime(2026, 3, 2)
    assert as_datetime(date(2026, 3, 2)) == datetime(2026, 3, 2)
    with pytest.raises(TaskInputError):
        as_datetime("next Tuesday")


def test_table_dates_are_written_with_the_weekday():
    from datetime import datetime

    from pmdesk.models.taskcolumns import format_date, format_units

    assert format_date(datetime(2026, 3, 2, 8, 0)) == "Mon 2026-03-02"
    assert format_date(None) == ""
    assert format_units(1.0) == "" and format_units(0.5) == "[50%]"
