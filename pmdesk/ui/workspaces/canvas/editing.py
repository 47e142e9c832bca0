"""Edits of the strategy canvas, each one undo step through the Document.

The views call these on a gesture's end (a drag's release, a menu entry, an editor closing);
nothing here touches a widget.
"""

from __future__ import annotations

from pmdesk.core import canvas
from pmdesk.core.entities import CanvasFactor, CanvasNote, CanvasOffering, CanvasValue
from pmdesk.core.errors import PmdeskError
from pmdesk.models.canvas import set_level as set_level  # one place for "set a level"
from pmdesk.operations.editor import PlanEditor
from pmdesk.theme import OFFERING_COLOURS

NEW_FACTOR_LEVEL = 5.0  # a new factor starts mid-scale on every curve, ready to be dragged
OFFERING_COLORS = OFFERING_COLOURS


class CanvasEditError(PmdeskError):
    """An edit the canvas refuses (empty name, unknown action); one sentence for a person."""


def _renumber(
    document: PlanEditor,
    kind: type[CanvasFactor | CanvasOffering | CanvasNote],
    order: list[int],
    text: str,
) -> None:
    table = document.data.table(kind)
    for position, entity_id in enumerate(order):
        if table[entity_id].position != position:
            document.set_fields(kind, entity_id, text, position=position)


# -- factors -------------------------------------------------------------------------------------
def add_factor(document: PlanEditor, name: str, index: int | None = None) -> int:
    """Add a factor at ``index`` (default: last) with a mid-scale level on every curve."""
    name = name.strip()
    if not name:
        raise CanvasEditError("A factor needs a name.")
    data = document.data
    factors = [f.id for f in canvas.ordered_factors(data)]
    index = len(factors) if index is None else max(0, min(len(factors), index))
    factor = CanvasFactor(id=data.new_id(CanvasFactor), name=name, position=index)
    next_value = data.new_id(CanvasValue)
    values = [
        CanvasValue(
            id=next_value + n, factor_id=factor.id, offering_id=o.id, level=NEW_FACTOR_LEVEL
        )
        for n, o in enumerate(canvas.ordered_offerings(data))
    ]
    text = f"Add factor {name}"
    with document.macro(text):
        document.add_entities([factor, *values], text)
        factors.insert(index, factor.id)
        _renumber(document, CanvasFactor, factors, text)
    return factor.id


