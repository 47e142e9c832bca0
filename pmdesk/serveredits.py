"""A Document's life with a plan on a server: others' edits taken in (follow_remote), edits
waiting for the server sent again (retry_unsent), an undo or redo the server refused put
back. A mixin of Document (document.py): a .pmdb plan never calls these with effect."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from pmdesk.core.entities import Plan
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import Change, PlanData

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QUndoStack

    from pmdesk.core.scheduling.result import Schedule
    from pmdesk.edits import MacroCommand

    _QObject = QObject
else:  # the mixin adds to Document's QObject; mypy checks it against one
    _QObject = object


class ServerEditsMixin(_QObject):
    """What Document does with a server plan's edits (its working copy is a ServerCopy)."""

    data: PlanData
    undo_stack: QUndoStack
    _working_copy: Any  # store.pmdb.WorkingCopy, store.server.copy.ServerCopy, or None
    _closed: bool
    _macro: MacroCommand | None
    _pushing: bool
    _unwritten: list[Change]

    if TYPE_CHECKING:  # Document's

        @property
        def remoteChanged(self) -> SignalInstance: ...

        @property
        def storeProblem(self) -> SignalInstance: ...

        def _compute_schedule(self) -> Schedule: ...

        def _publish(
            self, schedule: Schedule | None, error: str | None = None, ran: bool = True
        ) -> None: ...

        def _move_stack_back(self, previous: int, index: int) -> None: ...

    @property
    def on_server(self) -> bool:
        return hasattr(self._working_copy, "fetch_remote")

    def _mark_stored(self) -> None:
        # A server plan has nothing to save once the server holds every edit.
        if self.on_server and not self._working_copy.pending:
            self.undo_stack.setClean()

    def follow_remote(self) -> list[str]:
        """Take in the rows others changed on the server since we last looked; returns who
        changed them (empty: nothing new). Not an undo step; views hear of it as usual."""
        if not self.on_server or self._closed or self._macro is not None or self._pushing:
            return []
        edit = self._working_copy.fetch_remote()
        if edit is None:
            return []
        self.apply_remote(edit.rows, edit.removed)
        self.remoteChanged.emit(list(edit.editors))
        return list(edit.editors)

    def apply_remote(
        self, rows: Iterable[tuple[type, Any]], removed: Iterable[tuple[type, int]]
    ) -> None:
        """Put rows that others wrote in place (no write-through, no undo step)."""
        self._pushing = True
        try:
            for kind, entity in rows:
                current = self.data.plan if kind is Plan else self.data.table(kind).get(entity.id)
                if current is None:
                    self.data.add(entity)
                    continue
                values = {
                    f.name: getattr(entity, f.name)
                    for f in dataclasses.fields(entity)
                    if getattr(current, f.name) != getattr(entity, f.name)
                }
                if values:
                    self.data.update(kind, entity.id, **values)
            for kind, entity_id in removed:
                if entity_id in self.data.table(kind):
                    self.data.remove(kind, entity_id)
        finally:
            self._pushing = False
            self._unwritten = []  # the server has them already
        try:
            schedule, error = self._compute_schedule(), None
        except PmdeskError as exc:
            # Two edits each fine alone can together make a plan the engine refuses (a link
            # cycle): keep it open, say why, as for a plan opened unschedulable.
            schedule, error = None, str(exc)
        self._publish(schedule, error)

    def retry_unsent(self) -> None:
        """Send edits that wait for the server; say which of them were refused meanwhile."""
        copy = self._working_copy
        if not self.on_server or not copy.pending:
            return
        if copy.retry():
            self._mark_stored()
        for sentence in copy.refusals:
            self.storeProblem.emit(sentence)
        copy.refusals.clear()

    def _step_back(self, previous: int, index: int, keys: Iterable[tuple[str, int]]) -> None:
        """An undo or redo the server refused: put the stack and the plan back where they
        were (Qt has already run the command), then show the rows as they are now."""
        self._move_stack_back(previous, index)
        # The command put back values from its own time, not the server's: read those rows.
        fresh = self._working_copy.fetch_rows(keys)
        if fresh is not None:
            self.apply_remote(fresh.rows, fresh.removed)
        self.follow_remote()
