"""MS Project's Leveling Options (Resource > Leveling Options) as a plan keeps them in its
settings, and the one error leveling raises for options or a plan it cannot work with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pmdesk.core.errors import PmdeskError

OPTIONS_KEY = "leveling_options"  # plan.settings: the Leveling Options dialog's choices
ORDERS = ("id", "standard", "priority")
ORDER_NAMES = {"id": "ID Only", "standard": "Standard", "priority": "Priority, Standard"}


class LevelingError(PmdeskError):
    """A plan or options leveling cannot work with (one sentence for a person)."""


@dataclass(slots=True)
class LevelingOptions:
    """MS Project's Leveling Options (defaults as MS Project's)."""

    order: str = "standard"
    level_from: datetime | None = None  # None and None: level the entire project
    level_to: datetime | None = None
    within_slack: bool = False
    clear_first: bool = True
    adjust_assignments: bool = True  # "Leveling can adjust individual assignments on a task"
    splits: bool = True  # "Leveling can create splits in remaining work"

    def problem(self) -> str | None:
        """One sentence when the options cannot be used, else None."""
        if self.order not in ORDERS:
            return f"The leveling order must be one of {', '.join(ORDERS)}."
        if (self.level_from is None) != (self.level_to is None):
            return "Give both dates of the range to level, or neither to level the whole plan."
        if (
            self.level_from is not None
            and self.level_to is not None
            and self.level_to < self.level_from
        ):
            return "The end of the range to level is before its start."
        return None

    def to_settings(self) -> dict[str, Any]:
        return {
            "order": self.order,
            "within_slack": self.within_slack,
            "clear_first": self.clear_first,
            "adjust_assignments": self.adjust_assignments,
            "splits": self.splits,
            "from": self.level_from.isoformat() if self.level_from else None,
            "to": self.level_to.isoformat() if self.level_to else None,
        }

    @classmethod
    def from_settings(cls, settings: dict[str, Any] | None) -> LevelingOptions:
        """The options a plan keeps; a missing or damaged entry gives the defaults."""
        entry = (settings or {}).get(OPTIONS_KEY)
        options = cls()
        if not isinstance(entry, dict):
            return options
        if entry.get("order") in ORDERS:
            options.order = entry["order"]
        options.within_slack = entry.get("within_slack") is True
        options.clear_first = entry.get("clear_first") is not False
        options.adjust_assignments = entry.get("adjust_assignments") is not False
        options.splits = entry.get("splits") is not False
        try:
            start = datetime.fromisoformat(entry["from"]) if entry.get("from") else None
            end = datetime.fromisoformat(entry["to"]) if entry.get("to") else None
        except (TypeError, ValueError):
            start = end = None
        if start is not None and end is not None and start <= end:
            options.level_from, options.level_to = start, end
        return options
