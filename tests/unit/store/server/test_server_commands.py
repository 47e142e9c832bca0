"""`pmdesk push` and `pmdesk pull` against a real server: round trip, listing, one-line errors."""

from __future__ import annotations

from pmdesk.cli import main
from pmdesk.core.demo import build_demo_plan
from pmdesk.store import pmdb
from tests.unit.store.pmdb_plans import assert_same_plan


def test_push_then_pull_gives_the_plan_back_and_check_passes(pg_url, tmp_path, capsys):
    source = tmp_path / "demo.pmdb"
    pmdb.save_plan(build_demo_plan(), source)
    assert main(["push", str(source), "--to", pg_url, "--name", "Demo"]) == 0
    assert "as plan 'Demo'" in capsys.readouterr().out
    assert main(["pull", pg_url, "--list"]) == 0
    assert capsys.readouterr().out.startswith("Demo\t")
    target = tmp_path / "back.pmdb"
    assert main(["pull", pg_url + "?plan=Demo", "-o", str(target)]) == 0
    assert main(["check", str(target)]) == 0
    before, after = pmdb.load_plan(source), pmdb.load_plan(target)
    assert after.plan.modified >= before.plan.modified  # saving the pulled copy stamps it
    after.plan.modified = before.plan.modified
    assert_same_plan(before, after)


def test_errors_are_one_line_and_exit_non_zero(pg_url, tmp_path, capsys):
    source = tmp_path / "demo.pmdb"
    pmdb.save_plan(build_demo_plan(), source)
    assert main(["push", str(source), "--to", pg_url + "?plan=P"]) == 0
    capsys.readouterr()
    cases = [
        (["push", str(source), "--to", pg_url + "?plan=P"], "already has a plan named 'P'"),
        (["push", str(source), "--to", "http://nowhere/db"], "is not a server address"),
        (["pull", pg_url, "--plan", "Q", "-o", str(tmp_path / "q.pmdb")], "no plan named 'Q'"),
        (["pull", pg_url, "--plan", "P"], "Say where to write the plan"),
        (["pull", pg_url, "--plan", "P", "-o", str(source)], "exists already"),
    ]
    for argv, sentence in cases:
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and sentence in err, (argv, err)


def test_pull_offline_then_sync_lists_conflicts_and_takes_a_decision(pg_url, tmp_path, capsys):
    from pmdesk.core.entities import Task
    from pmdesk.store import server

    server.push(build_demo_plan(), pg_url, "Demo")
    path = tmp_path / "laptop.pmdb"
    assert main(["pull", pg_url, "--plan", "Demo", "--offline", "-o", str(path)]) == 0
    mine = pmdb.load_plan(path)
    first = min(mine.tasks)
    mine.update(Task, first, name="Mine")
    pmdb.save_plan(mine, path)
    theirs = server.pull(pg_url, "Demo")
    theirs.update(Task, first, name="Theirs")
    server.push(theirs, pg_url, "Demo", replace=True)
    capsys.readouterr()
    assert main(["sync", str(path)]) == 1
    out = capsys.readouterr().out
    assert f"task:{first}:name: mine 'Mine', theirs 'Theirs'" in out
    assert main(["sync", str(path), "--mine", f"task:{first}:name"]) == 0
    assert server.pull(pg_url, "Demo").tasks[first].name == "Mine"
    assert pmdb.load_plan(path).tasks[first].name == "Mine"
    assert main(["check", str(path)]) == 0


def test_sync_without_conflicts_is_one_round_trip(pg_url, tmp_path, capsys, monkeypatch):
    from pmdesk.core.entities import Task
    from pmdesk.store import server
    from pmdesk.store.server import offline

    server.push(build_demo_plan(), pg_url, "Demo")
    path = tmp_path / "laptop.pmdb"
    assert main(["pull", pg_url, "--plan", "Demo", "--offline", "-o", str(path)]) == 0
    mine = pmdb.load_plan(path)
    first, last = min(mine.tasks), max(mine.tasks)
    mine.update(Task, first, name="Mine")
    pmdb.save_plan(mine, path)
    theirs = server.pull(pg_url, "Demo")
    theirs.update(Task, last, name="Theirs")
    server.push(theirs, pg_url, "Demo", replace=True)
    merges = []
    real_merge = offline.merge
    monkeypatch.setattr(offline, "merge", lambda *a: merges.append(a) or real_merge(*a))
    assert main(["sync", str(path)]) == 0
    assert len(merges) == 1  # merged and written once, not merged again to be written
    back = server.pull(pg_url, "Demo")
    assert (back.tasks[first].name, back.tasks[last].name) == ("Mine", "Theirs")
    assert pmdb.load_plan(path).tasks[last].name == "Theirs"


def test_sync_all_theirs_decides_every_conflict_in_one_merge(pg_url, tmp_path, capsys, monkeypatch):
    from pmdesk.core.entities import Task
    from pmdesk.store import server
    from pmdesk.store.server import offline

    server.push(build_demo_plan(), pg_url, "Demo")
    path = tmp_path / "laptop.pmdb"
    assert main(["pull", pg_url, "--plan", "Demo", "--offline", "-o", str(path)]) == 0
    mine = pmdb.load_plan(path)
    first = min(mine.tasks)
    mine.update(Task, first, name="Mine")
    pmdb.save_plan(mine, path)
    theirs = server.pull(pg_url, "Demo")
    theirs.update(Task, first, name="Theirs")
    server.push(theirs, pg_url, "Demo", replace=True)
    merges = []
    real_merge = offline.merge
    monkeypatch.setattr(offline, "merge", lambda *a: merges.append(a) or real_merge(*a))
    assert main(["sync", str(path), "--all", "theirs"]) == 0
    assert len(merges) == 1
    assert pmdb.load_plan(path).tasks[first].name == "Theirs"
