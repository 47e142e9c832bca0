"""The read-only table models behind the workspace tabs: Qt's model checks, real data,
and refresh after edits."""

import pytest

from pmdesk.core.demo import build_demo_plan
from pmdesk.core.entities import CanvasValue, Resource, Task
from pmdesk.document import Document
from pmdesk.ui.workspaces import canvas_tables, pnl_tables, tables

TABLES = {
    "roadmap": tables.RoadmapTable,
    "canvas": canvas_tables.CanvasTable,
    "canvas notes": canvas_tables.CanvasNotesTable,
    "pnl": pnl_tables.PnlTable,
    "pnl scenarios": pnl_tables.PnlScenarioTable,
    "gantt": tables.GanttTable,
    "resources": tables.ResourcesTable,
}


@pytest.fixture
def document(qapp):
    doc = Document(build_demo_plan())
    yield doc
    doc.close()


@pytest.mark.parametrize("key", TABLES)
def test_every_table_passes_qt_model_checks(qtmodeltester, document, key):
    view = TABLES[key](document)
    try:
        assert view.model.rowCount() > 0 and view.model.columnCount() > 0
        qtmodeltester.check(view.model, force_py=True)
    finally:
        view.deleteLater()


def test_gantt_rows_follow_the_outline(document):
    view = tables.GanttTable(document)
    model = view.model
    assert model.rowCount() == len(document.data.tasks)
    first = document.data.children(None)[0]
    assert model.cell_text(0, 2) == first.name
    child = document.data.children(first.id)[0]
    assert model.cell_text(1, 1) in ("1.1",) and model.cell_text(1, 2).strip() == child.name
    assert model.cell_text(1, 2).startswith("    ")  # indented under its summary


def test_tables_refresh_after_edits_and_undo(document):
    gantt = tables.GanttTable(document)
    task = document.data.children(None)[0]
    document.set_fields(Task, task.id, "Rename task", name="Phase zero")
    assert gantt.model.cell_text(0, 2) == "Phase zero"
    document.undo_stack.undo()
    assert gantt.model.cell_text(0, 2) == task.name

    resources = tables.ResourcesTable(document)
    before = resources.model.rowCount()
    document.add_entities([Resource(document.data.new_id(Resource), "Zed", group="zz")],
                          "Add resource")
    assert resources.model.rowCount() == before + 1
    assert resources.model.cell_text(before, 0) == "Zed"  # sorted by group: last


def test_canvas_shows_each_offering_as_a_column(document):
    canvas = canvas_tables.CanvasWorkspace(document)
    model = canvas.values.model
    offerings = document.data.canvas_offerings
    assert model.columnCount() == 2 + len(offerings)
    value = next(iter(document.data.canvas_values.values()))
    document.set_fields(CanvasValue, value.id, "Change level", level=9.5)
    texts = [model.cell_text(r, c) for r in range(model.rowCount())
             for c in range(2, model.columnCount())]
    assert "9.5" in texts


def test_canvas_notes_follow_the_canvas_blocks(document):
    widget = canvas_tables.CanvasNotesTable(document)  # owns the model: keep it alive
    notes = widget.model
    blocks = [notes.cell_text(r, 1) for r in range(notes.rowCount())]
    assert notes.rowCount() == len(document.data.canvas_notes)
    assert blocks[0] == "Key partners"
    order = [canvas_tables.BLOCK_ORDER.index(b.lower().replace(" ", "_")) for b in blocks]
    assert order == sorted(order)


def test_pnl_caption_names_the_periods_and_follows_edits(document):
    from pmdesk.core.entities import Plan

    widget = pnl_tables.PnlWorkspace(document)
    settings = dict(document.data.plan.settings)
    pnl = dict(settings.get("pnl") or {})
    pnl.update(period="month", periods=36, first_period="2027-01-01", discount_rate=0.08)
    document.set_fields(Plan, 1, "Change P&L periods", settings={**settings, "pnl": pnl})
    assert widget.lines.label.text() == (
        f"P&L lines in {document.data.plan.currency}: 36 months from 2027-01-01, "
        "discount rate 8.0% (read-only)")
    assert widget.scenarios.model.rowCount() == len(document.data.pnl_scenarios)
