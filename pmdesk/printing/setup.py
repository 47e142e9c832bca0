"""Page setup: paper, orientation, margins, scaling, date range, columns, header, footer and
legend of one view's printout; kept per plan and view in ``Plan.settings["print"]``.

Header and footer texts hold fields in braces, replaced on each page (``fields.py``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from pmdesk.core.errors import PmdeskError
from pmdesk.core.translation import QT_TRANSLATE_NOOP  # typed: returns the str it marks

PAPERS = ("A4", "A3", "Letter", "Legal", "Tabloid", "printer")
ZOOMS = ("days", "weeks", "months", "quarters")
LEGENDS = ("every", "last", "none")
SETTINGS_KEY = "print"
MAX_PAGES_ACROSS = 50  # a wall chart of 50 pages is plenty; more is a typing mistake
MAX_MARGIN_MM = 60.0
FIRST_YEAR, LAST_YEAR = 1900, 2200  # a timescale beyond these is a typing mistake


class PrintError(PmdeskError):
    """A printout or export that cannot be made: a bad option, or a file that cannot be written."""


DEFAULT_HEADER = ("{plan}", "", "{view}")
# English, as stored; shown and printed in the interface language (fields.expand translates).
DEFAULT_FOOTER = (
    "{file}",
    QT_TRANSLATE_NOOP("Printing", "Page {page} of {pages} — {position}"),
    QT_TRANSLATE_NOOP("Printing", "Printed {date}"),
)


@dataclass(frozen=True)
class PageSetup:
    """What one view's printout looks like; every field has a sound default."""

    paper: str = "A4"
    landscape: bool = True
    margins_mm: tuple[float, float, float, float] = (
        10.0,
        10.0,
        10.0,
        10.0,
    )  # left top right bottom
    pages_wide: int | None = None  # fit the width to this many pages (None: 1, or the zoom's)
    pages_tall: int | None = None  # and, with it, the height to at most this many
    zoom: str | None = None  # a fixed timescale instead of fitting: days, weeks, months, quarters
    date_from: date | None = None
    date_to: date | None = None
    columns: tuple[str, ...] = ("id", "name", "duration", "start", "finish")
    repeat_columns: bool = True  # the table on every page across, or only on the first column
    header: tuple[str, str, str] = DEFAULT_HEADER
    footer: tuple[str, str, str] = DEFAULT_FOOTER
    legend: str = "every"  # every page, the last page, or none
    notes_page: bool = False  # the Gantt: the tasks' notes on pages after the chart

    def checked(self) -> PageSetup:
        """This setup if every value is sound; else PrintError naming the first bad one."""
        if self.paper not in PAPERS:
            raise PrintError(
                QCoreApplication.translate(
                    "PageSetup", "The paper must be one of A4, A3, Letter, Legal or Tabloid."
                )
            )
        if len(self.margins_mm) != 4 or not all(
            isinstance(m, (int, float)) and 0 <= m <= MAX_MARGIN_MM for m in self.margins_mm
        ):
            raise PrintError(
                QCoreApplication.translate("PageSetup", "Margins must be between 0 and 60 mm.")
            )
        for count in (self.pages_wide, self.pages_tall):
            if count is not None and not (
                isinstance(count, int) and 1 <= count <= MAX_PAGES_ACROSS
            ):
                raise PrintError(
                    QCoreApplication.translate(
                        "PageSetup", "The number of pages across or down must be between 1 and 50."
                    )
                )
        if self.zoom is not None and self.zoom not in ZOOMS:
            raise PrintError(
                QCoreApplication.translate(
                    "PageSetup", "The timescale must be days, weeks, months or quarters."
                )
            )
        for day in (self.date_from, self.date_to):
            if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
                raise PrintError(
                    QCoreApplication.translate(
                        "PageSetup", "Dates must lie between the years 1900 and 2200."
                    )
                )
        if self.date_from and self.date_to and self.date_to <= self.date_from:
            raise PrintError(
                QCoreApplication.translate("PageSetup", "The date range must end after it starts.")
            )
        if self.legend not in LEGENDS:
            raise PrintError(
                QCoreApplication.translate(
                    "PageSetup", "The legend goes on every page, the last page, or none."
                )
            )
        return self

    def to_json(self) -> dict[str, object]:
        values = asdict(self)
        for key in ("date_from", "date_to"):
            values[key] = values[key].isoformat() if values[key] else None
        return values

    @classmethod
    def from_json(cls, values: object) -> PageSetup:
        """A setup from stored settings; unknown keys and unsound values fall back to defaults
        (a plan written by another version must still print)."""
        setup = cls()
        if not isinstance(values, dict):
            return setup
        known = {f.name for f in fields(cls)}
        for key, value in values.items():
            if key not in known:
                continue
            try:
                candidate = replace(setup, **{key: _decode(key, value)})
                setup = candidate.checked()
            except (PrintError, TypeError, ValueError):
                continue
        return setup


def _decode(key: str, value: Any) -> Any:
    """A stored JSON value as the field holds it; of any type the file gave (PageSetup.checked
    refuses an unsound one)."""
    if key in ("date_from", "date_to"):
        return None if value in (None, "") else date.fromisoformat(str(value))
    if key in ("margins_mm",):
        return tuple(float(v) for v in value)
    if key in ("columns", "header", "footer"):
        values = tuple(str(v) for v in value)
        if key != "columns" and len(values) != 3:
            raise ValueError(key)
        return values
    if key in ("landscape", "repeat_columns", "notes_page") and not isinstance(value, bool):
        raise ValueError(key)
    return value


def stored_setup(
    settings: dict[str, Any], view: str, default: PageSetup | None = None
) -> PageSetup:
    """The setup remembered for ``view`` in a plan's settings (the default when none)."""
    stored = (settings or {}).get(SETTINGS_KEY, {})
    values = stored.get(view) if isinstance(stored, dict) else None
    if values is None:
        return default or PageSetup()
    return PageSetup.from_json(values)


def settings_with(settings: dict[str, Any], view: str, setup: PageSetup) -> dict[str, Any]:
    """A copy of a plan's settings remembering ``setup`` for ``view``."""
    result = dict(settings or {})
    stored = dict(result.get(SETTINGS_KEY) or {})
    stored[view] = setup.to_json()
    result[SETTINGS_KEY] = stored
    return result


def as_datetime(day: date | None) -> datetime | None:
    return None if day is None else datetime(day.year, day.month, day.day)
