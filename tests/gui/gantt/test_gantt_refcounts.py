"""The Qt binding keeps its references to True and None across emits and void calls.

PySide6 6.12.0 on Python 3.11 dropped one reference to True per ``Signal.emit`` and one to
None per void method call, and the interpreter aborted after a few thousand; the Gantt tests
and benchmark used to patch around it. The project now pins PySide6 != 6.12.0; this test
fails (instead of a later abort) if a binding with that bug comes back.
"""

import gc
import sys

from PySide6.QtCore import QObject, QRectF, Signal


class _Emitter(QObject):
    fired = Signal(int)


def test_emits_and_void_calls_keep_true_and_none_references():
    emitter = _Emitter()
    received = []
    emitter.fired.connect(received.append)
    rect = QRectF()
    gc.disable()  # a collection in between would move the counts for unrelated reasons
    try:
        true_before = sys.getrefcount(True)
        none_before = sys.getrefcount(None)
        for number in range(5_000):
            emitter.fired.emit(number)
            rect.setWidth(float(number))  # a void call
        true_after = sys.getrefcount(True)
        none_after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert len(received) == 5_000 and rect.width() == 4_999.0
    # On 3.12+ True and None are immortal (counts stay huge); on 3.11 the bug lost 5,000 each.
    assert true_after >= true_before - 100
    assert none_after >= none_before - 100
