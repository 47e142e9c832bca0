"""The Roadmap workspace over the demo plan: delivery forecasts, table model, timeline, exports."""

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from pmdesk.core.entities import Horizon, RoadmapItem, Task

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


@pytest.fixture
def workspace(qtbot, document):
    from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

    widget = RoadmapWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1500, 950)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def item_by_title(document, title):
    return next(item for item in document.data.roadmap_items.values() if item.title == title)


def test_delaying_the_linked_task_turns_the_slip_flag_on(workspace, document):
    card = item_by_title(document, "Planning board")
    state = workspace.state
    before = state.forecast(card.id)
    assert before.finish is not None and not before.slipping
    assert before.finish == document.schedule.tasks[card.linked_task_id].finish
    task = document.data.tasks[card.linked_task_id]
    # The project manager makes the task 40 working days longer, as in the Gantt's duration column.
    document.set_fields(Task, task.id, "Set duration", duration=task.duration + 40 * 480)
    after = state.forecast(card.id)
    assert after.finish > before.finish
    assert after.finish.date() > card.target_end
    assert after.slipping and after.slip_days == (after.finish.date() - card.target_end).days
    # The board, the table and the CLI rows all read the same state.
    row = workspace.model.row_of(card.id)
    slip_column = next(n for n, c in enumerate(workspace.model.columns) if c.key == "slip")
    assert workspace.model.index(row, slip_column).data() == f"+{after.slip_days} d"
    document.undo_stack.undo()
    assert state.forecast(card.id) == before


def test_delaying_a_predecessor_moves_the_forecast(workspace, document):
    card = item_by_title(document, "Public launch")
    state = workspace.state
    before = state.forecast(card.id).finish
    link = next(
        link for link in document.data.links.values() if link.successor_id == card.linked_task_id
    )
    predecessor = document.data.tasks[link.predecessor_id]
    document.set_fields(
        Task, predecessor.id, "Set duration", duration=predecessor.duration + 60 * 480
    )
    after = state.forecast(card.id)
    assert after.finish > before
    assert after.slipping


def test_items_model_passes_the_model_tester(qtmodeltester, workspace, document):
    model = workspace.model
    # The tester stays connected: it also checks the layout changes and resets that follow.
    qtmodeltester.check(model, force_py=True)
    score = next(n for n, c in enumerate(model.columns) if c.key == "score")
    model.sort(score, Qt.SortOrder.AscendingOrder)
    workspace.text_filter.setText("plan")
    assert model.rowCount() == 3
    card = item_by_title(document, "Planning board")
    document.set_fields(RoadmapItem, card.id, "Rename card", title="Planning board 2")
    assert model.index(model.row_of(card.id), 0).data() == "Planning board 2"
    workspace.text_filter.setText("")
    assert model.rowCount() == 14


@pytest.mark.parametrize("order", [Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder])
def test_unscored_items_sort_last_in_both_orders(workspace, order):
    model = workspace.model
    score = next(n for n, c in enumerate(model.columns) if c.key == "score")
    model.sort(score, order)
    values = [model.index(row, score).data() for row in range(model.rowCount())]
    assert values[-2:] == ["—", "—"]
    numbers = [workspace.state.scores[model.item_at(row).id] for row in range(model.rowCount() - 2)]
    assert numbers == sorted(numbers, reverse=order == Qt.SortOrder.DescendingOrder)


def test_editing_an_input_in_the_table_is_one_undo_step(workspace, document):
    model = workspace.model
    card = item_by_title(document, "Referral rewards")  # RICE with effort 0: unscored
    row = model.row_of(card.id)
    effort = next(n for n, c in enumerate(model.columns) if c.key == "input:effort")
    assert model.setData(model.index(row, effort), "2")
    assert workspace.state.scores[card.id] == pytest.approx(1500 * 0.5 * 0.5 / 2)
    assert document.undo_stack.undoText() == "Set Effort"
    document.undo_stack.undo()
    assert workspace.state.scores[card.id] is None
    reach_of_wsjf = model.row_of(item_by_title(document, "Sync engine").id)
    assert not model.flags(model.index(reach_of_wsjf, effort)) & Qt.ItemFlag.ItemIsEditable


