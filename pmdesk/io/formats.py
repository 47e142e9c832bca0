"""Import and export by file extension: .xml (MSPDI), .gan, .csv, .xlsx (export only), and,
through MPXJ (the optional formats extra), .mpp, .mpx, .xer, PMXML, Planner and more."""

from __future__ import annotations

import os
import pathlib
import stat
from collections.abc import Callable

from pmdesk.core.plandata import PlanData
from pmdesk.io import mpxj_route
from pmdesk.io.plancheck import TooManyCycles, settle
from pmdesk.io.result import ImportResult, InteropError

NATIVE_IMPORTS = (".xml", ".gan", ".csv")
NATIVE_EXPORTS = (".xml", ".gan", ".csv", ".xlsx")
IMPORT_EXTENSIONS = NATIVE_IMPORTS + mpxj_route.IMPORT_EXTENSIONS
EXPORT_EXTENSIONS = NATIVE_EXPORTS + mpxj_route.EXPORT_EXTENSIONS


def _extension(path: str | os.PathLike[str]) -> str:
    return pathlib.Path(path).suffix.lower()


# Largest files read: MSPDI is streamed (a 200 MB file stays under 1 GB of memory); a .gan is
# read as one tree and a CSV as one text, about ten times their size in memory. Real files
# are far smaller (10,000 tasks: ~25 MB of MSPDI from MS Project, ~3 MB of .gan or CSV).
MAX_IMPORT_BYTES = {".xml": 1 << 30, ".gan": 32 << 20, ".csv": 32 << 20}


def import_file(
    path: str | os.PathLike[str],
    *,
    progress: mpxj_route.Progress | None = None,
    cancelled: mpxj_route.Cancelled | None = None,
) -> ImportResult:
    """Read a plan written by another tool; the warnings list what could not be kept.

    ``progress(stage)`` and ``cancelled()`` are called while MPXJ converts a file (see
    ``mpxj_route``); Cancel raises ``ConversionCancelled``."""
    path = os.fspath(path)
    extension = _extension(path)
    try:
        info = os.stat(path)
    except OSError:
        raise InteropError(f"{path} does not exist or is not a file.") from None
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the reader, a device never end
        raise InteropError(f"{path} does not exist or is not a file.")
    limit = MAX_IMPORT_BYTES.get(extension)
    if limit is not None and info.st_size > limit:
        raise InteropError(
            f"{path} is too large to import ({info.st_size:,} bytes; pmdesk imports "
            f"{extension} files up to {limit:,} bytes)."
        )
    read: Callable[[str], ImportResult]
    if extension == ".xml":
        from pmdesk.io.mspdi import NotMspdi, read_mspdi

        def read(path: str) -> ImportResult:
            try:
                return read_mspdi(path)
            except NotMspdi as exc:  # Primavera PMXML or Planner XML: MPXJ reads those
                if mpxj_route.missing_modules():
                    raise InteropError(f"{exc} {mpxj_route.unavailable_reason('.xml')}") from None
                try:
                    return mpxj_route.read_with_mpxj(path, progress=progress, cancelled=cancelled)
                except mpxj_route.NotRecognised:
                    raise InteropError(
                        f"{os.path.basename(path)} is XML but not an MS Project XML (MSPDI) "
                        "file, nor another project format MPXJ reads (such as Primavera P6 "
                        "XML or Planner)."
                    ) from None
    elif extension in mpxj_route.IMPORT_EXTENSIONS:

        def read(path: str) -> ImportResult:
            return mpxj_route.read_with_mpxj(path, progress=progress, cancelled=cancelled)
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
        result = read(path)
    except OSError as exc:  # no permission, vanished, a folder on a dead network drive
        raise InteropError(f"Could not read {path}: {exc.strerror or exc}.") from None
    try:
        settle(result.data, result.warnings)
    except TooManyCycles as exc:
        raise InteropError(f"{os.path.basename(path)} cannot be imported: {exc}.") from None
    return result


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


def uses_converter(path: str | os.PathLike[str]) -> bool:
    """Whether importing ``path`` runs MPXJ (a .mpp, .xer...; a .xml that is not MSPDI)."""
    extension = _extension(path)
    if extension in mpxj_route.IMPORT_EXTENSIONS:
        return True
    if extension == ".xml":
        from pmdesk.io.mspdi import is_mspdi

        return not is_mspdi(path)
    return False


def export_file(
    data: PlanData,
    path: str | os.PathLike[str],
    *,
    progress: mpxj_route.Progress | None = None,
    cancelled: mpxj_route.Cancelled | None = None,
) -> list[str]:
    """Write the plan in the format its extension names; returns what could not be written."""
    path = os.fspath(path)
    extension = _extension(path)
    write: Callable[[PlanData, str], list[str]]
    if extension == ".xml":
        from pmdesk.io.mspdi_writer import write_mspdi as write
    elif extension == ".gan":
        from pmdesk.io.gan_writer import write_gan as write
    elif extension == ".csv":
        from pmdesk.io.csvfile import write_csv as write
    elif extension == ".xlsx":
        from pmdesk.io.xlsx import write_xlsx as write
    elif extension in mpxj_route.EXPORT_EXTENSIONS:

        def write(data: PlanData, path: str) -> list[str]:
            return mpxj_route.write_with_mpxj(data, path, progress=progress, cancelled=cancelled)
    elif extension in (".mpp", ".mpt"):
        raise mpxj_route.refuse_mpp()
    else:
        raise InteropError(
            f"pmdesk cannot export to {extension or 'a file without an extension'}; "
            f"it exports {', '.join(EXPORT_EXTENSIONS)}."
        )
    return write(data, path) + _product_side(data)


__all__ = ["ImportResult", "InteropError", "import_file", "export_file"]
