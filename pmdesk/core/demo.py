"""The demo plan: a realistic product launch touching every part of pmdesk, built by code.

`pmdesk demo -o FILE` and `pmdesk --demo` write it; tests and screenshots use it. Dates are
fixed (not relative to today) so screenshots and tests are reproducible.
"""

from __future__ import annotations

from datetime import datetime

from pmdesk.core.demo_business import add_canvas, add_pnl
from pmdesk.core.demo_project import add_calendar, add_links, add_people, add_tasks
from pmdesk.core.demo_roadmap import add_roadmap
from pmdesk.core.demo_tracking import add_estimates, add_tracking
from pmdesk.core.entities import Plan
from pmdesk.core.plandata import PlanData


def build_demo_plan(language: str = "en") -> PlanData:
    """A product launch plan: ~60 tasks, 8 people, a roadmap, a strategy canvas and a P&L;
    ``language`` "id" gives the Indonesian team's plan, in rupiah (``demo_id``)."""
    plan = Plan(
        name="Aurora 2.0 launch",
        currency="EUR",
        start=datetime(2026, 10, 5, 8, 0),
        status_date=datetime(2026, 11, 26, 17, 0),
        default_calendar_id=1,
        created=datetime(2026, 10, 1, 9, 0),
        settings={
            "pnl": {
                "period": "quarter",
                "periods": 13,
                "first_period": "2026-10-01",
                "discount_rate": 0.10,
            },
            "roadmap": {"fiscal_year_start_month": 1, "ice_mode": "product"},
            # A plan being tracked: work not done by the status date is rescheduled after it
            # (MS Project's "Move start of remaining parts before status date forward").
            "move_remaining_starts_forward": True,
        },
    )
    data = PlanData(plan)
    add_calendar(data)
    people = add_people(data)
    tasks = add_tasks(data, people)
    add_links(data, tasks)
    add_roadmap(data, tasks)
    add_canvas(data)
    add_pnl(data, tasks)
    add_estimates(data, tasks)
    if language == "id":
        from pmdesk.core.demo_id import to_indonesian

        # Before the baseline and the actual costs: they are worked out from the rupiah rates
        # and the Indonesian holidays (the earned value compares like with like).
        to_indonesian(data)
    add_tracking(data, tasks, people)
    return data
