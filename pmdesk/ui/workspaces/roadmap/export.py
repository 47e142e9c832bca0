"""Export the board or the timeline to PNG / PDF / SVG (through the views' own painters) and
the items with their scores to CSV."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from pmdesk.core.export_target import replace_refusal
from pmdesk.core.roadmap import RECORD_FIELDS, item_records
from pmdesk.core.scoring import INPUTS, input_value
from pmdesk.core.spreadsheet_text import neutralise
from pmdesk.printing.output import ExportError
from pmdesk.printing.output import export_picture as write_picture
from pmdesk.theme import colour

if TYPE_CHECKING:
    from pmdesk.core.entities import RoadmapItem
    from pmdesk.printing.viewshapes import PaperView
    from pmdesk.ui.workspaces.roadmap.state import RoadmapState

__all__ = ["ExportError", "export_csv", "export_picture"]


def export_picture(view: PaperView, path: str | os.PathLike[str]) -> None:
    """Write the whole board or timeline (not just the visible part) to a .png, .pdf or .svg
    (printing.output does the writing, with the view's paper fonts)."""
    fonts = view.paper_fonts()
    size = view.content_size()

    def render(painter: QPainter, _rect: QRectF) -> None:
        painter.fillRect(size, colour("background"))  # paper: light
        view.render_content(painter, size, fonts=fonts)

    write_picture(render, size.size(), path, "Roadmap")


def export_csv(
    state: RoadmapState, path: str | os.PathLike[str], items: Iterable[RoadmapItem] | None = None
) -> int:
    """Write the items (default: the visible ones) with tags, inputs and scores; returns the count.

    The columns are those of ``pmdesk roadmap --json`` plus tags and every score input.
    """
    items = list(state.visible if items is None else items)
    records = item_records(state.data, state.document.schedule, items, state.config)
    inputs = list(
        dict.fromkeys([n for names in INPUTS.values() for n in names] + list(state.config.criteria))
    )
    header = [*RECORD_FIELDS[:6], "tags", *inputs, *RECORD_FIELDS[6:]]

    def cell(value: object) -> str:
        if value is None:
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, float):
            return f"{round(value, 4):.10g}"
        if isinstance(value, str):
            return neutralise(value)  # a title "=HYPERLINK(...)" stays text in a spreadsheet
        return str(value)

    refusal = replace_refusal(path)
    if refusal is not None:
        raise ExportError(f"{refusal}; export under another name.")
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