def test_plan_delivery_creates_and_links_a_summary_and_milestone(workspace, document):
    card = item_by_title(document, "Shared plans with comments")
    tasks_before = set(document.data.tasks)
    workspace.state.select([card.id], card.id)
    assert workspace.plan_action.isEnabled()
    workspace.plan_delivery()
    new = set(document.data.tasks) - tasks_before
    assert len(new) == 2
    summary = document.data.tasks[card.linked_task_id]
    milestone = next(document.data.tasks[i] for i in new if i != summary.id)
    assert summary.name == card.title and milestone.parent_id == summary.id and milestone.milestone
    forecast = workspace.state.forecast(card.id)
    assert forecast.finish is not None and forecast.finish.date() >= card.target_start
    assert not workspace.plan_action.isEnabled()
    document.undo_stack.undo()
    assert set(document.data.tasks) == tasks_before and card.linked_task_id is None


def test_timeline_drag_moves_dates_and_edge_drag_changes_the_end(qtbot, workspace, document):
    workspace.set_mode("timeline")
    timeline = workspace.timeline
    card = item_by_title(document, "Reporting dashboard")
    start, end = card.target_start, card.target_end
    rect = timeline.bar_viewport_rect(card.id)
    px = timeline.timeline_layout().px_per_day
    viewport = timeline.viewport()
    origin = rect.center()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, origin)
    QTest.mouseMove(viewport, origin + QPoint(int(7 * px), 0))
    QTest.mouseMove(viewport, origin + QPoint(int(14 * px) + 1, 0))
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        origin + QPoint(int(14 * px) + 1, 0),
    )
    assert (card.target_start, card.target_end) == (
        start + timedelta(days=14),
        end + timedelta(days=14),
    )
    assert document.undo_stack.undoText() == "Change card dates"
    document.undo_stack.undo()
    assert (card.target_start, card.target_end) == (start, end)
    rect = timeline.bar_viewport_rect(card.id)
    edge = QPoint(rect.right() - 1, rect.center().y())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    QTest.mouseMove(viewport, edge + QPoint(int(10 * px) + 1, 0))
    QTest.mouseRelease(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        edge + QPoint(int(10 * px) + 1, 0),
    )
    assert (card.target_start, card.target_end) == (start, end + timedelta(days=10))


def test_timeline_never_hides_undated_items(workspace, document):
    layout = workspace.timeline.timeline_layout()
    undated = {
        i.id
        for i in document.data.roadmap_items.values()
        if not i.target_start and not i.target_end
    }
    assert undated and undated <= set(layout.item_rows)
    assert set(layout.item_rows) == set(document.data.roadmap_items)


def test_showing_the_timeline_lays_it_out_once_and_a_wider_view_stretches_it(
    qtbot, workspace, monkeypatch
):
    """Showing the timeline resizes it as its scroll bar appears; each resize laid out every
    card again. A width the calendar already covers keeps the layout; a wider view than the
    items need stretches the calendar to fill it."""
    timeline = workspace.timeline
    made = []
    make = timeline._make_layout
    monkeypatch.setattr(timeline, "_make_layout", lambda: made.append(1) or make())
    workspace.set_mode("timeline")
    timeline.viewport().repaint()
    assert timeline.timeline_layout().width > 0
    assert len(made) == 1  # read, not made again
    workspace.resize(workspace.width(), workspace.height() - 100)
    qtbot.waitUntil(lambda: timeline.viewport().height() < 800)
    assert len(made) == 1
    timeline.set_unit("year")  # a coarse unit: the items fill less than the view
    narrow = timeline.timeline_layout()
    assert narrow.width >= timeline.viewport().width()
    workspace.resize(workspace.width() + 600, workspace.height())
    qtbot.waitUntil(lambda: timeline.timeline_layout() is not narrow)
    assert timeline.timeline_layout().width >= timeline.viewport().width() > narrow.width


