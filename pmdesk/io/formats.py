"""Import and export by file extension: .xml (MSPDI), .gan, .csv, and .xlsx (export only)."""

from __future__ import annotations

import os
import pathlib

from pmdesk.core.plandata import PlanData
from pmdesk.io.result import ImportResult, InteropError

IMPORT_EXTENSIONS = (".xml", ".gan", ".csv")
EXPORT_EXTENSIONS = (".xml", ".gan", ".csv", ".xlsx")


def _extension(path) -> str:
    return pathlib.Path(path).suffix.lower()


def import_file(path) -> ImportResult:
    """Read a plan written by another tool; the warnings list what could not be kept."""
    path = os.fspath(path)
    extension = _extension(path)
    if not os.path.isfile(path):
        raise InteropError(f"{path} does not exist or is not a file.")
    if extension == ".xml":
        from pmdesk.io.mspdi import read_mspdi

        return read_mspdi(path)
    if extension == ".gan":
        from pmdesk.io.gan import read_gan

        return read_gan(path)
    if extension == ".csv":
        from pmdesk.io.csvfile import read_csv

        return read_csv(path)
    raise InteropError(
        f"pmdesk cannot import {extension or 'files without an extension'}; "
        f"it imports {', '.join(IMPORT_EXTENSIONS)}."
    )


def export_file(data: PlanData, path) -> list[str]:
    """Write the plan in the format its extension names; returns what could not be written."""
    path = os.fspath(path)
    extension = _extension(path)
    if extension == ".xml":
        from pmdesk.io.mspdi_writer import write_mspdi

        return write_mspdi(data, path)
    if extension == ".gan":
        from pmdesk.io.gan_writer import write_gan

        return write_gan(data, path)
    if extension == ".csv":
        from pmdesk.io.csvfile import write_csv

        return write_csv(data, path)
    if extension == ".xlsx":
        from pmdesk.io.xlsx import write_xlsx

        return write_xlsx(data, path)
    raise InteropError(
        f"pmdesk cannot export to {extension or 'a file without an extension'}; "
        f"it exports {', '.join(EXPORT_EXTENSIONS)}."
    )


__all__ = ["ImportResult", "InteropError", "import_file", "export_file"]
