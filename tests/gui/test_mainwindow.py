"""The main window: role selector, tabs, title and modified marker, the unsaved-changes
prompt, undo/redo through the Edit menu, recent files, remembered settings, drops."""

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDropEvent, QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSplitter, QVBoxLayout, QWidget

from pmdesk.core.entities import Plan, Resource, RoadmapItem, RoadmapLane, Task
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document
from pmdesk.ui import dialogs, workspaces
from pmdesk.ui.app import FileOpenFilter
from pmdesk.ui.mainwindow import MainWindow
from pmdesk.ui.settings import RECENT_LIMIT, RecentFiles, app_settings


def small_plan() -> PlanData:
    data = PlanData(Plan(name="Launch"))
    data.load(
        [
            Task(1, "Design", duration=960),
            Task(2, "Build", duration=2400, position=1),
            Resource(1, "Ada", standard_rate=80.0),
            RoadmapLane(1, "Core"),
            RoadmapItem(1, "Beta", lane_id=1, target_start=date(2026, 2, 1)),
        ]
    )
    return data


def make_window(qtbot, data=None) -> MainWindow:
    window = MainWindow(Document(data if data is not None else small_plan()))
    qtbot.addWidget(window, before_close_func=_discard_changes)
    return window


def _discard_changes(window: MainWindow) -> None:
    # qtbot closes the window at teardown; no prompt may block there.
    window.document.undo_stack.setClean()


@pytest.fixture
def window(qtbot):
    return make_window(qtbot)


def test_role_selector_switches_workspaces(window):
    actions = window.actions_
    actions.role["product"].trigger()
    assert window.role() == "product"
    assert window.workspace.current_key() == "roadmap"
    assert actions.role["product"].isChecked() and not actions.role["project"].isChecked()
    assert window.workspace.tab_bar("product").count() == 3

    actions.role["project"].trigger()
    assert window.workspace.current_key() == "gantt"
    assert actions.role["project"].isChecked()
    assert window.workspace.tab_bar("project").count() == 4  # Gantt, Resources, Timeline, Risk

    # The role buttons are the toolbar's own: always visible.
    assert actions.role["product"] in window.actions_.toolbar.actions()


def test_tabs_are_built_on_first_show_and_show_real_data(window):
    assert set(window.workspace.built_views()) == {window.workspace.current_key()}
    window.show_tab("canvas")
    assert window.role() == "product"
    window.show_tab("resources")
    assert window.role() == "project"
    resources = window.workspace.current_view()
    assert resources.model.rowCount() == 1
    assert resources.model.cell_text(0, 0) == "Ada"


def test_every_registered_tab_builds_on_the_demo_plan(qtbot):
    from pmdesk.core.demo import build_demo_plan

    window = make_window(qtbot, build_demo_plan())
    for key in workspaces.WIDGETS:
        window.show_tab(key)
        assert window.workspace.current_key() == key
        assert window.workspace.current_view() is not None
    assert set(window.workspace.built_views()) == set(workspaces.WIDGETS)


def test_title_shows_name_file_and_modified_marker(window):
    assert "Launch" in window.windowTitle() and "[*]" in window.windowTitle()
    assert not window.isWindowModified()
    window.document.set_fields(Task, 1, "Rename task", name="Discovery")
    assert window.isWindowModified()
    window.document.set_fields(Plan, 1, "Rename plan", name="Launch v2")
    assert "Launch v2" in window.windowTitle()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()
    assert "Launch v2" not in window.windowTitle()


def test_undo_and_redo_through_the_edit_menu(window):
    undo, redo = window.actions_.undo, window.actions_.redo
    assert not undo.isEnabled()
    window.show_tab("resources")
    resources = window.workspace.current_view()
    window.document.set_fields(Resource, 1, "Rename resource", name="Grace")
    assert resources.model.cell_text(0, 0) == "Grace"
    window.document.set_fields(Task, 1, "Rename task", name="Discovery")
    assert undo.isEnabled() and undo.text() == "&Undo Rename task"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert undo in edit_menu.actions() and redo in edit_menu.actions()

    undo.trigger()
    assert window.document.data.tasks[1].name == "Design"
    assert redo.text() == "&Redo Rename task"
    assert undo.text() == "&Undo Rename resource"
    undo.trigger()
    assert resources.model.cell_text(0, 0) == "Ada"  # the view followed

    redo.trigger()
    redo.trigger()
    assert window.document.data.tasks[1].name == "Discovery"
    assert resources.model.cell_text(0, 0) == "Grace"
    assert not redo.isEnabled()


