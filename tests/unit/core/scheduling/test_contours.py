"""Work contours stretch a fixed-units task as MS Project does (issue 14, item 8)."""

from scheduling_plans import DAY, at, plan, task

from pmdesk.core.entities import Assignment, Plan, Resource, Task, WorkContour
from pmdesk.core.scheduling import Scheduler, schedule_plan
from pmdesk.core.scheduling.contours import SEGMENTS, contoured_span, work_by_segment


def _with(contour, days=5, units=1.0, work=None):
    data = plan(task(1, days), task(2, 1), links=((1, 2),))
    data.add(Resource(id=1, name="R"))
    data.add(Assignment(id=1, task_id=1, resource_id=1, units=units, work=work,
                        contour=contour))  # fmt: skip
    return data


def test_a_back_loaded_five_day_assignment_takes_eight_and_a_third_days():
    # 40 hours at a peak of 100 %: the ten segments hold 6 days of work, so the span is
    # 5 x 10 / 6 days = 8 days 2 h 40 min: Monday 01-05 08:00 to Thursday 01-15 10:40.
    schedule = schedule_plan(_with(WorkContour.BACK_LOADED))
    t = schedule.tasks[1]
    assert t.duration == 4000
    assert (t.start, t.finish) == (at(5), at(15, 10, 40))
    assert schedule.tasks[2].start == at(15, 10, 40)


def test_flat_and_hand_contoured_assignments_keep_the_duration():
    for contour in (WorkContour.FLAT, WorkContour.CONTOURED):
        assert schedule_plan(_with(contour)).tasks[1].duration == 5 * DAY


def test_bell_doubles_and_turtle_stretches_by_ten_sevenths():
    assert schedule_plan(_with(WorkContour.BELL)).tasks[1].duration == 10 * DAY
    assert contoured_span(5 * DAY, WorkContour.TURTLE) == -(-5 * DAY * 10 // 7)


def test_explicit_work_and_units_set_the_span():
    # 16 hours of work at 50 %: 32 hours flat, x 10/6 back loaded = 53 h 20 min.
    data = _with(WorkContour.BACK_LOADED, days=1, units=0.5, work=16 * 60)
    assert schedule_plan(data).tasks[1].duration == 3200


def test_editing_units_of_a_contoured_assignment_reschedules():
    data = _with(WorkContour.BELL, work=2400)
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[1].duration == 10 * DAY
    data.update(Assignment, 1, units=2.0)  # 40 h at 200 %: 2.5 days flat, 5 days bell
    assert scheduler.schedule().tasks[1].duration == 5 * DAY
    assert scheduler.schedule().tasks[1].duration == schedule_plan(data).tasks[1].duration
    scheduler.close()


def test_segments_spread_all_the_work():
    for contour in SEGMENTS:
        parts = work_by_segment(2400, contour)
        assert len(parts) == 10 and abs(sum(parts) - 2400) < 1e-9
    assert work_by_segment(600, WorkContour.BACK_LOADED)[0] == 10.0
    assert Plan  # the plan builder's entity import is used by other modules


def _two_resources(second_calendar=None, units=1.0, work=None):
    from pmdesk.core.entities import Calendar

    data = plan(task(1, 2), task(2, 1), links=((1, 2),))
    data.add(Calendar(id=7, name="Mornings", week={d: [(480, 720)] for d in range(5)}))
    data.add(Resource(id=1, name="Full days"))
    data.add(Resource(id=2, name="Second", calendar_id=second_calendar))
    data.add(Assignment(id=1, task_id=1, resource_id=1))
    data.add(Assignment(id=2, task_id=1, resource_id=2, units=units, work=work))
    return data


def test_a_task_finishes_with_its_last_resource_on_another_calendar():
    # 2 days: the full-day resource finishes Tuesday 17:00; the one working mornings needs
    # four mornings, to Thursday 12:00 - so does the task, and its successor follows.
    schedule = schedule_plan(_two_resources(second_calendar=7))
    t = schedule.tasks[1]
    assert (t.start, t.finish) == (at(5), at(8, 12))
    assert schedule.tasks[2].start == at(8, 13)


def test_a_resource_at_half_units_with_the_same_work_takes_twice_as_long():
    # 16 hours of work at 50 %: 4 days, Monday to Thursday.
    t = schedule_plan(_two_resources(units=0.5, work=16 * 60)).tasks[1]
    assert (t.start, t.finish) == (at(5), at(8, 17)) and t.duration == 4 * DAY


def test_resources_on_one_calendar_with_derived_work_keep_the_duration():
    t = schedule_plan(_two_resources()).tasks[1]
    assert (t.start, t.finish) == (at(5), at(6, 17))


def test_a_split_task_keeps_its_gap_and_its_duration():
    # 3 days split after the first day for 2 days: Monday, (Tuesday-Wednesday pause),
    # Thursday-Friday; the successor starts the Monday after; the Duration stays 3 days.
    data = plan(task(1, 3, splits=[(DAY, 2 * DAY)]), task(2, 1), links=((1, 2),))
    schedule = schedule_plan(data)
    t = schedule.tasks[1]
    assert (t.start, t.finish, t.duration) == (at(5), at(9, 17), 3 * DAY)
    assert schedule.tasks[2].start == at(12)
    scheduler = Scheduler(data)
    scheduler.schedule()
    data.update(Task, 1, splits=[])
    assert scheduler.schedule().tasks[2].start == at(8)
    scheduler.close()
