"""One pmdesk window per user: a second `pmdesk FILE` (a double-click on a .pmdb while pmdesk
runs) hands FILE to the running window through a local socket and exits.

The running instance listens on a per-user QLocalServer (a Unix socket or a Windows named
pipe, both restricted to the user). A request is one line of JSON, ``{"open": [paths]}``
with absolute paths (an empty list only raises the window); the answer is one line, ``ok``
or ``error``. Anything else is refused and the connection closed: the socket is reachable by
any program of the user, so what arrives is input like any other.
"""

from __future__ import annotations

import getpass
import json
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QCryptographicHash, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 5000
IDLE_CLIENT_MS = 5000  # a client that connects and says nothing is dropped after this
MAX_REQUEST_BYTES = 64 * 1024
MAX_PATHS = 100


def server_name() -> str:
    """The per-user name of the local server.

    PMDESK_CONFIG_DIR is part of it: a pmdesk with its own settings folder (the tests, a
    portable copy) is its own instance and never hands files to the user's everyday one.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (a container without a passwd entry)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    key = f"{user}\0{os.environ.get('PMDESK_CONFIG_DIR', '')}"
    # Qt's SHA-256 (the same digest as hashlib's, which would load OpenSSL at start-up for this).
    digest = QCryptographicHash.hash(key.encode("utf-8"), QCryptographicHash.Algorithm.Sha256)
    return "pmdesk-" + digest.toHex().toStdString()[:20]


def encode_request(paths: list[str]) -> bytes:
    return json.dumps({"open": [os.path.abspath(path) for path in paths]}).encode("utf-8") + b"\n"


def decode_request(line: bytes) -> list[str] | None:
    """The paths of a request line, or None when it is not a request pmdesk sends."""
    try:
        request = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    paths = request.get("open") if isinstance(request, dict) else None
    if not isinstance(paths, list) or len(paths) > MAX_PATHS:
        return None
    if not all(
        isinstance(path, str) and path and "\0" not in path and os.path.isabs(path)
        for path in paths
    ):
        return None
    return paths


def _allow_foreground() -> None:
    """Windows lets only the foreground process bring a window forward: the process the user
    just started (this one) passes that right on to the running pmdesk."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY


def is_listening(name: str) -> bool:
    """Whether a pmdesk listens on ``name`` (a stale socket file from a crash refuses)."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.disconnectFromServer()
    return True


def hand_over(paths: list[str], name: str | None = None) -> bool:
    """Give ``paths`` to the pmdesk already running for this user; True when it took them.

    False (nobody listening, or no answer in time) means: start this process's own window.
    """
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    _allow_foreground()
    socket.write(encode_request(paths))
    socket.flush()
    reply = b""
    while b"\n" not in reply and socket.waitForReadyRead(REPLY_TIMEOUT_MS):
        reply += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return reply.strip() == b"ok"


class _Client:
    """One connected pmdesk process: its socket and what it has sent so far."""

    def __init__(self, socket: QLocalSocket) -> None:
        self.socket = socket
        self.buffer = b""
        self.answered = False

    def answer(self, reply: bytes) -> None:
        self.answered = True
        self.buffer = b""
        self.socket.write(reply + b"\n")
        self.socket.flush()
        self.socket.disconnectFromServer()


class InstanceServer(QObject):
    """Listens for other pmdesk processes of this user and passes their files to a handler.

    Requests that arrive before the window exists, or while a modal dialog is open, wait:
    opening a plan asks to save the current one, which must not stack on another dialog.
    """

    def __init__(self, parent: QObject | None = None, name: str | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_new_connection)
        self._handler: Callable[[list[str]], object] | None = None
        self._pending: list[list[str]] = []
        self._clients: set[_Client] = set()

    def listen(self) -> bool:
        """Become the instance others hand files to. False when another one already is.

        Asked first, because with UserAccessOption Qt makes the socket elsewhere and renames
        it into place, which would silently take the name from a running pmdesk. (Two
        pmdesks started in the same instant can both find nobody; the later one then gets
        the files, and the other keeps its window.)
        """
        if is_listening(self.name):
            return False
        if self.server.listen(self.name):
            return True
        # A socket file left by a pmdesk that crashed, on systems where Qt does not replace it.
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def set_handler(self, handler: Callable[[list[str]], object]) -> None:
        self._handler = handler
        self._deliver()

    def close(self) -> None:
        self.server.close()

    # -- requests ---------------------------------------------------------------------------
    def _on_new_connection(self) -> None:
        while self.server.hasPendingConnections():
            client = _Client(self.server.nextPendingConnection())
            self._clients.add(client)
            client.socket.readyRead.connect(lambda c=client: self._on_ready_read(c))
            client.socket.disconnected.connect(lambda c=client: self._forget(c))
            QTimer.singleShot(IDLE_CLIENT_MS, client.socket, lambda c=client: self._drop(c))

    def _on_ready_read(self, client: _Client) -> None:
        if client.answered:
            return
        client.buffer += bytes(client.socket.readAll().data())
        if b"\n" not in client.buffer:
            if len(client.buffer) > MAX_REQUEST_BYTES:
                client.answer(b"error")
            return
        paths = decode_request(client.buffer.split(b"\n", 1)[0])
        if paths is None:
            client.answer(b"error")
            return
        client.answer(b"ok")
        self._pending.append(paths)
        # After this slot returns: the handler may open dialogs with their own event loop.
        QTimer.singleShot(0, self._deliver)

    def _drop(self, client: _Client) -> None:
        if not client.answered:
            client.answer(b"error")

    def _forget(self, client: _Client) -> None:
        # Python holds the socket until the peer has gone: the answer is written by then.
        self._clients.discard(client)
        client.socket.deleteLater()

    def _deliver(self) -> None:
        from PySide6.QtWidgets import QApplication

        if self._handler is None or not self._pending:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(300, self._deliver)  # once the user has answered that dialog
            return
        paths = self._pending.pop(0)
        self._handler(paths)
        if self._pending:
            QTimer.singleShot(0, self._deliver)
