"""The Gantt's View commands: Outline (show levels 1-9 or all, as MS Project's View > Outline)
and zoom presets (Days, Weeks, Months, Quarters, Years) with Zoom to selected. They change
what is shown, never the plan. The main window's View menu shows these menus while the Gantt
is the current tab; the Gantt's tool bar has them too."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from pmdesk.core.translation import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from pmdesk.gantt.editorparts import EditorParts

# Pixels per day for each preset: the time scale's tiers follow (timegrid.SCALES).
ZOOM_PRESETS = (
    (QT_TRANSLATE_NOOP("GanttView", "Days"), 40.0),
    (QT_TRANSLATE_NOOP("GanttView", "Weeks"), 12.0),
    (QT_TRANSLATE_NOOP("GanttView", "Months"), 3.0),
    (QT_TRANSLATE_NOOP("GanttView", "Quarters"), 0.6),
    (QT_TRANSLATE_NOOP("GanttView", "Years"), 0.15),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GanttView", text)


def show_outline_level(editor: EditorParts, level: int | None) -> None:
    """Show tasks down to outline ``level`` (1 = top-level tasks only); None shows all."""
    rows = editor.rows
    view = editor.table
    model = editor.model
    if level is None:
        rows.expand_all()
        return
    with rows.batch():  # one rebuild, not one per summary (thousands in a big plan)
        view.collapseAll()
        if level > 1:
            view.expandToDepth(level - 2)
        rows.collapsed = {
            t for t in model.order if model.is_summary(t) and model.depth_of(t) >= level - 1
        }
    editor.chart.viewport().update()


def zoom_to_preset(editor: EditorParts, day_width: float) -> None:
    editor.chart.set_day_width(day_width)


def zoom_to_selected(editor: EditorParts) -> None:
    """Fit the selected tasks' bars (the current task's when none is selected)."""
    found = [editor.items(t) for t in editor.selected_task_ids()]
    items = [item for item in found if item is not None]
    if not items:
        editor.show_message(QCoreApplication.translate("GanttView", "Select the tasks to zoom to."))
        return
    start = min(item.start for item in items)
    finish = max(item.finish for item in items)
    chart = editor.chart
    chart.auto_fit = False
    chart.grid.fit(
        start, max(finish, start + timedelta(hours=1)), max(200, chart.viewport().width() - 40)
    )
    chart.refresh_zoom(start)


def build_menus(editor: EditorParts) -> tuple[QMenu, QMenu]:
    """(Outline menu, Zoom menu) for ``editor``."""
    outline = QMenu(QCoreApplication.translate("GanttView", "&Outline"), editor)
    outline.setObjectName("ganttOutlineMenu")
    outline.addAction(
        QCoreApplication.translate("GanttView", "&All subtasks"),
        lambda: show_outline_level(editor, None),
    )
    # addAction(text, slot) is typed for a slot without parameters; these lambdas carry
    # their loop value in a default, so they are connected to the action's signal instead.
    for level in range(1, 10):
        outline.addAction(
            QCoreApplication.translate("GanttView", "Level &%1").replace("%1", str(level))
        ).triggered.connect(lambda _=False, n=level: show_outline_level(editor, n))
    zoom = QMenu(QCoreApplication.translate("GanttView", "Time&scale"), editor)
    zoom.setObjectName("ganttZoomMenu")
    for title, width in ZOOM_PRESETS:
        zoom.addAction(_tr(title)).triggered.connect(
            lambda _=False, w=width: zoom_to_preset(editor, w)
        )
    zoom.addSeparator()
    zoom.addAction(
        QCoreApplication.translate("GanttView", "Zoom to &selected tasks"),
        lambda: zoom_to_selected(editor),
    )
    zoom.addAction(
        QCoreApplication.translate("GanttView", "Zoom to &project"), editor.chart.zoom_to_project
    )
    return outline, zoom


def apply_table(editor: EditorParts, name: str) -> None:
    """View > Tables: show MS Project's table ``name`` (its columns, default widths) as one
    undo step; Undo gives the columns back."""
    from pmdesk.core.entities import Plan
    from pmdesk.gantt.tablecolumns import SETTINGS_KEY
    from pmdesk.models.taskcolumns import COLUMN_INDEX, COLUMNS, TABLE_PRESETS

    document = editor.document
    if document.read_only:
        return
    plan = document.data.plan
    settings = dict(plan.settings) if isinstance(plan.settings, dict) else {}
    settings[SETTINGS_KEY] = {
        "columns": [[key, COLUMNS[COLUMN_INDEX[key]].width] for key in TABLE_PRESETS[name]]
    }
    if settings != plan.settings:
        document.set_fields(
            Plan, plan.id, QCoreApplication.translate("GanttView", "Apply table"), settings=settings
        )


# MS Project's table names, for lupdate (TABLE_PRESETS in models/taskcolumns.py holds them).
TABLE_NAMES = (
    QT_TRANSLATE_NOOP("GanttView", "Entry"),
    QT_TRANSLATE_NOOP("GanttView", "Tracking"),
    QT_TRANSLATE_NOOP("GanttView", "Variance"),
    QT_TRANSLATE_NOOP("GanttView", "Cost"),
    QT_TRANSLATE_NOOP("GanttView", "Work"),
    QT_TRANSLATE_NOOP("GanttView", "Earned Value"),
)


def build_table_menu(editor: EditorParts) -> QMenu:
    """View > Tables: Entry, Tracking, Variance, Cost, Work, Earned Value."""
    from pmdesk.models.taskcolumns import TABLE_PRESETS

    tables = QMenu(QCoreApplication.translate("GanttView", "&Tables"), editor)
    tables.setObjectName("ganttTablesMenu")
    for name in TABLE_PRESETS:
        tables.addAction(_tr(name)).triggered.connect(
            lambda _=False, n=name: apply_table(editor, n)
        )
    return tables
