"""Text cells that a spreadsheet will show, never run: the OWASP "CSV injection" defence.

Excel, LibreOffice and Google Sheets take a cell starting with ``= + - @``, a tab or a
carriage return as a formula (``=HYPERLINK(...)``, ``=cmd|' /C calc'!A0``). Exported text
cells starting so get a leading apostrophe, as OWASP recommends; importing strips that one
apostrophe again, so a task named "=A1" survives a round trip through pmdesk's CSV. A text
that already starts with apostrophes before such a character gets one more, which keeps the
mapping reversible.
"""

from __future__ import annotations

import re

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile("'*[=+\\-@\t\r]")
_QUOTED = re.compile("'+[=+\\-@\t\r]")


def neutralise(text: str) -> str:
    """``text`` as a spreadsheet cell that cannot be taken for a formula."""
    return "'" + text if _NEEDS_QUOTE.match(text) else text


def restore(text: str) -> str:
    """The text ``neutralise`` was given (a cell without our apostrophe is left alone)."""
    return text[1:] if text[:1] == "'" and _QUOTED.match(text) else text
