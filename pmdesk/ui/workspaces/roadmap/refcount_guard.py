"""Keep PySide6 6.12 on Python 3.11 from aborting the program while the roadmap paints.

In that combination every Qt method returning ``void`` hands Python ``None`` without a new
reference (QPainter.setPen, drawLine, save, QRectF.setWidth, ...). Each call drops one
reference to None; a board paints hundreds of such calls per frame, so after some dozens of
frames the interpreter aborts with "none_dealloc: deallocating None". Reproduce: compare
``sys.getrefcount(None)`` before and after 1,000 ``QRectF().setWidth(1)``.

Python 3.12 made None, True and False immortal (a huge, never-changing count). On 3.11 we do
the same by raising their counts far beyond what a session can drop. This applies only when
the leak is detected. It belongs at application start-up (pmdesk.ui.pyside_fixes); the
roadmap applies it too so that its views are safe wherever they are used.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QRectF

_PROBES = 64
_HEADROOM = 1 << 40
_applied = False


def void_calls_leak_none() -> bool:
    """True when a void Qt method loses a reference to None on every call."""
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        rect.setWidth(1.0)
    lost = before - sys.getrefcount(None)
    if lost >= _PROBES:
        for _ in range(lost):  # give back what the probe took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
        return True
    return False


def apply() -> bool:
    """Make None/True/False effectively immortal if this PySide needs it; True if it did."""
    global _applied
    if _applied or sys.version_info >= (3, 12):
        return False
    _applied = True
    if not void_calls_leak_none():
        return False
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < _HEADROOM:
            ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    return True
