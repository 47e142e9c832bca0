"""Fixtures of the store tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.store.pmdb_plans import every_kind_plan


@pytest.fixture
def plan_file(tmp_path) -> Path:
    """A sound .pmdb of every_kind_plan() in a temp folder."""
    from pmdesk.store.pmdb import save_plan

    path = tmp_path / "plan.pmdb"
    save_plan(every_kind_plan(), path)
    return path
