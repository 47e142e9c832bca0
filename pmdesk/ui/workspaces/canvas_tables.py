"""The Strategy canvas tab as plain read-only tables: the value curve (factors x offerings)
above the business model canvas notes, in a splitter the window remembers."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pmdesk.core.entities import CanvasFactor, CanvasNote, CanvasOffering, CanvasValue
from pmdesk.document import Document
from pmdesk.models.entity_table import Column, EntityTableModel
from pmdesk.ui.workspaces.tables import SplitTables, TableWorkspace


def _canvas_columns(document: Document) -> list[Column]:
    levels = {(v.factor_id, v.offering_id): v.level for v in document.data.canvas_values.values()}
    offerings = sorted(document.data.canvas_offerings.values(), key=lambda o: (o.position, o.id))
    columns = [Column("Factor", lambda f, d: f.name),
               Column("ERRC", lambda f, d: f.errc or "",
                      tooltip="Eliminate / reduce / raise / create")]
    for offering in offerings:
        title = offering.name + (" (ours)" if offering.own else "")
        columns.append(Column(title, lambda f, d, o=offering.id: levels.get((f.id, o)),
                              lambda v: "" if v is None else f"{v:g}", numeric=True))
    return columns


class CanvasTable(TableWorkspace):
    stretch_last = False
    caption = "Strategy canvas: each factor's level (0-10) per offering (read-only)"

    def make_model(self, document: Document) -> EntityTableModel:
        return EntityTableModel(
            document,
            lambda d: sorted(d.data.canvas_factors.values(), key=lambda f: (f.position, f.id)),
            _canvas_columns, kinds=(CanvasFactor, CanvasOffering, CanvasValue), parent=self)


# Blocks in the order the canvases are read (Osterwalder's Business Model Canvas; Lean Canvas).
BLOCK_ORDER = (
    "key_partners", "key_activities", "key_resources", "value_propositions",
    "customer_relationships", "channels", "customer_segments", "cost_structure",
    "revenue_streams", "problem", "solution", "unique_value_proposition", "unfair_advantage",
    "key_metrics",
)
CANVAS_NAMES = {"bmc": "Business Model Canvas", "lean": "Lean Canvas"}


def _note_key(note: CanvasNote):
    block = BLOCK_ORDER.index(note.block) if note.block in BLOCK_ORDER else len(BLOCK_ORDER)
    return (note.canvas, block, note.block, note.position, note.id)


NOTE_COLUMNS = [
    Column("Canvas", lambda n, d: CANVAS_NAMES.get(n.canvas, n.canvas)),
    Column("Block", lambda n, d: n.block.replace("_", " ").capitalize()),
    Column("Note", lambda n, d: n.text),
]


class CanvasNotesTable(TableWorkspace):
    caption = "Business model notes by block (read-only)"

    def make_model(self, document: Document) -> EntityTableModel:
        return EntityTableModel(
            document, lambda d: sorted(d.data.canvas_notes.values(), key=_note_key),
            NOTE_COLUMNS, kinds=(CanvasNote,), parent=self)


class CanvasWorkspace(SplitTables):
    """The value curve table above the notes table."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        self.values = CanvasTable(document)
        self.notes = CanvasNotesTable(document)
        super().__init__([self.values, self.notes], "canvasSplitter", parent)
