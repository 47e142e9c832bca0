"""The refcount guard keeps void Qt calls from exhausting None (PySide6 6.12 on Python 3.11)."""

import sys

from PySide6.QtCore import QRectF

from pmdesk.ui.workspaces.roadmap import refcount_guard


def test_many_void_calls_do_not_exhaust_none():
    refcount_guard.apply()
    rect = QRectF()
    before = sys.getrefcount(None)
    for _ in range(50_000):  # far more than None's natural count on 3.11 (tens of thousands)
        rect.setWidth(1.0)
    assert rect.width() == 1.0
    if sys.version_info < (3, 12) and refcount_guard.void_calls_leak_none():
        assert sys.getrefcount(None) > 1 << 39
    else:
        assert sys.getrefcount(None) >= before - 100
