"""Work-arounds for PySide6 bugs that would crash pmdesk; each applies only when detected.

PySide6 6.12 on Python 3.11: ``SignalInstance.emit()`` and ``SignalInstance.disconnect()``
return ``True``/``False`` without a new reference. Every call from Python then drops one
reference to the bool, and after some thousand signal emissions (a long editing session)
the interpreter aborts with "bool_dealloc: deallocating True or False". Reproduce:
``class O(QObject): s = Signal()``; compare ``sys.getrefcount(True)`` before and after
``O().s.emit()``. The wrappers below add back the missing reference.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_MARK = "_pmdesk_refcount_fix"  # also set by tests/gui/gantt/conftest.py's copy of this fix
_PROBES = 8


class _Probe(QObject):
    fired = Signal()


def _incref(value: object, times: int = 1) -> None:
    for _ in range(times):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))


def _leaks(call) -> bool:
    """True when ``call()`` (returning a bool) loses a reference on every call."""
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(_PROBES):
        call()
    lost_true = true_before - sys.getrefcount(True)
    lost_false = false_before - sys.getrefcount(False)
    if lost_true + lost_false < _PROBES:
        return False
    _incref(True, max(0, lost_true))  # give back what the probe itself took
    _incref(False, max(0, lost_false))
    return True


def _wrap(name: str) -> None:
    original = getattr(SignalInstance, name)

    def fixed(self, *args, **kwargs):
        result = original(self, *args, **kwargs)
        if result is True or result is False:
            _incref(result)
        return result

    setattr(fixed, _MARK, True)
    fixed.__doc__ = original.__doc__
    setattr(SignalInstance, name, fixed)


def apply() -> None:
    """Install the wrappers the running PySide needs (idempotent)."""
    if getattr(SignalInstance.emit, _MARK, False) and getattr(SignalInstance.disconnect, _MARK, False):
        return
    probe = _Probe()
    if not getattr(SignalInstance.emit, _MARK, False) and _leaks(probe.fired.emit):
        _wrap("emit")

    def slot() -> None:
        pass

    def connect_and_disconnect():
        probe.fired.connect(slot)
        return probe.fired.disconnect(slot)

    if not getattr(SignalInstance.disconnect, _MARK, False) and _leaks(connect_and_disconnect):
        _wrap("disconnect")
    probe.deleteLater()


apply()