@pytest.mark.parametrize(
    "answer, closes, saved",
    [
        (QMessageBox.StandardButton.Cancel, False, False),
        (QMessageBox.StandardButton.Discard, True, False),
        (QMessageBox.StandardButton.Save, True, True),
    ],
)
def test_closing_with_unsaved_changes_asks(qtbot, monkeypatch, answer, closes, saved):
    window = make_window(qtbot)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: asked.append(args[2]) or answer
    )
    saves = []
    monkeypatch.setattr(window.files, "save", lambda: saves.append(1) or True)
    window.document.set_fields(Task, 1, "Rename task", name="Discovery")

    assert window.close() is closes
    assert len(asked) == 1 and "Launch" in asked[0]
    assert bool(saves) is saved


def test_closing_a_clean_plan_does_not_ask(qtbot, monkeypatch):
    window = make_window(qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    assert window.close()


def test_new_plan_asks_and_replaces_the_document(window, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, name: "discard")
    window.document.set_fields(Task, 1, "Rename task", name="Discovery")
    old = window.document
    asked = []
    monkeypatch.setattr(
        window, "show_project_info", lambda new_plan=False: asked.append(new_plan) or False
    )  # Cancel
    assert window.files.new_plan()
    assert asked == [True]  # Project Information comes first; Cancel keeps the defaults
    assert window.document is not old and not window.document.data.tasks
    start = window.document.data.plan.start
    # The next working day at the calendar's first working minute, never a weekend.
    assert start.date() >= date.today() and start.weekday() < 5 and start.hour == 8
    assert (start.date() - date.today()).days <= 2
    assert window.document.data.plan.default_calendar_id in window.document.data.calendars
    assert not window.actions_.undo.isEnabled()  # the new document's (empty) history
    assert not window.workspace.current_view().model.order  # only the blank entry rows


def test_recent_files_list(tmp_path):
    recent = RecentFiles(app_settings())
    paths = [str(tmp_path / f"plan{i}.pmdb") for i in range(RECENT_LIMIT + 2)]
    for path in paths:
        recent.add(path)
    recent.add(paths[3])
    listed = recent.paths()
    assert listed[0] == paths[3]
    assert len(listed) == RECENT_LIMIT and len(set(listed)) == RECENT_LIMIT
    assert paths[0] not in listed  # the oldest fell off
    assert RecentFiles(app_settings()).paths() == listed  # kept in the settings file
    ini = os.path.join(os.environ["PMDESK_CONFIG_DIR"], "pmdesk", "pmdesk.ini")
    assert os.path.isfile(ini) and paths[3] in open(ini, encoding="utf-8").read()
    recent.remove(paths[3])
    assert paths[3] not in recent.paths()


def test_open_recent_menu_opens_the_chosen_file(window, monkeypatch, tmp_path):
    first, second = str(tmp_path / "a&b.pmdb"), str(tmp_path / "c.pmdb")
    window.recent.add(first)
    window.recent.add(second)
    opened = []
    monkeypatch.setattr(window.files, "open_path", opened.append)
    menu = window.actions_.recent_menu
    menu.aboutToShow.emit()
    entries = [a for a in menu.actions() if a.data()]
    assert [a.data() for a in entries] == [second, first]
    assert entries[1].text() == f"&2 {first.replace('&', '&&')}"
    entries[1].trigger()
    assert opened == [first]


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen platform says so on show
def test_role_tab_geometry_and_splitters_are_restored(qtbot, monkeypatch):
    class SplitView(QWidget):
        def __init__(self, document, parent=None):
            super().__init__(parent)
            self.splitter = QSplitter(self)
            self.splitter.setObjectName("split")
            self.splitter.addWidget(QWidget())
            self.splitter.addWidget(QWidget())
            QVBoxLayout(self).addWidget(self.splitter)

    monkeypatch.setitem(workspaces.WIDGETS, "resources", SplitView)
    first = make_window(qtbot)
    first.show_tab("resources")
    first.resize(700, 520)  # inside the offscreen screen (800x600)
    first.show()
    qtbot.waitExposed(first)
    first.workspace.current_view().splitter.setSizes([150, 600])
    sizes = first.workspace.current_view().splitter.sizes()
    first.show_tab("pnl")
    assert first.close()

    second = make_window(qtbot)
    second.show()
    qtbot.waitExposed(second)
    assert second.role() == "product" and second.workspace.current_key() == "pnl"
    assert (second.size().width(), second.size().height()) == (700, 520)
    second.set_role("project")
    assert second.workspace.current_key() == "resources"
    splitter = second.workspace.current_view().splitter
    qtbot.waitUntil(lambda: sum(splitter.sizes()) == sum(sizes))  # laid out at full width
    assert all(abs(a - b) <= 2 for a, b in zip(splitter.sizes(), sizes, strict=True))
    assert sizes[0] < sizes[1]


def test_copy_is_offered_where_the_view_supports_it(window):
    edit = window.actions_.edit
    window.show_tab("resources")
    assert edit["copy"].isEnabled() and not edit["cut"].isEnabled()
    assert not edit["paste"].isEnabled() and not edit["delete"].isEnabled()
    view = window.workspace.current_view()
    view.view.selectRow(0)
    assert window.selection_label.text() == "1 selected"
    edit["copy"].trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].startswith("Name\t") and lines[1].startswith("Ada\t")


