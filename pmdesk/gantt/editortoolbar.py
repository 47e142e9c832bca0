"""The Gantt editor's toolbar: its actions (add, indent, link, zoom, critical path, baseline,
tracking), the View menus it carries, the filter box, the task search and Highlight."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QMenu, QSpinBox

from pmdesk.gantt import viewmenus
from pmdesk.gantt.editorcommands import EditorCommandsMixin
from pmdesk.gantt.editorfilters import EditorFiltersMixin

translate = QCoreApplication.translate  # the strings keep GanttEditor's translation context


class EditorToolbarMixin(EditorFiltersMixin, EditorCommandsMixin):
    """The toolbar of GanttEditor: it offers the commands and the filters."""

    outline_menu: QMenu
    zoom_menu: QMenu
    tables_menu: QMenu

    def _make_actions(self) -> None:
        def action(
            text: str,
            slot: Callable[..., object],
            checkable: bool = False,
            checked: bool = False,
        ) -> QAction:
            act = QAction(text, self)
            act.setCheckable(checkable)
            if checkable:
                act.setChecked(checked)
                act.toggled.connect(slot)
            else:
                act.triggered.connect(slot)
            self.toolbar.addAction(act)
            self.addAction(act)
            return act

        self.add_action = action(translate("GanttEditor", "Add task"), self.add_task)
        self.toolbar.addSeparator()
        self.outdent_action = action(translate("GanttEditor", "Outdent"), self.outdent)
        self.indent_action = action(translate("GanttEditor", "Indent"), self.indent)
        self.link_action = action(translate("GanttEditor", "Link"), self.link_selected)
        self.unlink_action = action(translate("GanttEditor", "Unlink"), self.unlink_selected)
        # Off by default (MS Project links FS silently); on, a bar dragged onto another opens
        # the link's dialog for its type and lag. In the context menu, remembered per user.
        self.edit_drawn_links = QAction(
            translate("GanttEditor", "Edit links after drawing them"), self
        )
        self.edit_drawn_links.setCheckable(True)
        self.edit_drawn_links.setChecked(
            bool(QSettings().value("gantt/edit_drawn_links", False, type=bool))
        )
        self.edit_drawn_links.toggled.connect(self._remember_edit_drawn_links)
        self.toolbar.addSeparator()
        # No shortcuts here: View > Zoom In/Out of the main window own Ctrl++ and Ctrl+- and
        # call zoom(); the same keys on these actions would make Qt find the shortcut
        # ambiguous and fire neither.
        self.zoom_in_action = action(translate("GanttEditor", "Zoom in"), lambda: self.zoom(1))
        self.zoom_out_action = action(translate("GanttEditor", "Zoom out"), lambda: self.zoom(-1))
        self.zoom_project_action = action(
            translate("GanttEditor", "Zoom to project"), self.chart.zoom_to_project
        )
        self.scroll_task_action = action(
            translate("GanttEditor", "Scroll to task"), self.scroll_to_current
        )
        self.outline_menu, self.zoom_menu = viewmenus.build_menus(self)
        self.tables_menu = viewmenus.build_table_menu(self)
        self.toolbar.addAction(self.outline_menu.menuAction())
        self.toolbar.addAction(self.zoom_menu.menuAction())
        self.toolbar.addAction(self.tables_menu.menuAction())
        self.toolbar.addSeparator()
        self.critical_action = action(
            translate("GanttEditor", "Critical path"),
            self.set_show_critical,
            checkable=True,
            checked=True,
        )
        self.baseline_action = action(
            translate("GanttEditor", "Baseline"),
            self.set_show_baseline,
            checkable=True,
            checked=True,
        )
        self.tracking_action = action(
            translate("GanttEditor", "Tracking Gantt"), self.set_tracking, checkable=True
        )
        self.baseline_number = QSpinBox(self)
        self.baseline_number.setRange(0, 10)
        self.baseline_number.setPrefix(translate("GanttEditor", "Baseline "))
        self.baseline_number.setToolTip(
            translate("GanttEditor", "The baseline the chart shows and the actions set or clear")
        )
        self.baseline_number.valueChanged.connect(self.choose_baseline)
        self.toolbar.addWidget(self.baseline_number)
        self.set_baseline_action = action(
            translate("GanttEditor", "Set baseline"), self.set_baseline
        )
        self.clear_baseline_action = action(
            translate("GanttEditor", "Clear baseline"), self.clear_baseline
        )
        self.toolbar.addSeparator()
        self.filter_box = QComboBox(self)
        self.filter_box.setToolTip(
            translate("GanttEditor", "Show only some tasks (with their summaries)")
        )
        self.filter_box.setMaximumWidth(220)
        self._fill_filter_box()
        self.filter_box.currentIndexChanged.connect(self.apply_filter)
        self.toolbar.addWidget(self.filter_box)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("GanttEditor", "Search tasks"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(180)
        self.search.textChanged.connect(self.apply_filter)
        self.toolbar.addWidget(self.search)
        self.highlight_box = QCheckBox(translate("GanttEditor", "Highlight"), self)
        self.highlight_box.setToolTip(
            translate("GanttEditor", "Mark matching tasks instead of hiding the others")
        )
        self.highlight_box.toggled.connect(self.apply_filter)
        self.toolbar.addWidget(self.highlight_box)

    def _remember_edit_drawn_links(self, on: bool) -> None:
        QSettings().setValue("gantt/edit_drawn_links", on)
