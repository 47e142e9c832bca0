"""The words of the task table's choice fields (Yes/No flags, task types, distributions, fixed
cost accruals, earned value methods): shown in the interface language, and read back in it or
in MS Project's English, so that a cell shown in Indonesian and committed unchanged keeps its
value and English typed anywhere keeps working."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from pmdesk.core.translation import QT_TRANSLATE_NOOP, translate

CONTEXT = "TaskFields"
YES = QT_TRANSLATE_NOOP("TaskFields", "Yes")
NO = QT_TRANSLATE_NOOP("TaskFields", "No")
# What else reads as a flag (CSV and MS Project files write these too).
_FLAG_WORDS = {
    "true": True,
    "1": True,
    "y": True,
    "on": True,
    "false": False,
    "0": False,
    "n": False,
    "off": False,
    "": False,
}

Key = TypeVar("Key")


def shown(english: str) -> str:
    """A choice's English name (marked with QT_TRANSLATE_NOOP in context TaskFields where its
    table is written) in the interface language."""
    return translate(CONTEXT, english)


def flag_text(value: bool) -> str:
    return shown(YES if value else NO)


def read_flag(value: object) -> bool | None:
    """Yes/No (either language), true/false, 1/0, y/n, on/off; None for anything else."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().casefold()
    for word, meaning in ((YES, True), (NO, False)):
        if text in (word.casefold(), shown(word).casefold()):
            return meaning
    return _FLAG_WORDS.get(text)


def read_choice(text: object, names: Mapping[Key, str]) -> Key | None:
    """The key whose name ``text`` is, in English or the interface language (any case)."""
    wanted = str(text).strip().casefold()
    for key, name in names.items():
        if wanted in (name.casefold(), shown(name).casefold()):
            return key
    return None
