"""The usage views' period names in the interface language: column labels and the words a
tooltip uses ("week of Mon 2026-01-05"). The periods themselves are core/periods.py."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from pmdesk.models.localdates import format_moment


def column_labels(period: str, start: date, wide: bool) -> tuple[str | None, str]:
    """(the group label that begins at this column or None, the column's own label)."""
    if period == "day":
        top = format_moment(start, "MMMM yyyy") if start.day == 1 else None
        return top, (format_moment(start, "ddd dd") if wide else str(start.day))
    if period == "week":
        top = format_moment(start, "MMMM yyyy") if start.day <= 7 else None
        return top, (format_moment(start, "d MMM") if wide else str(start.day))
    if period == "month":
        return (str(start.year) if start.month == 1 else None), format_moment(start, "MMM")
    quarter = QCoreApplication.translate("Timescale", "Q%1").replace(
        "%1", str((start.month - 1) // 3 + 1)
    )
    return (str(start.year) if start.month == 1 else None), quarter


def describe(period: str, start: date) -> str:
    """The period in words for a tooltip: "week of Mon 2026-01-05", "March 2026"..."""
    if period == "day":
        return format_moment(start, "ddd yyyy-MM-dd")
    if period == "week":
        return QCoreApplication.translate("UsageGrid", "week of %1").replace(
            "%1", format_moment(start, "ddd yyyy-MM-dd")
        )
    if period == "month":
        return format_moment(start, "MMMM yyyy")
    return (
        QCoreApplication.translate("Periods", "Q%1 %2")
        .replace("%1", str((start.month - 1) // 3 + 1))
        .replace("%2", str(start.year))
    )
