"""The ERRC grid with real mouse events: drag a factor between quadrants, undo, keys."""

import pytest
from canvas_plans import factor_named
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


@pytest.fixture
def grid(workspace):
    workspace.set_mode("errc")
    return workspace.errc


def drag(widget, start: QPoint, end: QPoint, steps: int = 6):
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for n in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * n / steps)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_a_factor_from_reduce_to_eliminate_then_undo(grid, document):
    price = factor_named(document, "Price")
    assert price.errc == "reduce"
    start = grid.chip_rect(price.id).center().toPoint()
    end = grid.zone_rect("eliminate").center().toPoint()
    steps = document.undo_stack.count()
    drag(grid, start, end)
    assert price.errc == "eliminate"
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Move Price to Eliminate"
    assert grid.grid_layout().zone_at(grid.chip_rect(price.id).center()) == "eliminate"
    document.undo_stack.undo()
    assert price.errc == "reduce"
    assert grid.grid_layout().zone_at(grid.chip_rect(price.id).center()) == "reduce"


def test_drag_an_unassigned_factor_into_create_and_back_out(grid, document):
    reporting = factor_named(document, "Reporting")
    assert reporting.errc is None
    drag(
        grid,
        grid.chip_rect(reporting.id).center().toPoint(),
        grid.zone_rect("create").center().toPoint(),
    )
    assert reporting.errc == "create"
    drag(
        grid,
        grid.chip_rect(reporting.id).center().toPoint(),
        grid.zone_rect(None).center().toPoint(),
    )
    assert reporting.errc is None
    document.undo_stack.undo()
    assert reporting.errc == "create"


def test_dropping_in_the_same_quadrant_or_nowhere_changes_nothing(grid, document):
    price = factor_named(document, "Price")
    steps = document.undo_stack.count()
    start = grid.chip_rect(price.id).center().toPoint()
    drag(grid, start, start + QPoint(40, 30))
    outside = QPoint(grid.width() // 2, 4)  # the title band: no zone
    drag(grid, start, outside)
    assert price.errc == "reduce"
    assert document.undo_stack.count() == steps


def test_keys_put_the_selected_factor_in_a_quadrant(grid, document):
    price = factor_named(document, "Price")
    QTest.mouseClick(
        grid,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        grid.chip_rect(price.id).center().toPoint(),
    )
    assert grid.selection_count() == 1
    QTest.keyClick(grid, Qt.Key.Key_A)
    assert price.errc == "raise"
    QTest.keyClick(grid, Qt.Key.Key_0)
    assert price.errc is None


def test_the_grid_follows_edits_made_elsewhere(grid, workspace, document):
    model = workspace.model
    setup = factor_named(document, "Setup effort")
    assert model.setData(model.index(model.row_of(setup.id), 1), "create")
    assert grid.grid_layout().zone_at(grid.chip_rect(setup.id).center()) == "create"
