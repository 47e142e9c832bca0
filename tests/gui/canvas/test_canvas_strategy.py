"""The value curves with real mouse events: drag a point, rename a factor, reorder, undo."""

import pytest
from canvas_plans import factor_named, level, offering_named
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


def drag(widget, start: QPoint, end: QPoint, steps: int = 6):
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for n in range(1, steps + 1):
        QTest.mouseMove(widget, start + (end - start) * n / steps)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_a_point_up_sets_a_snapped_level_in_one_undo_step(workspace, document):
    view = workspace.strategy
    price, own = factor_named(document, "Price"), offering_named(document, "pmdesk")
    assert level(document, price, own) == 3
    layout = view.chart_layout()
    start = view.point_position(price.id, own.id).toPoint()
    # Aim between 6.5 and 7 (6.8): the drop snaps to the nearest half level.
    end = QPoint(start.x() + 3, round(layout.y_of(6.8)))
    steps = document.undo_stack.count()
    drag(view, start, end)
    assert level(document, price, own) == 7.0
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Set pmdesk on Price to 7"
    # The table below follows.
    model = workspace.model
    assert model.data(model.index(model.row_of(price.id), model.column_of(own.id))) == "7"
    document.undo_stack.undo()
    assert level(document, price, own) == 3
    assert model.data(model.index(model.row_of(price.id), model.column_of(own.id))) == "3"


def test_drag_beyond_the_plot_clamps_to_ten_and_a_click_changes_nothing(workspace, document):
    view = workspace.strategy
    reporting, rival = factor_named(document, "Reporting"), offering_named(document, "Spreadsheet")
    start = view.point_position(reporting.id, rival.id).toPoint()
    steps = document.undo_stack.count()
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    assert document.undo_stack.count() == steps
    assert (view.overlay.factor_id, view.overlay.offering_id) == (reporting.id, rival.id)
    drag(view, start, QPoint(start.x(), 5))
    assert level(document, reporting, rival) == 10
    document.undo_stack.undo()
    assert level(document, reporting, rival) == 5


def test_arrow_keys_step_the_selected_level(workspace, document):
    view = workspace.strategy
    price, own = factor_named(document, "Price"), offering_named(document, "pmdesk")
    QTest.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.point_position(price.id, own.id).toPoint(),
    )
    QTest.keyClick(view, Qt.Key.Key_Up)
    QTest.keyClick(view, Qt.Key.Key_Up)
    assert level(document, price, own) == 4
    document.undo_stack.undo()
    assert level(document, price, own) == 3.5


def test_double_click_a_factor_label_renames_it(workspace, document):
    view = workspace.strategy
    price = factor_named(document, "Price")
    QTest.mouseDClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.factor_label_rect(price.id).center().toPoint(),
    )
    editor = view.findChild(QLineEdit)
    assert editor is not None and editor.text() == "Price"
    editor.setText("Total cost")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert price.name == "Total cost"
    assert document.undo_stack.undoText() == "Rename factor to Total cost"
    document.undo_stack.undo()
    assert price.name == "Price"


def test_add_move_and_remove_factors_and_offerings(workspace, document):
    view = workspace.strategy
    offline = factor_named(document, "Works offline")
    QTest.mouseClick(
        view,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        view.factor_label_rect(offline.id).center().toPoint(),
    )
    assert view.overlay.factor_id == offline.id
    new_id = workspace.add_factor("Templates")
    names = [
        f.name for f in sorted(document.data.canvas_factors.values(), key=lambda f: f.position)
    ]
    assert names[2:4] == ["Works offline", "Templates"]  # added after the selected factor
    assert [
        f.position for f in sorted(document.data.canvas_factors.values(), key=lambda f: f.position)
    ] == list(range(10))
    assert sum(1 for v in document.data.canvas_values.values() if v.factor_id == new_id) == 3
    assert workspace.model.rowCount() == 10
    # Move it left twice with Alt+Left.
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    order = [
        f.name for f in sorted(document.data.canvas_factors.values(), key=lambda f: f.position)
    ]
    assert order[:3] == ["Price", "Templates", "Setup effort"]
    # Remove it with the workspace's Delete (its values go with it); undo brings all back.
    workspace.delete()
    assert new_id not in document.data.canvas_factors
    assert not any(v.factor_id == new_id for v in document.data.canvas_values.values())
    document.undo_stack.undo()
    assert document.data.canvas_factors[new_id].position == 1
    assert sum(1 for v in document.data.canvas_values.values() if v.factor_id == new_id) == 3

    offering_id = workspace.add_offering("Whiteboard")
    assert workspace.model.columnCount() == 2 + 4
    assert document.data.canvas_offerings[offering_id].color not in {
        o.color for o in document.data.canvas_offerings.values() if o.id != offering_id
    }
    document.undo_stack.undo()
    assert workspace.model.columnCount() == 2 + 3


