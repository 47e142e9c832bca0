"""What an import gives back (the plan and the warnings to show) and the error it raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from pmdesk.core.errors import PmdeskError
from pmdesk.core.plandata import PlanData


class InteropError(PmdeskError):
    """A file that cannot be imported or written (wrong format, damaged, unknown extension)."""


@dataclass
class ImportResult:
    data: PlanData
    warnings: list[str] = field(default_factory=list)
