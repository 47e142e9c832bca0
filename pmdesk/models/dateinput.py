"""Dates as people type them into pmdesk: ISO (2026-03-02, what the table shows) or their
locale's short format (3/2/26 in the US, 02.03.26 in Germany), with or without a time; and
the text a date field shows for a moment."""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from pmdesk.operations.taskinput import TaskInputError, as_datetime, check_date_range

_ISO = re.compile(r"^(?:[^\W\d_]{2,4}\.?\s+)?\d{4}-\d{1,2}-\d{1,2}")  # "Sen 2026-10-05" too


def read_date_text(text: str, locale: QLocale | None = None) -> datetime | None:
    """The moment ``text`` names (None for empty text); raises TaskInputError with a sentence.

    ISO first (what the table shows), then the locale's short date (with or without a time),
    two-digit years read as 20xx."""
    text = text.strip()
    if not text:
        return None
    locale = locale or QLocale()
    moment: datetime | None = None
    if not _ISO.match(text):  # 3/2/26 is March 2 in the US, 3 February in the UK
        parsed = locale.toDateTime(text, QLocale.FormatType.ShortFormat, 2000)
        if parsed.isValid():
            # PySide6's stubs say toPython returns object; a QDateTime gives a datetime.
            moment = parsed.toPython()  # type: ignore[assignment]
        else:
            day = locale.toDate(text, QLocale.FormatType.ShortFormat, 2000)
            if day.isValid():
                # PySide6's stubs say toPython returns object; a QDate gives a date.
                typed_day: date = day.toPython()  # type: ignore[assignment]
                moment = datetime.combine(typed_day, datetime.min.time())
    if moment is None:
        try:
            moment = as_datetime(text)
        except TaskInputError:
            example = locale.toString(QDate(2026, 3, 2), QLocale.FormatType.ShortFormat)
            raise TaskInputError(
                f'"{text}" is not a date; write it like 2026-03-02 or {example}.'
            ) from None
    check_date_range(moment)
    return moment.replace(second=0, microsecond=0)


def write_date(moment: datetime | None) -> str:
    """The text a DateField shows for ``moment``: the day, and the time unless midnight."""
    if moment is None:
        return ""
    if moment.hour == 0 and moment.minute == 0:
        return f"{moment:%Y-%m-%d}"
    return f"{moment:%Y-%m-%d %H:%M}"