def test_context_menu_offers_errc_and_moves(workspace, document):
    view = workspace.strategy
    price = factor_named(document, "Price")
    own = offering_named(document, "pmdesk")
    menu = view.build_menu(price.id, own.id)
    texts = [a.text() for a in menu.actions()]
    assert "Move factor left" in texts and "Remove offering" in texts
    move_left = next(a for a in menu.actions() if a.text() == "Move factor left")
    assert not move_left.isEnabled()  # Price is first
    errc = next(a.menu() for a in menu.actions() if a.text() == "Four actions (ERRC)")
    raise_action = next(a for a in errc.actions() if a.text() == "Raise")
    raise_action.trigger()
    assert price.errc == "raise"
    rival = offering_named(document, "Spreadsheet")
    make_own = next(
        a for a in view.build_menu(None, rival.id).actions() if a.text() == "Our own offering"
    )
    make_own.trigger()
    assert rival.own and not own.own
    document.undo_stack.undo()
    assert own.own and not rival.own


def test_table_edit_goes_through_the_document_and_repaints_the_curve(
    qtbot, workspace, document, monkeypatch
):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    model = workspace.model
    price, rival = factor_named(document, "Price"), offering_named(document, "Cloud PM suite")
    index = model.index(model.row_of(price.id), model.column_of(rival.id))
    assert model.setData(index, "9,5")
    assert level(document, price, rival) == 9.5
    before = workspace.strategy.point_position(price.id, rival.id)
    assert before.y() < workspace.strategy.chart_layout().y_of(9)
    assert not model.setData(index, "11")
    assert "between 0 and 10" in model.error
    qtbot.waitUntil(lambda: said == [model.error])  # the person is told, once
    document.undo_stack.undo()
    assert level(document, price, rival) == 8


def test_copy_puts_the_levels_on_the_clipboard(workspace):
    workspace.copy()
    lines = QApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == [
        "Factor",
        "Action",
        "pmdesk (ours)",
        "Spreadsheet",
        "Cloud PM suite",
    ]
    assert lines[1].split("\t") == ["Price", "Reduce", "3", "1", "8"]


def test_drag_a_factor_label_to_reorder_the_axis(workspace, document):
    view = workspace.strategy
    price, depth = factor_named(document, "Price"), factor_named(document, "Scheduling depth")
    start = view.factor_label_rect(price.id).center().toPoint()
    # Drop on the right half of "Scheduling depth" (4th): Price goes after it.
    end = view.factor_label_rect(depth.id).center().toPoint() + QPoint(20, 0)
    steps = document.undo_stack.count()
    drag(view, start, end)
    order = [
        f.name for f in sorted(document.data.canvas_factors.values(), key=lambda f: f.position)
    ]
    assert order[:5] == [
        "Setup effort",
        "Works offline",
        "Scheduling depth",
        "Price",
        "Roadmap and strategy",
    ]
    assert document.undo_stack.count() == steps + 1
    assert workspace.model.data(workspace.model.index(3, 0)) == "Price"
    document.undo_stack.undo()
    assert price.position == 0 and depth.position == 3


def test_selecting_a_competitor_marks_our_largest_gap_to_it(workspace, document):
    from pmdesk.ui.workspaces.canvas import style

    view = workspace.strategy
    rival, depth = (
        offering_named(document, "Spreadsheet"),
        factor_named(document, "Scheduling depth"),
    )
    layout = view.chart_layout()
    index = [f.id for f in layout.factors].index(depth.id)
    # The tag "+7" sits beside the bracket, halfway between 8 (ours) and 1 (theirs).
    tag = QPoint(round(layout.x_of(index) + layout.column_w * 0.22 + 12), round(layout.y_of(4.5)))

    def tag_colour():
        return view.grab().toImage().pixelColor(tag * view.devicePixelRatioF())

    assert tag_colour() != style.TEXT
    view.select(None, rival.id)
    assert tag_colour() == style.TEXT
