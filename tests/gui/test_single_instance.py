"""Single instance: a second `pmdesk FILE` hands FILE to the running window and exits; and a
file given on the command line is what the window opens."""

import hashlib
import json
import os
import socket
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QDialog

from pmdesk.core.entities import Plan, Task
from pmdesk.core.plandata import PlanData
from pmdesk.store.lock import lock_path
from pmdesk.store.pmdb import save_plan
from pmdesk.ui import single_instance
from pmdesk.ui.app import start_gui
from pmdesk.ui.single_instance import InstanceServer, decode_request, hand_over, server_name

# The offscreen platform cannot raise a window or pass size hints; the real ones can.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "propagateSizeHints")


def _plan_file(path, name="Launch"):
    data = PlanData(Plan(name=name))
    data.load([Task(1, "Design", position=0), Task(2, "Build", position=1)])
    save_plan(data, path)
    return str(path)


@pytest.fixture
def running(qtbot):
    """This test process as the running pmdesk: its window, listening for others."""
    started = start_gui(None)
    assert started is not None
    app, window = started
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    server = window.instance_server
    assert server is not None and server.server.isListening()
    yield window
    server.close()
    server.deleteLater()


def _hand_over(paths, qtbot, name=None) -> bool:
    """hand_over() from another process, as pmdesk does it, while this one (the running
    instance) keeps its event loop turning to answer."""
    script = (
        "import sys; from pmdesk.ui.single_instance import hand_over; "
        "sys.exit(0 if hand_over(sys.argv[2:], sys.argv[1] or None) else 1)"
    )
    process = subprocess.Popen([sys.executable, "-c", script, name or "", *paths])
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    return process.returncode == 0


