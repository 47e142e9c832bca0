"""Resource > Level Now, Leveling Options and Clear Leveling from the Resources tab: run
leveling_actions.py's one undo step with a wait cursor, say what happened on the message line,
and list what moved and what stays over-allocated in the results dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from pmdesk.core.errors import PmdeskError
from pmdesk.core.scheduling.leveling import LevelingOptions
from pmdesk.ui.workspaces.resources import banner
from pmdesk.ui.workspaces.resources.banner import MessageBanner
from pmdesk.ui.workspaces.resources.leveling_actions import (
    Outcome,
    clear_document_leveling,
    level_document,
    store_options,
)

if TYPE_CHECKING:
    from pmdesk.document import Document
    from pmdesk.ui.workspaces.resources.leveling_dialogs import (
        LevelingOptionsDialog,
        LevelingResultsDialog,
    )


class LevelingRunner:
    """Levels ``document`` for a tab: ``writable`` says (and shows) whether the plan may
    change, ``message`` tells the outcome, ``parent`` holds the dialogs."""

    def __init__(
        self,
        document: Document,
        message: MessageBanner,
        writable: Callable[[], bool],
        parent: QWidget,
    ) -> None:
        self.document = document
        self.message = message
        self.writable = writable
        self.parent = parent
        self.options_dialog: LevelingOptionsDialog | None = None
        self.results_dialog: LevelingResultsDialog | None = None

    def level_now(self, options: object = None) -> None:
        """Level the plan's resources as one undo step (with ``options``, else the plan's)."""
        chosen = options if isinstance(options, LevelingOptions) else None  # not "checked"
        self._run(lambda document: level_document(document, chosen))

    def open_options(self) -> None:
        """Leveling Options: keep the plan's options (one undo step), or level with them at
        once (Level Now: the options and the leveling are one undo step)."""
        from pmdesk.ui.workspaces.resources.leveling_dialogs import LevelingOptionsDialog

        if not self.writable():
            return
        plan = self.document.data.plan
        self.options_dialog = LevelingOptionsDialog(
            LevelingOptions.from_settings(plan.settings), plan.start, self.parent
        )
        self.options_dialog.accepted.connect(self._options_chosen)
        self.options_dialog.open()

    def _options_chosen(self) -> None:
        dialog = self.options_dialog
        if dialog is None:
            return
        if dialog.level_requested:
            self.level_now(dialog.options())
            return
        try:
            store_options(self.document, dialog.options())
        except PmdeskError as exc:
            self.message.show_error(str(exc))

    def clear(self) -> None:
        """Remove the delays leveling set, as one undo step."""
        self._run(clear_document_leveling)

    def _run(self, action: Callable[[Document], Outcome]) -> None:
        if not self.writable():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # seconds on big plans
        try:
            outcome = action(self.document)
        except PmdeskError as exc:
            self.message.show_error(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        tone = banner.WARNING if outcome.warning else banner.DONE
        self.message.show_message(outcome.text, tone, outcome.details)
        result = outcome.result
        if result is not None and (result.moved or result.unresolved):
            from pmdesk.ui.workspaces.resources.leveling_dialogs import LevelingResultsDialog

            self.results_dialog = LevelingResultsDialog(result, outcome.text, self.parent)
            self.results_dialog.open()