def test_dropping_a_plan_opens_it(window, monkeypatch, tmp_path):
    opened = []
    monkeypatch.setattr(window.files, "open_path", opened.append)
    mime = QMimeData()
    mime.setUrls(
        [
            QUrl.fromLocalFile(str(tmp_path / "notes.txt")),
            QUrl.fromLocalFile(str(tmp_path / "plan.pmdb")),
        ]
    )
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    assert opened == [str(tmp_path / "plan.pmdb")]


def test_macos_file_open_event_reaches_the_handler(qapp):
    filter_ = FileOpenFilter(qapp)
    try:
        QApplication.sendEvent(qapp, QFileOpenEvent("/plans/early.pmdb"))
        opened = []
        filter_.set_handler(opened.append)
        assert opened == ["/plans/early.pmdb"]  # kept until the window was there
        QApplication.sendEvent(qapp, QFileOpenEvent("/plans/late.pmdb"))
        assert opened == ["/plans/early.pmdb", "/plans/late.pmdb"]
        assert QEvent.Type.FileOpen == QFileOpenEvent("/x").type()
    finally:
        qapp.removeEventFilter(filter_)
        filter_.deleteLater()


# pmdesk's own application (one per process, so in a process of its own): FileOpen reaches the
# handler through PmdeskApplication.event, and no filter sees the other events of the app.
_OWN_APPLICATION = """
from PySide6.QtCore import QEvent
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pmdesk.ui.app import FileOpenFilter, PmdeskApplication, application

filtered = []
FileOpenFilter.eventFilter = lambda self, watched, event: filtered.append(event) or False
app = application()
assert isinstance(app, PmdeskApplication)
opener = app.findChild(FileOpenFilter)
QApplication.sendEvent(app, QFileOpenEvent("/plans/early.pmdb"))
opened = []
opener.set_handler(opened.append)
QApplication.sendEvent(app, QFileOpenEvent("/plans/late.pmdb"))
button = QPushButton("x")
button.show()
app.processEvents()
button.close()
print(opened, len(filtered))
"""


def test_file_open_event_reaches_the_handler_through_pmdesk_application(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", _OWN_APPLICATION],
        capture_output=True,
        text=True,
        env=dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PMDESK_CONFIG_DIR=str(tmp_path),
            PMDESK_LANG="en",
        ),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "['/plans/early.pmdb', '/plans/late.pmdb'] 0"


def test_standard_shortcuts(window):
    actions = window.actions_

    def keys(action):
        return {k.toString() for k in action.shortcuts()}

    assert "Ctrl+N" in keys(actions.new) and "Ctrl+O" in keys(actions.open)
    assert "Ctrl+S" in keys(actions.save) and "Ctrl+Shift+S" in keys(actions.save_as)
    assert "Ctrl+P" in keys(actions.print) and "Ctrl+Q" in keys(actions.quit)
    assert "Ctrl+Z" in keys(actions.undo) and "Ctrl+Y" in keys(actions.redo)
    assert "Ctrl+Shift+Z" in keys(actions.redo)  # both redo keys on every platform


def test_about_names_the_versions():
    text = dialogs.versions_text()
    for word in ("pmdesk", "Qt", "Python", "SQLite"):
        assert word in text


def test_edit_entries_follow_the_views_selection_and_task_jumps_reach_the_gantt(qtbot, monkeypatch):
    class PickyView(QWidget):
        selectionCountChanged = Signal(int)
        taskActivated = Signal(int)

        def __init__(self, document, parent=None):
            super().__init__(parent)
            self.selected = 0
            self.deleted = 0

        def selection_count(self):
            return self.selected

        def delete(self):
            self.deleted += 1

        def can_edit(self, name):
            return name == "delete" and self.selected > 0

    class TaskView(QWidget):
        def __init__(self, document, parent=None):
            super().__init__(parent)
            self.shown = []

        def select_task(self, task_id):
            self.shown.append(task_id)

    monkeypatch.setitem(workspaces.WIDGETS, "canvas", PickyView)
    monkeypatch.setitem(workspaces.WIDGETS, "gantt", TaskView)
    window = make_window(qtbot)
    window.show_tab("canvas")
    view = window.workspace.current_view()
    delete = window.actions_.edit["delete"]
    assert not delete.isEnabled()
    view.selected = 2
    view.selectionCountChanged.emit(2)
    assert delete.isEnabled() and window.selection_label.text() == "2 selected"
    delete.trigger()
    assert view.deleted == 1

    view.taskActivated.emit(7)
    assert window.workspace.current_key() == "gantt"
    assert window.workspace.current_view().shown == [7]
