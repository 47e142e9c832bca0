"""File > Open from Server... and what the window shows of a server plan: who else has it open,
whose edits just arrived, and edits waiting for the server.

The address typed is remembered without its password (passwords come from ~/.pgpass or the
system keyring, never from pmdesk's settings).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QLabel, QLineEdit

from pmdesk.core.errors import PmdeskError
from pmdesk.document import Document
from pmdesk.ui import dialogs

if TYPE_CHECKING:
    from pmdesk.ui.windowbase import MainWindowBase

LAST_ADDRESS_KEY = "server/last_address"


class ServerController(QObject):
    def __init__(self, window: MainWindowBase) -> None:
        super().__init__(window)
        self.window = window
        self.presence_label = QLabel(window.statusBar())
        self.presence_label.setObjectName("presenceLabel")
        window.statusBar().addPermanentWidget(self.presence_label)
        self.presence_label.hide()

    # -- opening ---------------------------------------------------------------------------
    def open_dialog(self) -> bool:
        """Ask for a server address (and, when it names none, which plan), then open it."""
        settings = self.window.settings
        last = str(settings.value(LAST_ADDRESS_KEY, "") or "")
        url, ok = QInputDialog.getText(
            self.window,
            self.tr("Open from Server"),
            self.tr("Server address (postgresql://user@host/database?plan=NAME):"),
            QLineEdit.EchoMode.Normal,
            last or "postgresql://",
        )
        if not ok or not url.strip():
            return False
        url = url.strip()
        from pmdesk.store import server
        from pmdesk.store.server.address import parse_address

        try:
            address = parse_address(url)
            if address.plan is None:
                names = [name for name, _seq in server.list_plans(url)]
                if not names:
                    raise PmdeskError(
                        self.tr(
                            "The server has no plans yet; put one there with "
                            "pmdesk push FILE.pmdb --to ADDRESS."
                        )
                    )
                name, ok = QInputDialog.getItem(
                    self.window, self.tr("Open from Server"), self.tr("Plan:"), names, 0, False
                )
                if not ok:
                    return False
                url = address.with_plan(name)
        except PmdeskError as exc:
            dialogs.show_error(self.window, self.tr("Cannot open plan"), str(exc))
            return False
        from pmdesk.store.server.address import without_password  # not at start-up: socket

        settings.setValue(LAST_ADDRESS_KEY, without_password(url))
        return self.open_url(url)

    def open_url(self, url: str) -> bool:
        """Open the server plan at ``url`` in this window (asking to save the current one)."""
        if not self.window.maybe_save():
            return False
        try:
            document = Document.open_server(url)
        except PmdeskError as exc:
            dialogs.show_error(self.window, self.tr("Cannot open plan"), str(exc))
            return False
        self.window.set_document(document)
        return True

    # -- portfolio -------------------------------------------------------------------------
    def portfolio(self) -> bool:
        """Show the plans of a server (the current plan's, else one asked for)."""
        document = self.window.document
        if document.on_server:
            url = document.working_copy.address.conninfo
        else:
            last = str(self.window.settings.value(LAST_ADDRESS_KEY, "") or "")
            url, ok = QInputDialog.getText(
                self.window,
                self.tr("Portfolio"),
                self.tr("Server address (postgresql://user@host/database):"),
                QLineEdit.EchoMode.Normal,
                last or "postgresql://",
            )
            if not ok or not url.strip():
                return False
        from pmdesk.store import server
        from pmdesk.store.server.address import parse_address
        from pmdesk.ui.portfolio_dialog import PortfolioDialog

        try:
            address = parse_address(url)
            lines, pool = server.portfolio(url)
        except PmdeskError as exc:
            dialogs.show_error(self.window, self.tr("Cannot show the portfolio"), str(exc))
            return False
        dialog = PortfolioDialog(address.display, lines, pool, self.window)
        chosen: list[str] = []

        def open_chosen(name: str) -> None:
            chosen.append(name)
            dialog.accept()

        dialog.openPlan.connect(open_chosen)
        self.last_portfolio = dialog
        dialog.exec()
        if chosen:
            return self.open_url(address.with_plan(chosen[0]))
        return True

    # -- offline copies ----------------------------------------------------------------------
    def take_offline(self) -> bool:
        """Copy the server plan to a .pmdb that remembers its server, and work on that."""
        document = self.window.document
        if not document.on_server:
            return False
        copy = document.working_copy
        start = os.path.join(self.window.files.folder(), f"{document.name or 'plan'}.pmdb")
        path, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Take Offline"), start, "pmdesk plans (*.pmdb)"
        )
        if not path:
            return False
        if not path.lower().endswith(".pmdb"):
            path += ".pmdb"
        from pmdesk.store.pmdb import save_plan
        from pmdesk.store.server.offline import take_offline

        try:
            if copy.pending and not copy.retry():
                raise PmdeskError(
                    self.tr(
                        "Edits still wait for the server; take the plan offline once they are sent."
                    )
                )
            save_plan(take_offline(copy.address.with_plan(copy.address.plan)), path)
        except PmdeskError as exc:
            dialogs.show_error(self.window, self.tr("Cannot take the plan offline"), str(exc))
            return False
        return self.window.files.open_path(path)

    def sync(self) -> bool:
        """Merge this offline copy with its server plan (asking about true conflicts)."""
        from pmdesk.store.pmdb import save_plan
        from pmdesk.store.server.offline import offline_origin, sync_offline

        document = self.window.document
        if document.path is None or offline_origin(document.data) is None:
            dialogs.show_error(
                self.window,
                self.tr("Cannot sync"),
                self.tr("This plan was not taken offline from a server; there is nothing to sync."),
            )
            return False
        if document.modified and not self.window.files.save():
            return False
        try:
            merged, result = sync_offline(document.data)
            if merged is None:
                from pmdesk.ui.sync_dialog import SyncConflictsDialog

                dialog = SyncConflictsDialog(result.conflicts, self.window)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                merged, result = sync_offline(document.data, dialog.choices())
            save_plan(merged, document.path)
        except PmdeskError as exc:
            dialogs.show_error(self.window, self.tr("Cannot sync"), str(exc))
            return False
        document.undo_stack.setClean()  # the file now holds the merged plan: read it
        self.window.files.reload()
        self.window.statusBar().showMessage(
            self.tr("Synced with the server: %n conflicts decided.", "", len(result.conflicts)),
            8000,
        )
        return True

    def can_sync(self) -> bool:
        from pmdesk.store.server.offline import offline_origin

        document = self.window.document
        return document.path is not None and offline_origin(document.data) is not None

    # -- while it is open --------------------------------------------------------------------
    def attach(self, document: Document) -> None:
        """Show presence and arrivals of ``document`` (nothing for a .pmdb plan)."""
        self.presence_label.hide()
        follower = getattr(document, "follower", None)
        if follower is None:
            return
        follower.othersChanged.connect(self._show_others)
        document.remoteChanged.connect(self._show_arrival)
        self._show_others(follower.others)

    def _show_others(self, others: list[str]) -> None:
        if not others:
            self.presence_label.setText(self.tr("Only you have this plan open"))
        else:
            self.presence_label.setText(
                self.tr("Also open by: %1").replace("%1", ", ".join(others))
            )
        self.presence_label.show()

    def _show_arrival(self, editors: list[str]) -> None:
        if editors:
            self.window.statusBar().showMessage(
                self.tr("Changes from %1 arrived.").replace("%1", ", ".join(editors)), 5000
            )
