"""A month calendar showing the calendar being edited as MS Project's Change Working Time
does: working days plain, non-working days grey, days an exception sets coloured (red-brown
for a day off, blue for changed working times), and a line about the chosen day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pmdesk import theme
from pmdesk.core.entities import CalendarException
from pmdesk.core.scheduling.calendar import WorkingCalendar
from pmdesk.core.scheduling.errors import SchedulingError
from pmdesk.core.scheduling.recurrence import occurrence_dates
from pmdesk.theme.tones import set_tone
from pmdesk.ui.calendar_editor.draft import CalendarDraft, format_hours

# What colour each kind of day gets in the preview (theme roles: the calendar follows the palette).
DAY_ROLES = {
    "nonworking": "nonworking_day",
    "exception-off": "exception_off",
    "exception-work": "exception_work",
}


class MonthCalendar(QCalendarWidget):
    """QCalendarWidget painting each day by the compiled calendar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compiled: WorkingCalendar | None = None
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setGridVisible(True)

    def day_kind(self, day: date) -> str:
        """ "working", "nonworking", "exception-off" or "exception-work"."""
        cal = self.compiled
        if cal is None:
            return "working"
        ordinal = day.toordinal()
        if ordinal in cal.exception_days():
            return "exception-work" if cal.intervals_on(ordinal) else "exception-off"
        return "working" if cal.intervals_on(ordinal) else "nonworking"

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:
        # Painted whole (not over QCalendarWidget's own cell, which fills its background).
        kind = self.day_kind(date(qdate.year(), qdate.month(), qdate.day()))
        colour = theme.colour(DAY_ROLES.get(kind, "background"))
        painter.save()
        painter.fillRect(rect.adjusted(1, 1, -1, -1), colour)
        other_month = qdate.month() != self.monthShown()
        painter.setPen(theme.colour("other_month_text" if other_month else "text"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(qdate.day()))
        if kind.startswith("exception"):
            painter.drawLine(
                rect.left() + 6, rect.bottom() - 5, rect.right() - 6, rect.bottom() - 5
            )
        if qdate == self.selectedDate():
            pen = painter.pen()
            pen.setColor(self.palette().highlight().color())
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        painter.restore()


def _legend_entry(text: str, role: str | None, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    swatch = QLabel(box)
    swatch.setFixedSize(14, 14)
    set_tone(swatch, f"background: ${role or 'background'}; border: 1px solid $swatch_border;")
    row.addWidget(swatch)
    row.addWidget(QLabel(text, box), 1)
    return box


class MonthPreview(QWidget):
    """The month calendar, a legend, and what the chosen day is."""

    def __init__(self, draft: CalendarDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.calendar_id: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.month = MonthCalendar(self)
        self.month.setAccessibleName(self.tr("Month preview"))
        layout.addWidget(self.month)
        for text, role in ((self.tr("Working"), None), (self.tr("Non-working"), "nonworking_day"),
                           (self.tr("Exception: non-working"), "exception_off"),
                           (self.tr("Exception: working times"), "exception_work")):  # fmt: skip
            layout.addWidget(_legend_entry(text, role, self))
        self.day_text = QLabel(self)
        self.day_text.setObjectName("day_text")
        self.day_text.setWordWrap(True)
        layout.addWidget(self.day_text)
        self.month.selectionChanged.connect(self._describe_day)

    def set_calendar(self, calendar_id: int | None) -> None:
        self.calendar_id = calendar_id
        self.refresh()

    def refresh(self) -> None:
        calendar = self.draft.calendars.get(self.calendar_id) if self.calendar_id else None
        compiled = None
        if calendar is not None:
            try:
                compiled = WorkingCalendar.compile(
                    calendar,
                    self.draft.exceptions.values(),
                    self.draft.calendars,
                    origin=self.month.selectedDate().toJulianDay() - 1721425,
                )  # QDate's Julian day 1721426 is date ordinal 1 (0001-01-01)
            except SchedulingError:
                compiled = None  # the dialog shows why; the preview shows plain days
        self.month.compiled = compiled
        self.month.updateCells()
        self._describe_day()

    def exception_on(self, day: date) -> CalendarException | None:
        """The exception of this calendar (or its bases) that sets ``day``, nearest first."""
        calendar = (
            self.draft.calendars.get(self.calendar_id) if self.calendar_id is not None else None
        )
        seen = set()
        while calendar is not None and calendar.id not in seen:
            seen.add(calendar.id)
            for exc in reversed(self.draft.exceptions_of(calendar.id)):
                span = (exc.finish - exc.start).days
                if exc.start > day:
                    continue
                if any(first <= day <= date.fromordinal(first.toordinal() + span)
                       for first in occurrence_dates(exc)):  # fmt: skip
                    return exc
            base = calendar.base_id
            calendar = self.draft.calendars.get(base) if base is not None else None
        return None

    def _describe_day(self) -> None:
        qdate = self.month.selectedDate()
        day = date(qdate.year(), qdate.month(), qdate.day())
        shown = QLocale().toString(qdate, QLocale.FormatType.LongFormat)
        cal = self.month.compiled
        if cal is None:
            self.day_text.setText(shown)
            return
        hours = cal.intervals_on(day.toordinal())
        what = format_hours(hours) if hours else self.tr("non-working")
        exc = self.exception_on(day) if day.toordinal() in cal.exception_days() else None
        if exc is not None:
            what += " " + self.tr("(exception %1)").replace(
                "%1", repr(exc.name) if exc.name else ""
            )
        self.day_text.setText(f"{shown}: {what}")
