"""Roadmap cards with schedule risk: the P80 forecast and the chance of meeting the target."""

import pytest

from pmdesk.core.risk import simulate
from pmdesk.core.risk.report import DateSpread

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


@pytest.fixture
def workspace(qtbot, document):
    from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

    widget = RoadmapWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1500, 950)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_p80_forecast_on_linked_cards(qtbot, workspace, document):
    state = workspace.state
    assert state.risk_forecasts == {}
    before = workspace.board.viewport().grab().toImage()
    workspace.risk_action.setChecked(True)
    samples = simulate(document.data, 1000, 0)
    linked = [i for i in document.data.roadmap_items.values() if i.linked_task_id is not None]
    assert set(state.risk_forecasts) == {i.id for i in linked}
    for item in linked:
        spread = DateSpread(samples.task_finish[item.linked_task_id])
        p80, on_time = state.risk_forecasts[item.id]
        assert p80 == spread.percentile(80)
        assert on_time == spread.probability_by_day(item.target_end)
    qtbot.wait(50)
    assert workspace.board.viewport().grab().toImage() != before  # the cards say so
    assert workspace.save_state()["risk"] is True
    workspace.risk_action.setChecked(False)
    assert state.risk_forecasts == {}
