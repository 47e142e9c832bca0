"""MSPDI carries the plan's calculation options (HonorConstraints and the four status-date
options) both ways, and a missing element means MS Project's default."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.core.scheduling.options import DEFAULTS, MSPDI_ELEMENTS
from pmdesk.io.formats import export_file, import_file

NS = "{http://schemas.microsoft.com/project}"


def _export(tmp_path, settings) -> tuple[ET.Element, PlanData]:
    data = PlanData(Plan(settings=dict(settings)))
    data.add(Task(id=1, name="A"))
    path = tmp_path / "options.xml"
    export_file(data, path)
    return ET.parse(path).getroot(), import_file(path).data


@pytest.mark.parametrize("key", sorted(DEFAULTS))
def test_each_option_goes_out_and_comes_back(tmp_path, key):
    flipped = not DEFAULTS[key]
    root, back = _export(tmp_path, {key: flipped})
    assert root.findtext(NS + MSPDI_ELEMENTS[key]) == str(int(flipped))
    assert back.plan.settings[key] is flipped
    for other in DEFAULTS:
        if other != key:
            assert back.plan.settings[other] is DEFAULTS[other]


def test_defaults_are_written_and_a_missing_element_means_the_default(tmp_path):
    root, back = _export(tmp_path, {})
    assert root.findtext(NS + "HonorConstraints") == "1"
    assert root.findtext(NS + "MoveRemainingStartsForward") == "0"
    for tag in MSPDI_ELEMENTS.values():  # a file without the elements
        root.remove(root.find(NS + tag))
    path = tmp_path / "bare.xml"
    ET.ElementTree(root).write(path)
    settings = import_file(path).data.plan.settings
    assert all(settings.get(key, DEFAULTS[key]) is DEFAULTS[key] for key in DEFAULTS)


def test_a_percent_lag_is_written_and_read_in_whole_percent(tmp_path):
    from pmdesk.core.entities import LagKind, Link, LinkType

    data = PlanData(Plan())
    data.add(Task(id=1, name="A", duration=2400))
    data.add(Task(id=2, name="B"))
    data.add(Link(id=1, predecessor_id=1, successor_id=2, type=LinkType.FS, lag=25,
                  lag_kind=LagKind.PERCENT))  # fmt: skip
    path = tmp_path / "lag.xml"
    export_file(data, path)
    link = ET.parse(path).getroot().find(f".//{NS}PredecessorLink")
    assert (link.findtext(NS + "LinkLag"), link.findtext(NS + "LagFormat")) == ("25", "19")
    (back,) = import_file(path).data.links.values()
    assert (back.lag, back.lag_kind) == (25, LagKind.PERCENT)
