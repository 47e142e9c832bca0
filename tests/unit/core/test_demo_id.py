"""The Indonesian demo plan (`pmdesk demo --lang id`): the same launch, named in Bahasa
Indonesia, staffed and priced in rupiah, with Indonesian national holidays."""

import subprocess
import sys

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.demo_id import NAMES, PEOPLE, PLAN_NAME
from pmdesk.core.finance.sheet import evaluate_pnl
from pmdesk.core.localeformat import format_money
from pmdesk.core.scheduling.scheduler import schedule_plan


def test_everything_named_is_in_indonesian():
    english, indonesian = build_demo_plan(), build_demo_plan("id")
    assert indonesian.plan.name == PLAN_NAME and indonesian.plan.currency == "IDR"
    same = {"Platform", "Spreadsheet", "pmdesk"}  # the same word in both languages
    for kind in (
        "tasks",
        "roadmap_lanes",
        "roadmap_items",
        "canvas_factors",
        "pnl_lines",
        "pnl_scenarios",
        "resources",
        "risks",
    ):
        before, after = getattr(english, kind), getattr(indonesian, kind)
        assert before.keys() == after.keys()
        for key, entity in after.items():
            attr = "title" if hasattr(entity, "title") else "name"
            old, new = getattr(before[key], attr), getattr(entity, attr)
            assert new != old or old in same, f"{kind} {old!r} is still English"
    assert {r.name for r in indonesian.resources.values()} == {p[0] for p in PEOPLE.values()}
    assert all(name in NAMES.values() for name in (t.name for t in indonesian.tasks.values()))


def test_the_plan_is_the_same_launch_in_rupiah():
    english, indonesian = build_demo_plan(), build_demo_plan("id")
    assert len(indonesian.links) == len(english.links)
    assert len(indonesian.assignments) == len(english.assignments)
    assert all(r.standard_rate >= 100_000 for r in indonesian.resources.values())
    holidays = {e.name for e in indonesian.calendar_exceptions.values()}
    assert "Hari Raya Idul Fitri" in holidays and "Christmas" not in holidays
    schedule = schedule_plan(indonesian)
    sheet = evaluate_pnl(indonesian, schedule, None)
    total_revenue = sheet.kpis.total_revenue
    assert total_revenue > 1e9  # billions of rupiah, not euros
    assert format_money(total_revenue, "IDR", "id_ID", compact=True).endswith("miliar")


def test_demo_command_writes_the_indonesian_plan(tmp_path):
    target = tmp_path / "demo.pmdb"
    run = subprocess.run(
        [sys.executable, "-m", "pmdesk", "demo", "--lang", "id", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    info = subprocess.run(
        [sys.executable, "-m", "pmdesk", "info", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert PLAN_NAME in info.stdout
    pnl = subprocess.run(
        [sys.executable, "-m", "pmdesk", "pnl", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert pnl.stdout.startswith("IDR") and "Langganan Pro" in pnl.stdout


def test_demo_command_refuses_an_unknown_language(tmp_path):
    run = subprocess.run(
        [sys.executable, "-m", "pmdesk", "demo", "--lang", "xx", "-o", str(tmp_path / "d.pmdb")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode != 0 and run.stderr.count("\n") == 1
    assert 'no "xx" translation' in run.stderr and not (tmp_path / "d.pmdb").exists()


def test_the_earned_value_compares_rupiah_with_rupiah():
    """The baseline and the actual costs are worked out after the plan is priced in rupiah:
    costs run over as in the English plan (a CPI of about 0.9), not by a factor of 1,500."""
    from pmdesk.core.earnedvalue import plan_earned_value

    def cpi(data) -> float:
        status = data.plan.status_date
        value = plan_earned_value(data, schedule_plan(data), status).plan.cpi
        assert value is not None
        return value

    english, indonesian = cpi(build_demo_plan()), cpi(build_demo_plan("id"))
    assert 0.8 < english < 1 and abs(indonesian - english) < 0.05
