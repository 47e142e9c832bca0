"""Issue 14: scheduling rules where pmdesk departed from MS Project, each with the example's
dates as MS Project computes them (the project starts Monday 2026-01-05 08:00)."""

from scheduling_plans import DAY, at, plan, task

from pmdesk.core.entities import ConstraintType as C
from pmdesk.core.entities import LinkType
from pmdesk.core.scheduling import schedule_plan


def test_alap_task_goes_to_its_late_dates_and_its_successor_follows():
    # A 10d; X 2d ALAP -> Y 2d (FS). MS Project: X 01-13..01-14, Y 01-15..01-16.
    data = plan(task(1, 10), task(2, 2, constraint_type=C.ALAP), task(3, 2), links=((2, 3),))
    schedule = schedule_plan(data)
    x, y = schedule.tasks[2], schedule.tasks[3]
    assert (x.start, x.finish) == (at(13), at(14, 17))
    assert (y.start, y.finish) == (at(15), at(16, 17))
    # Y follows X: its early dates are X's scheduled ones, so it has no slack left.
    assert (y.early_start, y.total_float) == (at(15), 0) and y.critical
    assert x.early_start == at(5) and x.free_float == 0


def test_alap_task_respects_a_deadline_of_its_successor():
    # With a deadline on Y of Tuesday 01-13 17:00, X can go only to 01-08..01-09.
    data = plan(task(1, 10), task(2, 2, constraint_type=C.ALAP),
                task(3, 2, deadline=at(13, 17)), links=((2, 3),))  # fmt: skip
    result = schedule_plan(data).tasks
    assert (result[2].start, result[2].finish) == (at(8), at(9, 17))
    assert (result[3].start, result[3].finish) == (at(12), at(13, 17))
    assert result[3].total_float == 0 and DAY == 480


def test_snlt_is_honored_against_its_link_by_default():
    # A 5d -> B 2d, B Start No Later Than Wed 2026-01-07. MS Project: B starts 01-07, and
    # the link is shown as not met.
    def build(**settings):
        return plan(task(1, 5), task(2, 2, constraint_type=C.SNLT, constraint_date=at(7)),
                    links=((1, 2),), settings=settings)  # fmt: skip

    schedule = schedule_plan(build())
    b = schedule.tasks[2]
    assert (b.start, b.finish) == (at(7), at(8, 17))
    assert any("'T2'" in c and "link is not met" in c for c in schedule.conflicts)
    # The option off: the link wins and the missed constraint is the conflict.
    schedule = schedule_plan(build(honor_constraints=False))
    b = schedule.tasks[2]
    assert (b.start, b.finish) == (at(12), at(13, 17))
    assert any("should start no later than 2026-01-07" in c for c in schedule.conflicts)


def test_fnlt_is_honored_against_its_link_by_default():
    data = plan(task(1, 5), task(2, 2, constraint_type=C.FNLT, constraint_date=at(8, 17)),
                links=((1, 2),))  # fmt: skip
    schedule = schedule_plan(data)
    assert (schedule.tasks[2].start, schedule.tasks[2].finish) == (at(7), at(8, 17))
    assert any("finish no later than" in c for c in schedule.conflicts)


def test_changing_the_option_reschedules():
    from pmdesk.core.entities import Plan
    from pmdesk.core.scheduling import Scheduler

    data = plan(task(1, 5), task(2, 2, constraint_type=C.SNLT, constraint_date=at(7)),
                links=((1, 2),))  # fmt: skip
    scheduler = Scheduler(data)
    assert scheduler.schedule().tasks[2].start == at(7)
    data.update(Plan, 1, settings={"honor_constraints": False})
    assert scheduler.schedule().tasks[2].start == at(12)


def test_status_date_options_are_off_by_default():
    # A 4-day task, 25 % complete, status date 2026-01-14: MS Project (options off) keeps
    # it finishing Thursday 01-08.
    def build(**settings):
        return plan(task(1, 4, percent_complete=25), status_date=at(14), settings=settings)

    assert dates_of(build()) == (at(5), at(8, 17))
    # "Move start of remaining parts before status date forward to status date": the 3
    # remaining days run from Wednesday 01-14.
    assert dates_of(build(move_remaining_starts_forward=True)) == (at(5), at(16, 17))
    # "...and move end of completed parts forward to status date": the completed day ends
    # at the status date too (it ran on Tuesday 01-13).
    both = build(move_remaining_starts_forward=True, move_completed_ends_forward=True)
    assert dates_of(both) == (at(13), at(16, 17))


