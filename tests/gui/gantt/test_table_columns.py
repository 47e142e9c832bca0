"""Columns: Insert Column / Hide Column from the header's menu, from every field (calculated
ones read-only), custom fields typed into, the table kept in the plan file (set, order,
widths) through save and reopen; a double-click on a header edge fits the column."""

import pytest
from gantt_plans import small_plan
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.document import Document
from pmdesk.gantt.editor import GanttEditor
from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS, DEFAULT_SHOWN
from pmdesk.store.pmdb import save_plan

# The offscreen platform says so for shown windows and pop-up menus: not our warnings.
pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise", "does not support grabbing"
)


def make_editor(qtbot, document):
    widget = GanttEditor(document)
    qtbot.addWidget(widget)
    widget.resize(1400, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.table.setFocus()
    return widget


@pytest.fixture
def editor(qtbot, document):
    return make_editor(qtbot, document)


def shown(editor):
    return [key for key, _width in editor.table.columns.current()]


def insert_by_keyboard(editor, qtbot, before_key, words):
    """Header menu -> Insert column... -> type to filter -> Enter."""
    header = editor.table.header()
    pos = header.sectionViewportPosition(COLUMN_INDEX[before_key]) + 5
    header.customContextMenuRequested.emit(header.rect().topLeft() + type(header.pos())(pos, 5))
    menu = editor.table.column_menu
    menu.actions()[0].trigger()
    menu.close()
    chooser = editor.table.chooser
    qtbot.waitExposed(chooser)
    QTest.keyClicks(chooser.filter, words)
    QTest.keyClick(chooser.filter, Qt.Key.Key_Return)


def test_a_new_plan_shows_the_entry_table(editor):
    assert shown(editor) == list(DEFAULT_SHOWN)


def test_insert_column_before_the_clicked_one_and_hide_it(editor, document, qtbot):
    insert_by_keyboard(editor, qtbot, "duration", "free float")
    keys = shown(editor)
    assert keys[keys.index("name") + 1] == "free_float"
    assert document.undo_stack.count() == 1
    index = editor.model.index_for_task(2, COLUMN_INDEX["free_float"])
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable  # calculated: read-only
    assert index.data() == "0 d"
    editor.table.columns.hide(COLUMN_INDEX["free_float"])
    assert "free_float" not in shown(editor)
    document.undo_stack.undo()  # the hide
    assert "free_float" in shown(editor)
    document.undo_stack.undo()  # the insert
    assert shown(editor) == list(DEFAULT_SHOWN)


def test_the_chooser_offers_every_hidden_field(editor, qtbot):
    editor.table.choose_column(0)
    chooser = editor.table.chooser
    keys = {
        chooser.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(chooser.list.count())
    }
    assert keys == {c.key for c in COLUMNS} - set(DEFAULT_SHOWN)
    for wanted in (
        "unique_id",
        "successors",
        "actual_start",
        "remaining_duration",
        "work",
        "fixed_cost",
        "constraint_type",
        "constraint_date",
        "deadline",
        "priority",
        "calendar",
        "notes",
        "baseline10_cost",
        "cost_variance",
        "critical",
        "text30",
        "number20",
        "date10",
        "flag20",
    ):
        assert wanted in keys
    chooser.reject()


def test_custom_fields_and_editable_fields_are_typed_into(editor, document, qtbot):
    for key in ("text1", "number2", "date3", "flag4", "priority", "deadline"):
        editor.table.columns.insert(key, 4)

    def type_cell(key, text):
        editor.select_task(3, key)
        for char in text:
            QTest.keyClicks(QApplication.focusWidget(), char)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    type_cell("text1", "Backend")
    type_cell("number2", "12.5")
    type_cell("date3", "2026-04-01")
    type_cell("flag4", "yes")
    type_cell("priority", "800")
    type_cell("deadline", "2026-03-20")
    task = document.data.tasks[3]
    assert task.custom_fields == {
        "text1": "Backend",
        "number2": 12.5,
        "date3": "2026-04-01T00:00",
        "flag4": True,
    }
    assert task.priority == 800 and task.deadline.hour == 17
    assert editor.model.index_for_task(3, COLUMN_INDEX["flag4"]).data() == "Yes"
    assert editor.model.index_for_task(2, COLUMN_INDEX["flag4"]).data() == "No"
    type_cell("number2", "lots")
    assert "is not a number" in editor.message.text()
    assert task.custom_fields["number2"] == 12.5


def test_columns_survive_save_and_reopen(qtbot, tmp_path):
    path = tmp_path / "table.pmdb"
    save_plan(small_plan(), path)
    document = Document.open(path)
    try:
        editor = make_editor(qtbot, document)
        editor.table.columns.insert("text1", 2)
        editor.table.columns.insert("deadline", 99)
        editor.table.columns.hide(COLUMN_INDEX["wbs"])
        editor.table.setColumnWidth(COLUMN_INDEX["name"], 300)
        QTest.mouseRelease(editor.table.header().viewport(), Qt.MouseButton.LeftButton)
        layout = editor.table.columns.current()
        document.save()
    finally:
        document.close()
    reopened = Document.open(path, read_only=True)
    try:
        again = make_editor(qtbot, reopened)
        assert again.table.columns.current() == layout
        keys = [key for key, _ in layout]
        assert keys[2] == "text1" and keys[-1] == "deadline" and "wbs" not in keys
        assert dict(layout)["name"] == 300
        assert again.table.isColumnHidden(COLUMN_INDEX["wbs"])
    finally:
        reopened.close()


def test_double_click_on_a_header_edge_fits_the_column(editor, document):
    name = COLUMN_INDEX["name"]
    editor.table.setColumnWidth(name, 30)
    editor.table.header().sectionHandleDoubleClicked.emit(name)
    width = editor.table.columnWidth(name)
    assert width > 60  # "Release" and the indentation fit
    assert dict(editor.table.columns.current())["name"] == width
    assert document.undo_stack.count() == 1


@pytest.mark.parametrize(
    "settings",
    [
        {"task_table": "columns"},
        {"task_table": {"columns": [["name", "wide"], ["nosuch", 80], [1, 2], "id"]}},
        {"task_table": {"columns": [["duration", 80]]}},  # no Name: not a table
        {"task_table": {"columns": [["name", True]]}},
        {"task_table": {"columns": None}},
    ],
)
def test_a_damaged_column_setting_falls_back_to_the_entry_table(settings):
    from pmdesk.core.entities import Plan
    from pmdesk.gantt.tablecolumns import stored_columns

    assert [key for key, _ in stored_columns(Plan(settings=settings))] == list(DEFAULT_SHOWN)


def test_widths_are_kept_within_bounds():
    from pmdesk.core.entities import Plan
    from pmdesk.gantt.tablecolumns import stored_columns

    plan = Plan(settings={"task_table": {"columns": [["name", 10**9], ["id", -5]]}})
    assert stored_columns(plan) == [("name", 2000), ("id", 16)]


def test_a_column_the_table_hides_still_has_its_text_for_print_and_copy(editor):
    """Rows format a column when it is first read: the printout may print columns the table
    does not show."""
    assert editor.table.isColumnHidden(COLUMN_INDEX["unique_id"])
    texts = editor.model.row_texts(4)
    assert texts[COLUMN_INDEX["unique_id"]] == "4"
    assert texts[COLUMN_INDEX["successors"]] == ""
    assert editor.model.row_texts(3)[COLUMN_INDEX["successors"]] == "4"


def test_configuring_the_table_asks_only_the_shown_columns_cells(qtbot, document):
    # The table hides the plan's other columns before laying its rows out: asking the first
    # row's ~200 cells for their sizes, again for each setting, was a tenth of a start-up.
    from pmdesk.gantt.tableview import TaskTableView
    from pmdesk.models.tasktree import TaskTreeModel

    table = TaskTableView()
    qtbot.addWidget(table)
    model = TaskTreeModel(document, table)
    table.setModel(model)
    asked: set[int] = set()
    data = model.data
    model.data = lambda index, role=Qt.ItemDataRole.DisplayRole: (  # type: ignore[method-assign]
        asked.add(index.column()) or data(index, role)
    )
    table.configure(document)
    assert asked <= {COLUMN_INDEX[key] for key in DEFAULT_SHOWN}
    assert shown(type("Editor", (), {"table": table})) == list(DEFAULT_SHOWN)
