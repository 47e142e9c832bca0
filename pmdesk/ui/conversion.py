"""Running a conversion through MPXJ (File > Open / Import of .mpp, .xer...; File > Export to
.mpx, .xer...) with a progress dialog and Cancel, while the window keeps painting.

The work runs in a Python thread that waits on the converter's child process; the dialog
shows its stage (starting Java, reading, converting, importing) and Cancel ends the child
process (the io layer polls ``cancelled`` every 50 ms). The result, or the user error, is
handed back to the caller as if the call had been made directly.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    """Carries the worker thread's news to the GUI thread (queued signal connections)."""

    stage = Signal(str)
    done = Signal()


class ConversionRunner(QObject):
    """One conversion in progress: its dialog, its thread and the Cancel flag."""

    def __init__(self, parent: QWidget, file_name: str, exporting: bool = False) -> None:
        super().__init__(parent)
        self.file_name = file_name
        self.exporting = exporting
        self.cancel_requested = threading.Event()
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(self.tr("Export") if exporting else self.tr("Open"))
        self.dialog.setRange(0, 0)  # MPXJ tells no fraction done: a busy bar
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.canceled.connect(self.cancel)
        self.relay = _Relay(self)
        self.relay.stage.connect(self.show_stage)
        self.show_stage("java")

    def labels(self) -> dict[str, str]:
        name = self.file_name
        return {
            "java": self.tr("Starting Java for MPXJ..."),
            "reading": (
                self.tr("Preparing %1...").replace("%1", name)
                if self.exporting
                else self.tr("Reading %1 with MPXJ...").replace("%1", name)
            ),
            "writing": (
                self.tr("Writing %1...").replace("%1", name)
                if self.exporting
                else self.tr("Converting %1...").replace("%1", name)
            ),
            "importing": self.tr("Importing %1...").replace("%1", name),
            "cancelling": self.tr("Cancelling..."),
        }

    def show_stage(self, stage: str) -> None:
        self.dialog.setLabelText(self.labels().get(stage, stage))

    def cancel(self) -> None:
        self.cancel_requested.set()
        self.show_stage("cancelling")

    def run(self, work: Callable[..., object]) -> object:
        """``work(progress=..., cancelled=...)`` in a thread; its result or its exception."""
        outcome: dict[str, object] = {}

        def target() -> None:
            try:
                outcome["result"] = work(
                    progress=self.relay.stage.emit, cancelled=self.cancel_requested.is_set
                )
            except BaseException as exc:  # noqa: BLE001  (re-raised in the GUI thread)
                outcome["error"] = exc
            finally:
                self.relay.done.emit()

        loop = QEventLoop(self)
        self.relay.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
        self.dialog.show()
        thread = threading.Thread(target=target, name="pmdesk-mpxj", daemon=True)
        thread.start()
        loop.exec()
        thread.join()
        self.dialog.hide()
        self.dialog.deleteLater()
        error = outcome.get("error")
        if isinstance(error, BaseException):
            raise error
        return outcome.get("result")


def run_conversion(
    parent: QWidget, path: str, work: Callable[..., object], exporting: bool = False
) -> object:
    """Run ``work`` for the file ``path`` with the progress dialog; see ConversionRunner."""
    runner = ConversionRunner(parent, os.path.basename(path), exporting)
    try:
        return runner.run(work)
    finally:
        runner.deleteLater()
