"""Export the board or the timeline to PNG / PDF / SVG (through the views' own painters) and
the items with their scores to CSV."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from pmdesk.core.errors import PmdeskError
from pmdesk.core.roadmap import RECORD_FIELDS, item_records
from pmdesk.core.scoring import INPUTS, input_value
from pmdesk.core.spreadsheet_text import neutralise

PICTURE_FORMATS = ("png", "pdf", "svg")
MAX_PNG_PIXELS = 120_000_000  # ~480 MB of ARGB: beyond this the image is drawn at a smaller scale
MAX_PDF_POINTS = 14_400.0  # the largest PDF page side (200 inches)


class ExportError(PmdeskError):
    """An export that could not be written (folder missing, no permission, unknown format)."""


def _render(view, painter: QPainter, scale: float) -> None:
    painter.scale(scale, scale)
    rect = view.content_size()
    painter.fillRect(rect, Qt.GlobalColor.white)
    view.render_content(painter, rect)


def export_picture(view, path: str | os.PathLike) -> None:
    """Write the whole board or timeline (not just the visible part) to a .png, .pdf or .svg."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in PICTURE_FORMATS:
        raise ExportError(f"Cannot export to “{path.suffix or path.name}”: choose .png, .pdf or .svg.")
    if not path.parent.is_dir():
        raise ExportError(f"The folder {path.parent} does not exist.")
    size = view.content_size()
    width, height = max(1, int(size.width())), max(1, int(size.height()))
    if kind == "png":
        scale = 2.0 if width * height * 4 <= MAX_PNG_PIXELS else max(0.25, (MAX_PNG_PIXELS / (width * height)) ** 0.5)
        image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(1.0)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        _render(view, painter, scale)
        painter.end()
        if not image.save(str(path), "PNG"):
            raise ExportError(f"Could not write {path}: check the folder's permissions and free space.")
    elif kind == "pdf":
        # One page the size of the picture (at 96 px per inch), shrunk if PDF's page limit needs it.
        points = QSizeF(width * 0.75, height * 0.75)
        shrink = min(1.0, MAX_PDF_POINTS / max(points.width(), points.height()))
        writer = QPdfWriter(str(path))
        writer.setResolution(96)
        writer.setTitle("Roadmap")
        writer.setCreator("pmdesk")
        writer.setPageLayout(QPageLayout(QPageSize(points * shrink, QPageSize.Unit.Point),
                                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
        painter = QPainter()
        if not painter.begin(writer):
            raise ExportError(f"Could not write {path}: check the folder's permissions and free space.")
        _render(view, painter, shrink)
        painter.end()
    else:
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(QSize(width, height))
        generator.setViewBox(QRect(0, 0, width, height))
        generator.setTitle("Roadmap")
        generator.setDescription("Exported by pmdesk")
        painter = QPainter()
        if not painter.begin(generator):
            raise ExportError(f"Could not write {path}: check the folder's permissions and free space.")
        _render(view, painter, 1.0)
        painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise ExportError(f"Could not write {path}: check the folder's permissions and free space.")


def export_csv(state, path: str | os.PathLike, items=None) -> int:
    """Write the items (default: the visible ones) with tags, inputs and scores; returns the count.

    The columns are those of ``pmdesk roadmap --json`` plus tags and every score input.
    """
    items = list(state.visible if items is None else items)
    records = item_records(state.data, state.document.schedule, items, state.config)
    inputs = list(dict.fromkeys([n for names in INPUTS.values() for n in names] + list(state.config.criteria)))
    header = [*RECORD_FIELDS[:6], "tags", *inputs, *RECORD_FIELDS[6:]]

    def cell(value) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, float):
            return f"{round(value, 4):.10g}"
        if isinstance(value, str):
            return neutralise(value)  # a title "=HYPERLINK(...)" stays text in a spreadsheet
        return str(value)

    try:
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            for item, record in zip(items, records):
                values = dict(record, tags="; ".join(item.tags))
                values.update({name: input_value(item.score_inputs, name) for name in inputs})
                writer.writerow([cell(values[name]) for name in header])
    except OSError as exc:
        raise ExportError(f"Could not write {path}: {exc.strerror or exc}.") from None
    return len(items)
