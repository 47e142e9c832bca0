"""Text for XML files: characters XML 1.0 cannot carry become U+FFFD, the same in every writer.

A task name may hold a control character (pasted from a terminal, read from a CSV); XML 1.0
has no way to write most of them, and a file holding one raw cannot be read back. The MSPDI
and .gan writers both replace them with the replacement character, so the two files read
back the same name, and the reader shows where something was.
"""

from __future__ import annotations

import re

INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def xml_text(value: str) -> str:
    """``value`` with every character XML 1.0 cannot carry replaced by U+FFFD."""
    return INVALID_XML.sub(REPLACEMENT, value)
