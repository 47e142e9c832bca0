"""Imports pause the cyclic collector while they build a plan (collector.py) and always
resume it, whether the file is read or refused."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from pmdesk.io.formats import import_file
from pmdesk.io.result import InteropError


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
    gc.enable()
    if refused:
        with pytest.raises(InteropError):
            import_file(path)
    else:
        assert import_file(path).data.tasks
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
