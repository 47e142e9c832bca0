"""`pmdesk pnl FILE [--scenario NAME] [--json]` on the demo plan."""

import json

import pytest

from pmdesk.cli import main
from pmdesk.core.demo import build_demo_plan
from pmdesk.core.finance import evaluate_pnl
from pmdesk.core.scheduling import schedule_plan


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    from pmdesk.store.pmdb import save_plan

    path = tmp_path_factory.mktemp("pnl") / "demo.pmdb"
    save_plan(build_demo_plan(), path)
    return path


def test_text_report_lists_lines_totals_and_kpis(demo_file, capsys):
    assert main(["pnl", str(demo_file)]) == 0
    out = capsys.readouterr().out
    data = build_demo_plan()
    sheet = evaluate_pnl(data, schedule_plan(data), None)
    assert out.splitlines()[0].split()[:3] == ["EUR", "Q4", "2026"]
    assert "Pro subscriptions" in out and "Operating result (EBITDA)" in out
    assert f"NPV at 10.0%: {round(sheet.kpis.npv):,} EUR".replace(",-", "-") in out
    assert "Scenario: Base." in out


def test_json_report_for_a_named_scenario(demo_file, capsys):
    assert main(["pnl", str(demo_file), "--scenario", "optimistic", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    data = build_demo_plan()
    sheet = evaluate_pnl(data, schedule_plan(data), 2)
    assert report["scenario"] == "Optimistic"
    assert report["kpis"]["npv"] == pytest.approx(sheet.kpis.npv)
    assert report["kpis"]["irr"] == pytest.approx(sheet.kpis.irr)
    net = next(row for row in report["rows"] if row["label"] == "Net cash flow")
    assert net["values"] == pytest.approx(sheet.net_cash)
    assert len(report["periods"]) == 13


def test_unknown_scenario_is_a_user_error(demo_file, capsys):
    assert main(["pnl", str(demo_file), "--scenario", "Moonshot"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("pmdesk: There is no scenario") and "Pessimistic" in err


def test_cost_of_delay_is_reported(demo_file, capsys):
    from pmdesk.core.finance.sheet import cost_of_delay

    assert main(["pnl", str(demo_file), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    data = build_demo_plan()
    schedule = schedule_plan(data)
    expected = cost_of_delay(evaluate_pnl(data, schedule, None), data, schedule)
    assert expected > 0
    assert report["kpis"]["cost_of_delay_per_period"] == pytest.approx(expected)
