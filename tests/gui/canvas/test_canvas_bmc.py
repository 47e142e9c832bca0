"""The business model canvas: add, edit, move (mouse), colour and delete sticky notes, undo."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from pmdesk.core import canvas
from pmdesk.ui.workspaces.canvas.bmc_view import NoteEditor

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints"
)  # the offscreen platform says so on show


@pytest.fixture
def board(workspace):
    workspace.set_mode("bmc")
    return workspace.bmc


def note_named(document, text):
    return next(n for n in document.data.canvas_notes.values() if n.text == text)


def texts(document, block, kind="bmc"):
    return [n.text for n in canvas.notes_by_block(document.data, kind)[block]]


def test_double_click_a_block_adds_a_note_in_one_step(board, document):
    rect = board.block_rect("key_partners")
    point = QPoint(int(rect.center().x()), int(rect.bottom() - 30))
    QTest.mouseDClick(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    editor = board.findChild(NoteEditor)
    assert editor is not None and editor.isVisible()
    QTest.keyClicks(editor, "Cloud storage vendors")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert texts(document, "key_partners") == [
        "Sync-folder providers",
        "PM training firms",
        "Cloud storage vendors",
    ]
    assert document.undo_stack.undoText() == "Add note to Key Partners"
    document.undo_stack.undo()
    assert texts(document, "key_partners") == ["Sync-folder providers", "PM training firms"]


def test_escape_adds_nothing_and_double_click_a_note_edits_it(board, document):
    steps = document.undo_stack.count()
    QTest.mouseDClick(
        board,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        board.block_rect("channels").center().toPoint() + QPoint(0, 80),
    )
    QTest.keyClick(board.findChild(NoteEditor), Qt.Key.Key_Escape)
    assert document.undo_stack.count() == steps
    note = note_named(document, "Website")
    QTest.mouseDClick(
        board,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        board.note_rect(note.id).center().toPoint(),
    )
    editor = next(e for e in board.findChildren(NoteEditor) if e.isVisible())
    assert editor.toPlainText() == "Website"
    editor.selectAll()
    QTest.keyClicks(editor, "Website and docs")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert note.text == "Website and docs"
    document.undo_stack.undo()
    assert note.text == "Website"


def test_drag_a_note_to_another_block_then_undo(board, document):
    note = note_named(document, "Community forum")  # Customer Relationships, second
    target = board.block_rect("channels")
    start = board.note_rect(note.id).center().toPoint()
    first = board.note_rect(note_named(document, "Website").id)
    end = QPoint(int(first.center().x()), int(first.top() + 4))  # on top of the first slot
    steps = document.undo_stack.count()
    QTest.mousePress(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for n in range(1, 7):
        QTest.mouseMove(board, start + (end - start) * n / 6)
    QTest.mouseRelease(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert target.contains(board.note_rect(note.id).center())
    assert texts(document, "channels") == [
        "Community forum",
        "Website",
        "Package managers",
        "Partners",
    ]
    assert texts(document, "customer_relationships") == ["Self-serve"]
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Move note to Channels"
    document.undo_stack.undo()
    assert texts(document, "channels") == ["Website", "Package managers", "Partners"]
    assert texts(document, "customer_relationships") == ["Self-serve", "Community forum"]


def test_colour_and_delete_a_note(board, workspace, document):
    note = note_named(document, "Support")
    QTest.mouseClick(
        board,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        board.note_rect(note.id).center().toPoint(),
    )
    assert workspace.selection_count() == 1 and workspace.can_edit("delete")
    menu = board.build_menu(note.id, "cost_structure")
    colours = next(a.menu() for a in menu.actions() if a.text() == "Colour")
    next(a for a in colours.actions() if a.text() == "Pink").trigger()
    assert note.color == "pink"
    QTest.keyClick(board, Qt.Key.Key_Delete)
    assert note.id not in document.data.canvas_notes
    assert workspace.selection_count() == 0
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert note.id in document.data.canvas_notes and note.color is None


def test_lean_canvas_has_its_own_blocks(board, workspace, document):
    workspace.kind_combo.setCurrentIndex(workspace.kind_combo.findData("lean"))
    assert board.kind == "lean"
    assert set(board.canvas_layout().blocks) == {b.key for b in canvas.LEAN_BLOCKS}
    assert not board.canvas_layout().note_rects  # the demo has business model notes only
    assert workspace.save_state() == {"mode": "bmc", "business_canvas": "lean"}


def test_cut_and_paste_notes_through_the_clipboard(board, workspace, document):
    from PySide6.QtWidgets import QApplication

    note = note_named(document, "Partners")  # Channels, third
    board.select(note.id)
    assert workspace.can_edit("cut")
    workspace.cut()
    assert QApplication.clipboard().text() == "Partners"
    assert texts(document, "channels") == ["Website", "Package managers"]
    board.select(note_named(document, "Website").id)
    QApplication.clipboard().setText("Partners\n\nResellers\n")
    steps = document.undo_stack.count()
    workspace.paste()
    assert texts(document, "channels") == ["Website", "Partners", "Resellers", "Package managers"]
    assert document.undo_stack.count() == steps + 1
    assert document.undo_stack.undoText() == "Paste 2 notes"
    document.undo_stack.undo()
    assert texts(document, "channels") == ["Website", "Package managers"]


def test_nothing_is_edited_on_a_read_only_plan(board, workspace, document, monkeypatch):
    monkeypatch.setattr(type(document), "read_only", property(lambda self: True))
    note = note_named(document, "Support")
    start = board.note_rect(note.id).center().toPoint()
    end = board.block_rect("revenue_streams").center().toPoint()
    QTest.mousePress(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(board, end)
    QTest.mouseRelease(board, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QTest.keyClick(board, Qt.Key.Key_Delete)
    assert note.block == "cost_structure" and note.id in document.data.canvas_notes
    assert not workspace.can_edit("paste") and not workspace.can_edit("delete")
