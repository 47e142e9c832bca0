"""An open plan: the core entities, the store's working copy, one QUndoStack and "modified".

Data flows one way (ARCHITECTURE.md): a gesture pushes an undo command, the command calls
PlanData, PlanData emits Changes, the Document writes each one through to the working copy,
reschedules once per command that changed what the engine reads, and then tells the views
with ``changed``, ``changeSet`` and (when the engine ran) ``rescheduled``.
"""

from __future__ import annotations

import contextlib
import os
import weakref
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from pmdesk.core.changeset import ChangeSet, touches_schedule
from pmdesk.core.entities import Plan
from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import Change, PlanData
from pmdesk.core.scheduling import Scheduler
from pmdesk.core.scheduling.result import Schedule
from pmdesk.edits import AddEntitiesCommand, MacroCommand, SetFieldsCommand, remove_command
from pmdesk.serveredits import ServerEditsMixin
from pmdesk.store.server.errors import ConflictError, ServerUnavailableError
from pmdesk.undostep import AppliedCommand, clear_history


def _store() -> Any:
    """The store module. A seam: view tests replace it with ``lambda: None`` to work on plans
    without a working copy (faster; the store has its own tests)."""
    from pmdesk.store import pmdb

    return pmdb


class Document(ServerEditsMixin, QObject):
    """One open plan. Pass it to every view; there is no global document."""

    changed = Signal(list)  # list[Change] after each command, undo or redo
    # After `changed`: what the command touched and whether the engine ran (core/changeset.py)
    changeSet = Signal(object)
    # .schedule (or .schedule_error) is new: only after a command that changed something the
    # engine reads (a moved roadmap card or a typed P&L cell leaves the schedule as it was)
    rescheduled = Signal()
    modifiedChanged = Signal(bool)
    pathChanged = Signal(str)
    storeProblem = Signal(str)  # the working copy could not take a change (one sentence)
    remoteChanged = Signal(list)  # names of the people whose edits just arrived (server plans)

    def __init__(self, source: Any = None, parent: QObject | None = None) -> None:
        """``source`` is a store WorkingCopy, a PlanData, or None for a new blank plan (with
        the store's standard calendar)."""
        super().__init__(parent)
        if source is None:
            pmdb = _store()
            source = pmdb.blank_plan() if pmdb is not None else PlanData()
        if isinstance(source, PlanData):
            # The working copy of a plan built in memory (the demo, an import) is made on first
            # need or by prepare_working_copy() once the window is up: pmdesk.store loads
            # SQLAlchemy, about half a second that need not delay the first paint.
            self._working_copy = None
            self._deferred: PlanData | None = source
            data = source
        else:
            self._working_copy = source
            self._deferred = None
            data = source.data
        self.data: PlanData = data
        self.undo_stack = QUndoStack(self)
        # Empty the history while every command's Python side still exists: when a Document
        # ends as cyclic garbage, the collector may free the commands' Python objects before
        # Qt deletes the stack, and ~QUndoStack then deleted commands whose Python half was
        # gone (a segmentation fault inside QUndoStack::clear, seen under gdb). A weakref
        # callback runs before the collector clears anything.
        weakref.finalize(self, clear_history, self.undo_stack)
        self.schedule: Schedule | None = None
        self.schedule_error: str | None = None
        self._pending: list[Change] = []
        self._unwritten: list[Change] = []
        self._pushing = False
        self._macro: MacroCommand | None = None
        self._closed = False
        # The Scheduler listens to the PlanData and recompiles only what changed, so that a
        # reschedule after each command stays fast on large plans.
        self._scheduler = Scheduler(self.data)
        # Tests may put a stand-in engine here.
        self._schedule_plan: Callable[[PlanData], Schedule] = self._run_scheduler
        self.data.subscribe(self._on_change)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_stack_moved)
        self._stack_index = 0
        self._reschedule()
        self.follower = None
        if hasattr(self._working_copy, "fetch_remote"):
            from pmdesk.serverlink import ServerFollower

            self.follower = ServerFollower(self)

    # -- opening -----------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        read_only: bool = False,
        override_lock: bool = False,
        parent: QObject | None = None,
    ) -> Document:
        """Open a .pmdb (raises the store's PmdbError / LockedError for a person to read).

        ``override_lock`` opens a plan someone else has open ("Open anyway").
        """
        return cls(
            _store().WorkingCopy.open(
                os.fspath(path), read_only=read_only, override_lock=override_lock
            ),
            parent,
        )

    @classmethod
    def open_server(
        cls,
        url: str,
        read_only: bool = False,
        editor: str | None = None,
        parent: QObject | None = None,
    ) -> Document:
        """Open a plan on a server (``postgresql://user@host/db?plan=NAME``); ServerError
        for a person to read when it cannot be."""
        from pmdesk.store.server.copy import ServerCopy

        return cls(ServerCopy.open(url, editor=editor, read_only=read_only), parent)

    # -- state -------------------------------------------------------------------------
    @property
    def working_copy(self) -> Any:
        """The store's WorkingCopy of this plan (made now if it was deferred), or None."""
        if self._deferred is not None:
            self.prepare_working_copy()
        return self._working_copy

    def prepare_working_copy(self) -> None:
        """Make the deferred working copy from the plan as it is now (idempotent)."""
        source, self._deferred = self._deferred, None
        if source is None or self._closed:
            return
        pmdb = _store()
        if pmdb is not None:
            try:
                self._working_copy = pmdb.WorkingCopy.new(source)
            except PmdeskError:
                self._deferred = source  # the failed edit is reverted; try again next time
                raise
        # The new image already holds every change made so far.
        self._unwritten = []

    @property
    def path(self) -> str | None:
        path = getattr(self._working_copy, "path", None)
        return os.fspath(path) if path else None

    @property
    def read_only(self) -> bool:
        return bool(getattr(self._working_copy, "read_only", False))

    @property
    def read_only_reason(self) -> str:
        return getattr(self._working_copy, "read_only_reason", "") or ""

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    @property
    def name(self) -> str:
        return self.data.plan.name

    def mark_unsaved(self) -> None:
        """Content that is nowhere on disk yet (imported, recovered, a copy): closing asks."""
        self.undo_stack.resetClean()

    # -- editing -----------------------------------------------------------------------
    def set_fields(self, kind: type, entity_id: int, text: str, /, **values: Any) -> None:
        """Set fields of one entity (``kind=Plan`` for plan properties) as one undo step.

        Setting fields to the values they have is no edit: nothing is pushed (an editor
        closing without a change must not leave an empty undo step or mark the plan modified).
        """
        target = self.data.plan if kind is Plan else self.data.table(kind).get(entity_id)
        if target is not None and all(
            hasattr(target, name) and getattr(target, name) == value
            for name, value in values.items()
        ):
            return
        self.push(SetFieldsCommand(self.data, kind, entity_id, values, text))

    def add_entities(self, entities: Iterable[Any], text: str) -> None:
        self.push(AddEntitiesCommand(self.data, entities, text))

    def remove_entities(self, items: Iterable[tuple[type, int]], text: str) -> None:
        """Remove entities with what belongs to them (a task's links, children, ...)."""
        self.push(remove_command(self.data, list(items), text))

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[MacroCommand]:
        """Everything pushed inside the block becomes one undo step named ``text``.

        Each step is applied at once (later steps see earlier ones); the engine checks the
        result once at the end. An exception inside the block, or a refusal by the engine,
        reverts every step and propagates.
        """
        if self._macro is not None:  # nested: part of the outer gesture
            yield self._macro
            return
        macro = MacroCommand(text)
        self._macro = macro
        try:
            yield macro
        except BaseException:
            self._macro = None
            self._revert(macro)
            raise
        self._macro = None
        if macro.children_:
            self._commit(macro, applied=True)

    def push(self, command: QUndoCommand) -> None:
        """Apply ``command``; if the engine refuses the result, revert it and raise."""
        if self.on_server and self.read_only:
            # A server plan this person may only read: no edit, not even in memory.
            raise PmdeskError(self.read_only_reason)
        if self._macro is not None:
            self._pushing = True
            try:
                command.redo()
            finally:
                self._pushing = False
            self._macro.add(command)  # only once applied: a failed step is not undone twice
            return
        self._commit(command, applied=False)

    def _commit(self, command: QUndoCommand, applied: bool) -> None:
        self._pushing = True
        try:
            if not applied:
                try:
                    command.redo()  # our commands are all or nothing when they raise
                except BaseException:
                    self._pending = []
                    self._unwritten = []
                    raise
            ran = touches_schedule(self._pending)
            if not ran:
                schedule, error = self.schedule, self.schedule_error
            else:
                try:
                    schedule, error = self._compute_schedule(), None
                except PmdeskError as exc:
                    if self.schedule_error is None:
                        self._revert(command)
                        raise
                    # The plan was opened unschedulable: let the user edit it towards sound.
                    schedule, error = None, str(exc)
            unsent = None
            try:
                self._write_through()
            except ServerUnavailableError as exc:
                unsent = str(exc)  # kept in the server copy's outbox: the edit stands
            except ConflictError:
                # Someone else changed a row it read: nothing was stored. Undo it here and
                # show their version (the fresh rows), then tell the person.
                self._revert(command)
                self._pushing = False
                if not self.follow_remote():
                    self._reschedule()
                raise
            except PmdeskError:
                # The working copy refused it (and kept nothing of it): undo it in memory too.
                self._revert(command)
                self._reschedule()
                raise
            self.undo_stack.push(AppliedCommand(command))
            self._stack_index = self.undo_stack.index()
            self._mark_stored()
        finally:
            self._pushing = False
        self._publish(schedule, error, ran)
        if unsent is not None:
            self.storeProblem.emit(unsent)

    def _revert(self, command: QUndoCommand) -> None:
        self._pushing = True
        try:
            command.undo()
        finally:
            self._pushing = False
            # Net effect nothing: views need not hear of it, the working copy never saw it.
            self._pending = []
            self._unwritten = []

    def _write_through(self, replay: bool = False) -> None:
        """Write the changes of the last command to the working copy in one transaction.

        ``replay``: an undo or redo (a server copy then also refuses it when someone else
        changed those rows after this person's edit)."""
        if self._deferred is not None:
            self.prepare_working_copy()  # made from the plan as it is now: nothing to replay
            return
        batch, self._unwritten = self._unwritten, []
        if batch and self._working_copy is not None:
            if replay and self.on_server:
                self._working_copy.write_changes(batch, replay=True)
            else:
                self._working_copy.write_changes(batch)

    # -- saving ------------------------------------------------------------------------
    def save(self, path: str | os.PathLike[str] | None = None, force: bool = False) -> None:
        """Save to ``path`` (None: where it came from). Undo history survives; clean after."""
        if self.working_copy is None:
            raise PmdeskError("This plan cannot be saved: it has no working copy.")
        if path is None and self.path is None and not self.on_server:
            raise PmdeskError("This plan has no file yet; choose where to save it.")
        old_path = self.path
        self._write_through()
        self.working_copy.save(os.fspath(path) if path is not None else None, force=force)
        self.undo_stack.setClean()
        if self.path != old_path:
            self.pathChanged.emit(self.path or "")

    def changed_on_disk(self) -> bool:
        if self._working_copy is None or self.path is None:
            return False
        return bool(self.working_copy.changed_on_disk())

    def autosave(self) -> None:
        if self.working_copy is not None:
            self._write_through()
            self.working_copy.autosave()

    def close(self) -> None:
        """Release the file (lock, working copy). The Document is unusable afterwards."""
        if self._closed:
            return
        self._closed = True
        self.data.unsubscribe(self._on_change)
        self._scheduler.close()
        self._deferred = None
        if self.follower is not None:
            self.follower.stop()
        if self._working_copy is not None:
            self._working_copy.close()
            self._working_copy = None

    # -- internals ---------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        self._pending.append(change)  # for the views, after the command
        self._unwritten.append(change)  # for the working copy, once the engine agreed

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)

    def _on_stack_moved(self, _index: int) -> None:
        # Undo/redo through the stack (menu, shortcut, QUndoView): Qt has run the command.
        previous, self._stack_index = self._stack_index, _index
        refusal, AppliedCommand.refusal = AppliedCommand.refusal, None
        if refusal is not None and not self._pushing:
            # The step did nothing (it no longer fits the plan); Qt moved the index anyway.
            # Moving it back runs the opposite step, which does nothing either.
            try:
                self._move_stack_back(previous, _index)
            finally:
                AppliedCommand.refusal = None
            self.storeProblem.emit(refusal)
            return
        if self._pushing or not self._pending:
            return
        try:
            self._write_through(replay=True)
        except ConflictError as exc:
            self._step_back(previous, _index, exc.rows)
            self.storeProblem.emit(str(exc))
            return
        except ServerUnavailableError as exc:
            self.storeProblem.emit(str(exc))
        except PmdeskError as exc:
            self.storeProblem.emit(str(exc))
        else:
            self._mark_stored()
        ran = touches_schedule(self._pending)
        if not ran:
            schedule, error = self.schedule, self.schedule_error
        else:
            try:
                schedule, error = self._compute_schedule(), None
            except PmdeskError as exc:
                # Only for a plan that was opened unschedulable: keep it open, say why.
                schedule, error = None, str(exc)
        self._publish(schedule, error, ran)

    def _move_stack_back(self, previous: int, index: int) -> None:
        """Undo the stack move Qt just made (redo after an undo, undo after a redo) without
        telling anyone, and forget the changes it produced."""
        self._pushing = True
        try:
            if index < previous:
                self.undo_stack.redo()
            else:
                self.undo_stack.undo()
        finally:
            self._pushing = False
            self._stack_index = self.undo_stack.index()
            self._pending = []
            self._unwritten = []

    def _run_scheduler(self, _data: PlanData) -> Schedule:
        return self._scheduler.schedule()

    def _compute_schedule(self) -> Schedule:
        return self._schedule_plan(self.data)

    def _reschedule(self) -> None:
        """Schedule the plan as loaded; a plan the engine refuses still opens (error kept)."""
        try:
            self.schedule = self._compute_schedule()
            self.schedule_error = None
        except PmdeskError as exc:
            self.schedule = None
            self.schedule_error = str(exc)

    def _publish(
        self, schedule: Schedule | None, error: str | None = None, ran: bool = True
    ) -> None:
        changes, self._pending = self._pending, []
        self.schedule = schedule
        self.schedule_error = error
        self.changed.emit(changes)
        self.changeSet.emit(ChangeSet.of(changes, ran))
        if ran:
            self.rescheduled.emit()
