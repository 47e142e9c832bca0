"""The PySide6 work-arounds keep the interpreter alive through long editing sessions."""

import gc
import sys

from PySide6.QtCore import QObject, Signal

import pmdesk.document  # noqa: F401  (installs the fixes, as the application does)
from pmdesk.core.entities import Task
from pmdesk.core.plandata import PlanData
from pmdesk.document import Document


class Emitter(QObject):
    fired = Signal(int)


def _refs():
    return sys.getrefcount(True) + sys.getrefcount(False)


def _loss_during(loop) -> int:
    """References to True/False lost while ``loop()`` runs (GC paused: no unrelated frees)."""
    gc.collect()
    gc.disable()
    try:
        before = _refs()
        loop()
        return before - _refs()
    finally:
        gc.enable()


def test_emit_and_disconnect_keep_the_bools_alive():
    emitter = Emitter()

    def slot(_value):
        pass

    emitter.fired.connect(slot)

    def loop():
        for _ in range(500):
            emitter.fired.emit(1)
        for _ in range(200):
            emitter.fired.connect(slot)
            emitter.fired.disconnect(slot)

    assert _loss_during(loop) <= 0  # unfixed, it loses one per call: 700


def test_many_edits_and_undos_do_not_leak(qapp):
    data = PlanData()
    data.load([Task(1, "A")])
    document = Document(data)
    try:
        document.set_fields(Task, 1, "Rename task", name="B")
        document.undo_stack.undo()
        document.undo_stack.redo()

        def loop():
            for _ in range(300):  # each step emits changed, rescheduled, modifiedChanged...
                document.undo_stack.undo()
                document.undo_stack.redo()

        assert _loss_during(loop) < 50  # unfixed: over 1,200 lost
    finally:
        document.close()