def _run_pmdesk(args, cwd, qtbot):
    """Start `python -m pmdesk ARGS` and keep this process's event loop turning meanwhile."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pmdesk", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=30000)
    out, err = process.communicate()
    return process.returncode, out, err


def test_a_second_process_hands_its_file_to_the_running_window(running, qtbot, tmp_path):
    path = _plan_file(tmp_path / "launch.pmdb")
    # A relative path, as a shell or file manager in another folder would give it.
    code, out, err = _run_pmdesk(["launch.pmdb"], tmp_path, qtbot)
    assert code == 0, err
    assert "handed over to the pmdesk already running" in out
    qtbot.waitUntil(lambda: running.document.path == path, timeout=10000)
    assert running.document.name == "Launch"
    assert running.isVisible()


def test_handing_over_the_open_file_keeps_it_and_says_so(running, qtbot, tmp_path):
    path = _plan_file(tmp_path / "launch.pmdb")
    assert running.files.open_path(path)
    document = running.document
    assert _hand_over([path], qtbot)
    qtbot.waitUntil(lambda: "already open" in running.statusBar().currentMessage())
    assert running.document is document  # not closed and opened again


def test_files_wait_while_a_dialog_is_open(running, qtbot, tmp_path):
    path = _plan_file(tmp_path / "launch.pmdb")
    dialog = QDialog(running)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert _hand_over([path], qtbot)
    qtbot.wait(400)
    assert running.document.path is None  # the user is busy with that dialog
    dialog.accept()
    qtbot.waitUntil(lambda: running.document.path == path, timeout=5000)


def _send_raw(data: bytes, qtbot) -> bytes:
    client = QLocalSocket()
    client.connectToServer(server_name())
    assert client.waitForConnected(1000)
    client.write(data)
    client.flush()
    reply = b""
    qtbot.waitUntil(
        lambda: (
            client.bytesAvailable() > 0
            or client.state() == QLocalSocket.LocalSocketState.UnconnectedState
        ),
        timeout=7000,
    )
    reply += bytes(client.readAll().data())
    return reply


@pytest.mark.parametrize(
    "line",
    [
        b"not json\n",
        b'{"open": "a.pmdb"}\n',
        b'{"open": ["relative.pmdb"]}\n',
        b'{"open": [42]}\n',
        b'["/a.pmdb"]\n',
        b"\xff\xfe\n",
    ],
)
def test_a_request_pmdesk_never_sends_is_refused(running, qtbot, line):
    assert _send_raw(line, qtbot) == b"error\n"
    qtbot.wait(50)
    assert running.document.path is None
    assert _hand_over([], qtbot)  # still serving


def test_an_endless_request_is_cut_off(running, qtbot, monkeypatch):
    assert _send_raw(b"x" * (single_instance.MAX_REQUEST_BYTES + 10), qtbot) == b"error\n"


def test_decode_request_limits():
    path = os.path.abspath("plan.pmdb")
    assert decode_request(json.dumps({"open": [path]}).encode()) == [path]
    assert decode_request(b'{"open": []}') == []
    too_many = json.dumps({"open": [path] * (single_instance.MAX_PATHS + 1)}).encode()
    assert decode_request(too_many) is None
    assert decode_request(json.dumps({"open": [path + "\0x"]}).encode()) is None


def test_nobody_listening_means_start_a_window_of_ones_own():
    assert hand_over(["/tmp/x.pmdb"], name="pmdesk-test-nobody-listens") is False


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no stale file")
def test_a_socket_left_by_a_crashed_pmdesk_is_taken_over(qtbot):
    name = "pmdesk-test-stale"
    path = os.path.join(QDir.tempPath(), name)
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(path)  # a socket file nobody listens on any more
    stale.close()
    server = InstanceServer(name=name)
    try:
        assert server.listen()
        assert _hand_over([], qtbot, name=name)
    finally:
        server.close()


def test_the_server_name_is_the_sha256_of_user_and_settings_folder(monkeypatch, tmp_path):
    # The name a running pmdesk listens on: the same in every version, whatever computes it.
    monkeypatch.setattr("getpass.getuser", lambda: "ada")
    monkeypatch.setenv("PMDESK_CONFIG_DIR", str(tmp_path))
    key = f"ada\0{tmp_path}".encode()
    assert server_name() == "pmdesk-" + hashlib.sha256(key).hexdigest()[:20]


def test_the_settings_folder_makes_a_separate_instance(monkeypatch, tmp_path):
    first = server_name()
    monkeypatch.setenv("PMDESK_CONFIG_DIR", str(tmp_path / "elsewhere"))
    assert server_name() != first


# -- a file given on the command line -----------------------------------------------------------
def test_the_file_given_on_the_command_line_is_opened(qtbot, tmp_path):
    path = _plan_file(tmp_path / "launch.pmdb", name="From the command line")
    _app, window = start_gui(path, single_instance=False)
    qtbot.addWidget(window)
    assert window.document.path == path
    assert window.windowTitle().startswith("From the command line (launch.pmdb)")
    assert os.path.exists(lock_path(path))  # opened for editing, not read-only


def test_an_ms_project_file_on_the_command_line_is_imported(qtbot, tmp_path):
    from pmdesk.io.mspdi_writer import write_mspdi

    data = PlanData(Plan(name="Imported"))
    data.load([Task(1, "Design", position=0)])
    xml = tmp_path / "plan.xml"
    write_mspdi(data, str(xml))
    _app, window = start_gui(str(xml), single_instance=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    assert [task.name for task in window.document.data.tasks.values()] == ["Design"]
    assert window.document.path is None  # an import is a new, unsaved plan


def test_two_pmdesk_processes_hand_over_a_file(tmp_path):
    """Both sides real processes: the first opens the file the second was given."""
    path = _plan_file(tmp_path / "launch.pmdb")
    first = subprocess.Popen(
        [sys.executable, "-m", "pmdesk"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(300):  # until the first one answers (its start-up, on a busy machine)
            if hand_over([]):
                break
            assert first.poll() is None, first.stderr.read()
            time.sleep(0.1)
        second = subprocess.run(
            [sys.executable, "-m", "pmdesk", path], capture_output=True, text=True, timeout=60
        )
        assert second.returncode == 0, second.stderr
        lock = lock_path(path)
        for _ in range(600):  # the first process opened it: its lock names its pid
            if os.path.exists(lock):
                break
            time.sleep(0.05)
        with open(lock, encoding="utf-8") as handle:
            assert json.load(handle)["pid"] == first.pid
    finally:
        first.terminate()
        first.wait(timeout=30)
        QLocalServer.removeServer(server_name())  # the socket file a killed process leaves


def test_a_second_server_steps_back_without_disturbing_the_first(qtbot):
    name = "pmdesk-test-two-servers"
    first, second = InstanceServer(name=name), InstanceServer(name=name)
    received = []
    first.set_handler(received.append)
    try:
        assert first.listen()
        assert not second.listen()  # e.g. `pmdesk --demo` beside a running pmdesk
        qtbot.wait(100)
        assert received == []  # its window was not raised or given anything
        assert first.server.isListening()
    finally:
        first.close()
        second.close()