def test_fiscal_year_setting_is_an_undoable_plan_setting(workspace, document):
    workspace.set_mode("timeline")
    workspace.fy_combo.setCurrentIndex(3)  # April
    workspace.fy_combo.activated.emit(3)
    assert document.data.plan.settings["roadmap"]["fiscal_year_start_month"] == 4
    workspace.timeline.set_unit("quarter")
    labels = [p.label for p in workspace.timeline.timeline_layout().periods]
    assert any(label.startswith("Q4 FY27") for label in labels)
    document.undo_stack.undo()
    assert document.data.plan.settings["roadmap"]["fiscal_year_start_month"] == 1


def test_ice_mode_setting_changes_ice_scores(workspace, document):
    card = item_by_title(document, "Security review")  # ICE 8, 7, 6
    assert workspace.state.scores[card.id] == pytest.approx(336)
    workspace.ice_average.trigger()
    assert workspace.state.scores[card.id] == pytest.approx(7)
    document.undo_stack.undo()
    assert workspace.state.scores[card.id] == pytest.approx(336)


def test_filters_apply_to_every_view_and_say_what_is_hidden(workspace, document):
    workspace.text_filter.setText("launch")
    visible = {item.title for item in workspace.state.visible}
    assert visible == {"Public launch"}
    assert workspace.model.rowCount() == 1
    assert workspace.count_label.text().startswith("1 of 14 items")
    assert set(workspace.timeline.timeline_layout().item_rows) == {
        item_by_title(document, "Public launch").id
    }
    workspace.reset_filter()
    assert len(workspace.state.visible) == 14


def test_dependency_warning_when_the_blocker_moves_later(workspace, document):
    public = item_by_title(document, "Public launch")
    board_item = item_by_title(document, "Planning board")
    assert public.id not in workspace.state.warnings
    workspace.board.move_to([board_item.id], board_item.lane_id, Horizon.LATER, 0)
    assert any("blocked by “Planning board”" in w for w in workspace.state.warnings[public.id])


def test_item_dialog_applies_as_one_step(qtbot, workspace, document):
    from pmdesk.ui.workspaces.roadmap.dialog import ItemDialog

    card = item_by_title(document, "Portfolio view")  # RICE without effort: unscored
    dialog = ItemDialog(workspace.state, card.id)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Portfolio overview")
    dialog.input_edits["effort"].setText("3")
    dialog.tags.setText("enterprise, reporting")
    dialog.horizon.setCurrentIndex(dialog.horizon.findData("next"))
    steps = document.undo_stack.count()
    dialog.apply()
    assert document.undo_stack.count() == steps + 1
    assert (card.title, card.tags, card.horizon) == (
        "Portfolio overview",
        ["enterprise", "reporting"],
        Horizon.NEXT,
    )
    assert workspace.state.scores[card.id] == pytest.approx(900 * 2 * 0.5 / 3)
    document.undo_stack.undo()
    assert (card.title, card.horizon, card.score_inputs.get("effort")) == (
        "Portfolio view",
        Horizon.LATER,
        None,
    )


def test_exports(tmp_path, workspace, document):
    from PySide6.QtGui import QImage

    from pmdesk.ui.workspaces.roadmap.export import ExportError, export_csv, export_picture

    for name in ("board.png", "board.pdf", "board.svg", "timeline.png", "timeline.svg"):
        view = workspace.board if name.startswith("board") else workspace.timeline
        export_picture(view, tmp_path / name)
        assert (tmp_path / name).stat().st_size > 1000
    image = QImage(str(tmp_path / "board.png"))
    size = workspace.board.content_size()
    assert (image.width(), image.height()) == (int(size.width()) * 2, int(size.height()) * 2)
    assert (tmp_path / "board.pdf").read_bytes().startswith(b"%PDF")
    assert "Planning board" in (tmp_path / "board.svg").read_text(encoding="utf-8")
    with pytest.raises(ExportError):
        export_picture(workspace.board, tmp_path / "board.bmp")
    count = export_csv(workspace.state, tmp_path / "items.csv")
    import csv

    rows = list(csv.DictReader(open(tmp_path / "items.csv", encoding="utf-8")))
    assert count == len(rows) == 14
    by_title = {row["title"]: row for row in rows}
    assert by_title["Planning board"]["score"] == "1600"
    assert by_title["Referral rewards"]["score"] == ""
    assert (
        by_title["Planning board"]["slipping"] == "no"
        and by_title["Portfolio view"]["slipping"] == ""
    )


