"""A Document that ends as cyclic garbage is freed without crashing.

The cyclic collector may free the Python side of the undo commands before Qt deletes the
undo stack that owns their C++ side; ~QUndoStack then called into freed memory (segmentation
fault in QUndoStack::clear, found with gdb after a long test session). Run in a child process
because the failure is a crash, not an exception.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = textwrap.dedent("""
    import gc
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from pmdesk.core.entities import Task
    from pmdesk.document import Document
    from pmdesk.store.pmdb import blank_plan
    for _round in range(5):
        docs = []
        for _ in range(20):
            doc = Document(blank_plan())
            doc.add_entities([Task(id=1, name="A")], "Add")
            for k in range(5):
                doc.set_fields(Task, 1, "Rename", name=f"n{k}")
            doc.itself = doc  # only the cyclic collector can free it now
            docs.append(doc)
        # Old objects, as after a long session: the commands reach the oldest generation.
        gc.freeze()
        gc.unfreeze()
        del docs, doc
        gc.collect()
    print("collected")
""")


def test_documents_in_reference_cycles_are_collected_without_a_crash():
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "collected"
