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


def test_the_board_paints_every_pixel_it_is_asked_to(board, qtbot):
    # Qt does not fill the viewport before a paint (WA_OpaquePaintEvent): a pixel the board
    # left unpainted would show whatever was there before. Paint into a magenta image.
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QRegion
    from PySide6.QtWidgets import QWidget

    viewport = board.viewport()
    magenta = QColor(255, 0, 255)

    def unpainted(region: QRegion) -> int:
        image = QImage(viewport.size(), QImage.Format.Format_ARGB32)
        image.fill(magenta)
        # The region's top left is drawn at the offset given: keep it where it is.
        viewport.render(image, region.boundingRect().topLeft(), region, QWidget.RenderFlag(0))
        return sum(
            image.pixelColor(x, y) == magenta
            for rect in region
            for x in range(rect.left(), rect.right() + 1, 3)
            for y in range(rect.top(), rect.bottom() + 1, 3)
        )

    width, height = viewport.width(), viewport.height()
    whole = QRegion(viewport.rect())
    header = QRegion(QRect(0, 0, width, 30))  # the column titles only
    strip = QRegion(QRect(0, height - 60, width, 60))
    parts = QRegion(QRect(300, 200, 200, 120)) + QRegion(QRect(900, 500, 150, 90))
    for region in (whole, header, strip, parts):
        assert unpainted(region) == 0
    board.verticalScrollBar().setValue(board.verticalScrollBar().maximum())
    assert unpainted(whole) == 0
    board.resize(3000, 2400)  # wider and taller than the board itself
    settle()
    assert unpainted(QRegion(viewport.rect())) == 0
