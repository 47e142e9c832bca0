"""`pmdesk risk FILE [--iterations N] [--seed S] [--json]`: output, repeatability, errors."""

import json

import pytest

from pmdesk import cli
from pmdesk.core.demo import build_demo_plan
from pmdesk.store.pmdb import save_plan


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("risk") / "demo.pmdb"
    save_plan(build_demo_plan(), path)
    return path


def _json(capsys, *args):
    assert cli.main(["risk", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_report_and_same_seed_same_numbers(capsys, demo_file):
    first = _json(capsys, str(demo_file), "--iterations", "400", "--seed", "9")
    assert first["iterations"] == 400 and first["seed"] == 9
    finish = first["finish"]
    assert finish["p10"] <= finish["p50"] <= finish["p80"] <= finish["p95"]
    assert first["planned_finish"] == "2027-03-22T17:00"
    launch = next(t for t in first["tasks"] if t["name"] == "Launch event")
    assert launch["deadline"] == "2027-04-30T17:00" and 0 <= launch["on_time"] <= 1
    assert {r["title"] for r in first["roadmap"]} >= {"Public launch", "Sync engine"}
    assert first["drivers"][0]["correlation"] >= first["drivers"][-1]["correlation"]
    again = _json(capsys, str(demo_file), "--iterations", "400", "--seed", "9")
    assert again == first
    other = _json(capsys, str(demo_file), "--iterations", "400", "--seed", "10")
    assert other["finish"] != first["finish"] or other["drivers"] != first["drivers"]


def test_text_report(capsys, demo_file):
    assert cli.main(["risk", str(demo_file), "--iterations", "200"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("200 iterations (seed 0), 36 tasks vary.")
    assert "Finish  P10 " in out and "Roadmap: Public launch" in out
    assert "Drivers of the finish" in out


@pytest.mark.parametrize("args, sentence", [
    (["--iterations", "0"], "The number of iterations must be between 1 and 100,000."),
    (["--iterations", "1000000000"], "The number of iterations must be between 1 and 100,000."),
    (["--iterations", "many"], "The number of iterations must be a whole number, not 'many'."),
    (["--seed", "-1"], "The seed must be between 0 and 9,223,372,036,854,775,807."),
])  # fmt: skip
def test_bad_options_are_one_line_on_stderr(capsys, demo_file, args, sentence):
    assert cli.main(["risk", str(demo_file), *args]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"pmdesk: {sentence}\n"


def test_bad_estimates_in_the_file_are_one_line(capsys, tmp_path):
    data = build_demo_plan()
    task = next(t for t in data.tasks.values() if t.name == "Sync engine")
    task.duration_optimistic = task.duration_pessimistic + 480
    path = tmp_path / "bad.pmdb"
    save_plan(data, path)
    assert cli.main(["risk", str(path)]) == 1
    err = capsys.readouterr().err
    assert err == (
        "pmdesk: Task 'Sync engine': The optimistic duration cannot be longer than "
        "the most likely duration.\n"
    )


def test_missing_file_is_one_line(capsys, tmp_path):
    assert cli.main(["risk", str(tmp_path / "nope.pmdb")]) == 1
    assert capsys.readouterr().err.count("\n") == 1
