"""What the Resources tab changes in the plan: add and delete resources, add and remove
assignments, each as one undo step through the Document; a refusal, or a plan open read-only,
shows as one sentence instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from pmdesk.core.entities import Assignment, Resource
from pmdesk.core.errors import PmdeskError

if TYPE_CHECKING:
    from pmdesk.document import Document


def _no_resource_text() -> str:
    # The sentence the assign dialog says too (and translated there).
    return QCoreApplication.translate("AssignDialog", "Select a resource to assign first.")


class ResourceEdits:
    """The tab's edits over ``document``; ``show_error`` says what went wrong, ``parent``
    holds the dialogs."""

    def __init__(
        self, document: Document, show_error: Callable[[str], None], parent: QWidget
    ) -> None:
        self.document = document
        self.show_error = show_error
        self.parent = parent

    def writable(self) -> bool:
        """False (and the reason shown) when the plan is open read-only."""
        if self.document.read_only:
            reason = self.document.read_only_reason
            self.show_error(
                "This plan is open read-only"
                + (f" ({reason})" if reason else "")
                + "; save a copy to change it."
            )
            return False
        return True

    def add_resource(self) -> int | None:
        """Add "Resource N" (the first free N); its id, or None when refused."""
        if not self.writable():
            return None
        data = self.document.data
        names = {r.name.casefold() for r in data.resources.values()}
        number = len(data.resources) + 1
        while f"resource {number}" in names:
            number += 1
        resource = Resource(id=data.new_id(Resource), name=f"Resource {number}")
        try:
            self.document.add_entities([resource], f"Add resource {resource.name}")
        except PmdeskError as exc:
            self.show_error(str(exc))
            return None
        return resource.id

    def delete_resources(self, ids: list[int]) -> None:
        """Delete resources and their assignments."""
        if not ids or not self.writable():
            return
        names = [self.document.data.resources[rid].name for rid in ids]
        text = f"Delete resource {names[0]}" if len(ids) == 1 else f"Delete {len(ids)} resources"
        try:
            self.document.remove_entities([(Resource, rid) for rid in ids], text)
        except PmdeskError as exc:
            self.show_error(str(exc))

    def delete_assignments(self, ids: list[int]) -> None:
        if not ids or not self.writable():
            return
        text = "Remove assignment" if len(ids) == 1 else f"Remove {len(ids)} assignments"
        try:
            self.document.remove_entities([(Assignment, aid) for aid in ids], text)
        except PmdeskError as exc:
            self.show_error(str(exc))

    def assign_with_dialog(self, resource_id: int | None) -> None:
        """Ask for a task and units, then assign the resource."""
        if resource_id is None:
            self.show_error(_no_resource_text())
            return
        if not self.writable():
            return
        from pmdesk.ui.workspaces.resources.assign import AssignDialog

        dialog = AssignDialog(self.document, resource_id, self.parent)
        if dialog.exec() == AssignDialog.DialogCode.Accepted and dialog.assignment is not None:
            self._add_assignment(dialog.assignment)

    def assign(self, resource_id: int | None, task_id: int, units_text: str) -> None:
        """Assign the resource to a task at the typed units."""
        if not self.writable():
            return
        if resource_id is None:
            self.show_error(_no_resource_text())
            return
        from pmdesk.ui.workspaces.resources.assign import new_assignment

        try:
            assignment = new_assignment(self.document, resource_id, task_id, units_text)
        except PmdeskError as exc:
            self.show_error(str(exc))
            return
        self._add_assignment(assignment)

    def _add_assignment(self, assignment: Assignment) -> None:
        data = self.document.data
        text = (
            f"Assign {data.resources[assignment.resource_id].name} to "
            f"{data.tasks[assignment.task_id].name}"
        )
        try:
            self.document.add_entities([assignment], text)
        except PmdeskError as exc:
            self.show_error(str(exc))
