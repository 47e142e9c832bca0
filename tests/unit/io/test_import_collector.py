"""Imports pause the cyclic collector while they build a plan (core/gcpause.py) and always
resume it, whether the file is read or refused."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest

from pmdesk.io import csvfile, csvtext, plancheck
from pmdesk.io.formats import import_file
from pmdesk.io.result import InteropError

pytestmark = pytest.mark.usefixtures("collector_on")


@pytest.mark.parametrize(
    ("text", "refused"),
    [
        ("ID,Name,Predecessors\n1,A,\n2,B,1\n", False),
        ("ID,Name,Duration\n1,A,forever\n", True),  # a bad value: one sentence, no plan
        ("ID,Name,Predecessors\n1,A,2\n2,B,1\n", False),  # a cycle settled after the read
    ],
)
def test_an_import_resumes_the_collector(tmp_path: Path, text: str, refused: bool) -> None:
    path = tmp_path / "plan.csv"
    path.write_text(text, encoding="utf-8")
    if refused:
        with pytest.raises(InteropError):
            import_file(path)
    else:
        assert import_file(path).data.tasks
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_the_rows_and_the_links_are_read_with_the_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    enabled: dict[str, bool] = {}
    read_rows, settle_links = csvtext.read_rows, plancheck._settle_links

    def reading(*args: Any) -> list[list[str]]:
        enabled["reading rows"] = gc.isenabled()
        return read_rows(*args)

    def settling(*args: Any) -> None:
        enabled["settling links"] = gc.isenabled()
        settle_links(*args)

    monkeypatch.setattr(csvfile, "read_rows", reading)
    monkeypatch.setattr(plancheck, "_settle_links", settling)
    path = tmp_path / "plan.csv"
    path.write_text("ID,Name,Predecessors\n1,A,\n2,B,1\n", encoding="utf-8")
    assert len(import_file(path).data.links) == 1
    assert enabled == {"reading rows": False, "settling links": False}
    assert gc.isenabled()
