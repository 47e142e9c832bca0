"""Paste from a spreadsheet, without Qt: header or visible columns, outline from a column or
leading spaces, predecessors by pasted position, all or nothing."""

import pytest
from plan_editor import RecordingEditor, small_plan

from pmdesk.operations.outline import Outline
from pmdesk.operations.paste import PasteError, paste_rows

FIELDS = {
    "name": "name",
    "duration": "duration",
    "predecessors": "predecessors",
    "resource names": "resources",
    "outline level": "outline_level",
    "text1": "text1",
}


def paste(text, visible=("name", "duration", "predecessors")):
    data = small_plan()
    editor = RecordingEditor(data)
    ids = paste_rows(editor, Outline(data), None, text, FIELDS, list(visible))
    return data, editor, ids


def tree(data, ids):
    outline = Outline(data)
    return [("  " * outline.depth_of(t)) + data.tasks[t].name for t in outline.order if t in ids]


def test_header_outline_level_and_predecessors_by_position():
    text = (
        "Outline Level\tName\tDuration\tPredecessors\tText1\n"
        "1\tPhase\t\t\t\n2\tDig\t2w\t\tsite A\n2\tPour\t3d?\t2FS+1d\t\n1\tDone\t0\t3\t\n"
    )
    data, editor, ids = paste(text)
    assert tree(data, ids) == ["Phase", "  Dig", "  Pour", "Done"]
    dig, pour, done = (data.tasks[i] for i in ids[1:])
    assert (dig.duration, dig.duration_unit, dig.custom_fields) == (4800, "w", {"text1": "site A"})
    assert pour.duration_estimated and done.milestone
    links = {(l.predecessor_id, l.successor_id, l.type.value, l.lag) for l in data.links.values()}
    assert (dig.id, pour.id, "FS", 480) in links and (pour.id, done.id, "FS", 0) in links
    assert editor.steps == ["Paste 4 tasks"]


def test_without_header_the_visible_columns_and_leading_spaces():
    data, _editor, ids = paste("Phase\n  Dig\t2d\n    Sub\t1d\t2\n  Pour\t1d\n")
    assert tree(data, ids) == ["Phase", "  Dig", "    Sub", "  Pour"]


def test_a_bad_row_takes_nothing_and_is_named():
    data = small_plan()
    editor = RecordingEditor(data)
    with pytest.raises(PasteError, match="Row 3 of the pasted text"):
        paste_rows(editor, Outline(data), None, "Name\tDuration\nA\t1d\nB\tsoon\n", FIELDS, [])
    assert editor.steps == []  # the macro never completed: Document reverts it (GUI test)


@pytest.mark.parametrize(
    "text, says",
    [
        ("Name\tColour\nA\tred\n", '"Colour" is not a field'),
        ("Name\tPredecessors\nA\t\nB\t7\n", "There is no task with ID 7"),
        ("Outline Level\tName\n1\tA\n3\tB\n", "indented more than one level"),
        ("Outline Level\tName\n1\tA\nx\tB\n", "outline level"),
        ("Duration\n3d\n", "needs a Name column"),
        ("\n\n", "nothing to paste"),
    ],
)
def test_refusals_say_why(text, says):
    with pytest.raises(PasteError, match=says):
        paste(text)
