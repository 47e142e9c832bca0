"""The main window's actions, menus and toolbar (File, Edit, View, Project, Help; role
selector).

Shortcuts are Qt's standard key sequences, so each platform gets its own (Cmd on macOS).
Undo/Redo come from a QUndoGroup: their text names the command ("Undo Rename task") and they
follow whichever document the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QToolBar, QWidget

from pmdesk.core.translation import LANGUAGES, SOURCE_LANGUAGE
from pmdesk.ui import language, workspaces

if TYPE_CHECKING:
    from pmdesk.ui.windowbase import MainWindowBase

# The method a view offers for each Edit entry; later names are accepted spellings that
# views already use for the same thing.
EDIT_METHODS = {
    "cut": ("cut",),
    "copy": ("copy",),
    "paste": ("paste",),
    "delete": ("delete", "delete_selected", "delete_selection"),
}


def edit_method(view: QWidget, name: str) -> Callable[..., object] | None:
    """The view's bound method for Edit entry ``name``, or None."""
    for attr in EDIT_METHODS[name]:
        method: object = getattr(view, attr, None)
        if callable(method):
            return method
    return None


Key = QKeySequence.StandardKey

# Menus and actions speak through Qt's translation, under the context "MainActions".
translate = QCoreApplication.translate


# Some platforms (plain X11 without a desktop theme, offscreen) have no binding for these.
FALLBACK_KEYS = {Key.Quit: "Ctrl+Q", Key.Print: "Ctrl+P"}


