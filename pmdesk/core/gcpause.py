"""Pausing the cyclic garbage collector while a large, long-lived structure is built."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects that none can be
    garbage yet: a schedule run, a plan read from a file or imported. In a heap of 100,000
    tasks the collector's repeated full scans cost more than the building itself (a 100,000-row
    CSV import took twice as long with them).

    What is built lives on (as long as the plan is open). Left young, it is all scanned by the
    first collection after the pause (10,000 tasks: some 55,000 lists and tuples, as long as a
    schedule run itself) and again in the middle generation; ``freeze(); unfreeze()`` moves
    every tracked object to the oldest generation in constant time instead (nothing stays
    frozen). The engine's objects hold no reference cycles (ProgressSpec keeps a weak reference
    to its network), so what a later run replaces is freed by reference counting, not left for
    a full collection. This promotes the process's other young objects too, so a Qt wrapper
    may then be freed by a late full collection: that once crashed the test session (a
    Document's QUndoStack calling into freed commands), fixed in document/ by emptying the
    undo stack from a weakref finalizer (commit a7cd243).

    A pause inside a pause leaves the collector paused for the outer one to resume.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            resume_collector()


def resume_collector() -> None:
    """Turn the collector on again after a pause, with what was built meanwhile moved to the
    oldest generation (``gc_paused`` says why). Also for a pause that does not fit one block:
    the start-up's, from cli.main until the window is built (ui/app.run_gui)."""
    gc.freeze()
    gc.unfreeze()
    gc.enable()
