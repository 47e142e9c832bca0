"""A structural check of Primavera P6 XER files before MPXJ reads them.

MPXJ reads what it can of a damaged XER without a word: a table whose field line (%F) is
lost, a row cut short, an id that is not a number become tasks without ids or without dates.
P6 itself writes every table as %T NAME, one %F line naming the fields, then %R rows with
exactly that many tab-separated values (ids are whole numbers), and ends the file with %E
(checked against MPXJ's public XER test files and the XER files written by P6 8.4 and 20.12).
A file that breaks this is refused here with one sentence naming the table and line.
"""

from __future__ import annotations

import os

from pmdesk.io.result import InteropError

# Tables whose rows become tasks, links, resources, assignments or calendars: a short row
# there loses part of the plan.
PLAN_TABLES = {"PROJECT", "CALENDAR", "PROJWBS", "TASK", "TASKPRED", "RSRC", "TASKRSRC"}


def check_xer(path: str | os.PathLike[str]) -> None:
    """Raise InteropError with one sentence when ``path`` is not a complete XER file."""
    path = os.fspath(path)
    name = os.path.basename(path)
    table, fields, ids, ended = None, None, [], False

    def broken(number: int, problem: str) -> InteropError:
        where = f"the {table} table" if table else "its header"
        return InteropError(
            f"{name} is a damaged Primavera XER file: in {where}, {problem} (line {number:,})."
        )

    with open(path, "rb") as stream:
        first = stream.readline()
        if not first.startswith(b"ERMHDR"):
            raise InteropError(
                f"{name} is not a Primavera XER file (it does not start with ERMHDR)."
            )
        for number, raw in enumerate(stream, start=2):
            line = raw.rstrip(b"\r\n")
            if ended:
                if line.strip():
                    raise broken(number, "text follows the end marker %E")
                continue
            marker = line[:2]
            if marker == b"%T":
                table, fields = line[3:].decode("latin-1").strip(), None
            elif marker == b"%F":
                if table is None:
                    raise broken(number, "a field line comes before any table")
                fields = line.split(b"\t")[1:]
                ids = [i for i, f in enumerate(fields) if f.endswith(b"_id")]
            elif marker == b"%R":
                if fields is None:
                    raise broken(number, "a row comes before the line naming the fields (%F)")
                values = line.split(b"\t")[1:]
                if len(values) > len(fields) or (
                    table in PLAN_TABLES and len(values) < len(fields)
                ):
                    raise broken(number, f"a row has {len(values)} values for {len(fields)} fields")
                if table in PLAN_TABLES:
                    for i in ids:
                        if i < len(values) and values[i] and not values[i].strip().isdigit():
                            raise broken(number, f"{fields[i].decode('latin-1')} is not a number")
            elif marker == b"%E":
                ended = True
            elif line.strip():
                raise broken(number, "a line is neither a table, fields, a row nor the end")
    if not ended:
        raise InteropError(
            f"{name} is truncated: a Primavera XER file ends with %E, and this one stops before it."
        )