def test_completed_part_after_the_status_date_moves_back():
    # 4 days from Monday, 75 % complete (to Wednesday 17:00), status date Tuesday 08:00.
    def build(**settings):
        return plan(task(1, 4, percent_complete=75), status_date=at(6), settings=settings)

    assert dates_of(build()) == (at(5), at(8, 17))
    # The completed 3 days end at the status date (Monday 17:00): they ran Thursday 01-01 to
    # Monday 01-05; the remaining day stays on Thursday 01-08 (a split)...
    moved = build(move_completed_ends_back=True)
    assert dates_of(moved) == (at(5).replace(day=1), at(8, 17))
    # ...or starts at the status date with the option's second half.
    back = build(move_completed_ends_back=True, move_remaining_starts_back=True)
    assert dates_of(back) == (at(5).replace(day=1), at(6, 17))


def dates_of(data):
    found = schedule_plan(data).tasks[1]
    return found.start, found.finish


def test_a_finish_set_by_an_sf_link_is_at_17_of_the_previous_day():
    # C 5d -> A 3d; A -SF-> B 2d. MS Project: B finishes Fri 2026-01-09 17:00.
    data = plan(task(3, 5), task(1, 3), task(2, 2),
                links=((3, 1), (1, 2, LinkType.SF)))  # fmt: skip
    b = schedule_plan(data).tasks[2]
    assert (b.start, b.finish) == (at(8), at(9, 17))
    # A lead keeps the rule: SF -1d gives Thursday 17:00.
    data = plan(task(3, 5), task(1, 3), task(2, 2),
                links=((3, 1), (1, 2, LinkType.SF, -DAY)))  # fmt: skip
    assert schedule_plan(data).tasks[2].finish == at(8, 17)


def test_an_sf_link_from_a_summary_reads_its_first_subtask_start_as_that_task_does():
    # The same plan with A under a summary S and the SF link from S: a summary starts as
    # its first subtask does, so S's start (set by C's finish) also gives Friday 17:00
    # (MPXJ's MicrosoftScheduler: B Thursday 08:00 to Friday 17:00).
    data = plan(task(3, 5), task(4, 0), task(1, 3, parent_id=4), task(2, 2),
                links=((3, 1), (4, 2, LinkType.SF)))  # fmt: skip
    b = schedule_plan(data).tasks[2]
    assert (b.start, b.finish) == (at(8), at(9, 17))


def test_a_finish_set_by_an_ff_link_from_a_milestone_at_a_day_start():
    # M milestone at Mon 01-12 08:00 (SNET) -FF-> B 2d: B finishes Fri 01-09 17:00.
    data = plan(task(1, 0, milestone=True, constraint_type=C.SNET, constraint_date=at(12)),
                task(2, 2), links=((1, 2, LinkType.FF),))  # fmt: skip
    schedule = schedule_plan(data)
    assert schedule.tasks[1].start == at(12)
    assert (schedule.tasks[2].start, schedule.tasks[2].finish) == (at(8), at(9, 17))


def test_snet_and_fnet_before_the_project_start_are_honored():
    # MS Project starts a task at its Start No Earlier Than date even before the project
    # start; the same for a Finish No Earlier Than date.
    data = plan(task(1, 2, constraint_type=C.SNET, constraint_date=at(1)),
                task(2, 1, constraint_type=C.FNET, constraint_date=at(2, 17)),
                task(3, 1), links=((1, 3),))  # fmt: skip
    schedule = schedule_plan(data)
    assert (schedule.tasks[1].start, schedule.tasks[1].finish) == (at(1), at(2, 17))
    assert (schedule.tasks[2].start, schedule.tasks[2].finish) == (at(2), at(2, 17))
    # Its successor follows the link but never goes before the project start.
    assert schedule.tasks[3].start == at(5)
    assert schedule.project_start == at(1)


