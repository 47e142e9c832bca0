"""What the link dialog's fields mean: a link's type and lag changed, or the link deleted."""

from __future__ import annotations

from pmdesk.core.entities import LagKind, Link, LinkType
from pmdesk.core.scheduling.durations import parse_lag
from pmdesk.operations.editor import PlanEditor
from pmdesk.operations.taskcells import MAX_DURATION_DAYS, calendar_units
from pmdesk.operations.taskinput import TaskInputError


def edit_link(editor: PlanEditor, link_id: int, kind: str, lag_text: str) -> None:
    """Set the link's type (FS, SS, FF, SF) and lag ("2d", "-1d" lead, "4h", "3ed", "50%")."""
    per_day, per_week, per_month = calendar_units(editor.data)
    try:
        link_type = LinkType(kind.strip().upper())
    except ValueError:
        raise TaskInputError(f'"{kind}" is not a link type; choose FS, SS, FF or SF.') from None
    lag, lag_kind = parse_lag(lag_text, per_day, per_week, per_month)
    if lag_kind is LagKind.PERCENT and abs(lag) > 100 * MAX_DURATION_DAYS:
        raise TaskInputError(
            f"A lag can be at most {100 * MAX_DURATION_DAYS:,}% of the predecessor's duration."
        )
    if lag_kind is not LagKind.PERCENT and abs(lag) > MAX_DURATION_DAYS * per_day:
        raise TaskInputError(f"A lag can be at most {MAX_DURATION_DAYS:,} days.")
    editor.set_fields(Link, link_id, "Edit link", type=link_type, lag=float(lag), lag_kind=lag_kind)


def delete_link(editor: PlanEditor, link_id: int) -> None:
    editor.remove_entities([(Link, link_id)], "Delete link")
