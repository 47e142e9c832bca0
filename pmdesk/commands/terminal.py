"""Command output without terminal control sequences.

Task, resource and roadmap names, and the user and host of a lock file, come from files
anyone could have written. Printed raw, ``\\x1b]0;...\\x07`` retitles the terminal,
``\\x1b[2J`` clears it, ``\\r`` overwrites what a line said, and some terminals act on
stranger sequences still. Every command's stdout and stderr therefore goes through
``strip_controls``: escape sequences and control characters other than newline and tab are
removed. JSON output stays valid JSON: it escapes C0 control characters itself, and only
raw C1 characters (U+0080-U+009F) are removed from its strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TextIO

# An escape sequence (CSI, OSC up to its terminator, or ESC and one character), or any other
# C0/C1 control character except tab and newline.
_CONTROLS = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"
    r"|\x1b.?"
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]",
    re.DOTALL,
)


def strip_controls(text: str) -> str:
    return _CONTROLS.sub("", text)


class ControlFreeStream:
    """A text stream that writes to ``stream`` what it is given, without control sequences."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(strip_controls(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    # flush, fileno, isatty, encoding, buffer...: whatever the wrapped stream has
    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
