"""The task table's columns (MS Project's names) and how dates and units are written in them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    title: str
    width: int
    editable: bool = False


COLUMNS: tuple[Column, ...] = (
    Column("id", "ID", 44),
    Column("indicators", "Ind.", 44),  # MS Project's Indicators column; sentences as tooltip
    Column("wbs", "WBS", 56),
    Column("name", "Name", 230, True),
    Column("duration", "Duration", 70, True),
    Column("start", "Start", 124, True),
    Column("finish", "Finish", 124, True),
    Column("predecessors", "Predecessors", 100, True),
    Column("resources", "Resource names", 140, True),
    Column("percent", "% complete", 76, True),
    Column("float", "Total float", 76),
    Column("cost", "Cost", 86),
    Column("baseline_start", "Baseline start", 110),
    Column("baseline_finish", "Baseline finish", 110),
    Column("variance", "Finish variance", 90),
)
COLUMN_INDEX = {column.key: number for number, column in enumerate(COLUMNS)}
RIGHT_COLUMNS = frozenset(COLUMN_INDEX[key] for key in ("id", "percent", "float", "cost"))
DATE_COLUMNS = frozenset(COLUMN_INDEX[key] for key in ("start", "finish", "float"))  # red when critical
ROLLED_UP = frozenset(("duration", "start", "finish", "percent"))  # summaries show their subtasks'


# The indicators' glyphs (fonts of every platform have them).
CONSTRAINT_MARK, NOTE_MARK, DEADLINE_MARK, CONFLICT_MARK = "\u25a3", "\u270e", "\u2691", "\u26a0"


def format_units(units: float) -> str:
    return "" if abs(units - 1.0) < 1e-9 else f"[{units * 100:g}%]"


def format_date(moment: datetime | None) -> str:
    if moment is None:
        return ""
    # Not strftime: it costs several times more, and the table formats two dates per row.
    return f"{_WEEKDAYS[moment.weekday()]} {moment.year:04d}-{moment.month:02d}-{moment.day:02d}"
