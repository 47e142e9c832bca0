"""The load test, small: 4 editor processes x 60 random edits each (about ten seconds), so
that `make test` keeps it. The full 20 x 500 run is benchmarks/server_load.py, or this test
with PMDESK_LOAD_FULL=1."""

from __future__ import annotations

import os

import pytest

from tests.unit.store.server.load import run_load


# The full run is about a minute alone, more on a busy machine: beyond the suite's 120 s.
@pytest.mark.timeout(900)
def test_many_editors_lose_no_update_and_all_see_the_database(pg_cluster, tmp_path):
    full = os.environ.get("PMDESK_LOAD_FULL") == "1"
    editors, edits = (20, 500) if full else (4, 60)
    url = pg_cluster.create_database("load")
    figures = run_load(url, editors, edits, tmp_path)
    assert figures["acknowledged"] > editors * edits // 2
    assert figures["acknowledged"] + figures["refused"] + figures["failed"] <= editors * edits
