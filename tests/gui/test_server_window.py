"""A window on a server plan: opened by address, others' edits appear in the Gantt table
without losing the selection, presence in the status bar, a refusal as one sentence."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document
from pmdesk.models.taskcolumns import COLUMN_INDEX
from pmdesk.store import server
from pmdesk.store.server.address import without_password
from pmdesk.ui import dialogs
from pmdesk.ui.mainwindow import MainWindow
from pmdesk.ui.server_controller import LAST_ADDRESS_KEY


def plan() -> PlanData:
    data = PlanData(Plan(name="Launch"))
    data.load(
        [
            Task(i + 1, name, duration=480, position=i)
            for i, name in enumerate(["Design", "Build", "Test", "Ship"])
        ]
    )
    return data


@pytest.fixture
def plan_url(pg_url):
    server.push(plan(), pg_url, "Launch")
    return pg_url + "?plan=Launch"


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    win = MainWindow(Document(plan()))
    win.errors = errors
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    win.show()
    yield win
    win.document.close()


def test_open_by_address_live_updates_keep_selection_and_show_presence(window, plan_url, qtbot):
    assert window.files.open_path(plan_url)
    doc = window.document
    assert doc.on_server and "127.0.0.1" in window.windowTitle()
    editor = window.workspace.view("gantt")
    editor.select_task(3, "name")
    bob = Document.open_server(plan_url, editor="bob")
    try:
        qtbot.waitUntil(
            lambda: window.server.presence_label.text() == "Also open by: bob", timeout=5000
        )
        bob.set_fields(Task, 2, "Rename", name="Build it")

        def name(task_id):
            return editor.model.index_for_task(task_id, COLUMN_INDEX["name"]).data()

        qtbot.waitUntil(lambda: name(2) == "Build it", timeout=2000)
        assert editor.current_task_id() == 3 and editor.selected_task_ids() == [3]
        assert "Changes from bob arrived." in window.statusBar().currentMessage()
        # Typing into a cell bob changed a moment ago (before ana heard of it): one sentence.
        doc.follower.stop()
        bob.set_fields(Task, 3, "Rename", name="QA")
        model = editor.model
        assert not model.setData(model.index_for_task(3, COLUMN_INDEX["name"]), "Testing")
        assert name(3) == "QA"
    finally:
        bob.close()


def test_open_from_server_asks_for_the_plan_and_keeps_no_password(window, plan_url, monkeypatch):
    base = plan_url.split("?")[0]
    with_password = base.replace("pmdesk_admin@", "pmdesk_admin:secret@")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (with_password, True))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Launch", True))
    assert window.server.open_dialog()
    assert window.document.on_server and window.document.name == "Launch"
    stored = window.settings.value(LAST_ADDRESS_KEY)
    assert "secret" not in stored and stored.endswith("plan=Launch")


def test_an_unknown_plan_is_one_sentence(window, pg_url):
    assert not window.files.open_path(pg_url + "?plan=Nope")
    assert window.errors == [
        f"There is no plan named 'Nope' on the server at {pg_url.split('@')[1]}."
    ]
    assert not window.document.on_server


def test_without_password_keeps_everything_else():
    assert (
        without_password("postgresql://a:pw@h:5433/db?plan=X&sslmode=require")
        == "postgresql://a@h:5433/db?plan=X&sslmode=require"
    )
    assert without_password("postgresql://a@h/db") == "postgresql://a@h/db"


def test_take_offline_then_sync_with_a_conflict_decided_in_the_dialog(
    window, plan_url, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from pmdesk.ui.sync_dialog import SyncConflictsDialog

    assert window.files.open_path(plan_url)
    target = tmp_path / "laptop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_._enable_server_actions()
    assert window.actions_.take_offline.isEnabled() and not window.actions_.sync.isEnabled()
    assert window.server.take_offline()
    doc = window.document
    assert doc.path == str(target) + ".pmdb" and not doc.on_server
    window.actions_._enable_server_actions()
    assert window.actions_.sync.isEnabled()
    doc.set_fields(Task, 1, "Rename", name="Mine")
    doc.set_fields(Task, 4, "Rename", name="Ship (offline)")
    theirs = Document.open_server(plan_url, editor="bob")
    theirs.set_fields(Task, 1, "Rename", name="Theirs")
    theirs.set_fields(Task, 2, "Rename", name="Build (server)")
    theirs.close()
    shown = []

    def decide(dialog):
        shown.append(
            [
                dialog.table.item(r, c).text()
                for r in range(dialog.table.rowCount())
                for c in range(4)
            ]
        )
        dialog.choosers[0].setCurrentIndex(dialog.choosers[0].findData("mine"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SyncConflictsDialog, "exec", decide)
    assert window.server.sync()
    assert shown == [["task 1 \u201cTheirs\u201d", "name", "Mine", "Theirs"]]
    merged = window.document
    assert [merged.data.tasks[i].name for i in (1, 2, 4)] == [
        "Mine",
        "Build (server)",
        "Ship (offline)",
    ]
    assert not merged.modified
    pulled = server.pull(plan_url)
    assert [pulled.tasks[i].name for i in (1, 2, 4)] == ["Mine", "Build (server)", "Ship (offline)"]


def test_portfolio_lists_plans_and_shared_people_and_opens_one(window, pg_url, monkeypatch):
    from tests.unit.core.test_portfolio import plan_with

    server.push(plan_with("A", "Ana", 5, baseline_days=3), pg_url, "A")
    server.push(plan_with("B", "Ana", 3), pg_url, "B")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (pg_url, True))
    seen = []

    def show(dialog):
        seen.append(
            [
                [dialog.plans.item(r, c).text() for c in range(4)]
                for r in range(dialog.plans.rowCount())
            ]
        )
        seen.append(
            [
                [dialog.pool.item(r, c).text() for c in range(5)]
                for r in range(dialog.pool.rowCount())
            ]
        )
        dialog.plans.cellDoubleClicked.emit(1, 0)
        return 1

    from pmdesk.ui.portfolio_dialog import PortfolioDialog

    monkeypatch.setattr(PortfolioDialog, "exec", show)
    assert window.server.portfolio()
    assert seen[0] == [["A", "1", "Fri 2027-01-08", "2 days"], ["B", "1", "Wed 2027-01-06", ""]]
    assert seen[1] == [["Ana", "A, B", "200 %", "3 days", "Mon 2027-01-04"]]
    assert window.document.on_server and window.document.name == "B"


def test_remote_edits_keep_the_scroll_position(window, pg_url, qtbot):
    big = PlanData(Plan(name="Big"))
    big.load([Task(i, f"Task {i}", duration=480, position=i) for i in range(1, 201)])
    server.push(big, pg_url, "Big")
    assert window.files.open_path(pg_url + "?plan=Big")
    editor = window.workspace.view("gantt")
    editor.select_task(150, "name")
    bar = editor.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=2000)
    before = bar.value()
    bob = Document.open_server(pg_url + "?plan=Big", editor="bob")
    try:
        bob.set_fields(Task, 150, "Rename", name="Renamed by bob")
        bob.set_fields(Task, 3, "Rename", name="Far above")
        bob.add_entities([Task(201, "New at the end", position=201)], "Add")

        def name(task_id):
            return editor.model.index_for_task(task_id, COLUMN_INDEX["name"]).data()

        qtbot.waitUntil(
            lambda: name(201) == "New at the end" and name(150) == "Renamed by bob", timeout=3000
        )
        assert bar.value() == before
        assert editor.current_task_id() == 150 and editor.selected_task_ids() == [150]
    finally:
        bob.close()
