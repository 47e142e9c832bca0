"""Dates with month and day names in the interface language (QLocale's default, which
pmdesk.ui.language sets with the language): "5 Okt 2026" in Indonesian. strftime would write
the C locale's English names whatever the interface speaks."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale


def format_moment(moment: date | datetime, pattern: str) -> str:
    """``moment`` in a Qt date pattern: "d MMM yyyy" -> "5 Oct 2026" / "5 Okt 2026";
    "MMMM yyyy" -> "October 2026" / "Oktober 2026"; "ddd" -> "Mon" / "Sen"."""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), pattern)
