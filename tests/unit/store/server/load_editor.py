"""One editor process of the load test (load.py): random edits to a server plan, then, once
every editor is done, its view of the plan and the log of what the server acknowledged.

Run as ``python load_editor.py URL NUMBER EDITS FOLDER EDITORS``; writes FOLDER/eNUMBER.json.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

FIELDS = ("name", "duration", "priority", "percent_complete")


def main(url: str, number: int, edits: int, folder: Path, editors: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from pmdesk.core.entities import Task
    from pmdesk.core.errors import PmdeskError
    from pmdesk.document import Document
    from pmdesk.store.server import ConflictError

    app = QCoreApplication([])
    doc = Document.open_server(url, editor=f"e{number}")
    copy = doc.working_copy
    rng = random.Random(number)
    log, added, refused, failed = [], [], 0, 0
    for i in range(edits):
        app.processEvents()  # others' edits arrive through the notifier
        roll = rng.random()
        try:
            if roll < 0.05:
                new_id = doc.data.new_id(Task)
                task = Task(new_id, f"new e{number}-{i}", duration=480, position=new_id)
                doc.add_entities([task], "Add")
                added.append(new_id)
                # the fields' values as added: an id removed and added again starts afresh
                log.append(["add", new_id, None, [getattr(task, f) for f in FIELDS], copy.last_seq])
            elif roll < 0.08 and added:
                task_id = added.pop(rng.randrange(len(added)))
                if task_id not in doc.data.tasks:
                    continue
                doc.remove_entities([(Task, task_id)], "Remove")
                log.append(["remove", task_id, None, None, copy.last_seq])
            else:
                task_id = rng.choice(sorted(doc.data.tasks))
                field = rng.choice(FIELDS)
                value = {
                    "name": f"e{number}-{i}",
                    "duration": rng.randint(1, 40) * 60,
                    "priority": rng.randint(0, 1000),
                    "percent_complete": float(rng.choice((0, 25, 50))),
                }[field]
                if getattr(doc.data.tasks[task_id], field) == value:
                    continue
                doc.set_fields(Task, task_id, "Edit", **{field: value})
                log.append(["set", task_id, field, value, copy.last_seq])
        except ConflictError:
            refused += 1
        except PmdeskError:
            failed += 1
    (folder / f"done{number}").touch()
    deadline = time.monotonic() + 120
    while len(list(folder.glob("done*"))) < editors and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    # Everyone is done: whatever is still on its way arrives now.
    quiet_since = time.monotonic()
    while time.monotonic() - quiet_since < 0.5:
        app.processEvents()
        if doc.follow_remote():
            quiet_since = time.monotonic()
        time.sleep(0.02)
    view = {str(t.id): [getattr(t, f) for f in FIELDS] for t in doc.data.tasks.values()}
    (folder / f"e{number}.json").write_text(
        json.dumps({"log": log, "view": view, "refused": refused, "failed": failed})
    )
    doc.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]), int(sys.argv[5]))