def test_leads_never_put_a_task_before_the_project_start():
    # KB Q103971 / KB 149814: a lead from a task at the project start leaves the successor
    # at the project start.
    data = plan(task(1, 2), task(2, 1), links=((1, 2, LinkType.SS, -2 * DAY),
                                               ))  # fmt: skip
    assert schedule_plan(data).tasks[2].start == at(5)
    data = plan(task(1, 1), task(2, 3), links=((1, 2, LinkType.SF, 0),))
    assert schedule_plan(data).tasks[2].start == at(5)


def test_an_actual_start_on_a_saturday_is_kept():
    # Recorded as started Saturday 01-10 10:00: MS Project shows that start; the work runs
    # from Monday (2 days, 50 % done: Monday done, Tuesday remains).
    data = plan(task(1, 2, actual_start=at(10, 10), percent_complete=50))
    t = schedule_plan(data).tasks[1]
    assert (t.start, t.finish) == (at(10, 10), at(13, 17))
    done = plan(task(1, 1, actual_start=at(10, 9), actual_finish=at(11, 15), percent_complete=100))
    t = schedule_plan(done).tasks[1]
    assert (t.start, t.finish) == (at(10, 9), at(11, 15))


def test_an_elapsed_lag_counts_from_an_elapsed_finish_in_non_working_time():
    # A 1ed from Friday 01-09 08:00 ends Saturday 08:00; +1ed = Sunday 08:00, so B starts
    # Monday 01-12 08:00 (not Tuesday: the lag is not added to the snapped Monday).
    from pmdesk.core.entities import LagKind

    data = plan(task(1, 0, duration_elapsed=True, constraint_type=C.SNET, constraint_date=at(9)),
                task(2, 1), links=((1, 2, LinkType.FS, 1440, LagKind.ELAPSED),))  # fmt: skip
    data.tasks[1].duration = 1440
    schedule = schedule_plan(data)
    assert (schedule.tasks[1].start, schedule.tasks[1].finish) == (at(9), at(10, 8))
    assert schedule.tasks[2].start == at(12)


def test_an_elapsed_task_pulled_by_a_finish_bound_keeps_its_length():
    # X 2d ends Tuesday 17:00; E (1ed) FF from X would start Monday 17:00, outside working
    # time: it starts Tuesday 08:00 and runs its full 24 hours (it came out 9 hours long).
    data = plan(task(1, 2), task(2, 0, duration_elapsed=True), links=((1, 2, LinkType.FF),))
    data.tasks[2].duration = 1440
    e = schedule_plan(data).tasks[2]
    assert (e.start, e.finish) == (at(6), at(7))


def test_an_ff_elapsed_lag_bound_on_a_weekend_is_not_met_a_working_day_early():
    # A 5d ends Friday 01-09 17:00; FF +1ed puts the bound on Saturday 17:00. B 2d used to
    # finish "Monday 08:00" (the working instant of Friday 17:00: it worked Thursday and
    # Friday). The lag counts from B's start taken back from A's finish (Thursday 08:00 +
    # 24 h): B runs Friday 08:00 to Monday 17:00, as MPXJ's MicrosoftScheduler schedules it.
    from pmdesk.core.entities import LagKind

    data = plan(task(1, 5), task(2, 2), links=((1, 2, LinkType.FF, 1440, LagKind.ELAPSED),))
    b = schedule_plan(data).tasks[2]
    assert (b.start, b.finish) == (at(9), at(12, 17))
    # SF the same way: A starts Friday 13:00, + 1ed is Saturday 13:00; B 1d starts at
    # Thursday 13:00 + 24 h and finishes Monday 12:00.
    data = plan(task(1, 1, constraint_type=C.SNET, constraint_date=at(9, 13)), task(2, 1),
                links=((1, 2, LinkType.SF, 1440, LagKind.ELAPSED),))  # fmt: skip
    b = schedule_plan(data).tasks[2]
    assert (b.start, b.finish) == (at(9, 13), at(12, 12))


def test_an_ff_elapsed_lag_still_holds_its_link_on_the_wall_clock():
    # A ends Monday 01-12 12:00; FF +1ed: B (1d) may not finish before Tuesday 12:00. Taking
    # B's day back first (Friday 12:00) and adding 24 hours lands on the weekend and would
    # finish B on Monday 17:00, before the link's instant (MPXJ does; Project keeps links).
    from pmdesk.core.entities import LagKind

    data = plan(task(1, 5.5), task(2, 1), links=((1, 2, LinkType.FF, 1440, LagKind.ELAPSED),))
    schedule = schedule_plan(data)
    assert schedule.tasks[1].finish == at(12, 12)
    b = schedule.tasks[2]
    assert (b.start, b.finish) == (at(12, 13), at(13, 12))


