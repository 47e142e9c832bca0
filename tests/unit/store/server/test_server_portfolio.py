"""`pmdesk portfolio` over a real server's plans."""

from __future__ import annotations

import json

from pmdesk.cli import main
from pmdesk.store import server
from tests.unit.core.test_portfolio import plan_with


def test_portfolio_command_lists_the_servers_plans(pg_url, capsys):
    server.push(plan_with("A", "Ana", 5, baseline_days=3), pg_url, "A")
    server.push(plan_with("B", "Ana", 3), pg_url, "B")
    assert main(["portfolio", pg_url]) == 0
    out = capsys.readouterr().out
    assert "A: 1 tasks, finish 2027-01-08, slip +2 days" in out
    assert "Ana (A, B): peak 200%, over-allocated on 3 days from 2027-01-04" in out
    assert main(["portfolio", pg_url, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert [p["name"] for p in found["plans"]] == ["A", "B"]
    assert found["shared_resources"][0]["work_hours_by_plan"] == {"A": 40.0, "B": 24.0}
