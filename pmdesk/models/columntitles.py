"""The task table's column titles in the interface language.

``taskcolumns`` keeps the English titles (the clipboard and CSV headers read and write them);
the header shows ``display_title``. The titles are listed here for pyside6-lupdate, which only
sees marked literals; a test checks that every built-in column's title is in this list.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TITLES = (
    QT_TRANSLATE_NOOP("TaskColumns", "ID"),
    QT_TRANSLATE_NOOP("TaskColumns", "Ind."),
    QT_TRANSLATE_NOOP("TaskColumns", "WBS"),
    QT_TRANSLATE_NOOP("TaskColumns", "Name"),
    QT_TRANSLATE_NOOP("TaskColumns", "Duration"),
    QT_TRANSLATE_NOOP("TaskColumns", "Start"),
    QT_TRANSLATE_NOOP("TaskColumns", "Finish"),
    QT_TRANSLATE_NOOP("TaskColumns", "Predecessors"),
    QT_TRANSLATE_NOOP("TaskColumns", "Resource names"),
    QT_TRANSLATE_NOOP("TaskColumns", "% complete"),
    QT_TRANSLATE_NOOP("TaskColumns", "Total float"),
    QT_TRANSLATE_NOOP("TaskColumns", "Cost"),
    QT_TRANSLATE_NOOP("TaskColumns", "Baseline start"),
    QT_TRANSLATE_NOOP("TaskColumns", "Baseline finish"),
    QT_TRANSLATE_NOOP("TaskColumns", "Finish variance"),
    QT_TRANSLATE_NOOP("TaskColumns", "Unique ID"),
    QT_TRANSLATE_NOOP("TaskColumns", "Successors"),
    QT_TRANSLATE_NOOP("TaskColumns", "Actual start"),
    QT_TRANSLATE_NOOP("TaskColumns", "Actual finish"),
    QT_TRANSLATE_NOOP("TaskColumns", "Actual duration"),
    QT_TRANSLATE_NOOP("TaskColumns", "Remaining duration"),
    QT_TRANSLATE_NOOP("TaskColumns", "Work"),
    QT_TRANSLATE_NOOP("TaskColumns", "Fixed cost"),
    QT_TRANSLATE_NOOP("TaskColumns", "Free float"),
    QT_TRANSLATE_NOOP("TaskColumns", "Constraint type"),
    QT_TRANSLATE_NOOP("TaskColumns", "Constraint date"),
    QT_TRANSLATE_NOOP("TaskColumns", "Deadline"),
    QT_TRANSLATE_NOOP("TaskColumns", "Priority"),
    QT_TRANSLATE_NOOP("TaskColumns", "Calendar"),
    QT_TRANSLATE_NOOP("TaskColumns", "Notes"),
    QT_TRANSLATE_NOOP("TaskColumns", "Critical"),
    QT_TRANSLATE_NOOP("TaskColumns", "Baseline duration"),
    QT_TRANSLATE_NOOP("TaskColumns", "Baseline work"),
    QT_TRANSLATE_NOOP("TaskColumns", "Baseline cost"),
    QT_TRANSLATE_NOOP("TaskColumns", "Start variance"),
    QT_TRANSLATE_NOOP("TaskColumns", "Duration variance"),
    QT_TRANSLATE_NOOP("TaskColumns", "Work variance"),
    QT_TRANSLATE_NOOP("TaskColumns", "Cost variance"),
    QT_TRANSLATE_NOOP("TaskColumns", "Optimistic dur."),
    QT_TRANSLATE_NOOP("TaskColumns", "Most likely dur."),
    QT_TRANSLATE_NOOP("TaskColumns", "Pessimistic dur."),
    QT_TRANSLATE_NOOP("TaskColumns", "Distribution"),
    QT_TRANSLATE_NOOP("TaskColumns", "Actual work"),
    QT_TRANSLATE_NOOP("TaskColumns", "Units"),
    QT_TRANSLATE_NOOP("TaskColumns", "Type"),
    QT_TRANSLATE_NOOP("TaskColumns", "Effort driven"),
    QT_TRANSLATE_NOOP("TaskColumns", "Fixed cost accrual"),
    QT_TRANSLATE_NOOP("TaskColumns", "Actual cost"),
    QT_TRANSLATE_NOOP("TaskColumns", "BCWS"),
    QT_TRANSLATE_NOOP("TaskColumns", "BCWP"),
    QT_TRANSLATE_NOOP("TaskColumns", "ACWP"),
    QT_TRANSLATE_NOOP("TaskColumns", "SV"),
    QT_TRANSLATE_NOOP("TaskColumns", "CV"),
    QT_TRANSLATE_NOOP("TaskColumns", "SV%"),
    QT_TRANSLATE_NOOP("TaskColumns", "CV%"),
    QT_TRANSLATE_NOOP("TaskColumns", "SPI"),
    QT_TRANSLATE_NOOP("TaskColumns", "CPI"),
    QT_TRANSLATE_NOOP("TaskColumns", "BAC"),
    QT_TRANSLATE_NOOP("TaskColumns", "EAC"),
    QT_TRANSLATE_NOOP("TaskColumns", "ETC"),
    QT_TRANSLATE_NOOP("TaskColumns", "VAC"),
    QT_TRANSLATE_NOOP("TaskColumns", "TCPI"),
    QT_TRANSLATE_NOOP("TaskColumns", "Earned value method"),
    QT_TRANSLATE_NOOP("TaskColumns", "Physical % complete"),
    QT_TRANSLATE_NOOP("TaskColumns", "Leveling delay"),
    QT_TRANSLATE_NOOP("TaskColumns", "Leveling can split"),
    QT_TRANSLATE_NOOP("TaskColumns", "Level assignments"),
)


# The numbered fields (baselines 1-10, MS Project's custom fields): one message per kind.
NUMBERED = {
    "Baseline%1 start": QT_TRANSLATE_NOOP("TaskColumns", "Baseline%1 start"),
    "Baseline%1 finish": QT_TRANSLATE_NOOP("TaskColumns", "Baseline%1 finish"),
    "Baseline%1 duration": QT_TRANSLATE_NOOP("TaskColumns", "Baseline%1 duration"),
    "Baseline%1 work": QT_TRANSLATE_NOOP("TaskColumns", "Baseline%1 work"),
    "Baseline%1 cost": QT_TRANSLATE_NOOP("TaskColumns", "Baseline%1 cost"),
    "Text%1": QT_TRANSLATE_NOOP("TaskColumns", "Text%1"),
    "Number%1": QT_TRANSLATE_NOOP("TaskColumns", "Number%1"),
    "Date%1": QT_TRANSLATE_NOOP("TaskColumns", "Date%1"),
    "Flag%1": QT_TRANSLATE_NOOP("TaskColumns", "Flag%1"),
}
_NUMBER = re.compile(r"(?<=[a-z])\d+")


def display_title(title: str) -> str:
    """``title`` (a Column's English title) as the header shows it."""
    number = _NUMBER.search(title)
    if number is not None:
        pattern = title[: number.start()] + "%1" + title[number.end() :]
        if pattern in NUMBERED:
            return QCoreApplication.translate("TaskColumns", pattern).replace("%1", number.group())
    return QCoreApplication.translate("TaskColumns", title)
