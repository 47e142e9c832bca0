"""The board with real mouse and key events: drag between cells, reorder, undo, keys, inline add."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from pmdesk.core.entities import Horizon


def item_by_title(document, title):
    return next(item for item in document.data.roadmap_items.values() if item.title == title)


def drag(qtbot, view, start: QPoint, end: QPoint, steps: int = 6):
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for n in range(1, steps + 1):
        point = start + (end - start) * n / steps
        QTest.mouseMove(viewport, point)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def cell_point(view, lane_key, horizon, y_in_cell=60):
    layout = view.board_layout()
    row = next(r for r in layout.rows if r.key == lane_key)
    col = next(c for c in layout.columns if c.horizon == horizon)
    offset = view.to_content(QPoint(0, 0))
    return QPoint(int(col.x + col.w / 2 - offset.x()), int(row.y + y_in_cell - offset.y()))


def test_drag_card_to_another_lane_and_horizon_then_undo(qtbot, board, document):
    card = item_by_title(document, "Offline planning")  # lane 1, Now, second card
    lane_before, horizon_before, position_before = card.lane_id, card.horizon, card.position
    target_lane = (
        4  # Growth: Public launch, Pricing and packaging in Now; Partner programme in Later
    )
    start = board.item_viewport_rect(card.id).center()
    # Drop on the upper half of "Partner programme" (Growth / Later): before it.
    partner = item_by_title(document, "Partner programme")
    end = board.item_viewport_rect(partner.id).center() - QPoint(0, 25)
    steps_before = document.undo_stack.count()
    drag(qtbot, board, start, end)
    assert (card.lane_id, card.horizon, card.position) == (target_lane, Horizon.LATER, 0)
    assert partner.position == 1
    assert document.undo_stack.count() == steps_before + 1  # one undo step for the whole drag
    assert document.undo_stack.undoText() == "Move card to Later"
    # The board shows it there.
    assert board.board_layout().item_position(card.id)[1] == 2
    document.undo_stack.undo()
    assert (card.lane_id, card.horizon, card.position) == (
        lane_before,
        horizon_before,
        position_before,
    )
    assert partner.position == 0
    assert board.board_layout().item_position(card.id)[:2] == (0, 0)


def test_reorder_within_a_cell_by_drag(qtbot, board, document):
    first = item_by_title(document, "Planning board")
    second = item_by_title(document, "Offline planning")
    start = board.item_viewport_rect(first.id).center()
    end = board.item_viewport_rect(second.id).bottomLeft() + QPoint(40, 20)
    drag(qtbot, board, start, end)
    assert (second.position, first.position) == (0, 1)
    document.undo_stack.undo()
    assert (first.position, second.position) == (0, 1)


def test_a_click_without_moving_selects_and_changes_nothing(qtbot, board, document):
    card = item_by_title(document, "Sync engine")
    count = document.undo_stack.count()
    QTest.mouseClick(
        board.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        board.item_viewport_rect(card.id).center(),
    )
    assert board.state.selection == [card.id]
    assert document.undo_stack.count() == count


def test_multi_select_and_drag_moves_both(qtbot, board, document):
    a = item_by_title(document, "Planning board")
    b = item_by_title(document, "Mobile companion")
    viewport = board.viewport()
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        board.item_viewport_rect(a.id).center(),
    )
    QTest.mouseClick(
        viewport,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        board.item_viewport_rect(b.id).center(),
    )
    assert set(board.state.selection) == {a.id, b.id}
    drag(
        qtbot,
        board,
        board.item_viewport_rect(a.id).center(),
        cell_point(board, 3, Horizon.PARKED, 110),
    )
    assert (a.lane_id, a.horizon) == (3, Horizon.PARKED)
    assert (b.lane_id, b.horizon) == (3, Horizon.PARKED)
    assert document.undo_stack.undoText() == "Move 2 cards"
    document.undo_stack.undo()
    assert (a.lane_id, b.lane_id) == (1, 2)


def test_keyboard_navigation_and_alt_move(qtbot, board, document):
    board.setFocus()
    QTest.keyClick(board, Qt.Key.Key_Down)  # first card
    first = item_by_title(document, "Planning board")
    assert board.state.current == first.id
    QTest.keyClick(board, Qt.Key.Key_Down)
    assert board.state.current == item_by_title(document, "Offline planning").id
    QTest.keyClick(board, Qt.Key.Key_Right)
    assert board.state.current == item_by_title(document, "Reporting dashboard").id
    QTest.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # move it to Later
    report = item_by_title(document, "Reporting dashboard")
    assert report.horizon == Horizon.LATER
    document.undo_stack.undo()
    assert report.horizon == Horizon.NEXT


def test_double_click_empty_cell_adds_a_card_inline(qtbot, board, document):
    count = len(document.data.roadmap_items)
    point = cell_point(board, 3, Horizon.LATER, 40)  # Platform / Later is empty
    QTest.mouseDClick(
        board.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    editor = board._editor
    assert editor is not None
    QTest.keyClicks(editor, "Audit log")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert len(document.data.roadmap_items) == count + 1
    new = item_by_title(document, "Audit log")
    assert (new.lane_id, new.horizon) == (3, Horizon.LATER)
    assert board.state.selection == [new.id]
    QTest.keyClick(board, Qt.Key.Key_Delete)
    assert new.id not in document.data.roadmap_items


def test_filter_keeps_drag_positions_right(qtbot, board, document):
    from pmdesk.core.roadmap import RoadmapFilter

    board.state.set_filter(RoadmapFilter(tags={"launch", "revenue", "channels"}))
    public = item_by_title(document, "Public launch")
    pricing = item_by_title(document, "Pricing and packaging")
    # Drag Pricing above Public launch while other cards are hidden.
    drag(
        qtbot,
        board,
        board.item_viewport_rect(pricing.id).center(),
        board.item_viewport_rect(public.id).topLeft() + QPoint(30, 5),
    )
    assert (pricing.position, public.position) == (0, 1)


def _border_pixel(board, item_id):
    rect = board.item_viewport_rect(item_id)
    image = board.viewport().grab().toImage()
    return image.pixelColor(rect.center().x(), rect.top()).name()


def test_cached_cards_repaint_when_selected_and_when_changed(qtbot, board, document):
    from pmdesk.core.entities import RoadmapItem

    card = item_by_title(document, "Security review")
    before = _border_pixel(board, card.id)
    board.state.select([card.id], card.id)
    assert _border_pixel(board, card.id) == "#2f6fde"
    board.state.select([])
    assert _border_pixel(board, card.id) == before
    # A changed card is drawn anew, not from its old pixmap.
    rect = board.item_viewport_rect(card.id)
    old = board.viewport().grab(rect).toImage()
    document.set_fields(RoadmapItem, card.id, "Rename card", title="A completely different title")
    assert board.viewport().grab(rect).toImage() != old


def test_a_card_edit_redraws_that_card_and_keeps_the_other_cards_pixmaps(qtbot, board, document):
    from pmdesk.core.entities import RoadmapItem

    board.viewport().repaint()
    card = item_by_title(document, "Security review")
    other = item_by_title(document, "Offline planning")
    kept = board._cache[other.id][1]
    document.set_fields(RoadmapItem, card.id, "Rename card", title="Another title")
    assert card.id not in board._cache  # drawn anew on the next paint
    assert board._cache[other.id][1] is kept
    board.viewport().repaint()
    assert card.id in board._cache
    # A lane renamed (not a card): every card is drawn anew.
    lane = next(iter(document.data.roadmap_lanes.values()))
    from pmdesk.core.entities import RoadmapLane

    document.set_fields(RoadmapLane, lane.id, "Rename lane", name="Renamed lane")
    assert not board._cache


def test_drag_a_lane_header_to_reorder_lanes(qtbot, board, document):
    def order():
        return [
            lane.name
            for lane in sorted(document.data.roadmap_lanes.values(), key=lambda l: l.position)
        ]

    assert order() == ["Planning experience", "Collaboration", "Platform and reliability", "Growth"]
    layout = board.board_layout()
    offset = board.to_content(QPoint(0, 0))
    growth = layout.rows[3]
    start = QPoint(60, int(growth.y + 20 - offset.y()))
    end = QPoint(60, int(layout.rows[1].y + 10 - offset.y()))  # upper half of Collaboration
    drag(qtbot, board, start, end)
    assert order() == ["Planning experience", "Growth", "Collaboration", "Platform and reliability"]
    assert document.undo_stack.undoText() == "Move lane"
    document.undo_stack.undo()
    assert order()[1] == "Collaboration"
    layout = board.board_layout()
    offset = board.to_content(QPoint(0, 0))
    start = QPoint(60, int(layout.rows[0].y + 20 - offset.y()))
    end = QPoint(60, int(layout.rows[3].y + 10 - offset.y()))  # upper half of Growth
    drag(qtbot, board, start, end)
    assert order() == ["Collaboration", "Platform and reliability", "Planning experience", "Growth"]


def test_alt_arrow_on_a_card_the_filter_hides_moves_nothing(qtbot, board, document):
    """The current card stays current when a filter hides it; Alt+Right then has no cell to
    move it from (it raised TypeError unpacking the missing position)."""
    from pmdesk.core.roadmap import RoadmapFilter

    item = item_by_title(document, "Planning board")
    before = (item.lane_id, item.horizon, item.position)
    board.state.select([item.id], item.id)
    board.state.set_filter(RoadmapFilter(text="no card has this title"))
    assert board.state.current == item.id and not board.state.visible
    board.setFocus()
    QTest.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert (item.lane_id, item.horizon, item.position) == before
    assert not document.undo_stack.canUndo()
