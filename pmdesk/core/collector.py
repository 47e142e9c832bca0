"""Pausing Python's cyclic garbage collector while a plan's objects are built in bulk."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that all live on (a
    scheduling run's lists and tuples, an imported file's tasks, links and assignments).

    Each full collection walks every tracked object of the process, and CPython starts one
    whenever the old generation has grown by a quarter: building 100,000 tasks set off about
    ten, which took longer than the building itself, and found nothing to free. Paused, what
    is built stays young; ``freeze(); unfreeze()`` then moves every tracked object to the
    oldest generation in constant time (nothing stays frozen), so the next young collections
    do not walk it all either. Code run under the pause makes no reference cycles worth
    collecting early: what it replaces is freed by reference counting. As a decorator
    (``@gc_paused()``) it pauses each call. Already paused (nested, or by the caller): left so.

    This promotes the process's other young objects too, so a Qt wrapper may then be freed by
    a late full collection: that once crashed the test session (a Document's QUndoStack
    calling into freed commands), fixed in document/ by emptying the undo stack from a
    weakref finalizer (commit a7cd243).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.freeze()
            gc.unfreeze()
            gc.enable()
