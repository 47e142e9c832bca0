"""Header and footer fields: ``{plan}``, ``{view}``, ``{page}``, ``{pages}``, ``{position}``,
``{row}``, ``{column}``, ``{date}``, ``{file}`` and ``{status_date}`` in a page's texts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from pmdesk.document import Document

FIELD_NAMES = (
    "plan",
    "view",
    "page",
    "pages",
    "position",
    "row",
    "column",
    "date",
    "file",
    "status_date",
)
_FIELD = re.compile(r"\{(" + "|".join(FIELD_NAMES) + r")\}")


@dataclass(frozen=True, slots=True)
class PlanFields:
    """The fields that stay the same on every page of one printout."""

    plan: str = ""
    view: str = ""
    file: str = ""
    status_date: str = ""
    printed: str = ""

    @classmethod
    def of(cls, document: Document, view: str, today: date | None = None) -> PlanFields:
        plan = document.data.plan
        path = getattr(document, "path", None)
        status = plan.status_date
        return cls(
            plan=plan.name or "",
            view=view,
            file=Path(path).name if path else "",
            status_date=_day(status) if status else "",
            printed=_day(today or date.today()),
        )


def _day(moment: date | datetime) -> str:
    return f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}"


def expand(text: str, plan: PlanFields, page: int, pages: int, row: int, column: int) -> str:
    """``text`` with every known field replaced; other braces are left as typed. The default
    texts (setup.DEFAULT_FOOTER) come out in the interface language; typed ones as typed."""
    text = QCoreApplication.translate("Printing", text) if text else text
    position = QCoreApplication.translate("Printing", "row {row}, column {column}").format(
        row=row, column=column
    )
    values = {
        "plan": plan.plan,
        "view": plan.view,
        "page": str(page),
        "pages": str(pages),
        "position": position,
        "row": str(row),
        "column": str(column),
        "date": plan.printed,
        "file": plan.file,
        "status_date": plan.status_date,
    }
    return _FIELD.sub(lambda match: values[match.group(1)], text)
