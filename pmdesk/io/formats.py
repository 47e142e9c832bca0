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
        from pmdesk.io.mspdi import read_mspdi as read
    elif extension == ".gan":
        from pmdesk.io.gan import read_gan as read
    elif extension == ".csv":
        from pmdesk.io.csvfile import read_csv as read
    else:
        raise InteropError(
            f"pmdesk cannot import {extension or 'files without an extension'}; "
            f"it imports {', '.join(IMPORT_EXTENSIONS)}."
        )
    try:
        return read(path)
    except OSError as exc:  # no permission, vanished, a folder on a dead network drive
        raise InteropError(f"Could not read {path}: {exc.strerror or exc}.") from None


def _product_side(data: PlanData) -> list[str]:
    """The product half of a plan (roadmap, canvas, P&L) has no place in project formats."""
    from pmdesk.core.entities import (
        CanvasFactor,
        CanvasNote,
        CanvasOffering,
        PnlLine,
        RoadmapItem,
        RoadmapLane,
    )

    counts = {
        "roadmap lanes": data.count(RoadmapLane),
        "roadmap items": data.count(RoadmapItem),
        "canvas offerings and factors": data.count(CanvasOffering) + data.count(CanvasFactor),
        "canvas notes": data.count(CanvasNote),
        "P&L lines": data.count(PnlLine),
    }
    listed = ", ".join(f"{count} {what}" for what, count in counts.items() if count)
    if not listed:
        return []
    return [f"Project files have no place for the product side of the plan: {listed} not written."]


def export_file(data: PlanData, path) -> list[str]:
    """Write the plan in the format its extension names; returns what could not be written."""
    path = os.fspath(path)
    extension = _extension(path)
    if extension == ".xml":
        from pmdesk.io.mspdi_writer import write_mspdi as write
    elif extension == ".gan":
        from pmdesk.io.gan_writer import write_gan as write
    elif extension == ".csv":
        from pmdesk.io.csvfile import write_csv as write
    elif extension == ".xlsx":
        from pmdesk.io.xlsx import write_xlsx as write
    else:
        raise InteropError(
            f"pmdesk cannot export to {extension or 'a file without an extension'}; "
            f"it exports {', '.join(EXPORT_EXTENSIONS)}."
        )
    return write(data, path) + _product_side(data)


__all__ = ["ImportResult", "InteropError", "import_file", "export_file"]
