"""What the File menu does: new, open (with the lock prompt), save (with the external-change
prompt), save as, close, import, export, print, autosave and the recovery offer at start.

User errors (PmdeskError, the store's PmdbError) are shown as one sentence; nothing here lets
a traceback reach the user for something their files or disks did.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFileDialog

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP
from pmdesk.document import Document
from pmdesk.io.mpxj_names import EXPORT_NAMES, IMPORT_NAMES, ConversionCancelled

# pmdesk.store.pmdb (SQLAlchemy) is imported where a file is read or written, and the lock
# and recovery files (with sqlite3, hashlib, secrets) when used: none is needed to show the
# first window.
from pmdesk.store.errors import ExternalChangeError
from pmdesk.ui import dialogs

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from pmdesk.io.formats import ImportResult
    from pmdesk.ui.windowbase import MainWindowBase

PLAN_FILTER = "pmdesk plans (*.pmdb)"


def _by_name(names: dict[str, str]) -> list[str]:
    """One filter per format name: "Primavera P6 XER (*.xer)", extensions sharing a name together."""
    grouped: dict[str, list[str]] = {}
    for extension, name in names.items():
        grouped.setdefault(name, []).append(f"*{extension}")
    return [f"{name} ({' '.join(patterns)})" for name, patterns in grouped.items()]


# The formats MPXJ reads are listed whether or not the formats extra is installed: choosing
# one without it says what to install (one sentence) instead of hiding that pmdesk can.
_PROJECT_PATTERNS = " ".join(["*.xml", "*.gan", "*.csv", *(f"*{e}" for e in IMPORT_NAMES)])
IMPORT_FILTER = ";;".join(
    [
        f"Project files ({_PROJECT_PATTERNS})",
        "MS Project XML (*.xml)",
        "GanttProject (*.gan)",
        "CSV (*.csv)",
        *_by_name(IMPORT_NAMES),
        "All files (*)",
    ]
)


def open_filter() -> str:
    """File > Open lists the formats it imports as well as plans."""
    both = QCoreApplication.translate("FileController", "pmdesk plans and project files")
    return ";;".join(
        [
            f"{both} (*.pmdb {_PROJECT_PATTERNS})",
            PLAN_FILTER,
            f"Project files ({_PROJECT_PATTERNS})",
            "All files (*)",
        ]
    )


EXPORT_FILTER = ";;".join(
    [
        "MS Project XML (*.xml)",
        "GanttProject (*.gan)",
        "CSV (*.csv)",
        "Excel workbook (*.xlsx)",
        *_by_name(EXPORT_NAMES),
    ]
)
IMPORT_SUFFIXES = (".xml", ".gan", ".csv", *IMPORT_NAMES)
# The words of the filters that are not format names, shown in the interface language.
FILTER_WORDS = (
    QT_TRANSLATE_NOOP("FileController", "pmdesk plans"),
    QT_TRANSLATE_NOOP("FileController", "Project files"),
    QT_TRANSLATE_NOOP("FileController", "All files"),
    QT_TRANSLATE_NOOP("FileController", "Excel workbook"),
)


def shown_filter(filters: str) -> str:
    """``filters`` (";;"-separated, English) with their words in the interface language; the
    patterns in brackets stay, so the chosen filter still names the extension."""
    for word in FILTER_WORDS:
        filters = filters.replace(f"{word} (", f"{translate('FileController', word)} (")
    return filters


AUTOSAVE_INTERVAL_MS = 2 * 60 * 1000
AUTOSAVE_IDLE_MS = 15 * 1000  # after the last edit, once the user pauses
DISK_POLL_MS = 5 * 1000  # polling, not a file watcher: watchers miss changes on network drives


def new_document() -> Document:
    """A blank plan (with the store's standard calendar) starting at the first working minute
    on or after today."""
    from pmdesk.store.pmdb import blank_plan

    return Document(blank_plan())


class FileController(QObject):
    def __init__(self, window: MainWindowBase) -> None:
        super().__init__(window)
        self.window = window
        # Autosave: every 2 minutes while there are unsaved edits, and after a pause in editing.
        self._autosave_dirty = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(AUTOSAVE_IDLE_MS)
        self.idle_timer.timeout.connect(self.autosave)
        self._told_about_disk: str | None = None  # the path we warned about, once per change
        self.disk_timer = QTimer(self)
        self.disk_timer.setInterval(DISK_POLL_MS)
        self.disk_timer.timeout.connect(self.check_disk)
        self.disk_timer.start()

    def stop_timers(self) -> None:
        for timer in (self.autosave_timer, self.idle_timer, self.disk_timer):
            timer.stop()

    @property
    def document(self) -> Document:
        return self.window.document

    def folder(self) -> str:
        path = self.document.path or (self.window.recent.paths() or [""])[0]
        return os.path.dirname(path) if path else os.path.expanduser("~")

    # -- new / open --------------------------------------------------------------------------
    def new_plan(self, ask_information: bool = True) -> bool:
        """File > New: a blank plan, then Project Information to set it up (as MS Project
        does); Cancel there keeps the defaults, still a new plan."""
        if not self.window.maybe_save():
            return False
        self.window.set_document(new_document())
        if ask_information:
            self.window.show_project_info(new_plan=True)
        return True

    def open_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("FileController", "Open Plan"),
            self.folder(),
            shown_filter(open_filter()),
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open ``path`` in this window (asking to save the current plan first)."""
        from pmdesk.store.server.address import is_server_address

        if is_server_address(path):
            return self.window.server.open_url(path)
        path = os.path.abspath(path)
        if path.lower().endswith(IMPORT_SUFFIXES):
            return self.import_path(path)
        if path == self.document.path:
            # Already open here (its lock is ours): say so rather than do nothing.
            self.window.statusBar().showMessage(
                translate("FileController", "%1 is already open in this window.").replace(
                    "%1", os.path.basename(path)
                ),
                8000,
            )
            return True
        if not self.window.maybe_save():
            return False
        document = self.open_document(path)
        if document is None:
            return False
        self.window.set_document(document)
        if document.path:
            self.window.recent.add(document.path)
        return True

    def open_document(self, path: str) -> Document | None:
        """Open with the lock prompt; None when the user cancels or the file is refused."""
        from pmdesk.store.lock import LockedError

        try:
            return Document.open(path)
        except LockedError as locked:
            choice = dialogs.ask_locked(self.window, locked)
            try:
                if choice == "read_only":
                    return Document.open(path, read_only=True)
                if choice == "copy":
                    return self._open_copy(path)
                if choice == "anyway":
                    return self._open_anyway(path)
            except PmdeskError as exc:
                self._cannot_open(path, exc)
            return None
        except PmdeskError as exc:
            self._cannot_open(path, exc)
            if not os.path.exists(path):
                self.window.recent.remove(path)
            return None

    def _open_copy(self, path: str) -> Document:
        from pmdesk.store.pmdb import load_plan

        document = Document(load_plan(path))  # untitled: Save asks where
        document.mark_unsaved()
        return document

    def _open_anyway(self, path: str) -> Document:
        return Document.open(path, override_lock=True)

    def _cannot_open(self, path: str, exc: Exception) -> None:
        dialogs.show_error(self.window, translate("FileController", "Cannot open plan"), str(exc))

    # -- save --------------------------------------------------------------------------------
    def save(self) -> bool:
        document = self.document
        if (document.path is None and not document.on_server) or document.read_only:
            return self.save_as()
        try:
            document.save()
        except ExternalChangeError:
            # only a file's save raises it, so the plan has a path
            choice = dialogs.ask_external_change(self.window, document.path or "")
            if choice == "reload":
                return self.reload()
            if choice == "copy":
                return self.save_as()
            if choice == "overwrite":
                return self._save_to(None, force=True)
            return False
        except PmdeskError as exc:
            dialogs.show_error(
                self.window, translate("FileController", "Cannot save plan"), str(exc)
            )
            return False
        self._saved()
        return True

    def save_as(self) -> bool:
        start = self.document.path or os.path.join(
            self.folder(), f"{self.document.name or 'plan'}.pmdb"
        )
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            translate("FileController", "Save Plan As"),
            start,
            shown_filter(PLAN_FILTER),
        )
        if not path:
            return False
        if not path.lower().endswith(".pmdb"):
            path += ".pmdb"
        return self._save_to(path, force=True)  # the dialog asked about replacing a file

    def _save_to(self, path: str | None, force: bool) -> bool:
        try:
            self.document.save(path, force=force)
        except PmdeskError as exc:
            dialogs.show_error(
                self.window, translate("FileController", "Cannot save plan"), str(exc)
            )
            return False
        self._saved()
        return True

    def _saved(self) -> None:
        self._told_about_disk = None
        if self.document.path:
            self.window.recent.add(self.document.path)
        self._autosave_dirty = False
        self.window.update_title()
        self.window.statusBar().showMessage(translate("FileController", "Saved."), 3000)

    def reload(self) -> bool:
        """Throw away unsaved changes and read the file as it is on disk now."""
        path = self.document.path
        if path is None:
            return False
        self.document.close()
        document = self.open_document(path)
        self.window.set_document(document if document is not None else new_document())
        return document is not None

    def close_plan(self) -> bool:
        return self.new_plan(ask_information=False)

    # -- import / export ---------------------------------------------------------------------
    def import_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            translate("FileController", "Import Plan"),
            self.folder(),
            shown_filter(IMPORT_FILTER),
        )
        return bool(path) and self.import_path(path)

    def import_path(self, path: str) -> bool:
        from pmdesk.io.formats import import_file, uses_converter  # start-up cost: when used

        if not self.window.maybe_save():
            return False
        try:
            if uses_converter(path):  # MPXJ in a child process: progress and Cancel
                from pmdesk.ui.conversion import run_conversion

                result = cast(
                    "ImportResult",  # what the work below returns
                    run_conversion(
                        self.window,
                        path,
                        lambda progress, cancelled: import_file(
                            path, progress=progress, cancelled=cancelled
                        ),
                    ),
                )
            else:
                result = import_file(path)
        except ConversionCancelled:
            self.window.statusBar().showMessage(self.tr("Import cancelled."), 5000)
            return False
        except PmdeskError as exc:
            dialogs.show_error(self.window, translate("FileController", "Cannot import"), str(exc))
            return False
        document = Document(result.data)
        document.mark_unsaved()
        self.window.set_document(document)
        self._show_warnings(translate("FileController", "Imported with warnings"), result.warnings)
        return True

    def export_dialog(self) -> bool:
        from pmdesk.io.formats import export_file  # imported when first used: start-up cost

        base = os.path.splitext(self.document.path or self.document.name or "plan")[0]
        path, chosen = QFileDialog.getSaveFileName(
            self.window,
            translate("FileController", "Export Plan"),
            base + ".xml",
            shown_filter(EXPORT_FILTER),
        )
        if not path:
            return False
        if not os.path.splitext(path)[1]:
            path += chosen[chosen.rfind("*.") + 1 : chosen.rfind(")")]
        data = self.document.data
        try:
            if os.path.splitext(path)[1].lower() in EXPORT_NAMES:  # through MPXJ
                from pmdesk.ui.conversion import run_conversion

                warnings = cast(
                    "list[str]",  # what the work below returns
                    run_conversion(
                        self.window,
                        path,
                        lambda progress, cancelled: export_file(
                            data, path, progress=progress, cancelled=cancelled
                        ),
                        exporting=True,
                    ),
                )
            else:
                warnings = export_file(data, path)
        except ConversionCancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled."), 5000)
            return False
        except PmdeskError as exc:
            dialogs.show_error(self.window, translate("FileController", "Cannot export"), str(exc))
            return False
        self._show_warnings(translate("FileController", "Exported with warnings"), warnings)
        self.window.statusBar().showMessage(
            translate("FileController", "Exported to %1.").replace("%1", path), 5000
        )
        return True

    def _show_warnings(self, title: str, warnings: list[str]) -> None:
        if warnings:
            shown = warnings[:20] + (
                [f"... and {len(warnings) - 20} more."] if len(warnings) > 20 else []
            )
            dialogs.show_error(self.window, title, "\n".join(shown))

    # -- print -------------------------------------------------------------------------------
    def print_preview(self) -> None:
        from pmdesk.printing.preview import preview

        workspace = self.window.workspace
        preview(self.window, self.document, workspace.current_key(), workspace.current_view())

    def print_(self) -> None:
        from pmdesk.printing.preview import print_with_dialog

        workspace = self.window.workspace
        print_with_dialog(
            self.window, self.document, workspace.current_key(), workspace.current_view()
        )

    def page_setup(self) -> None:
        from pmdesk.printing.setupdialog import open_page_setup

        workspace = self.window.workspace
        open_page_setup(
            self.window, self.document, workspace.current_key(), workspace.current_view()
        )

    # -- autosave and recovery ---------------------------------------------------------------
    def note_edit(self) -> None:
        self._autosave_dirty = True
        self.idle_timer.start()

    def autosave(self) -> None:
        if not self._autosave_dirty:
            return
        try:
            self.document.autosave()  # the store copies only when there is unsaved work
        except PmdeskError as exc:
            self.window.statusBar().showMessage(
                translate("FileController", "Autosave failed: %1").replace("%1", str(exc)), 10000
            )
            return
        self._autosave_dirty = False

    def check_disk(self) -> bool:
        """Tell the user (once) when another program saved the open file. True if it did."""
        document = self.document
        try:
            changed = document.changed_on_disk()
        except (PmdeskError, OSError):
            return False
        path = document.path
        if not changed or path is None:  # (a plan without a file has not changed on disk)
            self._told_about_disk = None
            return False
        if self._told_about_disk != path:
            self._told_about_disk = path
            self.window.statusBar().showMessage(
                translate(
                    "FileController",
                    "Another program changed %1 since you opened it; Save "
                    "will ask whether to reload it, save a copy or overwrite it.",
                ).replace("%1", os.path.basename(path))
            )
        return True

    def offer_recovery(self) -> None:
        """At start: offer each autosaved copy a crash left behind."""
        from pmdesk.store import recovery

        try:
            pending = recovery.pending_recoveries()
        except PmdeskError:
            return
        for found in pending:
            choice = dialogs.ask_recover(self.window, found.describe())
            if choice == "recover":
                if not self.window.maybe_save():
                    return
                try:
                    from pmdesk.store.pmdb import WorkingCopy

                    document = Document(WorkingCopy.recover(found))
                except PmdeskError as exc:
                    dialogs.show_error(
                        self.window, translate("FileController", "Cannot recover"), str(exc)
                    )
                    continue
                document.mark_unsaved()
                self.window.set_document(document)
                self._autosave_dirty = True
                self.window.statusBar().showMessage(
                    translate("FileController", "Recovered unsaved work: save it to keep it."),
                    10000,
                )
            elif choice == "discard":
                recovery.discard(found)