def shortcuts_for(key: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    if isinstance(key, Key):
        bindings = QKeySequence.keyBindings(key)
        if not bindings and key in FALLBACK_KEYS:
            bindings = [QKeySequence(FALLBACK_KEYS[key])]
        return bindings
    return [QKeySequence(key)]


def _action(
    window: QObject,
    text: str,
    slot: Callable[..., object] | None = None,
    shortcut: QKeySequence.StandardKey | str | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcuts_for(shortcut))
    if tip:
        action.setStatusTip(tip)
    if slot is not None:
        action.triggered.connect(slot)
    return action


class MainActions:
    """Builds every action, menu and the toolbar of one MainWindow."""

    def __init__(self, window: MainWindowBase) -> None:
        self.window = window
        files = window.files
        a = _action
        self.new = a(
            window,
            translate("MainActions", "&New"),
            lambda: files.new_plan(),
            Key.New,
            translate("MainActions", "Start an empty plan"),
        )  # not new_plan(checked): it would skip the dialog
        self.open = a(
            window,
            translate("MainActions", "&Open..."),
            files.open_dialog,
            Key.Open,
            translate("MainActions", "Open a .pmdb plan"),
        )
        self.open_server = a(
            window,
            translate("MainActions", "Open from Ser&ver..."),
            window.server.open_dialog,
            None,
            translate("MainActions", "Open a team plan kept on a PostgreSQL server"),
        )
        self.take_offline = a(
            window,
            translate("MainActions", "Take O&ffline..."),
            window.server.take_offline,
            None,
            translate(
                "MainActions",
                "Copy this server plan to a file to edit "
                "it without a connection; Sync merges it back",
            ),
        )
        self.sync = a(
            window,
            translate("MainActions", "S&ync with Server"),
            window.server.sync,
            None,
            translate("MainActions", "Merge this offline copy with its server plan, both ways"),
        )
        self.portfolio = a(
            window,
            translate("MainActions", "Por&tfolio..."),
            window.server.portfolio,
            None,
            translate(
                "MainActions", "The plans on a server: finish, slip, NPV and the people they share"
            ),
        )
        self.save = a(window, translate("MainActions", "&Save"), files.save, Key.Save)
        self.save_as = a(window, translate("MainActions", "Save &As..."), files.save_as, Key.SaveAs)
        self.close = a(
            window,
            translate("MainActions", "&Close"),
            files.close_plan,
            Key.Close,
            translate("MainActions", "Close this plan"),
        )
        self.import_ = a(
            window,
            translate("MainActions", "&Import..."),
            files.import_dialog,
            None,
            translate(
                "MainActions", "Make a new plan from an MS Project XML, GanttProject or CSV file"
            ),
        )
        self.export = a(
            window,
            translate("MainActions", "&Export..."),
            files.export_dialog,
            None,
            translate(
                "MainActions", "Write this plan as MS Project XML, GanttProject, CSV or Excel"
            ),
        )
        self.page_setup = a(
            window,
            translate("MainActions", "Page Set&up..."),
            files.page_setup,
            None,
            translate(
                "MainActions",
                "Paper, margins, scaling, columns, header, footer and legend of this view's printout",
            ),
        )
        self.print_preview = a(
            window, translate("MainActions", "Print Pre&view..."), files.print_preview
        )
        self.print = a(window, translate("MainActions", "&Print..."), files.print_, Key.Print)
        self.quit = a(window, translate("MainActions", "&Quit"), window.close, Key.Quit)
        self.recent_menu = QMenu(translate("MainActions", "Open &Recent"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)

        self.undo_group = QUndoGroup(window)
        self.undo = self.undo_group.createUndoAction(window, translate("MainActions", "&Undo"))
        self.undo.setShortcuts(QKeySequence.keyBindings(Key.Undo))
        self.redo = self.undo_group.createRedoAction(window, translate("MainActions", "&Redo"))
        # Ctrl+Y (Windows, MS Project, Excel) and Ctrl+Shift+Z (macOS, Linux) redo everywhere:
        # people move between systems and keep their fingers.
        redo_keys = QKeySequence.keyBindings(Key.Redo)
        for extra in ("Ctrl+Y", "Ctrl+Shift+Z"):
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo.setShortcuts(redo_keys)
        self.edit = {
            "cut": a(
                window,
                translate("MainActions", "Cu&t"),
                lambda: window.edit_current("cut"),
                Key.Cut,
            ),
            "copy": a(
                window,
                translate("MainActions", "&Copy"),
                lambda: window.edit_current("copy"),
                Key.Copy,
            ),
            "paste": a(
                window,
                translate("MainActions", "&Paste"),
                lambda: window.edit_current("paste"),
                Key.Paste,
            ),
            "delete": a(
                window,
                translate("MainActions", "&Delete"),
                lambda: window.edit_current("delete"),
                Key.Delete,
            ),
        }

        self.roles = QActionGroup(window)
        self.role: dict[str, QAction] = {}
        for number, role in enumerate(workspaces.ROLES, start=1):
            title = workspaces.role_title(role)
            action = a(
                window,
                title,
                lambda _=False, r=role: window.set_role(r),
                f"Ctrl+Shift+{number}",
                translate("MainActions", "Show the %1 workspace").replace("%1", title),
            )
            action.setCheckable(True)
            self.roles.addAction(action)
            self.role[role] = action
        self.tab: dict[str, QAction] = {}
        for number, key in enumerate(workspaces.WIDGETS, start=1):
            title = workspaces.title(key).replace("&&", "&")
            self.tab[key] = a(
                window,
                title.replace("&", "&&"),
                lambda _=False, k=key: window.show_tab(k),
                f"Ctrl+{number}",
            )
        self.zoom_in = a(
            window, translate("MainActions", "Zoom &In"), lambda: window.zoom_current(1), Key.ZoomIn
        )
        self.zoom_out = a(
            window,
            translate("MainActions", "Zoom &Out"),
            lambda: window.zoom_current(-1),
            Key.ZoomOut,
        )
        self.zoom_reset = a(
            window,
            translate("MainActions", "&Actual Size"),
            lambda: window.zoom_current(0),
            "Ctrl+0",
        )
        self.about = a(window, translate("MainActions", "&About pmdesk"), window.show_about)
        self.project_info = a(
            window,
            translate("MainActions", "Project &Information..."),
            window.show_project_info,
            None,
            translate(
                "MainActions", "The plan's name, dates, currency, calendar, options and statistics"
            ),
        )
        self.change_working_time = a(
            window, QCoreApplication.translate("MainActions", "Change &Working Time..."),
            self._change_working_time, None,
            QCoreApplication.translate("MainActions", "Edit calendars, work weeks, exceptions "
                                                      "and holidays"))  # fmt: skip
        self.update_tasks = a(
            window,
            translate("MainActions", "&Update Tasks..."),
            lambda: self._current("open_update_tasks"),
            None,
            translate(
                "MainActions",
                "Progress of the selected tasks: % complete, actual and remaining "
                "duration, actual start and finish",
            ),
        )
        self.update_project = a(
            window,
            translate("MainActions", "&Update Project..."),
            window.show_update_project,
            None,
            translate(
                "MainActions", "Mark work done through a date, or move unfinished work after it"
            ),
        )
        self.status_report = a(
            window,
            translate("MainActions", "&Status Report..."),
            window.show_status_report,
            None,
            translate(
                "MainActions",
                "A PDF or web page for stakeholders: finish vs baseline, milestones, "
                "earned value, late work",
            ),
        )
        # Resource > Level Now / Leveling Options / Clear Leveling (MS Project's Resource tab),
        # run by the Resources tab, which shows what happened.
        self.level_now = a(
            window,
            translate("MainActions", "&Level Now"),
            lambda: self._resources("level_now"),
            None,
            translate("MainActions", "Delay tasks until no resource is over-allocated"),
        )
        self.leveling_options = a(
            window,
            translate("MainActions", "Leveling &Options..."),
            lambda: self._resources("leveling_options"),
            None,
            translate("MainActions", "Leveling order, range and slack; level from there"),
        )
        self.clear_leveling = a(
            window,
            translate("MainActions", "&Clear Leveling"),
            lambda: self._resources("clear_leveling"),
            None,
            translate("MainActions", "Remove every leveling delay"),
        )
        self._build_menus()
        self._build_toolbar()

    def _enable_server_actions(self) -> None:
        window = self.window
        self.take_offline.setEnabled(window.document.on_server)
        self.sync.setEnabled(window.server.can_sync())

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(translate("MainActions", "&File"))
        file_menu.addActions([self.new, self.open, self.open_server])
        file_menu.addActions([self.take_offline, self.sync, self.portfolio])
        file_menu.aboutToShow.connect(self._enable_server_actions)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.save, self.save_as, self.close])
        file_menu.addSeparator()
        file_menu.addActions([self.import_, self.export])
        file_menu.addSeparator()
        file_menu.addActions([self.page_setup, self.print_preview, self.print])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(translate("MainActions", "&Edit"))
        edit_menu.aboutToShow.connect(
            lambda: self.update_edit_actions(self.window.workspace.current_view())
        )
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions(list(self.edit.values()))

        view_menu = bar.addMenu(translate("MainActions", "&View"))
        view_menu.addActions(list(self.role.values()))
        view_menu.addSeparator()
        view_menu.addActions(list(self.tab.values()))
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(translate("MainActions", "&Language"))
        self.language_menu.setObjectName("language_menu")
        self._build_language_menu()
        # The current tab's own view menus (the Gantt's Outline and Timescale).
        self.view_menu = view_menu
        self._view_extras: list[QAction] = []
        view_menu.aboutToShow.connect(self._fill_view_extras)

        # Project sits after View, as in MS Project.
        self.project_menu = bar.addMenu(translate("MainActions", "&Project"))
        self.project_menu.setObjectName("project_menu")
        self.project_menu.addActions([self.project_info, self.change_working_time])
        self.project_menu.addSeparator()
        self.project_menu.addActions([self.update_project, self.status_report])

        # Task: tracking the selected tasks (MS Project's Task tab > Update Tasks); after
        # Project, which the plan-setup work placed right after View.
        self.task_menu = bar.addMenu(translate("MainActions", "&Task"))
        self.task_menu.setObjectName("task_menu")
        self.task_menu.addAction(self.update_tasks)
        self.task_menu.aboutToShow.connect(
            lambda: self.update_tasks.setEnabled(
                callable(getattr(self.window.workspace.current_view(), "open_update_tasks", None))
            )
        )

        self.resource_menu = bar.addMenu(translate("MainActions", "&Resource"))
        self.resource_menu.setObjectName("resource_menu")
        self.resource_menu.addActions([self.level_now, self.leveling_options, self.clear_leveling])

        help_menu = bar.addMenu(translate("MainActions", "&Help"))
        help_menu.addAction(self.about)

    def _resources(self, name: str) -> None:
        """Show the Resources tab and run its ``name`` (leveling reports there)."""
        self.window.show_tab("resources")
        getattr(self.window.workspace.view("resources"), name)()

    def _current(self, name: str) -> None:
        """Call ``name`` on the current view when it has it (the Gantt's task commands)."""
        method = getattr(self.window.workspace.current_view(), name, None)
        if callable(method):
            method()

    def _fill_view_extras(self) -> None:
        for action in self._view_extras:
            self.view_menu.removeAction(action)
        self._view_extras = []
        menus = getattr(self.window.workspace.current_view(), "view_menus", None)
        if callable(menus):
            self._view_extras.append(self.view_menu.addSeparator())
            for menu in menus():
                self._view_extras.append(self.view_menu.addMenu(menu))

    def _build_toolbar(self) -> None:
        bar = QToolBar(translate("MainActions", "Main"), self.window)
        bar.setObjectName("main_toolbar")  # saveState() needs a name
        bar.setMovable(False)
        label = QLabel(translate("MainActions", " Role: "), bar)
        bar.addWidget(label)
        for action in self.role.values():
            bar.addAction(action)
        bar.addSeparator()
        bar.addActions([self.new, self.open, self.save])
        bar.addSeparator()
        bar.addActions([self.undo, self.redo])
        self.toolbar = bar
        self.window.addToolBar(bar)

    def _build_language_menu(self) -> None:
        """View > Language: one entry per translation, each in its own language; the choice
        is kept in the settings and applies at the next start (said so at once)."""
        group = QActionGroup(self.window)
        current = _running_language()
        self.language: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language[code] = action

    def choose_language(self, code: str) -> None:
        language.store_language(self.window.settings, code)
        running = _running_language()
        if code == running:
            message = translate("MainActions", "pmdesk already speaks %1.")
        else:
            message = translate("MainActions", "pmdesk will speak %1 the next time it starts.")
        message = message.replace("%1", LANGUAGES[code])
        self.window.statusBar().showMessage(message, 10000)
        QMessageBox.information(self.window, translate("MainActions", "Language"), message)

    def _change_working_time(self) -> None:
        from pmdesk.ui.calendar_editor.dialog import open_calendar_editor

        self.calendar_editor = open_calendar_editor(self.window, self.window.document)

    def _fill_recent(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.window.recent.paths()
        for number, path in enumerate(paths, start=1):
            escaped = path.replace("&", "&&")  # a lone & would make a mnemonic
            action = menu.addAction(f"&{number} {escaped}" if number < 10 else escaped)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.window.files.open_path(p))
        if not paths:
            menu.addAction(translate("MainActions", "No recent plans")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(translate("MainActions", "Clear Menu"), self.window.recent.clear).setEnabled(
            bool(paths)
        )

    def update_edit_actions(self, view: QWidget) -> None:
        """Enable Cut/Copy/Paste/Delete for what the current view supports."""
        for name, action in self.edit.items():
            supported = edit_method(view, name) is not None
            can_edit = getattr(view, "can_edit", None)
            if supported and callable(can_edit):
                supported = bool(can_edit(name))
            action.setEnabled(supported)
        zoom = callable(getattr(view, "zoom", None))
        for action in (self.zoom_in, self.zoom_out, self.zoom_reset):
            action.setEnabled(zoom)


def _running_language() -> str:
    """The interface language this run speaks (application() set it), else English."""
    app = QCoreApplication.instance()
    running: str | None = app.property("pmdesk_language") if app is not None else None
    return running or SOURCE_LANGUAGE
