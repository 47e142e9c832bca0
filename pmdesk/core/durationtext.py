"""Durations written in the interface language: the engine's "3 d", "2 wks", "5 edays" with the
unit in the words a person reads ("3 hari", "2 minggu", "5 ehari" in Bahasa Indonesia) and the
locale's decimal sign ("1,5 hari"). Every view, dialog, print and command that shows a
duration writes it through here; exports keep the engine's English (machine-readable).

Each Indonesian unit is one pmdesk reads back when it is typed (core.scheduling.unitwords), so
a cell opened for editing and committed unchanged keeps its value. That rules out "hr" for
hari: MS Project's "hr" is an hour, and a typed "hr" stays one.
"""

from __future__ import annotations

from pmdesk.core.localeformat import localise_digits
from pmdesk.core.scheduling.durations import format_duration
from pmdesk.core.standard_time import DAYS_PER_MONTH, MINUTES_PER_DAY, MINUTES_PER_WEEK
from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

CONTEXT = "Durations"
# The engine's short units, as core.scheduling.durations writes them: "3 d", "4 h", "2 ed".
SHORT = {
    ("m", False): QT_TRANSLATE_NOOP("Durations", "%1 m"),
    ("h", False): QT_TRANSLATE_NOOP("Durations", "%1 h"),
    ("d", False): QT_TRANSLATE_NOOP("Durations", "%1 d"),
    ("w", False): QT_TRANSLATE_NOOP("Durations", "%1 w"),
    ("mo", False): QT_TRANSLATE_NOOP("Durations", "%1 mo"),
    ("m", True): QT_TRANSLATE_NOOP("Durations", "%1 em"),
    ("h", True): QT_TRANSLATE_NOOP("Durations", "%1 eh"),
    ("d", True): QT_TRANSLATE_NOOP("Durations", "%1 ed"),
    ("w", True): QT_TRANSLATE_NOOP("Durations", "%1 ew"),
    ("mo", True): QT_TRANSLATE_NOOP("Durations", "%1 emo"),
}
# MS Project's labels for a duration kept in the unit it was typed in, (singular, plural):
# "1 day", "2 wks", "5 edays".
LONG = {
    ("m", False): (
        QT_TRANSLATE_NOOP("Durations", "%1 min"),
        QT_TRANSLATE_NOOP("Durations", "%1 mins"),
    ),
    ("h", False): (
        QT_TRANSLATE_NOOP("Durations", "%1 hr"),
        QT_TRANSLATE_NOOP("Durations", "%1 hrs"),
    ),
    ("d", False): (
        QT_TRANSLATE_NOOP("Durations", "%1 day"),
        QT_TRANSLATE_NOOP("Durations", "%1 days"),
    ),
    ("w", False): (
        QT_TRANSLATE_NOOP("Durations", "%1 wk"),
        QT_TRANSLATE_NOOP("Durations", "%1 wks"),
    ),
    ("mo", False): (
        QT_TRANSLATE_NOOP("Durations", "%1 mon"),
        QT_TRANSLATE_NOOP("Durations", "%1 mons"),
    ),
    ("m", True): (
        QT_TRANSLATE_NOOP("Durations", "%1 emin"),
        QT_TRANSLATE_NOOP("Durations", "%1 emins"),
    ),
    ("h", True): (
        QT_TRANSLATE_NOOP("Durations", "%1 ehr"),
        QT_TRANSLATE_NOOP("Durations", "%1 ehrs"),
    ),
    ("d", True): (
        QT_TRANSLATE_NOOP("Durations", "%1 eday"),
        QT_TRANSLATE_NOOP("Durations", "%1 edays"),
    ),
    ("w", True): (
        QT_TRANSLATE_NOOP("Durations", "%1 ewk"),
        QT_TRANSLATE_NOOP("Durations", "%1 ewks"),
    ),
    ("mo", True): (
        QT_TRANSLATE_NOOP("Durations", "%1 emon"),
        QT_TRANSLATE_NOOP("Durations", "%1 emons"),
    ),
}
# Hours of work in a narrow cell (usage views, sheets): "8h", "12.5h".
HOURS = QT_TRANSLATE_NOOP("Durations", "%1h")


def _number(number: str, decimal: str | None) -> str:
    """``number`` as Python wrote it, with the locale's signs (or ``decimal`` when given)."""
    return number.replace(".", decimal) if decimal is not None else localise_digits(number)


def short_text(number: str, unit: str, elapsed: bool = False, decimal: str | None = None) -> str:
    """``number`` ("1.5", "+2") with the engine's short ``unit`` (m, h, d, w, mo)."""
    return translate(CONTEXT, SHORT[unit, elapsed]).replace("%1", _number(number, decimal))


def long_text(number: str, unit: str, elapsed: bool = False, estimated: bool = False) -> str:
    """``number`` with MS Project's label for ``unit``: "1 day", "2 wks", "5 edays", "3 days?"."""
    singular, plural = LONG[unit, elapsed]
    text = translate(CONTEXT, singular if number == "1" else plural)
    return text.replace("%1", _number(number, None)) + ("?" if estimated else "")


def duration_text(
    minutes: float,
    elapsed: bool = False,
    minutes_per_day: int = MINUTES_PER_DAY,
    minutes_per_week: int = MINUTES_PER_WEEK,
    days_per_month: int = DAYS_PER_MONTH,
    unit: str | None = None,
    decimal: str | None = None,
) -> str:
    """The engine's duration text ("3 d", "9 h", "2 ed": the unit it chooses) in the interface
    language; ``decimal`` overrides the locale's decimal sign (a list that commas separate)."""
    english = format_duration(
        minutes, elapsed, minutes_per_day, minutes_per_week, days_per_month, unit
    )
    number, label = english.split(" ")  # "<number> <e?><unit>", as format_duration writes
    return short_text(number, label[1:] if elapsed else label, elapsed, decimal)


def days_text(days: int, signed: bool = False) -> str:
    """A whole number of days, "5 d" ("+5 d" when ``signed`` and positive; "0 d" for none)."""
    return short_text(f"{days:+d}" if signed and days else str(days), "d")


def hours_text(minutes: float) -> str:
    """Work in hours for a narrow cell: "8h", "12.5h", "1,250h" (grouped in the locale's way)."""
    hours = minutes / 60
    number = f"{hours:,.4g}" if abs(hours) < 10_000 else f"{hours:,.0f}"
    return translate(CONTEXT, HOURS).replace("%1", localise_digits(number))