def test_chart_figure_has_a_bubble_per_item_with_value_and_effort(workspace):
    from pmdesk.ui.workspaces.roadmap.chart import bubbles_of

    bubbles, missing = bubbles_of(workspace.state)
    assert len(bubbles) + missing == 14
    assert missing == 1  # Portfolio view has no effort
    assert all(0 <= b.value <= 10 and 0 <= b.effort <= 10 for b in bubbles)
    workspace.set_mode("chart")
    figure = workspace.chart.figure()
    assert len(figure.axes[0].collections[0].get_offsets()) == len(bubbles)


def test_board_screenshot_is_not_blank(tmp_path, workspace):
    image = workspace.grab().toImage()
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)
    }
    assert len(colours) > 10


def test_drag_across_an_undated_row_gives_the_item_dates(workspace, document):
    workspace.set_mode("timeline")
    timeline = workspace.timeline
    card = item_by_title(document, "Live co-editing")
    layout = timeline.timeline_layout()
    row = layout.item_rows[card.id]
    offset = timeline.to_content(QPoint(0, 0))
    y = int(row.y + row.h / 2 - offset.y())
    wanted_start = layout.periods[2].start
    x0 = int(layout.x_of(wanted_start) - offset.x())
    x1 = int(layout.x_of(wanted_start + timedelta(days=20)) - offset.x())
    viewport = timeline.viewport()
    QTest.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x0, y)
    )
    QTest.mouseMove(viewport, QPoint(x1, y))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x1, y)
    )
    assert card.target_start == wanted_start
    assert card.target_end == wanted_start + timedelta(days=20)
    assert timeline.timeline_layout().bar_rect(card) is not None


def test_read_only_plan_refuses_drags(qtbot, workspace, document, monkeypatch):
    monkeypatch.setattr(type(document), "read_only", property(lambda self: True))
    card = item_by_title(document, "Sync engine")
    board = workspace.board
    start = board.item_viewport_rect(card.id).center()
    viewport = board.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + QPoint(step * 80, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(400, 0)
    )
    assert card.horizon == Horizon.NOW
    assert document.undo_stack.count() == 0


def test_card_tooltip_names_forecast_and_warnings(workspace, document):
    from pmdesk.ui.workspaces.roadmap.board import card_tooltip

    public = item_by_title(document, "Public launch")
    board_item = item_by_title(document, "Planning board")
    workspace.board.move_to([board_item.id], board_item.lane_id, Horizon.LATER, 0)
    text = card_tooltip(workspace.state, public)
    assert "Public launch" in text and "RICE score 4,000" in text
    assert "Delivery forecast" in text and "blocked by" in text


def test_print_to_a_pdf_printer(tmp_path, workspace):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "roadmap.pdf"))
    from pmdesk.printing.preview import paint_on

    assert paint_on(printer, workspace.document, "roadmap", workspace) >= 1
    assert (tmp_path / "roadmap.pdf").read_bytes().startswith(b"%PDF")


def test_an_empty_plan_starts_with_a_lane_and_a_card(qtbot):
    from pmdesk.core.plandata import PlanData
    from pmdesk.document import Document
    from pmdesk.ui.workspaces.roadmap.workspace import RoadmapWorkspace

    document = Document(PlanData())
    widget = RoadmapWorkspace(document)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    assert widget.board.board_layout().rows == []
    widget.board.add_lane()  # opens the inline editor on the new lane's name
    QTest.keyClicks(widget.board._editor, "Onboarding")
    QTest.keyClick(widget.board._editor, Qt.Key.Key_Return)
    assert [lane.name for lane in document.data.roadmap_lanes.values()] == ["Onboarding"]
    widget.board.add_card_inline(0, 0)
    QTest.keyClicks(widget.board._editor, "Guided tour")
    QTest.keyClick(widget.board._editor, Qt.Key.Key_Return)
    assert [item.title for item in document.data.roadmap_items.values()] == ["Guided tour"]
    assert widget.count_label.text() == "1 items · 1 without dates"
    document.close()


