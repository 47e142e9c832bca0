"""Reading the rows of a CSV file whatever wrote it: byte order marks (UTF-8, UTF-16), UTF-8
with cells in Windows-1252 (Excel's "CSV" on Western European Windows), a comma, semicolon
or tab separator, and any newline convention (CR alone, from old Mac tools, included).
"""

from __future__ import annotations

import codecs
import csv
import io
import re

from pmdesk.core.spreadsheet_text import restore
from pmdesk.io.result import InteropError

# Python's csv module refuses fields over 128 KB by default; long notes are legitimate, but
# a field of many megabytes is not a task table. (The setting is the module's, process-wide.)
MAX_FIELD = 8 * 1024 * 1024
SEPARATORS = (",", ";", "\t")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM starts it
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ESCAPED = re.compile("[\udc80-\udcff]")  # bytes that were not UTF-8 (surrogateescape)
_QUOTED = re.compile(r'"[^"]*"')


def _decode(raw: bytes, name: str) -> tuple[str, bool]:
    """The text and whether some bytes were not UTF-8 (kept as escapes to fix per cell)."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding), False
            except UnicodeDecodeError:
                raise InteropError(
                    f"{name} starts with a {encoding.upper()} byte order mark but is not "
                    f"{encoding.upper()} text."
                ) from None
    text = raw.decode("utf-8", "surrogateescape")
    return text, bool(_ESCAPED.search(text))


def _separator(text: str) -> str:
    """The separator of the header line: the candidate it holds most of (outside quotes)."""
    first = text.split("\n", 1)[0].split("\r", 1)[0]
    first = _QUOTED.sub("", first)
    counts = {sep: first.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])  # ties: the earliest, the comma
    return best if counts[best] else ","


def _cp1252(cell: str) -> str:
    return cell.encode("utf-8", "surrogateescape").decode("cp1252", "replace")


def read_rows(raw: bytes, name: str, warnings: list[str]) -> list[list[str]]:
    """Every row of the file as a list of cells; a warning names rows read as cp1252."""
    text, escaped = _decode(raw, name)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD))
    # newline="": the csv module ends rows at CR, LF or CRLF itself and keeps a CR quoted
    # inside a cell (universal newlines would turn it into LF).
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    rows, legacy = [], []
    try:
        for row in reader:
            if escaped and any(_ESCAPED.search(cell) for cell in row):
                row = [_cp1252(cell) for cell in row]
                legacy.append(reader.line_num)
            # Undo the apostrophe exports put before formula-like text (spreadsheet_text).
            rows.append([restore(cell) for cell in row])
    except csv.Error as exc:
        raise InteropError(
            f"{name} cannot be imported: row {reader.line_num} is not CSV ({exc})."
        ) from None
    if legacy:
        shown = ", ".join(str(number) for number in legacy[:10])
        more = f" and {len(legacy) - 10} more" if len(legacy) > 10 else ""
        warnings.append(
            f"Some rows of {name} are not UTF-8 text and were read as Windows-1252 (Western "
            f"European): row {shown}{more}; check their accented letters."
        )
    return rows
