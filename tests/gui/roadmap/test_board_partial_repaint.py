"""A moved card repaints only its old and new places, its lanes' headers and the column
header (board_damage.py): the screen afterwards must equal a full repaint, pixel for pixel.
The screen is read back from the offscreen platform's backing store (QScreen.grabWindow)."""

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from pmdesk.core.entities import Horizon
from pmdesk.ui.workspaces.roadmap.editing import move_items


class PaintedArea(QObject):
    """How many pixels a widget was asked to paint."""

    def __init__(self) -> None:
        super().__init__()
        self.area = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.area += sum(r.width() * r.height() for r in event.region())
        return False


def item_by_title(document, title):
    return next(item for item in document.data.roadmap_items.values() if item.title == title)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def screen(view) -> QImage:
    return QApplication.primaryScreen().grabWindow(view.winId()).toImage()


def assert_same_as_full_repaint(view) -> None:
    settle()
    partial = screen(view)
    view.viewport().repaint()
    settle()
    assert partial == screen(view), "stale pixels after a partial repaint"


def watch(board) -> PaintedArea:
    settle()
    spy = PaintedArea()
    board.viewport().installEventFilter(spy)
    return spy


def test_a_card_moved_by_the_keyboard_repaints_part_of_the_board(board, document):
    board.setFocus()
    report = item_by_title(document, "Reporting dashboard")
    board.state.select([report.id], report.id)
    spy = watch(board)
    QTest.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # to Later
    assert report.horizon == Horizon.LATER
    settle()
    viewport = board.viewport()
    assert 0 < spy.area < 0.5 * viewport.width() * viewport.height()
    assert_same_as_full_repaint(board)
    document.undo_stack.undo()
    assert report.horizon == Horizon.NEXT
    assert_same_as_full_repaint(board)


def test_a_card_dragged_by_the_mouse_leaves_no_stale_pixels(board, document):
    card = item_by_title(document, "Offline planning")
    partner = item_by_title(document, "Partner programme")
    start = board.item_viewport_rect(card.id).center()
    end = board.item_viewport_rect(partner.id).center() - QPoint(0, 25)
    viewport = board.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * step / 6)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert card.horizon == Horizon.LATER
    assert_same_as_full_repaint(board)
    document.undo_stack.undo()
    assert_same_as_full_repaint(board)


def test_cards_moved_one_after_another_leave_no_stale_pixels(board, document):
    card = item_by_title(document, "Planning board")
    lanes = sorted(document.data.roadmap_lanes)
    for number in range(4):
        lane = lanes[number % len(lanes)]
        horizon = (Horizon.NEXT, Horizon.LATER, Horizon.NOW, Horizon.PARKED)[number]
        assert move_items(document, [card.id], lane, horizon, 0)
        assert_same_as_full_repaint(board)
