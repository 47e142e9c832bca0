"""Every text a person reads on a widget tree: window titles, labels, buttons, group boxes,
tabs, combo items, list items, table headers, placeholders, tooltips, menus and actions.

``texts_of(widget)`` gives (where, text) pairs in a fixed order (the order widgets and actions
were made), so the same code run in two languages gives lists that line up place by place;
``english_left(english, translated, data)`` is what is the same in both and should not be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabBar,
    QTabWidget,
    QToolBox,
    QWidget,
)

# The same in both languages: names, codes, abbreviations, units and words Bahasa Indonesia
# writes the same way (checked one by one; keep this short).
EARNED_VALUE_CODES = {
    "BCWS",
    "BCWP",
    "ACWP",
    "SV",
    "CV",
    "SV%",
    "CV%",
    "SPI",
    "CPI",
    "BAC",
    "EAC",
    "ETC",
    "VAC",
    "TCPI",
}
NAMES_AND_CODES = {
    "pmdesk",
    "English",
    "Bahasa Indonesia",
    "Gantt",
    "ID",
    "WBS",
    "OK",
    "RICE",
    "WSJF",
    "ICE",
    "NPV",
    "IRR",
    "ERRC",
    "CSV",
    "PNG",
    "SVG",
    "PDF",
    "XLSX",
    "MSPDI",
    "MS Project",
    "Microsoft Project",
    "GanttProject",
    "A4",
    "A3",
    "A5",
    "Letter",
    "Legal",
    "Tabloid",
    "Ledger",
    "P&L",
    "Ind.",
    # the frameworks' own names, kept in Indonesian teams' usage
    "Business Model Canvas",
    "Lean Canvas",
    "PERT (beta)",
}
# English words that are also the Indonesian ones (month names, loanwords PM teams use).
SAME_WORDS = {
    "April",
    "September",
    "November",
    "Total",
    "Status",
    "Baseline",
    "Normal",
    "Manual",
    "Email",
    "Backlog",
    "Euro",
    "Horizon",
    "Target",
    "Volume",
}
ALLOWED = EARNED_VALUE_CODES | NAMES_AND_CODES | SAME_WORDS

_TAGS = re.compile(r"<[^>]+>")


def _clean(text: str) -> str:
    """The words of a text: no HTML tags, mnemonics or trailing colon/ellipsis."""
    text = _TAGS.sub(" ", text or "").replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).rstrip(":…. ").strip()


def _wordy(text: str) -> bool:
    """A text worth translating: has a word of two or more letters that is not a code."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return any(not re.fullmatch(r"[A-Z0-9]{2,5}", w) for w in words)


def _action_texts(action: QAction, where: str, found: list) -> None:
    if action.isSeparator():
        return
    found.append((f"{where} text", action.text()))
    found.append((f"{where} tip", action.toolTip()))
    found.append((f"{where} status tip", action.statusTip()))
    if action.menu() is not None:
        _menu_texts(action.menu(), where, found)


def _menu_texts(menu: QMenu, where: str, found: list) -> None:
    found.append((f"{where} title", menu.title()))
    for n, action in enumerate(menu.actions()):
        _action_texts(action, f"{where} > {n}", found)


def _header_texts(view: QAbstractItemView, where: str, found: list) -> None:
    model = view.model()
    if model is None:
        return
    for column in range(model.columnCount()):
        for role, name in (
            (Qt.ItemDataRole.DisplayRole, "header"),
            (Qt.ItemDataRole.ToolTipRole, "header tip"),
        ):
            value = model.headerData(column, Qt.Orientation.Horizontal, role)
            if isinstance(value, str):
                found.append((f"{where} {name} {column}", value))


def texts_of(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for ``root`` and every widget and action under it."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for n, widget in enumerate(widgets):
        where = f"{type(widget).__name__} {n}"
        if widget.isWindow() or widget is root:
            found.append((f"{where} title", widget.windowTitle()))
        if widget.toolTip():
            found.append((f"{where} tip", widget.toolTip()))
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(f"{where} item {i}", widget.itemText(i)) for i in range(widget.count())]
            if widget.lineEdit() is not None:
                found.append((f"{where} placeholder", widget.lineEdit().placeholderText()))
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                found += [
                    (f"{where} tab {i}", widget.tabText(i)),
                    (f"{where} tab tip {i}", widget.tabToolTip(i)),
                ]
        elif isinstance(widget, QTabBar) and not isinstance(widget.parent(), QTabWidget):
            found += [(f"{where} tab {i}", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QToolBox):
            found += [(f"{where} page {i}", widget.itemText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            found += [(f"{where} item {i}", widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            _header_texts(widget, where, found)
        if isinstance(widget, QMenu):
            _menu_texts(widget, where, found)
        else:
            for i, action in enumerate(widget.actions()):
                _action_texts(action, f"{where} action {i}", found)
    return found


def plan_texts(document) -> set[str]:
    """Every text the plan itself holds (names, notes, titles): data, not interface."""
    found: set[str] = set()

    def walk(value, depth=0):
        if depth > 4:
            return
        if isinstance(value, str):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item, depth + 1)
        elif isinstance(value, (list, tuple, set, frozenset)):
            for item in value:
                walk(item, depth + 1)
        elif hasattr(value, "__dataclass_fields__"):
            for name in value.__dataclass_fields__:
                walk(getattr(value, name, None), depth + 1)

    walk(document.data.plan)
    for table in document.data._tables.values():
        walk(table)
    return {text for text in found if text}


def english_left(
    english: Iterable[tuple[str, str]],
    translated: Iterable[tuple[str, str]],
    data: set[str] = frozenset(),
    allowed: set[str] = frozenset(),
) -> list[str]:
    """ "where: text" for each place whose text is the same in both lists and is words a
    person reads (not data of the plan, not an allowed name or code)."""
    english, translated = list(english), list(translated)
    places = [w for w, _ in english]
    if places != [w for w, _ in translated]:
        other = [w for w, _ in translated]
        first = next(i for i, (a, b) in enumerate(zip(places + [""], other + [""])) if a != b)
        return [
            f"the two walks differ from place {first}: {english[first : first + 3]} "
            f"against {translated[first : first + 3]}"
        ]
    longest_first = sorted((d for d in data if len(d) > 1), key=len, reverse=True)
    left: dict[str, str] = {}  # text -> the first place it is shown
    for (where, en), (_, other) in zip(english, translated):
        words = _clean(en)
        if (
            en != other
            or not _wordy(words)
            or words in ALLOWED
            or en in ALLOWED
            or words in allowed
        ):
            continue
        rest = words
        for text in longest_first:  # "1.1  Kickoff", "Kickoff ◆": the plan's words
            if text in rest:
                rest = rest.replace(text, " ")
        if _wordy(rest) and _clean(rest) not in ALLOWED:
            left.setdefault(en, where)
    return [f"{where}: {text!r}" for text, where in left.items()]
