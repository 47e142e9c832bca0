"""File menu flows over real .pmdb files: save as, open errors, the lock prompt, the
external-change prompt and the recovery offer (dialogs patched, answers chosen per test)."""

import json
import shutil
from datetime import datetime

import pytest
from PySide6.QtWidgets import QFileDialog

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document
from pmdesk.store import recovery
from pmdesk.store.lock import LockInfo, lock_path
from pmdesk.store.pmdb import save_plan
from pmdesk.ui import dialogs
from pmdesk.ui.mainwindow import MainWindow


def plan(name: str, *task_names: str) -> PlanData:
    data = PlanData(Plan(name=name))
    data.load([Task(i + 1, n, position=i) for i, n in enumerate(task_names)])
    return data


@pytest.fixture
def plan_file(tmp_path):
    path = tmp_path / "launch.pmdb"
    save_plan(plan("Launch", "Design", "Build"), path)
    return path


@pytest.fixture
def window(qtbot, monkeypatch):
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    win = MainWindow(Document(plan("Scratch")))
    win.errors = errors
    qtbot.addWidget(win, before_close_func=lambda w: w.document.undo_stack.setClean())
    return win


def test_save_as_names_the_file_and_keeps_undo(window, monkeypatch, tmp_path):
    target = tmp_path / "saved"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.document.add_entities([Task(1, "Discovery")], "Add task")
    assert window.isWindowModified()
    assert window.files.save()  # untitled: Save goes to Save As
    assert window.document.path == str(target) + ".pmdb"
    assert "saved.pmdb" in window.windowTitle() and not window.isWindowModified()
    assert window.recent.paths()[0] == str(target) + ".pmdb"
    assert window.actions_.undo.isEnabled()  # history survives Save


def test_open_shows_one_sentence_for_a_bad_file(window, tmp_path):
    bad = tmp_path / "notes.pmdb"
    bad.write_text("this is not a plan")
    before = window.document
    assert not window.files.open_path(str(bad))
    assert window.document is before
    assert len(window.errors) == 1
    message = window.errors[0]
    assert "Traceback" not in message and message.count("\n") == 0 and message.endswith(".")


def _bad_files(folder, good: bytes) -> dict:
    """The bad inputs of the store's suite, as a person would meet them in File > Open."""
    import sqlite3
    import zipfile

    files = {
        "empty": b"",
        "fifty bytes": good[:50],
        "text": b"Minutes of the steering meeting\n" * 20,
        "png": b"\x89PNG\r\n\x1a\n" + bytes(500),
        "cut at 100 B": good[:100],
        "cut at 4 KiB": good[:4096],
        "cut in half": good[: len(good) // 2],
        "one byte short": good[:-1],
        "header changed": good[:16] + b"\x00\x00" + good[18:],
    }
    paths = {}
    for name, content in files.items():
        paths[name] = folder / f"{name}.pmdb"
        paths[name].write_bytes(content)
    paths["zip"] = folder / "zip.pmdb"
    with zipfile.ZipFile(paths["zip"], "w") as archive:
        archive.writestr("plan.txt", "not a plan")
    paths["another program"] = folder / "other.pmdb"
    with sqlite3.connect(paths["another program"]) as db:
        db.execute("CREATE TABLE contacts (name TEXT)")
    paths["WAL mode"] = folder / "wal.pmdb"
    paths["WAL mode"].write_bytes(good)
    db = sqlite3.connect(paths["WAL mode"])
    db.execute("PRAGMA journal_mode=WAL")
    db.close()
    return paths


def test_open_gives_one_sentence_for_every_kind_of_bad_file(window, plan_file, tmp_path):
    before = window.document
    for name, path in _bad_files(tmp_path, plan_file.read_bytes()).items():
        window.errors.clear()
        assert not window.files.open_path(str(path)), name
        assert window.document is before, name
        assert len(window.errors) == 1, name
        message = window.errors[0]
        assert "Traceback" not in message and "\n" not in message, (name, message)
        assert message.endswith("."), (name, message)


def test_open_adds_to_recent_and_shows_the_plan(window, plan_file):
    assert window.files.open_path(str(plan_file))
    assert window.document.name == "Launch" and window.document.path == str(plan_file)
    assert window.recent.paths()[0] == str(plan_file)
    assert "launch.pmdb" in window.windowTitle()


def _lock_by_someone_else(path):
    info = LockInfo(
        user="bob",
        host="far-away-host",
        pid=4242,
        since=datetime.now().replace(microsecond=0),
        token="x",
    )
    lock_path(path).write_text(info.to_json())


@pytest.mark.parametrize("answer", ["read_only", "copy", "anyway", "cancel"])
def test_lock_prompt_choices(window, monkeypatch, plan_file, answer):
    _lock_by_someone_else(plan_file)
    asked = []
    monkeypatch.setattr(
        dialogs,
        "ask_locked",
        lambda parent, error: asked.append(dialogs.lock_sentence(error)) or answer,
    )
    before = window.document
    opened = window.files.open_path(str(plan_file))
    assert asked and asked[0].startswith("This plan is opened by bob on far-away-host since ")
    if answer == "cancel":
        assert not opened and window.document is before
        return
    assert opened and window.document.name == "Launch"
    document = window.document
    if answer == "read_only":
        assert document.read_only and "[read-only]" in window.windowTitle()
    elif answer == "copy":
        assert document.path is None and document.modified  # Save will ask where
    else:
        assert document.path == str(plan_file) and not document.read_only
        assert "bob" not in lock_path(plan_file).read_text()  # the lock is ours now


@pytest.mark.parametrize("answer", ["overwrite", "reload", "copy"])
def test_external_change_prompt_choices(window, monkeypatch, plan_file, tmp_path, answer):
    assert window.files.open_path(str(plan_file))
    # Another program saves the file while we have it open.
    other = tmp_path / "other.pmdb"
    save_plan(plan("Launch (theirs)", "Their task"), other)
    shutil.copyfile(other, plan_file)
    window.document.set_fields(Task, 1, "Rename task", name="Ours")
    monkeypatch.setattr(dialogs, "ask_external_change", lambda parent, path: answer)
    copy_target = tmp_path / "ours.pmdb"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy_target), ""))

    saved = window.files.save()
    reopened = Document.open(window.document.path or plan_file, read_only=True)
    try:
        if answer == "overwrite":
            assert saved and reopened.data.tasks[1].name == "Ours"
        elif answer == "reload":
            assert window.document.name == "Launch (theirs)" and not window.document.modified
        else:
            assert saved and window.document.path == str(copy_target)
            assert reopened.data.tasks[1].name == "Ours"
            theirs = Document.open(plan_file, read_only=True)
            assert theirs.name == "Launch (theirs)"  # never overwritten silently
            theirs.close()
    finally:
        reopened.close()


