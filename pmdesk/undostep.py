"""The undo step the Document puts on its QUndoStack: a command it has already applied and
checked, so QUndoStack.push() must not apply it again; and emptying a stack safely."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from pmdesk.core.errors import PmdeskError


def clear_history(stack: QUndoStack) -> None:
    """Empty ``stack`` while every command's Python side still exists (Document's finalizer)."""
    try:
        stack.blockSignals(True)  # nobody is listening to a Document that is going away
        stack.clear()
    except RuntimeError:  # Qt deleted the stack already (with its commands): nothing to do
        pass


class AppliedCommand(QUndoCommand):
    """Wraps a command the Document has already applied and checked.

    QUndoStack.push() calls redo(); the Document applies the command itself first (so that an
    edit the engine refuses can be reverted and raised in the caller, which an exception inside
    a Qt virtual call could not do), so the first redo is skipped.
    """

    def __init__(self, inner: QUndoCommand):
        super().__init__(inner.text())
        self.inner = inner
        self._applied = True

    refusal: str | None = None  # set when undo/redo met a plan it no longer fits

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._run(self.inner.redo)

    def undo(self) -> None:
        self._run(self.inner.undo)

    def _run(self, step: Callable[[], None]) -> None:
        # On a server plan, others may delete what an older step names; an exception must
        # not escape a Qt virtual call. Our commands change nothing when they raise.
        try:
            step()
        except PmdeskError as exc:
            AppliedCommand.refusal = (
                f"This step can no longer be undone or redone: the plan has changed since ({exc})"
            )

    def id(self) -> int:
        return self.inner.id()

    def mergeWith(self, other: QUndoCommand) -> bool:
        if isinstance(other, AppliedCommand) and self.inner.mergeWith(other.inner):
            self.setText(self.inner.text())
            return True
        return False
