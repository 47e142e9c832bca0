"""Round trips pmdesk -> MSPDI -> pmdesk and pmdesk -> .gan -> pmdesk keep every mapped field."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from planstrategies import mapped_fields, plans

from pmdesk.io.formats import export_file, import_file

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _round_trip(data, extension: str):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"plan{extension}"
        export_file(data, path)
        return import_file(path)


@SETTINGS
@given(plans())
def test_mspdi_round_trip_keeps_every_mapped_field(data):
    result = _round_trip(data, ".xml")
    assert mapped_fields(result.data) == mapped_fields(data)


@SETTINGS
@given(plans(gan=True))
def test_gan_round_trip_keeps_every_mapped_field(data):
    result = _round_trip(data, ".gan")
    assert mapped_fields(result.data, gan=True) == mapped_fields(data, gan=True)


def test_demo_plan_round_trip_through_mspdi():
    demo = pytest.importorskip("pmdesk.core.demo")
    data = demo.build_demo_plan()
    result = _round_trip(data, ".xml")
    assert mapped_fields(result.data) == mapped_fields(data)
    assert result.warnings == []