def test_recovery_offer_brings_back_unsaved_work(window, monkeypatch, plan_file):
    crashed = Document.open(plan_file)
    crashed.set_fields(Task, 1, "Rename task", name="Unsaved idea")
    found = crashed.working_copy.autosave()
    assert found is not None
    # Pretend that session died on another machine: its copy is now pending.
    note = found.copy.with_suffix(".json")
    meta = json.loads(note.read_text())
    meta["host"] = "crashed-host"
    note.write_text(json.dumps(meta))
    crashed.working_copy.lock.release()
    crashed.working_copy.lock = None
    crashed.working_copy._session = "closed-session"  # closing must not remove the copy
    crashed.close()

    descriptions = []
    monkeypatch.setattr(
        dialogs, "ask_recover", lambda parent, text: descriptions.append(text) or "recover"
    )
    window.files.offer_recovery()
    assert descriptions and "Launch" in descriptions[0]
    assert window.document.data.tasks[1].name == "Unsaved idea"
    assert window.document.modified and window.document.path == str(plan_file)
    assert window.files.save()
    assert not recovery.pending_recoveries()


def test_a_save_by_another_program_is_noticed_while_open(window, plan_file, tmp_path):
    assert window.files.open_path(str(plan_file))
    assert not window.files.check_disk()
    other = tmp_path / "other.pmdb"
    save_plan(plan("Theirs", "X"), other)
    shutil.copyfile(other, plan_file)
    assert window.files.check_disk()
    assert "Another program changed launch.pmdb" in window.statusBar().currentMessage()


def test_import_makes_an_unsaved_plan_and_export_writes_a_file(
    window, monkeypatch, interop_dir, tmp_path
):
    source = interop_dir / "HouseBuildingSample.gan"
    assert window.files.open_path(str(source))  # a non-.pmdb file is imported
    assert window.document.path is None and window.document.modified
    assert len(window.document.data.tasks) > 5
    target = tmp_path / "house.xml"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "MS Project XML (*.xml)")
    )
    assert window.files.export_dialog()
    assert target.stat().st_size > 1000 and b"<Project" in target.read_bytes()[:500]


def test_printing_renders_the_current_view(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from pmdesk.printing.preview import paint_on

    window.show_tab("resources")
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "resources.pdf"
    printer.setOutputFileName(str(out))
    assert paint_on(printer, window.document, "resources", window.workspace.current_view()) >= 1
    assert out.read_bytes().startswith(b"%PDF") and out.stat().st_size > 1000


def test_edits_are_autosaved_to_the_recovery_folder(window, plan_file):
    assert window.files.open_path(str(plan_file))
    files = window.files
    assert files.autosave_timer.interval() == 2 * 60 * 1000 and files.autosave_timer.isActive()
    window.document.set_fields(Task, 1, "Rename task", name="Kept")
    assert files.idle_timer.isActive()  # autosave once the user pauses
    files.idle_timer.timeout.emit()
    copies = list(recovery.recovery_dir().glob("*.pmdb"))
    assert len(copies) == 1
    kept = Document.open(copies[0], read_only=True)
    try:
        assert kept.data.tasks[1].name == "Kept"
    finally:
        kept.close()
    assert window.files.save()
    assert not list(recovery.recovery_dir().glob("*.pmdb"))  # saved: no copy needed


def test_opening_the_plan_that_is_open_says_so(window, plan_file):
    assert window.files.open_path(str(plan_file))
    document = window.document
    assert window.files.open_path(str(plan_file))
    assert window.document is document
    assert window.statusBar().currentMessage() == "launch.pmdb is already open in this window."