def test_an_elapsed_successor_meets_an_elapsed_lag_bound_on_the_wall_clock():
    # A ends Friday 17:00; FF +1ed: E (2ed) must finish no earlier than Saturday 17:00, so it
    # starts Thursday 17:00 -> the next working time, Friday 08:00, and ends Sunday 08:00
    # (it started Monday 08:00 when the bound was first rounded up to Monday).
    from pmdesk.core.entities import LagKind

    data = plan(task(1, 5), task(2, 0, duration_elapsed=True),
                links=((1, 2, LinkType.FF, 1440, LagKind.ELAPSED),))  # fmt: skip
    data.tasks[2].duration = 2880
    e = schedule_plan(data).tasks[2]
    assert (e.start, e.finish) == (at(9), at(11))


def test_a_milestone_held_by_an_elapsed_ss_lag_stays_at_17():
    # M (ALAP milestone) -SS +2000 min elapsed-> S, which starts Wednesday 01-07 08:00 (SNET):
    # M can be as late as Monday 22:40, which is Monday 17:00 in working time. It sat at
    # 16:59 (a start shown in start form, which a milestone is not).
    from pmdesk.core.entities import LagKind

    data = plan(task(1, 0, constraint_type=C.ALAP),
                task(2, 2, constraint_type=C.SNET, constraint_date=at(7)),
                links=((1, 2, LinkType.SS, 2000, LagKind.ELAPSED),))  # fmt: skip
    m = schedule_plan(data).tasks[1]
    assert (m.start, m.finish) == (at(5, 17), at(5, 17))


def test_an_elapsed_alap_task_keeps_its_length():
    # L 5d sets the finish (Friday 17:00); E (16 eh, ALAP) -SS +2000 min elapsed-> S (2d, SNET
    # Monday 01-12). E may start no later than Saturday 22:40 (Friday 17:00 in working
    # time); its late finish moves back to the end of working time, Friday 17:00, so E runs
    # Friday 01:00 to 17:00 (MPXJ agrees). It showed 16:59 to 17:00, one minute long.
    from pmdesk.core.entities import LagKind

    data = plan(task(1, 5), task(2, 0, duration_elapsed=True, constraint_type=C.ALAP),
                task(3, 2, constraint_type=C.SNET, constraint_date=at(12)),
                links=((2, 3, LinkType.SS, 2000, LagKind.ELAPSED),))  # fmt: skip
    data.tasks[2].duration = 960
    e = schedule_plan(data).tasks[2]
    assert (e.start, e.finish) == (at(9, 1), at(9, 17))


def test_a_started_elapsed_task_runs_on_the_wall_clock():
    # E 1 ed started Monday 08:00, 50 % done: it ends Tuesday 08:00, not after 8 working
    # hours more (it finished Tuesday 17:00); MPXJ's MicrosoftScheduler agrees.
    data = plan(task(1, 0, duration_elapsed=True, actual_start=at(5), percent_complete=50))
    data.tasks[1].duration = 1440
    e = schedule_plan(data).tasks[1]
    assert (e.start, e.finish) == (at(5), at(6))


def test_a_started_task_hands_its_predecessors_the_late_start_of_its_remaining_work():
    # A 3d ALAP -> B 5d, B started Monday 01-12 08:00 and half done: it finishes Friday 01-16
    # 17:00; its remaining 2.5 days could start as late as Wednesday 13:00, so A runs
    # Friday 01-09 13:00 to Wednesday 01-14 12:00 (MPXJ's MicrosoftScheduler agrees). B's
    # late start is shown as its actual start.
    data = plan(task(1, 3, constraint_type=C.ALAP),
                task(2, 5, actual_start=at(12), percent_complete=50), links=((1, 2),))  # fmt: skip
    schedule = schedule_plan(data)
    a, b = schedule.tasks[1], schedule.tasks[2]
    assert (a.start, a.finish) == (at(9, 13), at(14, 12))
    assert (b.start, b.finish, b.late_start) == (at(12), at(16, 17), at(12))