def rename_factor(document: PlanEditor, factor_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise CanvasEditError("A factor needs a name.")
    document.set_fields(CanvasFactor, factor_id, f"Rename factor to {name}", name=name)


def move_factor(document: PlanEditor, factor_id: int, index: int) -> None:
    """Move a factor to ``index`` on the x axis (one undo step; nothing when it stays)."""
    data = document.data
    order = [f.id for f in canvas.ordered_factors(data)]
    positions = canvas.reordered_positions(order, factor_id, index)
    text = f"Move factor {data.canvas_factors[factor_id].name}"
    with document.macro(text):  # nothing moved: no field changes, so no undo step
        _renumber(document, CanvasFactor, sorted(positions, key=lambda i: positions[i]), text)


def remove_factors(document: PlanEditor, factor_ids: list[int]) -> None:
    data = document.data
    names = [data.canvas_factors[i].name for i in factor_ids if i in data.canvas_factors]
    if not names:
        return
    text = f"Remove factor {names[0]}" if len(names) == 1 else f"Remove {len(names)} factors"
    with document.macro(text):
        document.remove_entities([(CanvasFactor, i) for i in factor_ids], text)
        _renumber(document, CanvasFactor, [f.id for f in canvas.ordered_factors(data)], text)


def set_errc(document: PlanEditor, factor_id: int, action: str | None) -> None:
    """Put a factor in an ERRC quadrant (None: not decided)."""
    if action is not None and action not in canvas.ERRC_ACTIONS:
        raise CanvasEditError("The action is one of Eliminate, Reduce, Raise or Create.")
    factor = document.data.canvas_factors[factor_id]
    label = canvas.ERRC_LABELS[action] if action else "Unassigned"
    document.set_fields(CanvasFactor, factor_id, f"Move {factor.name} to {label}", errc=action)


# -- offerings -----------------------------------------------------------------------------------
def add_offering(document: PlanEditor, name: str, color: str | None = None) -> int:
    """Add an offering (last in the legend) with a mid-scale level on every factor."""
    name = name.strip()
    if not name:
        raise CanvasEditError("An offering needs a name.")
    data = document.data
    offerings = canvas.ordered_offerings(data)
    used = {o.color.lower() for o in offerings}
    color = color or next(
        (c for c in OFFERING_COLORS if c not in used), OFFERING_COLORS[len(offerings) % 8]
    )
    offering = CanvasOffering(
        id=data.new_id(CanvasOffering),
        name=name,
        color=color,
        position=max((o.position for o in offerings), default=-1) + 1,
    )
    next_value = data.new_id(CanvasValue)
    values = [
        CanvasValue(
            id=next_value + n, factor_id=f.id, offering_id=offering.id, level=NEW_FACTOR_LEVEL
        )
        for n, f in enumerate(canvas.ordered_factors(data))
    ]
    document.add_entities([offering, *values], f"Add offering {name}")
    return offering.id


def rename_offering(document: PlanEditor, offering_id: int, name: str) -> None:
    name = name.strip()
    if not name:
        raise CanvasEditError("An offering needs a name.")
    document.set_fields(CanvasOffering, offering_id, f"Rename offering to {name}", name=name)


def set_offering_color(document: PlanEditor, offering_id: int, color: str) -> None:
    offering = document.data.canvas_offerings[offering_id]
    document.set_fields(CanvasOffering, offering_id, f"Colour {offering.name}", color=color)


def make_own(document: PlanEditor, offering_id: int) -> None:
    """Mark one offering as ours (the emphasised curve); the others become competitors."""
    data = document.data
    text = f"Mark {data.canvas_offerings[offering_id].name} as ours"
    with document.macro(text):
        for offering in canvas.ordered_offerings(data):
            document.set_fields(CanvasOffering, offering.id, text, own=offering.id == offering_id)


def move_offering(document: PlanEditor, offering_id: int, index: int) -> None:
    data = document.data
    order = [o.id for o in canvas.ordered_offerings(data)]
    positions = canvas.reordered_positions(order, offering_id, index)
    text = f"Move offering {data.canvas_offerings[offering_id].name}"
    with document.macro(text):
        _renumber(document, CanvasOffering, sorted(positions, key=lambda i: positions[i]), text)


def remove_offering(document: PlanEditor, offering_id: int) -> None:
    name = document.data.canvas_offerings[offering_id].name
    document.remove_entities([(CanvasOffering, offering_id)], f"Remove offering {name}")


# -- notes ---------------------------------------------------------------------------------------
def _block_title(kind: str, block: str) -> str:
    return next((b.title for b in canvas.blocks_of(kind) if b.key == block), block)


def add_note(
    document: PlanEditor,
    kind: str,
    block: str,
    text: str,
    color: str | None = None,
    index: int | None = None,
) -> int:
    """Add a sticky note to a block of the Business Model (``bmc``) or Lean (``lean``) canvas."""
    text = text.strip()
    if not text:
        raise CanvasEditError("A note needs some text.")
    data = document.data
    siblings = [n.id for n in canvas.notes_by_block(data, kind).get(block, [])]
    index = len(siblings) if index is None else max(0, min(len(siblings), index))
    note = CanvasNote(
        id=data.new_id(CanvasNote), canvas=kind, block=block, text=text, position=index, color=color
    )
    label = f"Add note to {_block_title(kind, block)}"
    with document.macro(label):
        document.add_entities([note], label)
        siblings.insert(index, note.id)
        _renumber(document, CanvasNote, siblings, label)
    return note.id


def edit_note(document: PlanEditor, note_id: int, text: str) -> None:
    text = text.strip()
    if not text:
        raise CanvasEditError("A note needs some text; delete the note to remove it.")
    document.set_fields(CanvasNote, note_id, "Edit note", text=text)


def set_note_color(document: PlanEditor, note_id: int, color: str | None) -> None:
    document.set_fields(CanvasNote, note_id, "Colour note", color=color)


def move_note(document: PlanEditor, note_id: int, block: str, index: int) -> None:
    """Move a note to ``index`` in ``block`` (the same or another block), one undo step."""
    data = document.data
    note = data.canvas_notes[note_id]
    groups = canvas.notes_by_block(data, note.canvas)
    source = [n.id for n in groups.get(note.block, []) if n.id != note_id]
    target = source if block == note.block else [n.id for n in groups.get(block, [])]
    index = max(0, min(len(target), index))
    if (
        block == note.block
        and [n.id for n in groups[block]] == target[:index] + [note_id] + target[index:]
    ):
        return  # dropped where it was
    text = f"Move note to {_block_title(note.canvas, block)}"
    with document.macro(text):
        if block != note.block:
            document.set_fields(CanvasNote, note_id, text, block=block)
            _renumber(document, CanvasNote, source, text)
        target.insert(index, note_id)
        _renumber(document, CanvasNote, target, text)


def delete_notes(document: PlanEditor, note_ids: list[int]) -> None:
    notes = [i for i in note_ids if i in document.data.canvas_notes]
    if notes:
        text = "Delete note" if len(notes) == 1 else f"Delete {len(notes)} notes"
        document.remove_entities([(CanvasNote, i) for i in notes], text)
