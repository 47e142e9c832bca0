"""A new plan has an empty canvas: every mode paints, and the first factor and offering can be added."""

import pytest

from pmdesk.core.plandata import PlanData
from pmdesk.ui.workspaces.canvas.workspace import CanvasWorkspace

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


@pytest.fixture
def empty(qtbot, monkeypatch):
    import pmdesk.document

    monkeypatch.setattr(pmdesk.document, "_store", lambda: None)
    document = pmdesk.document.Document(PlanData())
    widget = CanvasWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    document.close()


def test_empty_canvas_paints_every_mode_and_grows(empty, monkeypatch):
    document = empty.document
    messages = []
    monkeypatch.setattr(empty, "show_error", messages.append)
    for mode in ("strategy", "errc", "bmc"):
        empty.set_mode(mode)
        assert not empty.grab().isNull()
    empty.set_mode("strategy")
    offering = empty.add_offering("Us")
    factor = empty.add_factor("Price")
    assert [v.level for v in document.data.canvas_values.values()] == [5.0]
    assert (empty.model.rowCount(), empty.model.columnCount()) == (1, 3)
    position = empty.strategy.point_position(factor, offering)
    assert empty.strategy.chart_layout().hit_point(position) == (factor, offering)
    assert empty.add_factor("  ") is None  # refused with a message, nothing added
    assert messages == ["A factor needs a name."]
    assert len(document.data.canvas_factors) == 1


def test_blank_name_is_refused_with_one_sentence(empty, monkeypatch):
    messages = []
    monkeypatch.setattr(empty, "show_error", messages.append)
    empty.add_factor("   ")
    assert messages == ["A factor needs a name."]
