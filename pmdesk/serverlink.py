"""Keeps an open server plan in step with the server: others' edits, unsent edits, presence.

A QSocketNotifier watches the socket of the server copy's LISTEN connection: PostgreSQL sends
a notification the moment another pmdesk commits an edit to this plan, so the rows arrive
within milliseconds, not at the next poll. A slow timer is the safety net: it reconnects after
the server was away, sends edits that waited in the outbox and refreshes who else is here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

CHECK_INTERVAL_MS = 2000


class ServerFollower(QObject):
    othersChanged = Signal(list)  # who else has the plan open

    def __init__(self, document) -> None:
        super().__init__(document)
        self.document = document
        self.others: list[str] = []
        self._notifier: QSocketNotifier | None = None
        self._fd: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self._watch()

    def _watch(self) -> None:
        """(Re)attach the notifier to the listening socket (a new one after a reconnect)."""
        fd = self.document.working_copy.notify_fileno()
        if fd == self._fd:
            return
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        self._fd = fd
        if fd is not None:
            self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._on_readable)

    def _on_readable(self) -> None:
        copy = self.document.working_copy
        if copy is None:
            return
        copy.drain_notifications()
        self.document.follow_remote()
        self._watch()

    def check(self) -> None:
        """The safety net: unsent edits, missed notifications, presence."""
        document = self.document
        copy = document.working_copy
        if copy is None or copy.closed:
            return
        document.retry_unsent()
        document.follow_remote()
        self._watch()
        others = copy.others()
        if others != self.others:
            self.others = others
            self.othersChanged.emit(others)

    def stop(self) -> None:
        self._timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
