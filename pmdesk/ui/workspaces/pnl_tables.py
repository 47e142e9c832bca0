"""The P&L tab as plain read-only tables: the lines and how each is computed, above the
scenarios, with the P&L's period settings in the caption."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.core.entities import Assignment, Plan, PnlLine, PnlOverride, PnlScenario, Resource, Task
from pmdesk.document import Document
from pmdesk.models.entity_table import Column, EntityTableModel, display_text
from pmdesk.ui.workspaces.tables import SplitTables, TableWorkspace, assigned_cost, scheduled_task

SECTION_ORDER = {"revenue": 0, "cogs": 1, "opex": 2, "capex": 3}


def _section(line: PnlLine) -> str:
    return line.section.upper() if line.section in ("cogs", "opex", "capex") \
        else line.section.capitalize()


def _parameters_text(line: PnlLine, document: Document) -> str:
    if line.kind == "resource_cost":
        total = sum(assigned_cost(r, document) for r in document.data.resources.values())
        return f"cost of all assignments, {total:,.2f} in total"
    return ", ".join(f"{k.replace('_', ' ')} {display_text(v)}" for k, v in line.parameters.items())


def _anchor(line: PnlLine, document: Document) -> str:
    task = document.data.tasks.get(line.anchor_task_id) if line.anchor_task_id else None
    if task is None:
        return ""
    scheduled = scheduled_task(document, task.id)
    return f"{task.name} ({display_text(scheduled.finish)})" if scheduled is not None else task.name


def _overrides(owner_field: str):
    def count(row, document: Document) -> int:
        return sum(1 for o in document.data.pnl_overrides.values()
                   if getattr(o, owner_field) == row.id)
    return count


LINE_COLUMNS = [
    Column("Section", lambda line, d: _section(line)),
    Column("Line", lambda line, d: line.name),
    Column("Kind", lambda line, d: line.kind.replace("_", " ")),
    Column("Parameters", _parameters_text),
    Column("Starts at", _anchor, tooltip="The task whose scheduled finish starts this line"),
    Column("Overrides", _overrides("line_id"), numeric=True,
           tooltip="Cells typed over the computed values"),
]

SCENARIO_COLUMNS = [
    Column("Scenario", lambda s, d: s.name),
    Column("Parameters", lambda s, d: ", ".join(
        f"{k.replace('_', ' ')} {display_text(v)}" for k, v in s.parameters.items())),
    Column("Overrides", _overrides("scenario_id"), numeric=True),
]


def settings_caption(document: Document) -> str:
    """The P&L's period settings in words, e.g. "12 quarters from 2027-01-01"."""
    settings = document.data.plan.settings.get("pnl") or {}
    parts = []
    if settings.get("periods") and settings.get("period"):
        parts.append(f"{settings['periods']} {settings['period']}s")
    if settings.get("first_period"):
        parts.append(f"from {settings['first_period']}")
    if settings.get("discount_rate") is not None:
        parts.append(f"discount rate {float(settings['discount_rate']):.1%}")
    currency = document.data.plan.currency
    return f"P&L lines in {currency}" + (f": {' '.join(parts[:2])}" if parts[:2] else "") + \
        (f", {parts[2]}" if len(parts) > 2 else "") + " (read-only)"


class PnlTable(TableWorkspace):
    stretch_last = False
    caption = "P&L lines and how each is computed (read-only)"

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.label.setText(settings_caption(document))
        document.changed.connect(self._on_changed)

    def make_model(self, document: Document) -> EntityTableModel:
        return EntityTableModel(
            document,
            lambda d: sorted(d.data.pnl_lines.values(),
                             key=lambda line: (SECTION_ORDER.get(line.section, 9),
                                               line.position, line.id)),
            LINE_COLUMNS, kinds=(PnlLine, PnlOverride, Task, Resource, Assignment),
            uses_schedule=True, parent=self)

    def _on_changed(self, changes: list) -> None:
        if any(change.kind is Plan for change in changes):
            self.label.setText(settings_caption(self.document))


class PnlScenarioTable(TableWorkspace):
    stretch_last = False
    caption = "Scenarios (read-only)"

    def make_model(self, document: Document) -> EntityTableModel:
        return EntityTableModel(
            document, lambda d: sorted(d.data.pnl_scenarios.values(),
                                       key=lambda s: (s.position, s.id)),
            SCENARIO_COLUMNS, kinds=(PnlScenario, PnlOverride), parent=self)


class PnlWorkspace(SplitTables):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        self.lines = PnlTable(document)
        self.scenarios = PnlScenarioTable(document)
        super().__init__([self.lines, self.scenarios], "pnlSplitter", parent)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