def _slip_pixels(board, item_id) -> int:
    """How many pixels of the card are drawn in the slip colour."""
    from pmdesk.ui.workspaces.roadmap.style import SLIP

    image = board.viewport().grab(board.item_viewport_rect(item_id)).toImage()
    return sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).rgb() == SLIP.rgb()
    )


def test_typing_a_longer_duration_in_the_gantt_table_flags_the_card(qtbot, workspace, document):
    """The cross-workspace path end to end: the Gantt editor's table and the roadmap share one
    Document; a duration typed in the Gantt reschedules and the card's forecast follows."""
    editor_module = pytest.importorskip("pmdesk.gantt.editor")
    from pmdesk.models.tasktree import COLUMN_INDEX

    gantt = editor_module.GanttEditor(document)
    qtbot.addWidget(gantt)
    card = item_by_title(document, "Mobile companion")
    before = workspace.state.forecast(card.id)
    assert not before.slipping
    assert _slip_pixels(workspace.board, card.id) == 0
    index = gantt.model.index_for_task(card.linked_task_id, COLUMN_INDEX["duration"])
    assert gantt.model.setData(index, "80d")
    after = workspace.state.forecast(card.id)
    assert after.finish > before.finish and after.slipping
    assert _slip_pixels(workspace.board, card.id) > 20  # the red slip flag is on the card
    document.undo_stack.undo()
    assert workspace.state.forecast(card.id) == before


def test_clicking_a_bubble_selects_its_card(qtbot, workspace, document):
    workspace.set_mode("chart")
    chart = workspace.chart
    canvas = chart.figure_widget.canvas
    canvas.draw()
    card = item_by_title(document, "Public launch")
    index = next(n for n, b in enumerate(chart._bubbles) if b.key == card.id)
    axes = canvas.figure.axes[0]
    x, y = axes.transData.transform(axes.collections[0].get_offsets()[index])
    # matplotlib's y axis points up, Qt's down; the canvas may scale by the device pixel ratio.
    ratio = canvas.device_pixel_ratio
    point = QPoint(int(x / ratio), int(canvas.height() - y / ratio))
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    assert workspace.state.selection == [card.id]


def test_table_keeps_showing_the_selection_after_cards_change(workspace, document):
    from pmdesk.ui.workspaces.roadmap import editing

    card = item_by_title(document, "Sync engine")
    workspace.state.select([card.id], card.id)
    editing.add_item(document, "Another card", 1, Horizon.NOW)  # a new row: the model resets
    rows = {index.row() for index in workspace.table.selectionModel().selectedRows()}
    assert rows == {workspace.model.row_of(card.id)}
    assert workspace.state.selection == [card.id]


def test_csv_export_keeps_formula_like_titles_as_text(tmp_path, workspace, document):
    import csv

    from pmdesk.ui.workspaces.roadmap.export import export_csv

    item = item_by_title(document, "Planning board")
    document.set_fields(
        RoadmapItem, item.id, "Rename", title="=cmd|' /C calc'!A0", tags=["@evil", "ok"]
    )
    export_csv(workspace.state, tmp_path / "items.csv")
    rows = list(csv.DictReader(open(tmp_path / "items.csv", encoding="utf-8")))
    row = next(r for r in rows if "calc" in r["title"])
    assert row["title"] == "'=cmd|' /C calc'!A0"
    assert row["tags"] == "'@evil; ok"
    assert all(
        not value.startswith(("=", "+", "@", "\t", "\r")) for r in rows for value in r.values()
    )


def test_table_columns_are_sized_when_the_table_is_first_shown(workspace):
    # Not at start-up (a window opening on the board does not wait for the table's cells).
    header = workspace.table.horizontalHeader()
    default = header.defaultSectionSize()
    assert all(header.sectionSize(c) == default for c in range(header.count()))
    workspace.set_mode("table")
    assert header.sectionSize(0) == 230
    assert any(header.sectionSize(c) != default for c in range(1, header.count()))
    header.resizeSection(1, 111)  # a width the person chose stays when they come back
    workspace.set_mode("board")
    workspace.set_mode("table")
    assert header.sectionSize(1) == 111
